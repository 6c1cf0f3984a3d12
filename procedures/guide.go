package procedures

import (
	"strings"

	"tramite/i18n"
)

// The guide to the three online steps facilitators charge for (issue 19):
// INM's application form, the e5cinco payment, and following the case,
// with the appointment in between. It is what a facilitator would say
// sitting next to the client, prepared from the answers and the person's
// data tramite already holds (DOMAIN.md "Online steps": R-FORM-*, R-PAY-*,
// R-STATUS-ONLINE, R-INM-CONTACT, R-APPT-*). tramite prints the addresses
// and prepares the text; it never opens a connection.
//
// The guide is pure data: every line carries the DOMAIN.md id it rests on
// and whether that row is only secondary (front-ends then add "reported —
// verify"). Values tramite does not have are "to fill in", never invented;
// the e5cinco clave de referencia and cadena are never printed.

// ReportedVerify is what a front-end adds to a guide line whose rule is
// secondary in DOMAIN.md.
const ReportedVerify = "reported — verify"

// GuideLine is one thing the guide says.
type GuideLine struct {
	Text string
	// Rule is the DOMAIN.md id the line rests on.
	Rule string
	// Secondary: the row (or the part of it the line uses) is secondary in
	// DOMAIN.md; front-ends say ReportedVerify.
	Secondary bool
}

// FormField is one field of INM's online form with what to type in it.
type FormField struct {
	// Group is the reported screen or block the field belongs to ("Names",
	// "Address in Mexico", ...).
	Group string
	// Label names the field in English; the form's own labels are not in
	// DOMAIN.md.
	Label string
	// Value is what to type, prepared from the person and the case; "" when
	// tramite does not have it.
	Value string
	// ToFill says what to look up when Value is empty ("as in your
	// passport"); the front-ends write "to fill in: " before it.
	ToFill string
	// Traps are the reported traps applied to Value, pointed out
	// (R-FORM-TRAPS): "the # removed".
	Traps []string
	// Note is a caveat on the value (a name split guessed, a format not
	// known); it rests on Rule.
	Note string
	// Rule is the DOMAIN.md id of the field (R-FORM-FIELDS).
	Rule      string
	Secondary bool
	// Optional fields may be left empty on the form.
	Optional bool
}

// Missing reports whether the field is to be filled in by the user.
func (f FormField) Missing() bool { return f.Value == "" }

// GuidePart is one part of the guide: a title and its lines.
type GuidePart struct {
	// Key is a stable id: "form", "comments", "pieza", "appointment",
	// "payment", "following".
	Key   string
	Title string
	Lines []GuideLine
}

// Guide is the guide of one case.
type Guide struct {
	Procedure string // the procedure's id
	Name      string // English
	Spanish   string
	// Form: the address to open, the procedure and modality to choose, the
	// traps (R-FORM-URL, R-FORM-FIELDS, R-FORM-TRAPS); Fields follow it.
	Form   GuidePart
	Fields []FormField
	// Comments says what goes in the "Comentarios" box; CommentsText is
	// the Spanish text to paste there (R-FORM-COMMENTS).
	Comments     GuidePart
	CommentsText string
	Pieza        GuidePart // R-FORM-PIEZA
	Appointment  GuidePart // R-APPT-*
	Payment      GuidePart // R-PAY-E5CINCO, R-PAY-TWO
	Following    GuidePart // R-STATUS-ONLINE, R-INM-CONTACT, R-CASE-CORRECT
}

// Parts returns the parts in the order a facilitator goes through them.
// The form's fields belong to the first part.
func (g Guide) Parts() []GuidePart {
	return []GuidePart{g.Form, g.Comments, g.Pieza, g.Appointment, g.Payment, g.Following}
}

// Lines returns every line of the guide, fields included (each field as a
// line, and its note and traps as lines of their own), for checks.
func (g Guide) Lines() []GuideLine {
	var out []GuideLine
	for _, p := range g.Parts() {
		out = append(out, p.Lines...)
		if p.Key == "form" {
			for _, f := range g.Fields {
				out = append(out, f.Lines()...)
			}
		}
	}
	return out
}

// Lines returns the field as guide lines: the value (or what to fill in),
// then its note and each trap applied.
func (f FormField) Lines() []GuideLine { return f.LinesIn(nil) }

// ToFillWord begins the value of a field the user fills in ("to fill in:
// as in your passport"), in l's language: front-ends mark such lines.
func ToFillWord(l *i18n.Printer) string { return l.T("to fill in:") }

