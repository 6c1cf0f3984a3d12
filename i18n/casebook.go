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
