package procedures

import (
	"strings"
	"sync"
)

// The body of each procedure's letters: the facts taken from the answers
// and what is asked (R-LETTER-INM). Only the answers the user gave are
// stated; a missing one is noted by the letterWriter.

var statusSpanish = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"temporary": "residente temporal",
		"permanent": "residente permanente",
	}
})

// canje is the letter of request of a canje (R-LETTER-INM), citing the
// 30 days of L-LM art. 59 (R-CANJE-30).
func (w *letterWriter) canje() []Letter {
	status := w.choiceLabel("visa_type", statusSpanish())
	issued := w.needDate("visa_issue_date")
	entered := w.needDate("entry_date")
	l := w.request("request", "D-LETTER", "Covering letter: request for the canje",
		"Canje de visa por tarjeta de "+status+".",
		"Una oficina consular de México me expidió el "+issued+" una visa de "+status+
			", con la que ingresé a territorio nacional el "+entered+".",
		"Con fundamento en el artículo 59 de la Ley de Migración, solicito el canje de dicha visa por la tarjeta de "+
			status+" correspondiente.")
	l.Rules = append(l.Rules, "R-CANJE-30")
	return []Letter{l}
}

// renewal asks to renew the card (R-LETTER-INM), for the years requested
// on a temporary card (R-RENEW-TERMS); a minor's permanent card takes the
// term the rules give (R-CARD-PERM), so none is asked. A minor's letter is
// signed by a parent or guardian (R-RENEW-INPERSON), whose name is left
// for them to write.
func (w *letterWriter) renewal() []Letter {
	kind := w.choiceLabel("card_type", map[string]string{
		"temporary":       "residente temporal",
		"permanent-minor": "residente permanente",
	})
	expiry := w.needDate("card_expiry")
	minor := w.a["card_type"] == "permanent-minor" || (w.a["card_type"] == "temporary" && w.a.Yes("holder_minor"))
	held := "Soy titular de una tarjeta de " + kind + " con vigencia al " + expiry + "."
	ask := "Solicito la renovación de mi tarjeta de " + kind
	if w.a["card_type"] == "temporary" {
		years := w.need("years_requested")
		n := 0
		for _, c := range years {
			if c < '0' || c > '9' {
				w.note("years_requested")
				break
			}
			n = n*10 + int(c-'0')
		}
		ask += " por " + spanishYearsText(n)
	}
	ask += "."
	body := []string{held, ask}
	if g := renewalGrounds(w.a); g != "" {
		body = append(body, g)
	}
	l := w.request("request", "D-LETTER", "Covering letter: request to renew the card",
		"Renovación de tarjeta de "+kind+".", body...)
	l.Rules = append(l.Rules, "R-RENEW-TERMS")
	if minor {
		// R-RENEW-INPERSON: a parent or guardian signs for the minor, who
		// is still the applicant; tramite does not know their name.
		l.Paragraphs[0] = strings.Replace(l.Paragraphs[0], ownRight, byGuardian, 1)
		l.Signers = []Signer{{Caption: "Nombre y firma de la madre, el padre o el tutor de " + w.person.Name}}
		l.Rules = append(l.Rules, "R-RENEW-INPERSON")
	}
	return []Letter{l}
}

// renewalGrounds states that the grounds of a temporary residence still
// hold (R-RENEW-GROUNDS, R-LETTER-WHAT: the facts and reasons of the
// request); "" for a minor's permanent card or grounds that do not hold.
func renewalGrounds(a Answers) string {
	if a["card_type"] != "temporary" || !a.Yes("grounds_hold") {
		return ""
	}
	const held = "Las circunstancias por las que se me otorgó la residencia temporal subsisten"
	switch a["grounds"] {
	case "job":
		return held + ": la oferta de empleo con la que la obtuve sigue vigente."
	case "family":
		return held + ": el vínculo familiar con la persona que me patrocina continúa, y esta otorga su consentimiento."
	}
	return held + "."
}

// exitPermit is the request letter of R-EXIT-DOCS and, in an emergency,
// the letter stating the cause of force majeure (R-EXIT-ASK).
func (w *letterWriter) exitPermit() []Letter {
	pending := w.choiceLabel("pending_procedure", map[string]string{
		"canje": "el canje de mi visa por la tarjeta de residente",
		"other": "una solicitud presentada en territorio nacional",
	})
	if nut := w.a["nut"]; nut != "" {
		pending += ", con Número Único de Trámite (NUT) " + nut
	}
	leave := w.needDate("departure_date")
	back := w.needDate("return_date")
	emergency := w.a.Yes("emergency")
	if w.a["emergency"] == "" {
		w.note("emergency")
	}
	body := []string{
		"Tengo en trámite ante ese Instituto " + pending + ". Necesito salir de México el " + leave +
			" y tengo previsto regresar el " + back + ".",
		"Por ello, solicito se me expida un permiso de salida y regreso que me permita salir del país y volver a él mientras se resuelve mi trámite.",
	}
	if emergency {
		body = append(body, "Por tratarse de una emergencia, solicito que el permiso se expida de inmediato; "+
			"expongo la causa de fuerza mayor en un escrito por separado.")
	}
	l := w.request("request", "R-EXIT-DOCS", "Request letter for the exit and re-entry permit",
		"Solicitud de permiso de salida y regreso.", body...)
	l.Rules = append(l.Rules, "R-EXIT-WHO")
	out := []Letter{l}
	if emergency {
		cause := w.need("emergency_cause")
		fm := w.request("force-majeure", "R-EXIT-ASK", "Letter stating the cause of force majeure (emergency)",
			"Causa de fuerza mayor para el permiso de salida y regreso.",
			"Necesito salir de México el "+leave+" por la siguiente causa de fuerza mayor: "+sentence(cause),
			"Por ello, solicito que el permiso de salida y regreso se expida el mismo día o al día siguiente.")
		out = append(out, withEnclosure(fm, "Acompaño a este escrito el documento que acredita esta causa, en original para cotejo y en copia simple."))
	}
	return out
}
