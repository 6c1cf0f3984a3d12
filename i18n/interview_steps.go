package i18n

// The interview's step counter, resume line, sources line and accessible
// mode's summary (issue 21): a block of its own, so merges stay easy.
func init() {
	add([]Msg{
		{En: "Step %d of about %d", Es: "Paso %d de unos %d"},
		{En: "Sources: %s", Es: "Fuentes: %s"},
		{En: "Answer:", Es: "Respuesta:"},
		// The cases list's mark of a draft whose interview stopped half way.
		{En: "unfinished", Es: "sin terminar"},
		// The end of an accessible interview (cli/new_accessible.go).
		{En: "Where it stands: %s", Es: "Situación: %s"},
		{En: "Find it again: `tramite case show %d` (the answers), `tramite export %d` (this checklist), or `tramite` (the dashboard).", Es: "Para verlo de nuevo: `tramite case show %d` (las respuestas), `tramite export %d` (esta lista), o `tramite` (el tablero)."},
		{En: "case %d is saved, but it cannot be shown: %w", Es: "el caso %d está guardado, pero no se puede mostrar: %w"},
		// The interview's first screen (tui/interview_intro.go).
		{En: "Copied from %s's case: %s (change them on the review screen).", Es: "Copiadas del caso de %s: %s (cámbielas en la revisión)."},
		{En: "Copied from %s's case: %s.", Es: "Copiadas del caso de %s: %s."},
		{En: "%d answers copied from %s's case.", Es: "%d respuestas copiadas del caso de %s."},
		{En: "Resuming the %s — esc for the dashboard", Es: "Continúa el trámite: %s — esc: volver al tablero"},
		{En: "Resuming — esc for the dashboard", Es: "Continúa — esc: volver al tablero"},
		{En: "Resuming %s's %s — esc for the dashboard", Es: "Continúa el trámite de %s: %s — esc: volver al tablero"},
		{En: "Resuming %s's case — esc for the dashboard", Es: "Continúa el caso de %s — esc: volver al tablero"},
		// Answer keys as messages name them (wizard/labels.go).
		{En: "ask date", Es: "fecha de solicitud del permiso"},
		{En: "card expiry", Es: "vencimiento de la tarjeta"},
		{En: "card type", Es: "tipo de tarjeta"},
		{En: "certificate abroad", Es: "acta extranjera"},
		{En: "change date", Es: "fecha del cambio"},
		{En: "change kind", Es: "tipo de cambio"},
		{En: "child birth date", Es: "fecha de nacimiento del menor"},
		{En: "current status", Es: "condición actual"},
		{En: "departure date", Es: "fecha de salida"},
		{En: "dual nationality", Es: "doble nacionalidad"},
		{En: "emergency cause", Es: "causa de la emergencia"},
		{En: "entry date", Es: "fecha de entrada"},
		{En: "grounds hold", Es: "vigencia del motivo"},
		{En: "holder minor", Es: "titular menor de edad"},
		{En: "in mexico", Es: "en México"},
		{En: "issued abroad", Es: "expedida en el extranjero"},
		{En: "job offer years", Es: "años de la oferta de empleo"},
		{En: "marital event", Es: "cambio de estado civil"},
		{En: "new value", Es: "dato nuevo"},
		{En: "notified date", Es: "fecha del aviso"},
		{En: "old value", Es: "dato anterior"},
		{En: "pending procedure", Es: "trámite pendiente"},
		{En: "pension basis", Es: "base de la pensión"},
		{En: "permit date", Es: "fecha del permiso"},
		{En: "reentry date", Es: "fecha de reingreso"},
		{En: "relative name", Es: "nombre del familiar"},
		{En: "relative status", Es: "condición del familiar"},
		{En: "return date", Es: "fecha de regreso"},
		{En: "status since", Es: "fecha de la condición de residente temporal"},
		{En: "stay expiry", Es: "fin de la estancia autorizada"},
		{En: "via link", Es: "por vínculo"},
		{En: "visa expiry", Es: "vencimiento de la visa"},
		{En: "visa issue date", Es: "fecha de expedición de la visa"},
		{En: "visa type", Es: "tipo de visa"},
		{En: "work permit", Es: "permiso para trabajar"},
		{En: "years requested", Es: "años solicitados"},
		{En: "passport number", Es: "número de pasaporte"},
		{En: "birth date", Es: "fecha de nacimiento"},
	})
}
