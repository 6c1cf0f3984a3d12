package i18n

// The problems of an import file (export/jsonimport.go, csvimport.go,
// importread.go, history.go): `tramite import` lists them all, each with
// the place at fault, and imports nothing. Keys, JSON member names and
// column letters stay as the file writes them.
var importFileTexts = [][]Msg{
	{
		{En: "the file is not valid (%s), nothing was imported:", Es: "el archivo no es válido (%s), no se importó nada:"},
		{En: "%d problems", Es: "%d problemas", One: "%d problem", EsOne: "%d problema"},
		{En: "more problems not listed: fix these first", Es: "hay más problemas que no se listan: corrija estos primero"},
		{En: "stopped after %d problems: fix these and import again", Es: "se detuvo tras %d problemas: corríjalos e importe de nuevo"},

		// JSON: the file
		{En: "the file ends in the middle of its data (was it cut short?): export it again", Es: "el archivo termina a la mitad de sus datos (¿quedó cortado?): expórtelo de nuevo"},
		{En: `the file is empty: a tramite export is a JSON object that begins {"format": "tramite"`, Es: `el archivo está vacío: una exportación de tramite es un objeto JSON que empieza {"format": "tramite"`},
		{En: "extra data after the end of the JSON object", Es: "hay datos de más después del final del objeto JSON"},
		{En: `"format" is not "tramite": this is not a tramite export`, Es: `"format" no es "tramite": esto no es una exportación de tramite`},
		{En: `"version" is missing: a tramite export says "version": 1`, Es: `falta "version": una exportación de tramite dice "version": 1`},
		{En: `"version" is %d: this file comes from a newer tramite; this one reads version %d, update tramite to import it`, Es: `"version" es %d: este archivo viene de un tramite más nuevo; este lee la versión %d, actualice tramite para importarlo`},
		{En: `"version" is %d: this tramite reads version %d only`, Es: `"version" es %d: este tramite solo lee la versión %d`},

		// JSON: places
		{En: "person %d (id %d)", Es: "persona %d (id %d)"},
		{En: "case %d", Es: "caso %d"},
		{En: "case %d (id %d)", Es: "caso %d (id %d)"},
		{En: "%s: history", Es: "%s: history", Same: true},
		{En: "%s: progress", Es: "%s: progress", Same: true},

		// JSON: records
		{En: "person %d (id %d): the id is used twice: give each person its own id", Es: "persona %d (id %d): el id se usa dos veces: dé a cada persona su propio id"},
		{En: "case %d (id %d): the id is used twice: give each case its own id", Es: "caso %d (id %d): el id se usa dos veces: dé a cada caso su propio id"},
		{En: "%s: %s: %q is not a date: write it as YYYY-MM-DD", Es: "%s: %s: %q no es una fecha: escríbala como AAAA-MM-DD"},
		{En: "%s: %s: %v", Es: "%s: %s: %v", Same: true},
		{En: "%s: %s", Es: "%s: %s", Same: true},
		{En: "%s: %s: %q is not a timestamp: write it as 2026-01-05T10:00:00Z, or leave it out", Es: "%s: %s: %q no es una fecha y hora: escríbala como 2026-01-05T10:00:00Z, u omítala"},
		{En: `%s: "uid" %q is not a UUID: leave it as tramite exported it, or remove it`, Es: `%s: "uid" %q no es un UUID: déjelo como lo exportó tramite, o quítelo`},
		{En: `%s: "uid" %s is used twice: each person and case has its own`, Es: `%s: "uid" %s se usa dos veces: cada persona y cada caso tiene el suyo`},
		{En: `%s: "id" is missing: give each person a number, used by its cases' "person"`, Es: `%s: falta "id": dé a cada persona un número, el que usan sus casos en "person"`},
		{En: `%s: "name" is empty: every person needs a name`, Es: `%s: "name" está vacío: toda persona necesita un nombre`},
		{En: "%s: details.%s: not a personal detail: use passport_number, address, phone, email or office", Es: "%s: details.%s: no es un dato personal: use passport_number, address, phone, email u office"},
		{En: "%s: details.%s", Es: "%s: details.%s", Same: true},
		{En: `%s: "id" is missing: give each case a number`, Es: `%s: falta "id": dé a cada caso un número`},
		{En: `%s: "person" is missing: write the id of one of "people"`, Es: `%s: falta "person": escriba el id de una de las personas de "people"`},
		{En: `%s: "person" is %d, but no valid person in "people" has that id`, Es: `%s: "person" es %d, pero ninguna persona válida de "people" tiene ese id`},
		{En: "%s: procedure: %v", Es: "%s: procedure: %v", Same: true},
		{En: `%s: ticks: an empty document id: list ids such as "D-PASS"`, Es: `%s: ticks: un id de documento vacío: liste ids como "D-PASS"`},
		{En: `%s: ticks: %q is not a document id: list ids such as "D-PASS"`, Es: `%s: ticks: %q no es un id de documento: liste ids como "D-PASS"`},
		{En: "%s: answers.%s", Es: "%s: answers.%s", Same: true},
		{En: "%s: answers.%s: not a question of %s (see `tramite procedures show %s`)", Es: "%s: answers.%s: no es una pregunta de %s (vea `tramite procedures show %s`)"},
		{En: "%s: answers.%s: %v", Es: "%s: answers.%s: %v", Same: true},
		{En: "%s: progress.%s", Es: "%s: progress.%s", Same: true},
		{En: "%s: progress.stage: %v", Es: "%s: progress.stage: %v", Same: true},
		{En: "%s[%d].stage: %v", Es: "%s[%d].stage: %v", Same: true},

		// CSV
		{En: "the file is empty: the first line must name the columns, e.g. person,passport_number,procedure,card_expiry", Es: "el archivo está vacío: la primera línea debe nombrar las columnas, p. ej. person,passport_number,procedure,card_expiry"},
		{En: "the file has a header but no rows: add one row per person", Es: "el archivo tiene encabezado pero no filas: agregue una fila por persona"},
		{En: "line %d, column %s: %v: check the quotes (a value with a comma or a quote is written \"like, this\", a quote inside doubled \"\")", Es: "línea %d, columna %s: %v: revise las comillas (un valor con coma o comillas se escribe \"así, entre comillas\", y una comilla dentro, doble \"\")"},
		{En: "line 1, column %s", Es: "línea 1, columna %s"},
		{En: "line %d, column %s (%s)", Es: "línea %d, columna %s (%s)"},
		{En: "%s: the column has no name: name it with a key (person, procedure, an answer key) or delete it", Es: "%s: la columna no tiene nombre: póngale una clave (person, procedure, una clave de respuesta) o bórrela"},
		{En: "%s: %q is not a key tramite knows: use person, procedure, a personal key (%s) or an answer key (`tramite procedures show PROCEDURE`)", Es: "%s: %q no es una clave que tramite conozca: use person, procedure, una clave personal (%s) o una clave de respuesta (`tramite procedures show TRÁMITE`)"},
		{En: "%s: %s is also column %s: keep one of them", Es: "%s: %s también es la columna %s: deje solo una"},
		{En: "line 1: no person column: add one named person with each client's full name", Es: "línea 1: no hay columna person: agregue una llamada person con el nombre completo de cada cliente"},
		{En: "line %d, column %s: a value under no header: name the column in line 1 or delete the value", Es: "línea %d, columna %s: un valor sin encabezado: nombre la columna en la línea 1 o borre el valor"},
		{En: "%s: the name is empty: type the person's full name", Es: "%s: el nombre está vacío: escriba el nombre completo de la persona"},
		{En: "%s: %q is not a procedure: use one of %s", Es: "%s: %q no es un trámite: use uno de %s"},
		{En: "%s: an answer without a procedure: fill the procedure column of this row, or empty this cell", Es: "%s: una respuesta sin trámite: llene la columna procedure de esta fila, o vacíe esta celda"},
		{En: "%s: not a question of %s: empty this cell (see `tramite procedures show %s`)", Es: "%s: no es una pregunta de %s: vacíe esta celda (vea `tramite procedures show %s`)"},
		{En: "line %d: %s is %q here but %q on an earlier line of %s: make them agree", Es: "línea %d: %s es %q aquí pero %q en una línea anterior de %s: haga que coincidan"},
	},
}
