package i18n

// The refusals of a stored value (record/validate.go) and of a text's
// characters (textsafe): `person set`, `case set`, notes, an import file,
// the forms. Keys stay as they are typed.
var recordTexts = [][]Msg{
	{
		{En: "%s: the value is %d characters long: keep it to %d", Es: "%s: el valor tiene %d caracteres: déjelo en %d como máximo"},
		{En: "name: a name is needed: type the person's full name", Es: "name: hace falta un nombre: escriba el nombre completo de la persona"},
		{En: "details: %q is not a personal detail: use one of %s", Es: "details: %q no es un dato personal: use uno de %s"},
		{En: "appointment_time: %q is not a time of day: write it as HH:MM, e.g. 09:30", Es: "appointment_time: %q no es una hora del día: escríbala como HH:MM, p. ej. 09:30"},
		{En: "notes: they are %d KB long: keep them under %d KB", Es: "notes: miden %d KB: déjelas por debajo de %d KB"},
		{En: "notes: %v", Es: "notes: %v", Same: true},
		{En: "%s: the answer is %d characters long: keep it to %d", Es: "%s: la respuesta tiene %d caracteres: déjela en %d como máximo"},
		{En: "history: %d entries: keep it to %d", Es: "history: %d entradas: déjelo en %d como máximo"},
		{En: "history: %q is not a kind of entry", Es: "history: %q no es un tipo de entrada"},
		{En: "history: an entry is %d characters long: keep it to %d", Es: "history: una entrada tiene %d caracteres: déjela en %d como máximo"},
		{En: "history: %v", Es: "history: %v", Same: true},

		// case edits (casebook/caseedits.go, cli/cmd_case.go)
		{En: "%s is not a question of %s: see the keys with `tramite procedures show %s`", Es: "%s no es una pregunta de %s: vea las claves con `tramite procedures show %s`"},
		{En: "%q is not a stage: use one of %s", Es: "%q no es una etapa: use una de %s"},
		{En: "deleting case %d (%s for %s) cannot be undone: add --yes to delete it", Es: "borrar el caso %d (%s para %s) no se puede deshacer: agregue --yes para borrarlo"},

		{En: "--date: stage %s records no date", Es: "--date: la etapa %s no registra fecha"},
		{En: "person rename needs the name and the new name: tramite person rename \"Ana Lopez\" \"Ana María López\"", Es: "person rename necesita el nombre y el nombre nuevo: tramite person rename \"Ana Lopez\" \"Ana María López\""},
		{En: "person merge needs two names, the person to keep and the one to merge into them: tramite person merge \"Ana López\" \"Ana Lopez\"", Es: "person merge necesita dos nombres, la persona que se queda y la que se une a ella: tramite person merge \"Ana López\" \"Ana Lopez\""},
		{En: "--%s takes %s (got %q)", Es: "--%s lleva %s (recibió %q)"},
		{En: "a whole number of days, such as 30", Es: "un número entero de días, como 30"},
		{En: "a whole number of cases, such as 30", Es: "un número entero de casos, como 30"},
		{En: "a whole number from 0 up, such as 7", Es: "un número entero desde 0, como 7"},
		{En: "%s %q: write it as key=value, e.g. %s birth_date=1985-04-12", Es: "%s %q: escríbalo como clave=valor, p. ej. %s birth_date=1985-04-12"},
		{En: "%q: write it as key=value, e.g. birth_date=1985-04-12", Es: "%q: escríbalo como clave=valor, p. ej. birth_date=1985-04-12"},

		{En: "%s has %s: move them (tramite case move ID PERSON), merge %s into another person (tramite person merge KEEP %q), or add --with-cases to delete the cases too; nothing was deleted",
			Es: "%s tiene %s: muévalos (tramite case move ID PERSONA), una a %s con otra persona (tramite person merge CONSERVAR %q), o agregue --with-cases para borrar también los casos; no se borró nada"},
		{En: "%s is already someone's name. If they are the same person as %s, merge them: tramite person merge %q %q (or the other way round); otherwise pick another name. Nothing was saved",
			Es: "%s ya es el nombre de alguien. Si es la misma persona que %s, únalas: tramite person merge %q %q (o al revés); si no, elija otro nombre. No se guardó nada"},

		{En: "the database %s is in use by another tramite, writing to it for longer than usual (or an older tramite holding it open): wait for it to finish, then try again",
			Es: "otro tramite está usando la base de datos %s y tarda más de lo normal en escribir (o un tramite anterior la tiene abierta): espere a que termine e intente de nuevo"},

		{En: "it is damaged (%v)", Es: "está dañado (%v)"},
		{En: "not a tramite file", Es: "no es un archivo de tramite"},
		{En: "tramite found no backup of it next to it (it keeps daily copies there as %s); restore one you keep elsewhere, or start a new file with --db PATH",
			Es: "tramite no encontró una copia junto a él (ahí guarda copias diarias como %s); restaure una que tenga en otro lugar, o empiece un archivo nuevo con --db RUTA"},
		{En: "Its newest backup is %s (saved %s): copy it to %s to go on from that day (tramite keeps daily copies next to it as %s), or start a new file with --db PATH",
			Es: "Su copia más reciente es %s (guardada el %s): cópiela a %s para seguir desde ese día (tramite guarda copias diarias junto a él como %s), o empiece un archivo nuevo con --db RUTA"},
		{En: "cannot use %s: %s; tramite changed nothing in it. %s", Es: "no se puede usar %s: %s; tramite no cambió nada en él. %s"},

		{En: "notice date: %w", Es: "fecha de la notificación: %w"},
		{En: "payment date: %w", Es: "fecha del pago: %w"},

		// writing a file (export/atomic.go)
		{En: "creating a file in %s: %w", Es: "al crear un archivo en %s: %w"},
		{En: "writing %s: %w", Es: "al escribir %s: %w"},
		{En: "cannot write %s: %w", Es: "no se puede escribir %s: %w"},
		{En: "cannot write %s: following the link to %s: %w", Es: "no se puede escribir %s: al seguir el enlace a %s: %w"},

		// textsafe
		{En: "character %d is not valid UTF-8 text", Es: "el carácter %d no es texto UTF-8 válido"},
		{En: "character %d is a line break: keep it on one line", Es: "el carácter %d es un salto de línea: déjelo en una sola línea"},
		{En: "character %d is a tab: use a space", Es: "el carácter %d es un tabulador: use un espacio"},
		{En: "character %d is the control character %s, which is not text", Es: "el carácter %d es el carácter de control %s, que no es texto"},
		{En: "character %d is %s, a right-to-left or left-to-right override that reorders what follows it: type the text in its natural order", Es: "el carácter %d es %s, un cambio de dirección (derecha a izquierda o izquierda a derecha) que reordena lo que le sigue: escriba el texto en su orden natural"},
		{En: "it holds only invisible characters (such as zero-width spaces)", Es: "solo tiene caracteres invisibles (como espacios de ancho cero)"},
	},
}
