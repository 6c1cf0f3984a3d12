package procedures

import "sync"

// The letters of a change of status (the escrito libre stating the route,
// R-STATUS-4Y, and the spouses' sworn statement, D-OATH-2Y) and of a
// notification of changes (D-NOTIFY-LETTER).

// statusChange states the route in the request (R-STATUS-4Y: "the
// application states the route"); the marriage route adds the sworn
// statement of both spouses (D-OATH-2Y, R-STATUS-2Y).
func (w *letterWriter) statusChange() []Letter {
	title := "Covering letter: request for the change of status"
	toPermanent := "Cambio de condición de estancia de residente temporal a residente permanente."
	var l Letter
	var extra []Letter
	switch route := w.need("route"); route {
	case "four-years":
		l = w.request("request", "D-LETTER", title, toPermanent, w.heldSince(),
			"Con fundamento en el artículo 54, fracción V, de la Ley de Migración, solicito el cambio a la condición de residente permanente por la vía de cuatro años consecutivos como residente temporal.")
		l.Rules = append(l.Rules, "R-STATUS-4Y")
	case "marriage":
		rel := w.relative()
		bond := map[string]string{"spouse": "matrimonial", "concubine": "de concubinato"}[w.a["link"]]
		if bond == "" {
			w.note("link")
		}
		l = w.request("request", "D-LETTER", title, toPermanent, rel.sentence, w.heldSince(),
			"Solicito el cambio a la condición de residente permanente por la vía del vínculo "+bond+" con "+rel.status+
				". Acompaño la declaración bajo protesta de decir verdad que suscribimos ambos.")
		l.Rules = append(l.Rules, "R-STATUS-2Y")
		extra = append(extra, w.spousesOath(rel))
	case "family-unity":
		from := w.choiceLabel("current_status", map[string]string{"visitor": "visitante", "temporary": "residente temporal"})
		to := w.choiceLabel("target", statusSpanish())
		var held string
		if w.a["current_status"] == "visitor" {
			held = "Me encuentro en territorio nacional como visitante, con estancia autorizada hasta el " + w.needDate("stay_expiry") + "."
		} else {
			held = "Soy titular de una tarjeta de residente temporal vigente hasta el " + w.needDate("card_expiry") + "."
		}
		rel := w.relative()
		l = w.request("request", "D-LETTER", title,
			"Cambio de condición de estancia de "+from+" a "+to+" por unidad familiar.", held, rel.sentence,
			"Con fundamento en el artículo 55 de la Ley de Migración, solicito el cambio a la condición de "+to+" por la vía de unidad familiar.")
		l.Rules = append(l.Rules, "R-STATUS-FAMILY")
	case "pension":
		means := w.choiceLabel("pension_basis", map[string]string{
			"savings": "los estados de cuenta de mis inversiones o cuentas bancarias de los últimos doce meses",
			"pension": "los comprobantes de mi pensión de los últimos seis meses",
		})
		l = w.request("request", "D-LETTER", title, toPermanent,
			"Soy titular de una tarjeta de residente temporal vigente hasta el "+w.needDate("card_expiry")+".",
			"Solicito el cambio a la condición de residente permanente por contar con una pensión o con medios económicos suficientes, que acredito con "+means+".")
		l.Rules = append(l.Rules, "R-STATUS-PENSION")
	default:
		if route != "" {
			w.note("route")
		}
		return nil
	}
	return append([]Letter{l}, extra...)
}

// heldSince states when temporary residence began and when the current
// card expires (R-STATUS-4Y, R-STATUS-2Y), through the link when the user
// said so (via_link).
func (w *letterWriter) heldSince() string {
	since := "Obtuve la condición de residente temporal el " + w.needDate("status_since")
	if w.a.Yes("via_link") {
		since += " por este vínculo familiar"
	}
	return since + " y soy titular de una tarjeta de residente temporal vigente hasta el " + w.needDate("card_expiry") + "."
}

// relativeInfo is the Mexican or permanent-resident relative of a family
// route, in Spanish.
type relativeInfo struct {
	name     string
	is       string // "de nacionalidad mexicana"
	status   string // "una persona de nacionalidad mexicana"
	sentence string // "Soy cónyuge de José Ruiz, de nacionalidad mexicana."
}

