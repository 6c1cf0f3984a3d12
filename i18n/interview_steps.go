package i18n

// The interview's step counter, resume line, sources line and accessible
// mode's summary (issue 21): a block of its own, so merges stay easy.
func init() {
	add([]Msg{
		{En: "Step %d of about %d", Es: "Paso %d de unos %d"},
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