// LinesIn is Lines in l's language.
func (f FormField) LinesIn(l *i18n.Printer) []GuideLine {
	v := f.Value
	switch {
	case v == "" && f.Optional:
		v = l.T("optional:") + " " + f.ToFill
	case v == "":
		v = ToFillWord(l) + " " + f.ToFill
	}
	out := []GuideLine{{Text: f.Label + ": " + v, Rule: f.Rule, Secondary: f.Secondary}}
	if f.Note != "" {
		out = append(out, GuideLine{Text: f.Note, Rule: f.Rule, Secondary: f.Secondary})
	}
	for _, t := range f.Traps {
		out = append(out, GuideLine{Text: l.T("Trap avoided: %s.", t), Rule: "R-FORM-TRAPS", Secondary: true})
	}
	return out
}

// INM's addresses and numbers as DOMAIN.md gives them.
const (
	// FormPageURL is INM's stay-procedures page (R-FORM-URL).
	FormPageURL = "www.inm.gob.mx/tramites/publico/estancia.html"
	// FormURL is the form itself, reported under the same path (R-FORM-URL,
	// secondary).
	FormURL = "www.inm.gob.mx/tramites/publico/solicitud_estancia.html"
	// inmPhone and inmEmail are INM's call centre (R-INM-CONTACT).
	inmPhone = "800 004 6264"
	inmEmail = "cam@inami.gob.mx"
)

// BuildGuide writes the guide of a case: procedure p with answers a and
// progress pr, for person (the same values the letters use), evaluated
// for c.
func BuildGuide(p *Procedure, a Answers, pr Progress, person LetterPerson, c Context) Guide {
	out := p.Evaluate(a, c)
	g := Guide{Procedure: p.ID, Name: p.Name, Spanish: p.Spanish}
	g.Form = guideForm(p, a, out, c)
	g.Fields = formFields(p, a, person, c)
	g.CommentsText, g.Comments = guideComments(p, a, out, c)
	g.Pieza = guidePieza(pr, c)
	g.Appointment = guideAppointment(p, a, pr, out, c)
	g.Payment = guidePayment(p, a, out, c)
	g.Following = guideFollowing(p, person, pr, c)
	return g.localized(c.Lang)
}

// localized is the guide with the words tramite writes as they are (part
// titles, lines, field groups, labels and notes) in l's language; the
// values to type, the Comentarios text and the rule ids are unchanged.
func (g Guide) localized(l *i18n.Printer) Guide {
	if !l.Spanish() {
		return g
	}
	parts := []*GuidePart{&g.Form, &g.Comments, &g.Pieza, &g.Appointment, &g.Payment, &g.Following}
	for _, p := range parts {
		p.Title = l.Text(p.Title)
		lines := make([]GuideLine, len(p.Lines))
		for i, gl := range p.Lines {
			gl.Text = l.Text(gl.Text)
			lines[i] = gl
		}
		p.Lines = lines
	}
	fields := make([]FormField, len(g.Fields))
	for i, f := range g.Fields {
		f.Group, f.Label, f.ToFill, f.Note = l.Text(f.Group), l.Text(f.Label), l.Text(f.ToFill), l.Text(f.Note)
		f.Traps = LocalizeTexts(l, f.Traps)
		fields[i] = f
	}
	g.Fields = fields
	return g
}

// minorHolder reports whether the person whose form it is is a minor, so
// a parent signs it (R-FORM-URL, R-RENEW-INPERSON).
func minorHolder(p *Procedure, a Answers) bool { return p.ID == "renewal" && isMinorHolder(a) }

