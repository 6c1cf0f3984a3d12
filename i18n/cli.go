package i18n

// The command line (cli): the commands' help, flags, messages and errors.
var cliTexts = [][]Msg{
	{
		{En: `  case %d  %s, %s (case %d in the file)
`, Es: `  caso %d  %s, %s (caso %d en el archivo)
`},
		{En: `  person %d  %s (%s)
`, Es: `  persona %d  %s (%s)
`},
		{En: `  tramite calendar ~/Sync/tramite.ics
  tramite calendar            # rewrite it now, and say where it is
  tramite calendar --off`, Es: `  tramite calendar ~/Sync/tramite.ics
  tramite calendar            # lo reescribe ahora y dice dónde está
  tramite calendar --off`},
		{En: `  tramite remind
  tramite remind --quiet        # in ~/.profile: silent when nothing is due
  tramite remind --json
  tramite remind --install-timer`, Es: `  tramite remind
  tramite remind --quiet        # en ~/.profile: en silencio si nada vence
  tramite remind --json
  tramite remind --install-timer`},
		{En: " (%d skipped: no valid answers found)", Es: " (%d omitidos: no se encontraron respuestas válidas)"},
		{En: `# Open the dashboard:
tramite

# What is due in the next 30 days:
tramite deadlines --within 30

# The questions of a procedure, with their answer keys:
tramite procedures show renewal

# Start a case from a script:
tramite new renewal --person "Ana López" \
  --answer card_type=temporary --answer card_expiry=15/03/2027 \
  --answer in_mexico=yes --answer holder_minor=no \
  --answer years_requested=1 --answer grounds=job \
  --answer grounds_hold=yes`, Es: `# Abrir el tablero:
tramite

# Lo que vence en los próximos 30 días:
tramite deadlines --within 30

# Las preguntas de un trámite, con sus claves de respuesta:
tramite procedures show renewal

# Empezar un caso desde un script:
tramite new renewal --person "Ana López" \
  --answer card_type=temporary --answer card_expiry=15/03/2027 \
  --answer in_mexico=yes --answer holder_minor=no \
  --answer years_requested=1 --answer grounds=job \
  --answer grounds_hold=yes`},
		{En: "%q is not a case number: type the number `tramite cases` shows, such as 3", Es: "%q no es un número de caso: escriba el número que muestra `tramite cases`, como 3"},
		{En: "%q: %v: type the path of an .ics file", Es: "%q: %v: escriba la ruta de un archivo .ics"},
		{En: "%s already exists and was left as it is: add --force to replace it, or choose another file with -o", Es: "%s ya existe y no se tocó: agregue --force para reemplazarlo, o elija otro archivo con -o"},
		{En: "%s already exists: pass --force to replace it, or -o FILE for another name", Es: "%s ya existe: use --force para reemplazarlo, o -o ARCHIVO para otro nombre"},
		{En: "%s already has %d cases: pass --force to add demo cases to them, or --db FILE for a new file", Es: "%s ya tiene %d casos: use --force para agregarles casos de demostración, o --db ARCHIVO para un archivo nuevo"},
		{En: `%s configured; every deadline was recomputed with them.
`, Es: `%s registrados; todas las fechas se recalcularon con ellos.
`},
		{En: "1 office closure configured; every deadline was recomputed with it.\n", Es: "1 día inhábil registrado; todas las fechas se recalcularon con él.\n"},
		{En: "no e-mail or phone on file (tramite person set NAME email=... phone=...)", Es: "no hay correo ni teléfono registrados (tramite person set NOMBRE email=... phone=...)"},
		{En: "    To: %s\n    Subject: %s\n", Es: "    Para: %s\n    Asunto: %s\n"},
		{En: "%s exists and is not a calendar tramite wrote: choose another file, or add --force to replace it", Es: "%s existe y no es un calendario escrito por tramite: elija otro archivo, o agregue --force para reemplazarlo"},
		{En: "%s is not a configured closure, so nothing was removed: `tramite closures` lists them", Es: "%s no es un día inhábil registrado, así que no se quitó nada: `tramite closures` los lista"},
		{En: "%s needs %s (got %d arguments): see `%s --help`", Es: "%s necesita %s (recibió %d argumentos): vea `%s --help`"},
		{En: "%s needs at least one DATE, e.g. %s 2027-03-25", Es: "%s necesita al menos una FECHA, p. ej. %s 2027-03-25"},
		{En: "%s takes no arguments, got %q: see `%s --help`", Es: "%s no lleva argumentos, recibió %q: vea `%s --help`"},
		{En: "%s: %w (for example %s)", Es: "%s: %w (por ejemplo %s)"},
		{En: "%s: %w", Es: "%s: %w", Same: true},
		{En: "%w; nothing was changed (for example %s 2027-03-25)", Es: "%w; no se cambió nada (por ejemplo %s 2027-03-25)"},
		{En: "nothing was changed", Es: "no se cambió nada"},
		{En: "%w; nothing was saved", Es: "%w; no se guardó nada"},
		{En: "(legal %s)", Es: "(fecha legal %s)"},
		{En: "(legal %s, %s)", Es: "(fecha legal %s, %s)"},
		{En: ", optional", Es: ", opcional"},
		{En: "--answers %s: %w", Es: "--answers %s: %w", Same: true},
		{En: "--answers %s: no such file: give the path of a JSON object such as {\"entry_date\": \"2026-11-02\"}", Es: "--answers %s: no existe el archivo: dé la ruta de un objeto JSON como {\"entry_date\": \"2026-11-02\"}"},
		{En: "--cases %d: type a number of cases from 1 to 100000, e.g. --cases 20", Es: "--cases %d: escriba un número de casos de 1 a 100000, p. ej. --cases 20"},
		{En: "--format %q is not a format: use text, markdown, ics, json or pdf", Es: "--format %q no es un formato: use text, markdown, ics, json o pdf"},
		{En: "--format %q is not a guide format: use text or markdown", Es: "--format %q no es un formato de guía: use text o markdown"},
		{En: "--household exports every case: leave out the CASE number %q", Es: "--household exporta todos los casos: quite el número de CASO %q"},
		{En: "--install-timer and --uninstall-timer: choose one", Es: "--install-timer y --uninstall-timer: elija uno"},
		{En: "--off stops keeping the calendar file: leave out %q", Es: "--off deja de mantener el archivo de calendario: quite %q"},
		{En: "--person NAME is needed to save a case without a terminal, e.g. --person \"Ana López\"", Es: "--person NOMBRE hace falta para guardar un caso sin terminal, p. ej. --person \"Ana López\""},
		{En: "--person: %w", Es: "--person: %w", Same: true},
		{En: "--within %d: type a number of days from 0 up, e.g. --within 30", Es: "--within %d: escriba un número de días desde 0, p. ej. --within 30"},
		{En: `.
Open it with: tramite --db %s
`, Es: `.
Ábralo con: tramite --db %s
`},
		{En: "Add days the DOF declared INM offices closed", Es: "Agregar días inhábiles declarados en el DOF"},
		{En: "Added %d demo cases for %d people to %s", Es: "Se agregaron %d casos de demostración para %d personas en %s"},
		{En: "Asked only for some earlier answers.", Es: "Solo se pregunta según algunas respuestas anteriores."},
		{En: `Backed up %s to %s.
`, Es: `Respaldo de %s hecho en %s.
`},
		{En: "Case %d is saved with the answers given so far: finish it with `tramite` (the dashboard).\n", Es: "El caso %d se guardó con las respuestas dadas hasta ahora: termínelo con `tramite` (el tablero).\n"},
		{En: "Choices:", Es: "Opciones:"},
		{En: "Completion script for %s", Es: "Script de autocompletado para %s"},
		{En: "DATE", Es: "FECHA"},
		{En: "Did you mean this?", Es: "¿Quiso decir esto?"},
		{En: "Export a case (its number, from `tramite cases`), or with --household every\ncase of every person, as:\n\n  text      a checklist to print or e-mail (80 columns; the default)\n  markdown  the same checklist as a task list (- [ ] / - [x])\n  ics       the open deadlines as all-day events with reminders at the\n            lead times of `tramite remind --help` (30, 7 and 1 days before a\n            hard date), for your calendar app; importing a newer export\n            updates the same events\n  json      the data, with its people, for `tramite import` (a backup, or\n            moving cases to another computer)\n  pdf       a printable packet: cover page, checklist with boxes, each\n            covering letter in Spanish on its own page, sources (to -o\n            FILE.pdf, or to a pipe; US Letter in Spanish or a Mexican\n            locale, else as the locale says; --paper letter|a4 wins)\n\nWithout -o the export goes to the standard output. A file is written\natomically, readable by you only, and never replaces an existing file\nunless you add --force.", Es: "Exporta un caso (su número, de `tramite cases`), o con --household todos\nlos casos de todas las personas, como:\n\n  text      una lista de documentos para imprimir o enviar (80 columnas; por omisión)\n  markdown  la misma lista como lista de tareas (- [ ] / - [x])\n  ics       las fechas pendientes como eventos de día completo con avisos\n            según la anticipación de `tramite remind --help` (30, 7 y 1 días\n            antes de una fecha límite), para su calendario; importar una\n            exportación más nueva actualiza los mismos eventos\n  json      los datos, con sus personas, para `tramite import` (un respaldo,\n            o pasar casos a otra computadora)\n  pdf       un paquete para imprimir: portada, lista de documentos con\n            casillas, cada escrito en español en su propia página, fuentes\n            (a -o ARCHIVO.pdf, o a una tubería; carta en español o con\n            un locale mexicano, si no, lo que diga el locale; --paper\n            letter|a4 manda)\n\nSin -o la exportación sale por la salida estándar. Un archivo se escribe de\nforma atómica, solo usted puede leerlo, y nunca reemplaza un archivo\nexistente salvo que agregue --force."},
		{En: "Export a case: checklist, calendar or PDF", Es: "Exportar un caso: lista, calendario o PDF"},
		{En: "Fill a database with synthetic cases to try", Es: "Llenar una base con casos ficticios"},
		{En: `Fill a database with synthetic people and cases: a household for a few
cases, a facilitator's clients for many. Answers are valid and dated around
today (--today), spread over every procedure and stage. It refuses a
database that already has cases unless --force.`, Es: `Llena una base de datos con personas y casos ficticios: un hogar para pocos
casos, los clientes de un gestor para muchos. Las respuestas son válidas y
tienen fechas cercanas a hoy (--today), repartidas entre todos los trámites y
etapas. No toca una base de datos que ya tiene casos salvo con --force.`},
		{En: "Guide: INM's online form, payment, status", Es: "Guía: formato en línea, pago, seguimiento"},
		{En: "Help about any command", Es: "Ayuda sobre cualquier comando"},
		{En: `Help provides help for any command in the application.
Simply type tramite help [path to command] for full details.`, Es: `La ayuda de cualquier comando de la aplicación.
Escriba tramite help [ruta del comando] para ver todos los detalles.`},
		{En: "Import people and cases from a JSON export", Es: "Importar personas y casos de un JSON"},
		{En: "Import the people and cases of a file written by `tramite export --format json`\n(FILE, or - for the standard input). Every case is added as a new case; a\nperson whose name is already in the database is reused, not duplicated.\n\nThe whole file is checked first (its format version, each case's procedure,\nanswers and dates, each case's person): a file with any problem imports\nnothing, and every problem is listed with the case and the key at fault.", Es: "Importa las personas y los casos de un archivo escrito por `tramite export --format json`\n(ARCHIVO, o - para la entrada estándar). Cada caso se agrega como caso nuevo;\nuna persona cuyo nombre ya está en la base de datos se reutiliza, no se duplica.\n\nPrimero se revisa todo el archivo (su versión de formato, el trámite, las\nrespuestas y las fechas de cada caso, la persona de cada caso): un archivo con\ncualquier problema no importa nada, y cada problema se lista con el caso y la\nclave que lo causa."},
		{En: `Imported %s and %s from %s:
`, Es: `Se importaron %s y %s de %s:
`},
		{En: "In a terminal, with no answers, it\nopens the interview in the dashboard. With --person and answers (or when stdin is not a terminal)\nit checks every answer, saves the case and prints its id: nothing is saved unless every answer is\nvalid, and every problem is listed at once. See the answer keys with `tramite procedures show PROCEDURE`.\nPersonal keys (%s) are kept with the person; an unknown\nperson is added.", Es: "En una terminal, sin respuestas, abre\nla entrevista en el tablero. Con --person y respuestas (o cuando stdin no es una terminal)\nrevisa cada respuesta, guarda el caso e imprime su número: no se guarda nada salvo que todas las\nrespuestas sean válidas, y todos los problemas se listan a la vez. Vea las claves de respuesta con `tramite procedures show PROCEDURE`.\nLas claves personales (%s) se guardan con la persona; una persona\ndesconocida se agrega."},
		{En: "Keep an .ics calendar file of every deadline up to date", Es: "Mantener un calendario .ics de las fechas"},
		{En: "LEFT", Es: "FALTA"},
		{En: "List INM office closures (DOF holidays)", Es: "Listar los días inhábiles del INM (DOF)"},
		{En: "List every case with its stage and next date", Es: "Listar los casos con etapa y próxima fecha"},
		{En: `List every case: its person, procedure, stage and next date.

NEXT is the date to act by and the days left until it: when the legal date
falls on a day the office is closed, that is the business day before, and
the legal date is noted after it. In --json, "date" is the legal date,
"act_by" the business day before when it differs, and "days_left" counts to
act_by when set, else to date.`, Es: `Lista todos los casos: su persona, trámite, etapa y próxima fecha.

PRÓXIMA es la fecha para actuar y los días que faltan: cuando la fecha legal
cae en un día en que la oficina está cerrada, es el día hábil anterior, y la
fecha legal se anota después. En --json, "date" es la fecha legal, "act_by"
el día hábil anterior cuando es distinto, y "days_left" cuenta hasta act_by
si lo hay, si no hasta date.`},
		{En: `List every deadline still to act on, soonest first: date, days left,
person, procedure and what happens. Missed deadlines and appointments stay
listed; done ones and openings or reminders already past are history:
--all adds them.

DATE is the date to act by: when the legal date falls on a day the office
is closed, the business day before it, and the legal date is noted after
WHAT. The days left, the order and --within all count to that date. In a
terminal WHAT is cut to fit its width (the legal date too, when narrow); in
a pipe or a file it is whole.

In --json, "date" is the legal date, "act_by" the business day before it
when it differs, and "days_left" counts to act_by when set, else to date.`, Es: `Lista todas las fechas pendientes, la más próxima primero: fecha, días que
faltan, persona, trámite y qué pasa. Las fechas y citas vencidas siguen en la
lista; las hechas y las aperturas o recordatorios ya pasados son historia:
--all las agrega.

FECHA es la fecha para actuar: cuando la fecha legal cae en un día en que la
oficina está cerrada, el día hábil anterior, y la fecha legal se anota después
de QUÉ. Los días que faltan, el orden y --within cuentan hasta esa fecha. En
una terminal QUÉ se corta al ancho (también la fecha legal, si es estrecha);
en una tubería o un archivo va completo.

En --json, "date" es la fecha legal, "act_by" el día hábil anterior cuando es
distinto, y "days_left" cuenta hasta act_by si lo hay, si no hasta date.`},
		{En: "List the dates that matter, soonest first", Es: "Listar las fechas, la más próxima primero"},
		{En: "List the people and how many cases each has", Es: "Listar personas y cuántos casos tienen"},
		{En: "List the procedures tramite knows", Es: "Listar los trámites que tramite conoce"},
		{En: "List, show and edit the people", Es: "Listar, ver y editar las personas"},
		{En: "NEXT", Es: "PRÓXIMA"},
		{En: "No calendar file is kept: `tramite calendar PATH` starts one, e.g. tramite calendar ~/tramite.ics", Es: "No se mantiene ningún archivo de calendario: `tramite calendar RUTA` empieza uno, p. ej. tramite calendar ~/tramite.ics"},
		{En: "No calendar file was kept.", Es: "No se mantenía ningún archivo de calendario."},
		{En: "No cases yet: start one with `tramite new` (or `tramite demo` to try things out).", Es: "Aún no hay casos: empiece uno con `tramite new` (o `tramite demo` para probar)."},
		{En: "No deadlines to show.", Es: "No hay fechas que mostrar."},
		{En: "No office closures are entered now; every deadline was recomputed with tramite's guess of the likely ones (R-DAYS-LIKELY).", Es: "No hay días inhábiles registrados; todas las fechas se recalcularon con lo que tramite supone que serán (R-DAYS-LIKELY)."},
		{En: "No office closures entered: the likely ones below are tramite's guess. Add the days the DOF declares with `tramite closures add DATE...`, e.g. tramite closures add 2027-03-25", Es: "No hay días inhábiles registrados: los probables de abajo son una suposición de tramite. Agregue los días que declare el DOF con `tramite closures add FECHA...`, p. ej. tramite closures add 2027-03-25"},
		{En: "No people yet: `tramite new PROCEDURE --person NAME ...` adds one.", Es: "Aún no hay personas: `tramite new TRÁMITE --person NOMBRE ...` agrega una."},
		{En: "Nothing due: no date is late, due today or within its lead time.", Es: "Nada vence: ninguna fecha está vencida, vence hoy o está dentro de su anticipación."},
		{En: `Office closures are days INM (or its Secretaría) declared non-working in
the Diario Oficial de la Federación: holy week, the year-end vacation. They
change every year, so until you enter a year's dates tramite uses a guess
for that year (R-DAYS-LIKELY): Holy Thursday, Good Friday and 19 December
to 6 January. Dates you enter for a year replace the guess for that year.
The list shows which days are entered and which are the guess.

Weekends and the official rest days (1 January, Constitution Day, ...) are
already known and need no closure.

What a closure changes (R-DAYS-BIZ):
  - deadlines INM must meet (its decision, 20 business days after filing)
    are counted without the closed days, so they come later;
  - a deadline you must meet at an office that falls on a closed day keeps
    its legal date, with "act by" the business day before (R-DAYS-CLOSED);
    likely closures count here too, with the date if your office is open;
  - INM's deadlines never skip a likely closure, only entered ones;
  - deadlines you must meet counted in business days ignore closures, so
    they never come later (R-DAYS-USER-BIZ).
Every date in tramite is recomputed as soon as the list changes.`, Es: `Los días inhábiles son días que el INM (o su Secretaría) declaró inhábiles en
el Diario Oficial de la Federación: semana santa, las vacaciones de fin de año.
Cambian cada año, así que mientras usted no registre las fechas de un año
tramite usa una suposición para ese año (R-DAYS-LIKELY): Jueves Santo, Viernes
Santo y del 19 de diciembre al 6 de enero. Las fechas que registre para un año
reemplazan la suposición de ese año. La lista muestra qué días están
registrados y cuáles son la suposición.

Los fines de semana y los días de descanso oficiales (1 de enero, Día de la
Constitución, ...) ya se conocen y no necesitan registrarse.

Qué cambia un día inhábil (R-DAYS-BIZ):
  - los plazos que debe cumplir el INM (su resolución, 20 días hábiles después
    de presentar) se cuentan sin los días inhábiles, así que llegan más tarde;
  - un plazo que usted debe cumplir en una oficina y que cae en un día inhábil
    conserva su fecha legal, con "actuar a más tardar" el día hábil anterior
    (R-DAYS-CLOSED); los días inhábiles probables también cuentan aquí, con la
    fecha por si su oficina abre;
  - los plazos del INM nunca se saltan un día inhábil probable, solo los
    registrados;
  - los plazos que usted debe cumplir contados en días hábiles no toman en
    cuenta los días inhábiles, así que nunca llegan más tarde (R-DAYS-USER-BIZ).
Todas las fechas de tramite se recalculan en cuanto cambia la lista.`},
		{En: `Office closures are days INM (or its Secretaría) declared non-working in
the Diario Oficial de la Federación: holy week, the year-end vacation. They
change every year, so until you enter a year's dates tramite uses a guess
for that year (R-DAYS-LIKELY): Holy Thursday, Good Friday and 19 December
to 6 January. Dates you enter for a year replace the guess for that year.
The list shows which days are entered and which are the guess.

Weekends and the official rest days (1 January, Constitution Day, ...) are
already known and need no closure.

What a closure changes (R-DAYS-BIZ):
  - deadlines INM must meet (its decision, 20 business days after filing)
    are counted without the closed days, so they come later;
  - a deadline you must meet at an office that falls on a closed day keeps
    its legal date, with "act by" the business day before (R-DAYS-CLOSED);
    likely closures count here too, with the date if your office is open;
  - INM's deadlines never skip a likely closure, only entered ones;
  - deadlines you must meet counted in business days ignore closures, so
    they never come later (R-DAYS-USER-BIZ).
Every date in tramite is recomputed as soon as the list changes.

Dates as 2027-03-25, 25/03/2027 or "25 mar 2027". Nothing is saved unless
every date is valid.`, Es: `Los días inhábiles son días que el INM (o su Secretaría) declaró inhábiles en
el Diario Oficial de la Federación: semana santa, las vacaciones de fin de año.
Cambian cada año, así que mientras usted no registre las fechas de un año
tramite usa una suposición para ese año (R-DAYS-LIKELY): Jueves Santo, Viernes
Santo y del 19 de diciembre al 6 de enero. Las fechas que registre para un año
reemplazan la suposición de ese año. La lista muestra qué días están
registrados y cuáles son la suposición.

Los fines de semana y los días de descanso oficiales (1 de enero, Día de la
Constitución, ...) ya se conocen y no necesitan registrarse.

Qué cambia un día inhábil (R-DAYS-BIZ):
  - los plazos que debe cumplir el INM (su resolución, 20 días hábiles después
    de presentar) se cuentan sin los días inhábiles, así que llegan más tarde;
  - un plazo que usted debe cumplir en una oficina y que cae en un día inhábil
    conserva su fecha legal, con "actuar a más tardar" el día hábil anterior
    (R-DAYS-CLOSED); los días inhábiles probables también cuentan aquí, con la
    fecha por si su oficina abre;
  - los plazos del INM nunca se saltan un día inhábil probable, solo los
    registrados;
  - los plazos que usted debe cumplir contados en días hábiles no toman en
    cuenta los días inhábiles, así que nunca llegan más tarde (R-DAYS-USER-BIZ).
Todas las fechas de tramite se recalculan en cuanto cambia la lista.

Fechas como 2027-03-25, 25/03/2027 o "25 mar 2027". No se guarda nada salvo
que todas las fechas sean válidas.`},
		{En: "PERSON", Es: "PERSONA"},
		{En: "PROCEDURE", Es: "TRÁMITE"},
		{En: "Personal keys, kept with the person and shared by all their cases:", Es: "Claves personales, guardadas con la persona y compartidas por todos sus casos:"},
		{En: "Plan INM immigration paperwork in Mexico: interviews, checklists, deadlines", Es: "Trámites del INM en México: entrevistas, documentos, fechas"},
		{En: "Print a case's letters to INM, in Spanish", Es: "Imprimir los escritos de un caso al INM"},
		{En: "Print the completion script for %s: see your shell's documentation to load it.", Es: "Imprime el script de autocompletado para %s: vea la documentación de su shell para cargarlo."},
		{En: "Print the completion script of tramite for a shell (bash, zsh, fish, powershell).", Es: "Imprime el script de autocompletado de tramite para un shell (bash, zsh, fish, powershell)."},
		{En: `Print the guide to the three online steps of a case: INM's application form
field by field, with the values to type taken from the person and the case
(the reported traps applied: no "#" in the address, no full stop after an
initial; what tramite does not have is marked "to fill in"), the Spanish text
for the form's "Comentarios" box between two marker lines, the número de
pieza, the appointment, the e5cinco payment and following the case.

Every line names the DOMAIN.md rule it rests on, and says "reported — verify"
where only secondary sources report it. tramite prints INM's addresses and
prepares the text; it never opens a connection, and never prints an e5cinco
clave de referencia or cadena: they come from the hoja de ayuda.

  text      80 columns, for the terminal, paper or an e-mail (the default)
  markdown  the same guide, the Comentarios text in a code block

Without -o the guide goes to the standard output. A file is written
atomically, readable by you only, and never replaces an existing file unless
you add --force.`, Es: `Imprime la guía de los tres pasos en línea de un caso: el formato de solicitud
del INM campo por campo, con los valores que hay que escribir tomados de la
persona y del caso (con las trampas reportadas resueltas: sin "#" en el
domicilio, sin punto después de una inicial; lo que tramite no tiene queda
marcado "por llenar"), el texto en español para el recuadro "Comentarios" del
formato entre dos líneas de marca, el número de pieza, la cita, el pago e5cinco
y el seguimiento del caso.

Cada línea nombra la regla de DOMAIN.md en la que se basa, y dice "reportado —
verifique" donde solo fuentes secundarias lo reportan. tramite imprime las
direcciones del INM y prepara el texto; nunca abre una conexión, y nunca imprime
una clave de referencia ni una cadena de e5cinco: vienen de la hoja de ayuda.

  text      80 columnas, para la terminal, el papel o un correo (por omisión)
  markdown  la misma guía, con el texto de Comentarios en un bloque de código

Sin -o la guía sale por la salida estándar. Un archivo se escribe de forma
atómica, solo usted puede leerlo, y nunca reemplaza un archivo existente salvo
que agregue --force.`},
		{En: "Print the letters a case needs (its escrito libre, and where the procedure asks\nfor them the letter under oath, the spouses' sworn statement or the emergency\nletter), dated today at your INM office, one after another.\n\nA letter states only what you gave tramite: when something it needs is\nmissing (your passport number, your address, ...) no letter is written and\ntramite tells you the command that sets each missing value.\n\nWithout -o the letters go to the standard output. A file is written\natomically, readable by you only, and never replaces an existing file unless\nyou add --force. For a printable packet with the checklist, see\n`tramite export --format pdf`.", Es: "Imprime los escritos que necesita un caso (su escrito libre y, donde el trámite\nlos pide, el escrito bajo protesta, la declaración de los cónyuges o el escrito\nde emergencia), con fecha de hoy en su oficina del INM, uno tras otro.\n\nUn escrito dice solo lo que usted le dio a tramite: cuando falta algo que\nnecesita (su número de pasaporte, su domicilio, ...) no se escribe ningún\nescrito y tramite le dice el comando que registra cada dato que falta.\n\nSin -o los escritos salen por la salida estándar. Un archivo se escribe de\nforma atómica, solo usted puede leerlo, y nunca reemplaza un archivo existente\nsalvo que agregue --force. Para un paquete para imprimir con la lista de\ndocumentos, vea `tramite export --format pdf`."},
		{En: "Print tramite's version", Es: "Imprimir la versión de tramite"},
		{En: "Print, one line each, every date that is late, due today or within its lead\ntime, soonest first: the date to act by, late/today/soon, how far, the\nperson, the procedure and case, what happens and the rule it comes from.\nMade for cron, a systemd user timer or a shell's start-up file.\n\nLead times are the days before a date to hear of it: 30, 7 and 1 before a\nwindow that closes, a due date or an appointment, and the day itself for a\nwindow that opens. Set them per kind of date in the settings file\n($XDG_CONFIG_HOME/tramite/config.toml):\n\n  [lead_days]\n  closes = [30, 7, 1]\n  due = [30, 7, 1]\n  appointment = [7, 1]\n  opens = [0]\n\n(kinds: opens, closes, due, appointment, eligible-from, reminder, to-do). A\ndate is listed from its largest lead time on; late and today whatever they\nare. A to-do with no term (the card fee of an approved change of status) is\nnever late: listed from its day on, notified then and every 7 days until done.\n\n--notify also shows one desktop notification per date (through the\nfreedesktop notification service on the session bus) that is late, due\ntoday or exactly one of its lead times away, so a daily timer reminds of a\ncoming date 30, 7 and 1 days before it rather than every day. Without a\ndesktop session it sends nothing, silently.\n\n--messages adds, below each date, a short message to its person (in\ntramite's language): what is due, when, what to have ready (the documents not\nticked yet) and the rule, with a mailto: link when the person has an e-mail\nand a https://wa.me/ link when they have a phone (tramite person set NAME\nemail=... phone=...). Nothing is sent: open a link, or copy the text.\n\n--install-timer writes a systemd user service and timer\n($XDG_CONFIG_HOME/systemd/user/tramite-remind.{service,timer}) that run\n`tramite remind --notify --quiet` every day at 09:00, and\nprints the systemctl command that turns it on; --uninstall-timer removes\nthem.\n\nExit codes:\n  0  nothing is due\n  1  something is late or due today (or an error, with a message)\n  3  something is due within its lead time, nothing late or today\n  2  bad usage", Es: "Imprime, una línea por fecha, cada fecha vencida, que vence hoy o que está\ndentro de su anticipación, la más próxima primero: la fecha para actuar,\nvencida/hoy/pronto, cuánto falta, la persona, el trámite y el caso, qué pasa y\nla regla de la que sale. Hecho para cron, un temporizador de usuario de systemd\no el archivo de inicio de un shell.\n\nLa anticipación son los días antes de una fecha en que avisar: 30, 7 y 1 antes\nde un periodo que cierra, una fecha límite o una cita, y el mismo día para un\nperiodo que abre. Se ajusta por tipo de fecha en el archivo de configuración\n($XDG_CONFIG_HOME/tramite/config.toml):\n\n  [lead_days]\n  closes = [30, 7, 1]\n  due = [30, 7, 1]\n  appointment = [7, 1]\n  opens = [0]\n\n(tipos: opens, closes, due, appointment, eligible-from, reminder, to-do). Una\nfecha se lista desde su mayor anticipación; las vencidas y las de hoy, siempre.\nUn pendiente sin plazo (los derechos de la tarjeta de un cambio de condición\naprobado) nunca está vencido: se lista desde su día y se notifica ese día y\ncada 7 días hasta hacerlo.\n\n--notify también muestra una notificación de escritorio por fecha (por el\nservicio de notificaciones freedesktop en el bus de sesión) que está vencida,\nvence hoy o está justo a una de sus anticipaciones, así que un temporizador\ndiario avisa de una fecha 30, 7 y 1 días antes en vez de todos los días. Sin\nsesión de escritorio no envía nada, en silencio.\n\n--messages agrega, debajo de cada fecha, un mensaje corto para su persona (en\nel idioma de tramite): qué vence, cuándo, qué tener listo (los documentos aún sin\nmarcar) y la regla, con un enlace mailto: cuando la persona tiene correo y un\nenlace https://wa.me/ cuando tiene teléfono (tramite person set NOMBRE\nemail=... phone=...). No se envía nada: abra un enlace, o copie el texto.\n\n--install-timer escribe un servicio y un temporizador de usuario de systemd\n($XDG_CONFIG_HOME/systemd/user/tramite-remind.{service,timer}) que ejecutan\n`tramite remind --notify --quiet` todos los días a las 09:00, e\nimprime el comando systemctl que los activa; --uninstall-timer los quita.\n\nCódigos de salida:\n  0  nada vence\n  1  algo está vencido o vence hoy (o un error, con un mensaje)\n  3  algo vence dentro de su anticipación, nada vencido ni de hoy\n  2  uso incorrecto"},
		{En: "Questions (answer with --answer key=value):", Es: "Preguntas (responda con --answer clave=valor):"},
		{En: "Remove office closures (see `tramite closures --help`). Nothing is removed\nunless every date given is a configured closure.", Es: "Quita días inhábiles (vea `tramite closures --help`). No se quita nada salvo\nque cada fecha dada sea un día inhábil registrado."},
		{En: "Remove office closures added by mistake", Es: "Quitar días inhábiles agregados por error"},
		{En: "STAGE", Es: "ETAPA"},
		{En: `Saved %s.
`, Es: `%s guardado.
`},
		{En: `Saved case %d: %s for %s.
`, Es: `Caso %d guardado: %s para %s.
`},
		{En: "Say what is late, due today or within its lead time (for cron)", Es: "Avisar lo vencido, de hoy o próximo (cron)"},
		{En: "See a procedure's questions with `tramite procedures show ID`.", Es: "Vea las preguntas de un trámite con `tramite procedures show ID`."},
		{En: "Set a person's details (passport_number, ...)", Es: "Registrar datos (passport_number, ...)"},
		{En: `Set a person's details. Keys: %s.
"name" renames the person; key= (empty) clears a value. Nothing is saved
unless every value is valid.`, Es: `Registra los datos de una persona. Claves: %s.
"name" cambia el nombre de la persona; clave= (vacío) borra un valor. No se guarda
nada salvo que todos los valores sean válidos.`},
		{En: "Shell completion scripts (bash, zsh, ...)", Es: "Scripts de autocompletado (bash, zsh, ...)"},
		{En: "Show a person's details and cases", Es: "Ver los datos y los casos de una persona"},
		{En: "Show a procedure's questions and answer keys", Es: "Ver preguntas y claves de un trámite"},
		{En: `Show a procedure's questions with their answer keys, kinds, choices and
conditions, so you (or a script) can prepare answers for
  tramite new PROCEDURE --person NAME --answer key=value ...`, Es: `Muestra las preguntas de un trámite con sus claves de respuesta, tipos, opciones
y condiciones, para que usted (o un script) prepare las respuestas de
  tramite new PROCEDURE --person NAME --answer key=value ...`},
		{En: "Start a case for a person.", Es: "Empieza un caso para una persona."},
		{En: "Start a case: interview, or answers as flags", Es: "Empezar un caso: entrevista o respuestas"},
		{En: `Stopped keeping %s (the file is still there).
`, Es: `Ya no se mantiene %s (el archivo sigue ahí).
`},
		{En: "Try --help for usage.", Es: "Pruebe --help para ver el uso."},
		{En: "Type a date: 2026-03-15, 15/03/2026 or 15 mar 2026.", Es: "Escriba una fecha: 2026-03-15, 15/03/2026 o 15 mar 2026."},
		{En: "WHAT", Es: "QUÉ"},
		{En: "When: %s", Es: "Cuándo: %s"},
		{En: "Write a consistent copy of the database", Es: "Copia coherente de la base de datos"},
		{En: `Write a consistent copy of the database. By default the copy goes next to
the database as tramite-backup-YYYY-MM-DD.db; it never overwrites a file
unless --force.

It works while the dashboard is open (the copy is one consistent read).
The dashboard keeps a copy of its own once a day, when it opens
(tramite.db.backup-YYYY-MM-DD beside the file, the last three).`, Es: `Escribe una copia coherente de la base de datos. Por omisión la copia va junto
a la base de datos como tramite-backup-AAAA-MM-DD.db; nunca sobrescribe un
archivo salvo con --force.

Funciona con el tablero abierto (la copia es una lectura coherente). El
tablero guarda su propia copia una vez al día, al abrirse
(tramite.db.backup-AAAA-MM-DD junto al archivo, las tres últimas).`},
		{En: "Write every open deadline of every case to PATH as an iCalendar (.ics) file,\nand keep it current: from then on every change (a new case, an edited\nanswer, a stage moved on in the dashboard, an office closure) rewrites it,\natomically. Subscribe to the file in your calendar app, or put it in a\nsynced folder and subscribe there: each date keeps its event (stable UIDs),\nwith reminders at the lead times of `tramite remind --help`, and a date\nthat is done or removed disappears.\n\nPATH is recorded in the settings file ($XDG_CONFIG_HOME/tramite/config.toml,\nkey calendar). Without PATH, the file kept now is rewritten and named;\n--off stops keeping it (the file stays). An existing file that tramite did\nnot write is replaced only with --force.", Es: "Escribe todas las fechas pendientes de todos los casos en RUTA como archivo\niCalendar (.ics), y lo mantiene al día: desde entonces cada cambio (un caso\nnuevo, una respuesta editada, una etapa avanzada en el tablero, un día\ninhábil) lo reescribe, de forma atómica. Suscríbase al archivo en su\ncalendario, o póngalo en una carpeta sincronizada y suscríbase ahí: cada fecha\nconserva su evento (UID estables), con avisos según la anticipación de `tramite remind --help`, y una fecha\nhecha o quitada desaparece.\n\nRUTA se guarda en el archivo de configuración ($XDG_CONFIG_HOME/tramite/config.toml,\nclave calendar). Sin RUTA, el archivo que se mantiene ahora se reescribe y se\nnombra; --off deja de mantenerlo (el archivo se queda). Un archivo existente\nque tramite no escribió solo se reemplaza con --force."},
		{En: `Wrote %s (%s, %s).
`, Es: `%s escrito (%s, %s).
`},
		{En: `Wrote %s (guide, %s).
`, Es: `%s escrito (guía, %s).
`},
		{En: `Wrote %s.
`, Es: `%s escrito.
`},
		{En: `Wrote %s; tramite rewrites it after every change.
`, Es: `%s escrito; tramite lo reescribe después de cada cambio.
`},
		{En: "a PDF is not for the terminal: add -o FILE.pdf", Es: "un PDF no es para la terminal: agregue -o ARCHIVO.pdf"},
		{En: "a name is needed: type it, or pass --person NAME", Es: "hace falta un nombre: escríbalo, o use --person NOMBRE"},
		{En: "add the person when nobody has that name yet", Es: "agregar a la persona si nadie se llama así"},
		{En: "add to a database that already has cases", Es: "agregar a una base que ya tiene casos"},
		{En: "calendar takes one PATH, got %q: quote a path with spaces", Es: "calendar lleva una RUTA, recibió %q: ponga entre comillas una ruta con espacios"},
		{En: "cannot read %s: %w", Es: "no se puede leer %s: %w"},
		{En: "cannot tell where tramite is installed: %w", Es: "no se sabe dónde está instalado tramite: %w"},
		{En: "cannot use %s: %s is a file, not a folder: %s (%w)", Es: "no se puede usar %s: %s es un archivo, no una carpeta: %s (%w)"},
		{En: "cannot use %s: it is on a read-only disk: %s (%w)", Es: "no se puede usar %s: está en un disco de solo lectura: %s (%w)"},
		{En: "cannot use %s: permission denied on the file or its folder %s: fix their permissions or %s (%w)", Es: "no se puede usar %s: permiso denegado en el archivo o en su carpeta %s: corrija sus permisos o %s (%w)"},
		{En: "case %d (%s) asks for no letter tramite writes: its checklist lists what to bring (`tramite export %d`)", Es: "el caso %d (%s) no pide ningún escrito que tramite redacte: su lista de documentos dice qué llevar (`tramite export %d`)"},
		{En: "case %d (saved so far): %w", Es: "caso %d (guardado hasta ahora): %w"},
		{En: "case %d has no open deadlines, so there is nothing to put in a calendar: try --format text", Es: "el caso %d no tiene fechas pendientes, así que no hay nada que poner en un calendario: pruebe --format text"},
		{En: "case %d: %w", Es: "caso %d: %w"},
		{En: "case %d: %w: see why with `tramite case show %d`, or add --anyway to move it all the same; nothing was changed", Es: "caso %d: %w: vea por qué con `tramite case show %d`, o agregue --anyway para moverlo de todos modos; no se cambió nada"},
		{En: "case %d: its person: %w", Es: "caso %d: su persona: %w"},
		{En: "dashboard: %w", Es: "tablero: %w"},
		{En: `database FILE (env TRAMITE_DB); default:
%s`, Es: "ARCHIVO de la base de datos\n(var. TRAMITE_DB); por omisión:\n%s"},
		{En: `evaluate the rules as if today were DATE
(YYYY-MM-DD; env TRAMITE_TODAY)`, Es: "evaluar las reglas como si hoy fuera\nFECHA (AAAA-MM-DD; var. TRAMITE_TODAY)"},
		{En: "Help for %s", Es: "Ayuda de %s"},
		{En: "how many cases to add (N)", Es: "cuántos casos agregar (N)"},
		{En: "importing %s: %w (nothing was imported)", Es: "al importar %s: %w (no se importó nada)"},
		{En: "include history: done deadlines, past openings and reminders", Es: "incluir la historia: fechas hechas,\naperturas y recordatorios pasados"},
		{En: `language: es (español) or en (English)
(env TRAMITE_LANG; default: the locale)`, Es: "idioma: es (español) o en (English)\n(var. TRAMITE_LANG; si no, el locale)"},
		{En: "leave out the descriptions of the completions", Es: "omitir las descripciones"},
		{En: "name the procedure: tramite new PROCEDURE --accessible (see `tramite procedures`)", Es: "nombre el trámite: tramite new TRÁMITE --accessible (vea `tramite procedures`)"},
		{En: "name the procedure: tramite new PROCEDURE --person NAME --answer key=value ... (see `tramite procedures`)", Es: "nombre el trámite: tramite new TRÁMITE --person NOMBRE --answer clave=valor ... (vea `tramite procedures`)"},
		{En: "new takes one procedure id, got %q: see `tramite procedures`", Es: "new lleva un id de trámite, recibió %q: vea `tramite procedures`"},
		{En: "no case has an open deadline, so there is nothing to put in a calendar: try --format text", Es: "ningún caso tiene fechas pendientes, así que no hay nada que poner en un calendario: pruebe --format text"},
		{En: "no cases to export yet: start one with `tramite new`", Es: "aún no hay casos que exportar: empiece uno con `tramite new`"},
		{En: "no procedures are registered in this build: nothing to demo", Es: "esta compilación no tiene trámites registrados: nada que demostrar"},
		{En: "tramite: updating the index of every case for tramite's new rules (once; about a second per 10,000 cases)…", Es: "tramite: actualizando el índice de todos los casos para las nuevas reglas de tramite (una sola vez; alrededor de un segundo por cada 10,000 casos)…"},
		{En: "no tramite database yet at %s: create a case with `tramite new` (or try `tramite demo`)", Es: "aún no hay base de datos de tramite en %s: cree un caso con `tramite new` (o pruebe `tramite demo`)"},
		{En: "nobody is called %q: check `tramite person list`, or add --create to add them", Es: "nadie se llama %q: revise `tramite person list`, o agregue --create para agregar a esa persona"},
		{En: "nobody is called %q: see the %d names with `tramite person list`", Es: "nadie se llama %q: vea los %d nombres con `tramite person list`"},
		{En: "nobody is called %q: the people are %s", Es: "nadie se llama %q: las personas son %s"},
		{En: "nobody is called %q: there are no people yet", Es: "nadie se llama %q: aún no hay personas"},
		{En: "nothing to back up: %w", Es: "nada que respaldar: %w"},
		{En: "only dates to act by within DAYS days (overdue ones too)", Es: "solo fechas para actuar en DAYS días\n(también las vencidas)"},
		{En: "person set needs a name and at least one key=value, e.g. tramite person set \"Ana López\" phone=\"+52 55 1234 5678\"", Es: "person set necesita un nombre y al menos una clave=valor, p. ej. tramite person set \"Ana López\" phone=\"+52 55 1234 5678\""},
		{En: "print JSON", Es: "imprimir JSON"},
		{En: "random seed: the same seed and --today give the same cases", Es: "semilla: la misma semilla y --today\ndan los mismos casos"},
		{En: "replace %s: %w", Es: "reemplazar %s: %w"},
		{En: "replace FILE if it exists", Es: "reemplazar ARCHIVO si existe"},
		{En: "replace PATH even if tramite did not write it", Es: "reemplazar RUTA aunque tramite no\nla haya escrito"},
		{En: "someone else is already called %q: pick another name; nothing was saved", Es: "otra persona ya se llama %q: elija otro nombre; no se guardó nada"},
		{En: "stop keeping the calendar file", Es: "dejar de mantener el calendario"},
		{En: "the calendar file %s was not rewritten: %w (run `tramite calendar %s` to try again)", Es: "el archivo de calendario %s no se reescribió: %w (ejecute `tramite calendar %s` para intentarlo de nuevo)"},
		{En: "the folder %s does not exist: create it, or choose another -o FILE", Es: "la carpeta %s no existe: créela, o elija otro -o ARCHIVO"},
		{En: "the settings file %s: %w", Es: "el archivo de configuración %s: %w"},
		{En: "there is no case %d: `tramite cases` lists the case numbers", Es: "no hay caso %d: `tramite cases` lista los números de caso"},
		{En: `tramite guides foreign residents of Mexico through INM procedures (canje,
renewal, change of status, exit permit, notification of changes): it asks the
questions, says whether and when you can file, lists the documents and keeps
every deadline.

Run it with no arguments to open the dashboard. The subcommands do the same
work without a terminal, for scripts.`, Es: `tramite guía a los residentes extranjeros en México en los trámites del INM (canje,
renovación, cambio de condición, permiso de salida, notificación de cambios): hace
las preguntas, dice si puede presentar el trámite y desde cuándo, lista los
documentos y lleva todas las fechas.

Ejecútelo sin argumentos para abrir el tablero. Los subcomandos hacen lo mismo
sin terminal, para scripts.`},
		{En: `tramite: note: %s is not asked with these answers; it was not saved
`, Es: `tramite: nota: %s no se pregunta con estas respuestas; no se guardó
`},
		{En: `tramite: warning: %v
`, Es: `tramite: aviso: %v
`},
		{En: `tramite: warning: no desktop notification: %v
`, Es: `tramite: aviso: sin notificación de escritorio: %v
`},
		{En: `tramite: warning: the daily backup failed: %v
`, Es: `tramite: aviso: el respaldo diario falló: %v
`},
		{En: "unknown closures command %q: type `tramite closures add DATE...`, `tramite closures remove DATE...`, or `tramite closures` alone to list them", Es: "comando de closures desconocido %q: escriba `tramite closures add FECHA...`, `tramite closures remove FECHA...`, o `tramite closures` solo para listarlos"},
		{En: "unknown command %s for %s", Es: "comando desconocido %s para %s"},
		{En: "version for %s", Es: "versión de %s"},
		{En: "write demo cases %d to %d: %w", Es: "escribir los casos de demostración %d a %d: %w"},
		{En: "write the copy to FILE", Es: "escribir la copia en ARCHIVO"},
		{En: "wrote %s, but could not record it in the settings: %w", Es: "%s escrito, pero no se pudo guardar en la configuración: %w"},
		{En: "PATH", Es: "RUTA"},
		{En: "CASE", Es: "CASO"},
		{En: "FILE", Es: "ARCHIVO"},
		{En: "NAME", Es: "NOMBRE"},
		{En: "key=value", Es: "clave=valor"},
		{En: "[command]", Es: "[comando]"},
		{En: "[--flags]", Es: "[--opciones]"},
		{En: "USAGE", Es: "USO"},
		{En: "EXAMPLES", Es: "EJEMPLOS"},
		{En: "COMMANDS", Es: "COMANDOS"},
		{En: "FLAGS", Es: "OPCIONES"},
		{En: "%d cases", Es: "%d casos", One: "%d case", EsOne: "%d caso"},
		{En: "%d new people", Es: "%d personas nuevas", One: "%d new person", EsOne: "%d persona nueva"},
		{En: "new", Es: "nueva"},
		{En: "already here, reused", Es: "ya estaba, reutilizada"},
		{En: "a procedure id (see `tramite procedures`)", Es: "un id de trámite (vea `tramite procedures`)"},
		{En: "a person's name (see `tramite person list`)", Es: "el nombre de una persona (vea `tramite person list`)"},
		{En: "a CASE number (see `tramite cases`)", Es: "un número de CASO (vea `tramite cases`)"},
		{En: "unknown flag: %s", Es: "opción desconocida: %s"},
		{En: "unknown shorthand flag: %s", Es: "opción corta desconocida: %s"},
		{En: "flag needs an argument: %s", Es: "la opción necesita un valor: %s"},
		// closures and person.
		{En: "%d office closures", Es: "%d días inhábiles", One: "%d office closure", EsOne: "%d día inhábil"},
		{En: "%s is already a closure.", Es: "%s ya es un día inhábil."},
		{En: "%s, an official rest day", Es: "%s, día de descanso oficial"},
		{En: "Added %s.", Es: "Se agregó %s."},
		{En: "Added %s; note: it is %s, already non-working, so it changes no date.", Es: "Se agregó %s; nota: es %s, ya inhábil, así que no cambia ninguna fecha."},
		{En: "Removed %s (%s).", Es: "Se quitó %s (%s)."},
		{En: "a weekend day", Es: "un día de fin de semana"},
		{En: "already non-working: %s", Es: "ya inhábil: %s"},
		{En: "likely: %s (tramite's guess)", Es: "probable: %s (suposición de tramite)"},
		{En: "NAME\tNATIONALITY\tBORN\tCASES", Es: "NOMBRE\tNACIONALIDAD\tNACIMIENTO\tCASOS"},
		{En: "No cases.", Es: "Sin casos."},
		{En: "Monday", Es: "lunes"}, {En: "Tuesday", Es: "martes"}, {En: "Wednesday", Es: "miércoles"},
		{En: "Thursday", Es: "jueves"}, {En: "Friday", Es: "viernes"}, {En: "Saturday", Es: "sábado"}, {En: "Sunday", Es: "domingo"},
		{En: "the year-end vacation", Es: "las vacaciones de fin de año"},
		{En: "Holy Thursday", Es: "Jueves Santo"},
		{En: "Good Friday", Es: "Viernes Santo"},
		{En: "New Year's Day", Es: "Año Nuevo"},
		{En: "Constitution Day", Es: "Día de la Constitución"},
		{En: "Benito Juárez's birthday", Es: "natalicio de Benito Juárez"},
		{En: "5 May (Batalla de Puebla, a federal offices' day off)", Es: "5 de mayo (Batalla de Puebla, día inhábil en oficinas federales)"},
		{En: "Labour Day", Es: "Día del Trabajo"},
		{En: "Independence Day", Es: "Día de la Independencia"},
		{En: "change of federal government", Es: "cambio de gobierno federal"},
		{En: "Revolution Day", Es: "Día de la Revolución"},
		{En: "Christmas Day", Es: "Navidad"},
		// Flags added later, remind.
		{En: "PDF paper: letter or a4 (default: from the locale or language)", Es: "papel del PDF: letter (carta) o a4; por omisión, el del locale"},
		{En: "add a message to each person, with\nmailto: and WhatsApp links (nothing is sent)", Es: "agregar un mensaje a cada persona, con\nenlaces mailto: y WhatsApp (no se envía)"},
		{En: "also send desktop notifications (late, today,\nand on each lead-time day)", Es: "enviar también avisos de escritorio\n(vencidas, de hoy y en cada anticipación)"},
		{En: "an answer as key=value (repeat for each)", Es: "una respuesta como key=value\n(repítala para cada una)"},
		{En: "ask in plain lines, for screen readers (or ACCESSIBLE=1)", Es: "preguntar en líneas simples, para\nlectores de pantalla (o ACCESSIBLE=1)"},
		{En: "export every case of every person in one document", Es: "exportar todos los casos de todas\nlas personas en un documento"},
		{En: "print nothing when nothing is due", Es: "no imprimir nada si nada vence"},
		{En: "read answers from JSON FILE (- for stdin); --answer wins", Es: "leer respuestas de un ARCHIVO JSON\n(- para stdin); --answer manda"},
		{En: "remove that timer", Es: "quitar ese temporizador"},
		{En: "text or markdown (default: from the -o\nextension, else text)", Es: "text o markdown (por omisión: según\nla extensión de -o, si no text)"},
		{En: "text, markdown, ics, json or pdf (default from the -o extension, else text)", Es: "text, markdown, ics, json o pdf\n(por omisión según la extensión de -o,\nsi no text)"},
		{En: "the person's NAME (added when new)", Es: "el NOMBRE de la persona (se agrega\nsi es nueva)"},
		{En: "write a systemd user timer that runs\nremind --notify every day", Es: "escribir un temporizador de systemd\nque ejecuta remind --notify a diario"},
		{En: "write to FILE instead of the standard output", Es: "escribir en ARCHIVO en vez de\nla salida estándar"},
		{En: "%s  %s  %s  %s, %s (case %d): %s", Es: "%s  %s  %s  %s, %s (caso %d): %s"},
		{En: "; legal date %s, the office is closed that day (R-DAYS-CLOSED)", Es: "; fecha legal %s, la oficina está cerrada ese día (R-DAYS-CLOSED)"},
		{En: "; INM offices usually close around then: if yours is open, the last day is %s (R-DAYS-LIKELY)", Es: "; las oficinas del INM suelen cerrar en esas fechas: si la suya abre, el último día es el %s (R-DAYS-LIKELY)"},
		{En: "due: late", Es: "vencida"},
		{En: "due: today", Es: "hoy"},
		{En: "due: soon", Es: "pronto"},
		{En: "the JSON FILE to import", Es: "el ARCHIVO JSON que importar"},
		{En: "Import people and cases: a JSON export, or a CSV spreadsheet", Es: "Importa personas y casos: un JSON o un CSV"},
		{En: "Import the people and cases of FILE (- for the standard input).\n\nA JSON file written by `tramite export --format json` can be imported\nagain safely: a person is matched by uid, else by name (case and accents\naside), a case by uid, else by person, procedure and creation time. A\nrecord already here is left alone when equal, updated when the file's is\nnewer, and kept (a conflict, listed) otherwise.\n\nA CSV spreadsheet (.csv) has a header row naming tramite's keys: person,\nany personal key (%s,\n%s), and optionally procedure with that procedure's answer keys; one row per\nperson, or per case. It is a dry run unless --apply is given.\n--template PROCEDURE prints an empty sheet with the right columns.\n\nThe whole file is checked first: a file with any problem imports nothing,\nand every problem is listed with the line (or record) and the key at fault.", Es: "Importa las personas y los casos de ARCHIVO (- para la entrada estándar).\n\nUn archivo JSON escrito por `tramite export --format json` puede importarse\nde nuevo sin riesgo: una persona se reconoce por su uid, si no por su nombre\n(sin importar mayúsculas ni acentos), un caso por su uid, si no por persona,\ntrámite y fecha de creación. Un registro que ya está se deja igual cuando\ncoincide, se actualiza cuando el del archivo es más reciente y se conserva\n(un conflicto, listado) en otro caso.\n\nUna hoja de cálculo CSV (.csv) tiene una fila de encabezado con las claves de\ntramite: person, cualquier clave personal (%s,\n%s) y, si se quiere, procedure con las claves de respuesta de ese trámite;\nuna fila por persona o por caso. Es una prueba sin cambios salvo con --apply.\n--template TRÁMITE imprime una hoja vacía con las columnas correctas.\n\nPrimero se revisa todo el archivo: un archivo con algún problema no importa\nnada, y cada problema se lista con la línea (o el registro) y la clave."},
		{En: "add --person as someone new even if a\nstored name is close to it", Es: "agrega a --person como persona nueva aunque\nun nombre guardado se le parezca"},
		{En: "with --create, add them even if a stored\nname is close to theirs", Es: "con --create, la agrega aunque un nombre\nguardado se le parezca"},
		{En: "List, show, edit, merge and delete the people", Es: "Lista, edita, une y borra personas"},
		{En: "Deleted %s.", Es: "Se borró a %s."},
		{En: "Deleted %s and their %s.", Es: "Se borró a %s y sus %s."},
		{En: "the database cannot be read just now (tramite keeps trying)", Es: "la base de datos no se puede leer ahora (tramite lo sigue intentando)"},
		{En: "Move the database between a file and PostgreSQL", Es: "Lleva la base entre un archivo y PostgreSQL"},
		{En: "Copy every person, case and closure to another database", Es: "Copia todo a otra base de datos"},
		{En: "What tramite's exit codes mean, for scripts", Es: "Qué significan los códigos de salida"},
		{En: "Delete a person (refused while they have cases)", Es: "Borra a una persona sin casos"},
		{En: "Make two records of one person one", Es: "Une dos registros de una misma persona"},
		{En: "Rename a person", Es: "Cambia el nombre de una persona"},
		{En: "Show, edit, move forward, tick, note, move or delete one case", Es: "Muestra, edita, avanza o borra un caso"},
		{En: "Show a case: answers, stage, ticks, notes", Es: "Muestra respuestas, etapa, marcas y notas"},
		{En: "Set answers, checked as the interview checks them", Es: "Fija respuestas, revisadas"},
		{En: "Move a case to a stage (draft … received)", Es: "Lleva un caso a una etapa (draft a received)"},
		{En: "Tick a checklist document (--off to untick)", Es: "Marca un documento (--off lo desmarca)"},
		{En: "Add a line to a case's notes", Es: "Agrega una línea a las notas de un caso"},
		{En: "Give a case to another person", Es: "Pasa un caso a otra persona"},
		{En: "Delete a case (--yes to confirm)", Es: "Borra un caso (--yes para confirmar)"},
		{En: "show what would change, change nothing", Es: "muestra qué cambiaría, sin cambiar nada"},
		{En: "print an empty CSV with PROCEDURE's columns", Es: "imprime un CSV vacío con las columnas del TRÁMITE"},
		{En: "write a spreadsheet's rows (a CSV import\nis a dry run without it)", Es: "escribe las filas de la hoja (sin esto, importar\nun CSV es una prueba sin cambios)"},
		{En: "Work on one case by its id (see `tramite cases`). Every subcommand checks what\nthe dashboard checks and changes nothing when it refuses: exit 0 done, 1\nrefused (the message says what to type), 2 a usage mistake.", Es: "Trabaja sobre un caso por su id (vea `tramite cases`). Cada subcomando revisa lo\nque revisa el tablero y no cambia nada cuando rechaza: sale con 0 hecho, 1\nrechazado (el mensaje dice qué escribir), 2 un error de uso."},
		{En: "Set answers of a case (keys: `tramite procedures show PROCEDURE`). Each value\nis checked as the interview checks it, given the others; key= (empty) skips\nan optional question. Nothing is saved unless every value is valid.", Es: "Fija respuestas de un caso (claves: `tramite procedures show TRÁMITE`). Cada valor\nse revisa como lo revisa la entrevista, con las demás respuestas; clave= (vacío)\nomite una pregunta opcional. No se guarda nada salvo que todos los valores sean válidos."},
		{En: "Move a case to STAGE with what that stage records, checked as the case view's\nstage forms check it: booked needs --date (the appointment; --time, --office,\n--pieza optional), filed needs --date (filed; --nut, --correction-notice\noptional), received needs --date (received; --card-expiry). Dates as the\ninterview takes them (2026-11-23, 23/11/2026).", Es: "Lleva un caso a ETAPA con lo que esa etapa registra, revisado como lo revisan\nlos formularios de etapa de la vista del caso: booked pide --date (la cita;\n--time, --office, --pieza opcionales), filed pide --date (la presentación; --nut,\n--correction-notice opcionales), received pide --date (la recepción;\n--card-expiry). Fechas como las toma la entrevista (2026-11-23, 23/11/2026)."},
		{En: "Copy every person, case and office closure, with their ids, times and\nversions, from one database to another: a file and a PostgreSQL database\n(postgres://USER@HOST:PORT/DATABASE) in either direction, so an office can\nmove its household file to a shared server and back. The source (--from,\ndefault the database of --db, TRAMITE_DB or the PG* environment) is only\nread; the target must be new or empty. The copy is one transaction: it is\nwhole or not there at all. The counts are then read back from the target\nand compared.\n\nPasswords come from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from\ntramite's files, and are never printed.", Es: "Copia todas las personas, casos y días inhábiles, con sus ids, fechas y\nversiones, de una base de datos a otra: un archivo y una base PostgreSQL\n(postgres://USUARIO@HOST:PUERTO/BASE) en cualquier sentido, para que una oficina\nlleve su archivo a un servidor compartido y de vuelta. El origen (--from; por\nomisión la base de --db, TRAMITE_DB o el entorno PG*) solo se lee; el destino\ndebe ser nuevo o estar vacío. La copia es una sola transacción: queda entera o\nno queda. Después se releen los conteos del destino y se comparan.\n\nLas contraseñas vienen de PGPASSWORD o ~/.pgpass (PGPASSFILE), nunca de los\narchivos de tramite, y nunca se imprimen."},
		{En: "Delete a person. A person who still has cases is refused, and the message\nsays how many: move the cases (tramite case move), merge the person into\nanother (tramite person merge), or pass --with-cases to delete them with\nevery one of their cases. It is one transaction: all of it, or nothing.", Es: "Borra a una persona. Se rechaza si todavía tiene casos, y el mensaje dice\ncuántos: mueva los casos (tramite case move), una a la persona con otra\n(tramite person merge), o pase --with-cases para borrarla con todos sus\ncasos. Es una sola transacción: todo o nada."},
		{En: "Merge OTHER into KEEP: every case of OTHER moves to KEEP, the details KEEP\nlacks (passport, address, ...) are taken from OTHER, and OTHER is removed,\nin one transaction. Details both have with different values keep KEEP's\n(or OTHER's with --prefer-other); each is listed.", Es: "Une OTRA en CONSERVAR: cada caso de OTRA pasa a CONSERVAR, los datos que a\nCONSERVAR le faltan (pasaporte, domicilio, ...) se toman de OTRA, y OTRA se\nquita, en una sola transacción. Los datos que ambas tienen con valores distintos\nconservan los de CONSERVAR (o los de OTRA con --prefer-other); cada uno se lista."},
		{En: "source database (default: --db)", Es: "base de origen (por omisión: --db)"},
		{En: "target database: a FILE or postgres://URL", Es: "base de destino: un ARCHIVO o postgres://URL"},
		// remind: desktop notifications and the messages to clients.
		{En: "%s: %s (%s). Rule %s, case %d.", Es: "%s: %s (%s). Regla %s, caso %d."},
		{En: "Late: %s, %s", Es: "Vencido: %s, %s"},
		{En: "Today: %s, %s", Es: "Hoy: %s, %s"},
		{En: "Coming: %s, %s", Es: "Próximo: %s, %s"},
		{En: "Reminder: %s, %s", Es: "Recordatorio: %s, %s"},
		{En: "Hello %s,", Es: "Hola, %s:"},
		{En: "A reminder about your %s: %s, by %s, %s.", Es: "Le recordamos su trámite de %s: %s, a más tardar el %s, %s."},
		{En: "A reminder about your %s: %s, on %s, %s.", Es: "Le recordamos su trámite de %s: %s, el %s, %s."},
		{En: "A reminder about your %s: %s, to do since %s. No term for it was found, so please do not wait.", Es: "Le recordamos su trámite de %s: %s, pendiente desde el %s. No se encontró un plazo para hacerlo, así que le pedimos no esperar."},
		{En: "Today is the day for your %s: %s.", Es: "Hoy es el día de su trámite de %s: %s."},
		{En: "The date for your %s has passed: %s, %s, %s. Please get in touch as soon as you can, so we can see what can still be done.", Es: "La fecha de su trámite de %s ya pasó: %s, %s, %s. Comuníquese con nosotros lo antes posible para ver qué se puede hacer todavía."},
		{En: "Please have these ready:", Es: "Por favor tenga listo lo siguiente:"},
		{En: "(Rule %s; check with your INM office.)", Es: "(Regla %s; confírmelo en su oficina del INM.)"},
		{En: "  name: the person has no name; run tramite person set %q name=\"...\"", Es: "  name: la persona no tiene nombre; ejecute tramite person set %q name=\"...\""},
		{En: "Saved case %d: %s for %s (verdict: %s). See it with `tramite cases` or `tramite`.\n", Es: "Caso %d guardado: %s para %s (resultado: %s). Véalo con `tramite cases` o `tramite`.\n"},
		{En: "answer it in the case's interview: run `tramite` and open case %d", Es: "respóndalo en la entrevista del caso: ejecute `tramite` y abra el caso %d"},
		{En: "no letter written: case %d (%s) needs data not given yet:", Es: "no se redactó ningún escrito: el caso %d (%s) necesita datos que aún no se dan:"},
		{En: "Nothing was written.", Es: "No se escribió nada."},
		{En: "===== Letter %d of %d: %s =====", Es: "===== Escrito %d de %d: %s ====="},
		{En: "verdict: eligible", Es: "procede"},
		{En: "verdict: not-yet", Es: "todavía no"},
		{En: "verdict: not-eligible", Es: "no procede"},
		{En: "verdict: unknown", Es: "sin definir"},
		{En: "verdict: incomplete", Es: "incompleto"},
	},
	{
		// The import's report (cli/cmd_import.go printImport).
		{En: "Dry run of %s: nothing was written.\n", Es: "Simulación de %s: no se escribió nada.\n"},
		{En: "  person %-5s %s (%s)\n", Es: "  persona %-5s %s (%s)\n"},
		{En: "unchanged", Es: "sin cambios"},
		{En: "updated", Es: "actualizada"},
		{En: "conflict: differs here and is as new here; kept as it is here", Es: "conflicto: aquí es distinta e igual de reciente; se deja como está aquí"},
		{En: "  case %-7s %s, %s (new)\n", Es: "  caso %-7s %s, %s (nuevo)\n"},
		{En: "  case %-7s %s, %s (unchanged)\n", Es: "  caso %-7s %s, %s (sin cambios)\n"},
		{En: "  case %-7s %s, %s (updated)\n", Es: "  caso %-7s %s, %s (actualizado)\n"},
		{En: "  case %-7s %s, %s (conflict: differs here and is as new here; kept as it is here)\n", Es: "  caso %-7s %s, %s (conflicto: aquí es distinto e igual de reciente; se deja como está aquí)\n"},
		{En: "  (the new and unchanged records are not listed one by one: the file has more than %d)\n", Es: "  (los registros nuevos y sin cambios no se listan uno por uno: el archivo tiene más de %d)\n"},
		{En: "Would import %s: %d unchanged, %d updated, %d new", Es: "Se importaría %s: sin cambios, %d; actualizados, %d; nuevos, %d"},
		{En: "Imported %s: %d unchanged, %d updated, %d new", Es: "Importado %s: sin cambios, %d; actualizados, %d; nuevos, %d"},
		{En: ", %d conflicts kept as they are here", Es: "; conflictos que se dejan como están aquí, %d"},
		{En: "To import it, run it again with --apply: tramite import %s --apply\n", Es: "Para importarlo, ejecútelo de nuevo con --apply: tramite import %s --apply\n"},
	},
	{
		// person merge and rename, the remind timer, the last-resort error.
		{En: "%w; nothing was changed", Es: "%w; no se cambió nada"},
		{En: "Merged %s into %s: %s moved.\n", Es: "%s se unió a %s. Casos trasladados: %s.\n"},
		{En: "Taken from %s: %s.\n", Es: "Tomado de %s: %s.\n"},
		{En: "Conflict on %s: kept %q, dropped %q.\n", Es: "Conflicto en %s: se conserva %q, se descarta %q.\n"},
		{En: "Renamed %s to %s.\n", Es: "%s ahora se llama %s.\n"},
		{En: "tramite: internal error: %v\n(nothing more was written; please report this with `tramite version` and the command you ran)\n", Es: "tramite: error interno: %v\n(no se escribió nada más; repórtelo con la salida de `tramite version` y el comando que ejecutó)\n"},
		{En: `Wrote %s and %s in %s:
tramite remind --notify runs every day at 09:00 (or at the next start).
Turn it on with:
  systemctl --user daemon-reload
  systemctl --user enable --now %s
`, Es: `Se escribieron %s y %s en %s:
tramite remind --notify se ejecuta cada día a las 09:00 (o al siguiente arranque).
Actívelo con:
  systemctl --user daemon-reload
  systemctl --user enable --now %s
`},
		{En: "No tramite timer in %s: nothing to remove.\n", Es: "No hay temporizador de tramite en %s: nada que quitar.\n"},
		{En: `Removed the tramite timer from %s.
Stop a running one with:
  systemctl --user stop %s
  systemctl --user daemon-reload
`, Es: `Se quitó el temporizador de tramite de %s.
Para detener uno en marcha:
  systemctl --user stop %s
  systemctl --user daemon-reload
`},
	},
	{
		// tramite new --answers FILE refusals.
		{En: "not a JSON object of answers (%v): write it as {\"key\": \"value\", ...}", Es: "no es un objeto JSON de respuestas (%v): escríbalo como {\"clave\": \"valor\", ...}"},
		{En: "%s: the value must be a string, number or true/false, not %s", Es: "%s: el valor debe ser un texto, un número o true/false, no %s"},
	},
	{
		// backup and the remind timer on an office's PostgreSQL database.
		{En: "a PostgreSQL database is backed up by its server (pg_dump), or copied to a file with `tramite db copy --to FILE`", Es: "una base de datos PostgreSQL la respalda su servidor (pg_dump), o se copia a un archivo con `tramite db copy --to ARCHIVO`"},
		{En: "the database address holds a password, which tramite never writes to disk: put it in ~/.pgpass (PGPASSFILE) and give the address without it", Es: "la dirección de la base de datos lleva una contraseña, y tramite nunca la escribe en disco: póngala en ~/.pgpass (PGPASSFILE) y dé la dirección sin ella"},
	},
}
