package i18n

// The command line's manners (issue 21): exit codes, interruptions,
// version, rules, completions and suggestions. A block of its own, so
// that it merges beside the other areas' messages.
var clitoolsTexts = [][]Msg{
	{
		{En: `tramite exits with:

  0    done: the command did what it says
  1    refused or failed: the message says why and what to type; a refused
       edit (tramite case ..., person ..., import) changed nothing
  2    a usage mistake: a missing or extra argument, an unknown flag, a bad
       case number, --today or stage; or no terminal for the dashboard
  3    tramite remind only: something is due within its lead time, nothing
       late or today (remind exits 1 when something is late or due today, 0
       when nothing is due)
  130  interrupted by ctrl+c: an interview or an export stopped before its
       end; the answers given so far are saved`,
			Es: `tramite sale con:

  0    hecho: el comando hizo lo que dice
  1    rechazado o fallido: el mensaje dice por qué y qué escribir; una
       edición rechazada (tramite case ..., person ..., import) no cambió
       nada
  2    un error de uso: un argumento que falta o sobra, una opción
       desconocida, un número de caso, --today o etapa inválidos; o no hay
       terminal para el tablero
  3    solo tramite remind: algo vence dentro de su anticipación, nada
       vencido ni para hoy (remind sale con 1 si algo está vencido o vence
       hoy, con 0 si nada vence)
  130  interrumpido con ctrl+c: una entrevista o una exportación se detuvo
       antes de terminar; las respuestas dadas hasta entonces quedan
       guardadas`},
		{En: "interrupted: any answers given are saved; run `tramite` to go on with the interview",
			Es: "interrumpido: las respuestas ya dadas quedan guardadas; ejecute `tramite` para seguir con la entrevista"},
		{En: "interrupted: case %d is saved with the answers given so far: finish it with `tramite` (the dashboard)",
			Es: "interrumpido: el caso %d queda guardado con las respuestas dadas hasta ahora: termínelo con `tramite` (el tablero)"},
		{En: "interrupted: nothing was saved", Es: "interrumpido: no se guardó nada"},
		// tramite rules.
		{En: "The rules tramite cites, with their sources", Es: "Las reglas que cita tramite, con sus fuentes"},
		// Suggestions.
		{En: "no procedure %q: did you mean %s? (`tramite procedures` lists them)", Es: "no hay trámite %q: ¿quiso decir %s? (`tramite procedures` los lista)"},
		{En: "no procedure %q: use one of %s (or its Spanish name, such as renovacion)", Es: "no hay trámite %q: use uno de %s (o su nombre en español, como renovacion)"},
		{En: "unknown flag --%s: did you mean --%s? (see `%s --help`)", Es: "opción desconocida --%s: ¿quiso decir --%s? (vea `%s --help`)"},
		{En: "unknown flag --%s: see `%s --help` for the flags", Es: "opción desconocida --%s: vea las opciones en `%s --help`"},
		{En: "nobody is called %q; did you mean %s? Type the name as it is stored, or add --create to add someone new; nothing was saved", Es: "nadie se llama %q; ¿quiso decir %s? Escriba el nombre como está guardado, o agregue --create para añadir a alguien nuevo; no se guardó nada"},
		{En: " or ", Es: " o "},
		// One wording for a missing CASE number.
		{En: "tramite case set needs a CASE number and at least one key=value, e.g. tramite case set 12 card_expiry=15/03/2027", Es: "tramite case set necesita un número de CASO y al menos una clave=valor, p. ej. tramite case set 12 card_expiry=15/03/2027"},
		{En: "tramite case stage needs a CASE number and a stage (%s), e.g. tramite case stage 12 filed --date 2026-12-03", Es: "tramite case stage necesita un número de CASO y una etapa (%s), p. ej. tramite case stage 12 filed --date 2026-12-03"},
		{En: "tramite case tick needs a CASE number and a document id, e.g. tramite case tick 12 D-PASS (the ids: tramite export CASE)", Es: "tramite case tick necesita un número de CASO y un id de documento, p. ej. tramite case tick 12 D-PASS (los ids: tramite export CASO)"},
		{En: "tramite case note needs a CASE number and the text, e.g. tramite case note 12 \"called the office\"", Es: "tramite case note necesita un número de CASO y el texto, p. ej. tramite case note 12 \"llamé a la oficina\""},
		{En: "tramite case move needs a CASE number and a person's name, e.g. tramite case move 12 \"Ana López\"", Es: "tramite case move necesita un número de CASO y el nombre de una persona, p. ej. tramite case move 12 \"Ana López\""},
		// tramite man.
		{En: "Print tramite's manual page (roff): man -l <(tramite man)", Es: "Imprime la página de manual de tramite (roff): man -l <(tramite man)"},
		{En: "SYNOPSIS", Es: "SINOPSIS"},
		{En: "DESCRIPTION", Es: "DESCRIPCIÓN"},
		{En: "OPTIONS", Es: "OPCIONES"},
		{En: "EXIT STATUS", Es: "ESTADO DE SALIDA"},
		{En: "command", Es: "comando"},
		{En: "VALUE", Es: "VALOR"},
		{En: "flags", Es: "opciones"},
		{En: "Examples:", Es: "Ejemplos:"},
		{En: "Without ID, list every rule, document and source that tramite's screens and exports cite, with a one-line summary. With ID, print the rule: its text, how sure it is (law, official, the project's founding articles, secondary sources; contested when sources disagree and tramite takes the safe reading), its sources and the date it was last checked.\n\nRules change: where a rule is only secondary or contested, verify with your INM office.",
			Es: "Sin ID, lista cada regla, documento y fuente que citan las pantallas y exportaciones de tramite, con un resumen de una línea. Con ID, muestra la regla: su texto, qué tan segura es (ley, oficial, los artículos fundacionales del proyecto, fuentes secundarias; disputada cuando las fuentes no coinciden y tramite toma la lectura segura), sus fuentes y la fecha de su última revisión.\n\nLas reglas cambian: si una regla es solo secundaria o disputada, verifique con su oficina del INM."},
		{En: "rules takes at most one rule id, got %q: see `tramite rules`", Es: "rules lleva a lo más un id de regla, recibió %q: vea `tramite rules`"},
		{En: "Type `tramite rules ID` for a rule's text, confidence, sources and check date.", Es: "Escriba `tramite rules ID` para ver el texto, la confianza, las fuentes y la fecha de revisión de una regla."},
		{En: "Confidence:", Es: "Confianza:"},
		{En: "Part of:", Es: "Parte de:"},
		{En: "Sources:", Es: "Fuentes:"},
		{En: "Checked:", Es: "Revisada:"},
		{En: "Verify with your INM office: this rule rests on secondary sources or sources that disagree.", Es: "Verifique con su oficina del INM: esta regla se apoya en fuentes secundarias o en fuentes que no coinciden."},
		{En: "no rule %s: `tramite rules` lists them", Es: "no hay regla %s: `tramite rules` las lista"},
		{En: "no rule %s; did you mean %s?", Es: "no hay regla %s; ¿quiso decir %s?"},
	},
}