func guideForm(p *Procedure, a Answers, out Outcome, c Context) GuidePart {
	sign := "print it, and sign it by hand"
	if minorHolder(p, a) {
		sign = "print it, and have a parent or guardian sign it by hand"
	}
	lines := []GuideLine{
		{Text: c.T("Open INM's stay-procedures page, %s, fill in the application form (Formato para solicitar trámite migratorio de estancia) there, %s.", FormPageURL, sign), Rule: "R-FORM-URL"},
		{Text: c.T("The form itself is reported at %s.", FormURL), Rule: "R-FORM-URL", Secondary: true},
		{Text: "Before you start, allow pop-up windows for INM's site: the número de pieza and the notices open in them.", Rule: "R-FORM-TRAPS", Secondary: true},
		{Text: "Type the names exactly as in the passport (INM's instruction sheet: \"registrar exactamente los nombres y apellidos\").", Rule: "R-FORM-FIELDS"},
		{Text: c.T("¿Qué desea hacer?: choose %s (%s). The list's exact wording is not in tramite's rules: pick the option that matches, or %s.", p.Spanish, p.Name, VerifyWithOffice), Rule: "R-FORM-FIELDS", Secondary: true},
	}
	if c.Lang.Spanish() {
		lines[len(lines)-1].Text = c.T("¿Qué desea hacer?: choose %s. The list's exact wording is not in tramite's rules: pick the option that matches, or %s.", p.Spanish, VerifyWithOffice)
	}
	if m := modality(p, a, out, c); m != "" {
		lines = append(lines, GuideLine{Text: c.T("Especifica: the option for %s.", m), Rule: "R-FORM-FIELDS", Secondary: true})
	} else {
		lines = append(lines, GuideLine{Text: "Especifica: which option fits this case is not in tramite's rules: " + VerifyWithOffice + ".", Rule: "R-FORM-FIELDS", Secondary: true})
	}
	for _, d := range out.Documents {
		if d.ID == "D-BASIC" {
			lines = append(lines, GuideLine{Text: "This procedure also asks for the Formato básico; its fields are not known to tramite: " + VerifyWithOffice + ".", Rule: "D-BASIC"})
		}
	}
	lines = append(lines,
		GuideLine{Text: "Type the values below as shown; where it says \"to fill in\", tramite does not have the value: take it from the document named, never guess.", Rule: "R-FORM-FIELDS"},
		GuideLine{Text: "The printout does not look like the screens; after a mistake, do not patch the form: fill in a new one.", Rule: "R-FORM-TRAPS", Secondary: true},
	)
	return GuidePart{Key: "form", Title: "The application form", Lines: lines}
}

// modality is what to choose under "Especifica" for the case, in INM's
// Spanish terms with the English; "" when the answers do not decide it.
func modality(p *Procedure, a Answers, out Outcome, c Context) string {
	switch p.ID {
	case "canje":
		if s := statusSpanish()[a["visa_type"]]; s != "" {
			return c.T("a visa of %s (the visa in your passport)", s)
		}
	case "renewal":
		if out.Verdict.Status != Incomplete && !out.Appointment {
			return "renewing an expired card by regularisation (R-RENEW-EXPIRED-IN); whether it is chosen on this form: " + VerifyWithOffice
		}
		switch a["card_type"] {
		case "temporary":
			return "the tarjeta de residente temporal (temporary resident card)"
		case "permanent-minor":
			return "the tarjeta de residente permanente of a minor (permanent resident card)"
		}
	case "status-change":
		switch statusRoute(a) {
		case "four-years":
			return "residente temporal to residente permanente, after four years (R-STATUS-4Y)"
		case "marriage":
			return "residente temporal to residente permanente, through marriage or concubinage (R-STATUS-2Y)"
		case "pension":
			return "residente temporal to residente permanente, as a pensioner (R-STATUS-PENSION)"
		case "family-unity":
			from := map[string]string{"visitor": "visitante", "temporary": "residente temporal"}[a["current_status"]]
			to := statusSpanish()[a["target"]]
			if from != "" && to != "" {
				return c.T("%s to %s, by unidad familiar (R-STATUS-FAMILY)", from, to)
			}
		}
	case "notification":
		if q, ok := p.Question("change_kind"); ok {
			for _, ch := range q.Choices {
				if ch.ID == a["change_kind"] {
					return c.T("the change of %s (R-NOTIFY-90)", strings.ToLower(c.Lang.Text(ch.Label)))
				}
			}
		}
	case "exit-permit":
		if a.Yes("emergency") {
			return "an emergency (caso de fuerza mayor, R-EXIT-ASK), if the form offers it"
		}
	}
	return ""
}