// relative words the link (link, relative_status, relative_name) without
// gendered forms: "descendiente en primer grado" for a child.
func (w *letterWriter) relative() relativeInfo {
	var r relativeInfo
	r.name = w.need("relative_name")
	switch w.need("relative_status") {
	case "mexican":
		r.is, r.status = "de nacionalidad mexicana", "una persona de nacionalidad mexicana"
	case "permanent-resident":
		r.is, r.status = "residente permanente en México", "una persona residente permanente en México"
	case "":
	default:
		w.note("relative_status")
	}
	who := r.name + ", " + r.is
	switch w.need("link") {
	case "spouse":
		r.sentence = "Soy cónyuge de " + who + "."
	case "concubine":
		r.sentence = "Vivo en concubinato con " + who + "."
	case "child":
		r.sentence = "Soy descendiente en primer grado de " + who + "."
	case "parent":
		r.sentence = "Soy ascendiente en primer grado de " + who + "."
	case "":
	default:
		w.note("link")
	}
	return r
}

// spousesOath is the sworn statement of both spouses or concubines
// (D-OATH-2Y): the marital home and that the link held for the two years
// before the application (R-STATUS-2Y). The marital home written is the
// applicant's address: the statement is signed by both, who declare it
// their common home.
func (w *letterWriter) spousesOath(rel relativeInfo) Letter {
	who, bond, home := "cónyuges", "somos cónyuges", "domicilio conyugal"
	if w.a["link"] == "concubine" {
		who, bond, home = "concubinos", "vivimos en concubinato", "domicilio común"
	}
	l := w.frame("spouses-oath", "D-OATH-2Y", "Sworn statement of both spouses (marriage route)",
		"Declaración bajo protesta de decir verdad de ambos "+who+".")
	l.Paragraphs = []string{
		"Quienes suscribimos, " + w.identity() + ", y " + rel.name + ", " + rel.is + ", " + w.domicile() +
			", declaramos bajo protesta de decir verdad lo siguiente:",
		"Primero. Que " + bond + " y que nuestro " + home + " es el ubicado en " + sentence(w.person.Address),
		"Segundo. Que nuestro vínculo ha subsistido sin interrupción durante los dos años anteriores a la presentación de la solicitud de cambio a la condición de residente permanente de " + sentence(w.person.Name),
		"Hacemos esta declaración para que surta sus efectos en dicho trámite.",
	}
	l.Signers = []Signer{{Name: w.person.Name}, {Name: rel.name}}
	l.Rules = append(l.Rules, "R-STATUS-2Y")
	return underOath(l)
}

var changeSpanish = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"address":        "domicilio",
		"marital-status": "estado civil",
		"nationality":    "nacionalidad",
		"name":           "nombre",
		"workplace":      "lugar de trabajo",
	}
})

// notification is the letter under oath giving the old and the new data
// (D-NOTIFY-LETTER, R-NOTIFY-90); a change of nationality states whether
// the former one is kept (dual nationality).
func (w *letterWriter) notification() []Letter {
	what := w.choiceLabel("change_kind", changeSpanish())
	when := w.needDate("change_date")
	oldV, newV := w.need("old_value"), w.need("new_value")
	body := []string{
		"Declaro bajo protesta de decir verdad que el " + when + " cambió mi " + what + ", como sigue:",
		"Dato anterior: " + sentence(oldV),
		"Dato nuevo: " + sentence(newV),
	}
	if w.a["change_kind"] == "nationality" {
		switch w.need("dual_nationality") {
		case "yes":
			body = append(body, "Manifiesto que conservo también mi nacionalidad anterior, por lo que tengo doble nacionalidad.")
		case "no":
			body = append(body, "Manifiesto que no conservo mi nacionalidad anterior.")
		}
	}
	body = append(body, "Con fundamento en el artículo 63 de la Ley de Migración, notifico este cambio a ese Instituto y solicito que se tome nota de él en mi expediente.")
	l := w.request("notification", "D-NOTIFY-LETTER", "Notification letter under oath (old and new data)",
		"Notificación de cambio de "+what+".", body...)
	l.Rules = append(l.Rules, "R-NOTIFY-90")
	return []Letter{underOath(l)}
}
