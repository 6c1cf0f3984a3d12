package i18n

// The case layer's words (casebook): how a date and a case's standing read.
func init() {
	add([]Msg{
		{En: "done", Es: "hecho"},
		{En: "today", Es: "hoy"},
		{En: "tomorrow", Es: "mañana"},
		{En: "in %d days", Es: "en %d días", One: "in %d day", EsOne: "en %d día"},
		{En: "%d days late", Es: "%d días de retraso", One: "%d day late", EsOne: "%d día de retraso"},
		{En: "%d days ago", Es: "hace %d días", One: "%d day ago", EsOne: "hace %d día"},
		{En: "no term", Es: "sin plazo"},
		{En: "%s is not recorded at stage %s: %s", Es: "%s no se registra en la etapa %s: %s"},
		{En: "some answers are missing: answer them first (`tramite case set`, or E in the case view)", Es: "faltan respuestas: contéstelas primero (`tramite case set`, o E en la vista del caso)"},
		{En: "case %d has no checklist yet: finish its answers first", Es: "el caso %d aún no tiene lista de documentos: termine primero sus respuestas"},
		{En: "%s is not on case %d's checklist: use one of %s", Es: "%s no está en la lista de documentos del caso %d: use uno de %s"},
		{En: "the note is empty: type the text to add", Es: "la nota está vacía: escriba el texto que quiere agregar"},
		{En: "these are the same person: name two different people to merge", Es: "es la misma persona: nombre a dos personas distintas para unirlas"},
		{En: "case %d is already %s's: nothing changed", Es: "el caso %d ya es de %s: no cambió nada"},
		{En: "to do since %s", Es: "pendiente desde el %s"},
		{En: "late", Es: "retraso"},

		{En: "Card received.", Es: "Tarjeta recibida."},
		{En: "Card received on %s.", Es: "Tarjeta recibida el %s."},
		{En: "Permit received.", Es: "Permiso recibido."},
		{En: "Permit received on %s.", Es: "Permiso recibido el %s."},
		{En: "Resolution received.", Es: "Resolución recibida."},
		{En: "Resolution received on %s.", Es: "Resolución recibida el %s."},
		{En: "Filed", Es: "Presentado"},
		{En: "Filed on %s", Es: "Presentado el %s"},
		{En: ": waiting for INM's decision (see the deadlines below).", Es: ": en espera de la resolución del INM (vea las fechas abajo)."},
		{En: "Eligible from %s, %s.", Es: "Procede desde el %s, %s."},
		{En: "Eligible: you can file now.", Es: "Procede: puede presentarlo ya."},
		{En: "Not yet.", Es: "Todavía no."},
		{En: "Not yet: you can file from %s, %s.", Es: "Todavía no: puede presentarlo desde el %s, %s."},
		{En: "This procedure does not apply.", Es: "Este trámite no procede en su caso."},
		{En: "Not settled: %s.", Es: "Sin definir: %s."},
		{En: "verify with your INM office", Es: "confírmelo en su oficina del INM"},
		{En: "The interview is not finished: no verdict yet.", Es: "La entrevista no está terminada: aún no hay resultado."},
	})
}