// guidePieza is what to do with the número de pieza (R-FORM-PIEZA).
func guidePieza(pr Progress, c Context) GuidePart {
	lines := []GuideLine{
		{Text: "On saving, the form shows a número de pieza (13 digits, leading zeros included) and asks for a short password (clave): write both down and print the form at once (\"Imprimir ahora\").", Rule: "R-FORM-PIEZA", Secondary: true},
		{Text: "Keep the pieza and the password apart from the NUT (the file number INM gives when you file): the pieza and password follow the case online.", Rule: "R-STATUS-ONLINE", Secondary: true},
		{Text: "A saved form reportedly expires after 90 days: fill it in close to the appointment.", Rule: "R-FORM-PIEZA", Secondary: true},
	}
	if pr.Pieza != "" {
		l := GuideLine{Text: c.T("Recorded on this case: número de pieza %s.", pr.Pieza), Rule: "R-FORM-PIEZA", Secondary: true}
		if n := digits(pr.Pieza); n != 13 {
			l.Text += c.T(" It has %d digits where 13 are reported: check it against the printout.", n)
		}
		if pr.PiezaHint != "" {
			l.Text += c.T(" A hint for its password is kept on the case (the password itself never is).")
		}
		lines = append(lines, l)
	}
	if d, ok := formExpiry(pr, c); ok {
		lines = append(lines, GuideLine{Text: c.T("The form was saved on %s: it reportedly expires on %s (the day saved counted as day 1; the other reading %s). File before then, or fill in a new form.",
			pr.PiezaDate, d.Date, pr.PiezaDate.AddDays(formValidDays)), Rule: "R-FORM-PIEZA", Secondary: true})
	} else {
		lines = append(lines, GuideLine{Text: "Record on the case the pieza, the day the form was saved and a hint for its password (never the password itself): tramite then shows the day the form expires among the case's dates.", Rule: "R-FORM-PIEZA", Secondary: true})
	}
	return GuidePart{Key: "pieza", Title: "The número de pieza", Lines: lines}
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// guideAppointment is the booking (R-APPT-HOW), whether this procedure is
// booked online (R-APPT-LIST / R-APPT-NONE), the scarcity warning
// (R-APPT-STATE) and the fallback (R-APPT-FALLBACK).
func guideAppointment(p *Procedure, a Answers, pr Progress, out Outcome, c Context) GuidePart {
	part := GuidePart{Key: "appointment", Title: "The appointment"}
	add := func(text, rule string, secondary bool) {
		part.Lines = append(part.Lines, GuideLine{Text: text, Rule: rule, Secondary: secondary})
	}
	switch {
	case out.Verdict.Status == Incomplete:
		add("Whether this case is booked online depends on answers not given yet: finish the interview first.", "R-APPT-LIST", false)
		add("Booking: on INM's portal, \"Trámites Migratorios\", create a user and a password; have the completed application form ready; then choose the date, the time and the office. Some smaller offices are not listed.", "R-APPT-HOW", false)
		add("Since mid-2025 slots have been scarce in many offices and reportedly resold (MXN 1,000–3,000): never pay a third party for a slot.", "R-APPT-STATE", true)
	case out.Appointment:
		add(c.T("%s is booked on INM's online appointment system.", p.NameIn(c.Lang)), "R-APPT-LIST", false)
		add("Booking: on INM's portal, \"Trámites Migratorios\", create a user and a password; have the completed application form ready; then choose the date, the time and the office. Some smaller offices are not listed.", "R-APPT-HOW", false)
		add("Arrive about 10 minutes before the slot; offices open 9:00 to 14:30, Monday to Friday.", "R-APPT-HOW", true)
		add("Since mid-2025 slots have been scarce in many offices and reportedly resold (MXN 1,000–3,000): never pay a third party for a slot.", "R-APPT-STATE", true)
		add("Where booking is not available, offices give appointments in person or hand out same-day tokens (fichas) to those who queue early.", "R-APPT-FALLBACK", false)
	case p.ID == "exit-permit":
		add("Whether the exit permit is booked on INM's online system is not in tramite's rules (it is not on the list of procedures booked online): "+VerifyWithOffice+".", "R-APPT-LIST", false)
		add("The permit is asked at the office where the pending procedure was filed; in an emergency also at the point of departure.", "R-EXIT-WHO", false)
	default:
		add("No appointment: regularising an expired document is filed without one; go to the office.", "R-APPT-NONE", false)
		add("Offices open 9:00 to 14:30, Monday to Friday.", "R-APPT-HOW", true)
	}
	if pr.StageAtLeast(StageBooked) && !pr.AppointmentDate.IsZero() {
		s := c.T("Booked on this case: %s %s", c.Lang.Text(pr.AppointmentDate.Weekday().String()), pr.AppointmentDate.String())
		if pr.AppointmentTime != "" {
			s += c.T(" at %s", pr.AppointmentTime)
		}
		if pr.Office != "" {
			s += ", " + pr.Office
		}
		add(s+".", "R-APPT-HOW", false)
	}
	return part
}

// guidePayment is the e5cinco payment (R-PAY-E5CINCO) with the fee of the
// case, and the second payment of a change of status (R-PAY-TWO).
func guidePayment(p *Procedure, a Answers, out Outcome, c Context) GuidePart {
	part := GuidePart{Key: "payment", Title: "The payment (e5cinco)"}
	add := func(text, rule string, secondary bool) {
		part.Lines = append(part.Lines, GuideLine{Text: text, Rule: rule, Secondary: secondary})
	}
	if p.ID == "notification" {
		add("Nothing to pay: the notification of changes has no government fee.", "R-NOTIFY-FEE", true)
		return part
	}
	switch {
	case out.Verdict.Status == Incomplete || out.Fee.Text == "":
		add("Amount for this case: it depends on answers not given yet; finish the interview first.", "D-FEE", false)
	default:
		add(c.T("Amount for this case: %s.", strings.TrimSuffix(c.Lang.Text(out.Fee.Text), ".")), out.Fee.Rule, false)
	}
	add("Government fees are paid through e5cinco: first get the \"hoja de ayuda\" for this procedure. It carries the agency, the clave de referencia, the cadena de la dependencia and the amount.", "R-PAY-E5CINCO", false)
	add("tramite does not know this procedure's clave de referencia or cadena de la dependencia: copy them from the hoja de ayuda, never from anywhere else.", "R-PAY-E5CINCO", false)
	add("Pay at a bank counter (cash, or a cheque of the same bank) or through online banking.", "R-PAY-E5CINCO", false)
	add("Check that the bank receipt, with its digital seal, matches the hoja de ayuda (amount, clave, cadena) before you leave the bank; bring the original receipt and 2 copies.", "R-PAY-E5CINCO", false)
	if p.ID == "status-change" {
		add("A change of status is paid twice: the \"recepción y estudio\" fee now, to file; then, once INM approves the change, the card fee, with its own hoja de ayuda. Go back to the office with that second receipt.", "R-PAY-TWO", false)
		add("INM tells you of the approval by e-mail, weeks later in some offices.", "R-PAY-TWO", true)
	}
	if p.ID == "renewal" && out.Verdict.Status != Incomplete && !out.Appointment {
		add("Regularising an expired card: INM notifies a fine of 20 to 100 UMA days, paid at a bank.", "R-RENEW-EXPIRED-IN", false)
	}
	return part
}

// guideFollowing is how to follow the case online (R-STATUS-ONLINE), what
// the notices mean (R-CASE-CORRECT) and how to reach INM (R-INM-CONTACT).
func guideFollowing(p *Procedure, person LetterPerson, pr Progress, c Context) GuidePart {
	part := GuidePart{Key: "following", Title: "Following the case"}
	add := func(text, rule string, secondary bool) {
		part.Lines = append(part.Lines, GuideLine{Text: text, Rule: rule, Secondary: secondary})
	}
	add("Follow the case on INM's site with the número de pieza and the password (older accounts: choose the NUT; some sources say the NUT and the password).", "R-STATUS-ONLINE", true)
	if pr.NUT != "" {
		add(c.T("NUT recorded on this case: %s.", pr.NUT), "R-STATUS-ONLINE", true)
	}
	add("INM's e-mails only say \"Usted tiene nuevas notificaciones\": the notice itself is in the site's notifications, as a PDF. Open it the same day.", "R-STATUS-ONLINE", true)
	add("A request for corrections (prevención): you have 10 business days from its notice to hand in what is missing, or the file is dropped. Record the notice's date on the case (the filed stage's correction notice): tramite then shows the last day.", "R-CASE-CORRECT", false)
	switch p.Yields {
	case "", YieldsCard:
		add(c.T("The resolution (oficio de resolución): move the case to its next stage when the card is received."), "R-STATUS-ONLINE", true)
	default:
		add(c.T("The resolution (oficio de resolución): move the case to its next stage when the %s is received.", p.Yields), "R-STATUS-ONLINE", true)
	}
	add("Once the file is complete INM must decide within 20 business days; silence after that counts as a refusal. tramite shows the date once the case is marked filed.", "R-CASE-DECIDE", false)
	add("INM's call centre: "+inmPhone+", "+inmEmail+"; Monday to Friday 7:00–23:00, weekends 9:00–17:00.", "R-INM-CONTACT", false)
	add("Headquarters: Av. Homero 1832, Los Morales Polanco, Ciudad de México, 11510.", "R-INM-CONTACT", false)
	if person.Office != "" {
		add(c.T("Your office, as you entered it: %s. Its address and hours are yours to check: tramite does not have INM's directory of offices.", person.Office), "R-INM-CONTACT", false)
	} else {
		add("Your office's address and hours: tramite does not have INM's directory of offices; "+VerifyWithOffice+".", "R-INM-CONTACT", false)
	}
	return part
}
