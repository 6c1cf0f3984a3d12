package cli

import (
	"net/url"
	"strings"
	"unicode"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// clientMessage is what `tramite remind --messages` writes for one due
// date: a short message to the case's person, and links that open it ready
// to send. tramite sends nothing.
type clientMessage struct {
	Email   string `json:"email,omitempty"`
	Phone   string `json:"phone,omitempty"`
	Subject string `json:"subject"`
	Text    string `json:"text"`
	// Mailto opens the message in a mail program; WhatsApp in WhatsApp
	// (https://wa.me/DIGITS?text=...). Empty without an address or number.
	Mailto   string `json:"mailto,omitempty"`
	WhatsApp string `json:"whatsapp,omitempty"`
}

// msgFacts are what a message says, gathered before any word is chosen,
// so that a catalog in another language can replace each sentence whole
// (the functions msg* below, one per sentence).
type msgFacts struct {
	Name      string // the person
	Procedure string // the procedure, in English
	Spanish   string // its Spanish name, as INM writes it
	What      string // the deadline's title
	Day       string // the date to act by, with its weekday
	When      string // "in 7 days", "today", "3 days late" (casebook.When)
	Rule      string
	Bring     []string // the documents not ticked yet
	// l words the sentences: the language tramite speaks.
	l *i18n.Printer
}

// procedure names the procedure in a sentence: "renewal of a resident
// card (Renovación de documento migratorio)" in English, INM's own name in
// Spanish.
func (f msgFacts) procedure() string {
	if f.l.Spanish() {
		return f.Spanish
	}
	return f.Procedure + " (" + f.Spanish + ")"
}

func msgSubject(f msgFacts) string {
	if f.l.Spanish() {
		return f.l.T("Reminder: %s, %s", f.Spanish, f.Day)
	}
	return "Reminder: " + f.Procedure + ", " + f.Day
}
func msgGreeting(f msgFacts) string { return f.l.T("Hello %s,", f.Name) }
func msgComing(f msgFacts) string {
	return f.l.T("A reminder about your %s: %s, by %s, %s.", f.procedure(), f.What, f.Day, f.When)
}
func msgOnDay(f msgFacts) string {
	return f.l.T("A reminder about your %s: %s, on %s, %s.", f.procedure(), f.What, f.Day, f.When)
}
func msgToday(f msgFacts) string {
	return f.l.T("Today is the day for your %s: %s.", f.procedure(), f.What)
}
func msgLate(f msgFacts) string {
	return f.l.T("The date for your %s has passed: %s, %s, %s. Please get in touch as soon as you can, so we can see what can still be done.",
		f.procedure(), f.What, f.Day, f.When)
}
func msgBring(f msgFacts) string   { return f.l.T("Please have these ready:") }
func msgRule(f msgFacts) string    { return f.l.T("(Rule %s; check with your INM office.)", f.Rule) }
func msgBullet(item string) string { return "- " + item }

// newClientMessage writes the message for item it, whose case is v, to its
// person p.
func newClientMessage(l *i18n.Printer, p record.Person, v casebook.Detail, it casebook.DueItem, today procedures.Date) clientMessage {
	d := &it.Deadline
	u, days := casebook.UrgencyOf(d, today)
	f := msgFacts{Name: p.Name, Procedure: strings.ToLower(v.Procedure.Name), Spanish: v.Procedure.Spanish,
		What: procedures.TitleIn(l, deadlineTitle(d)), Day: casebook.DayNameIn(l, casebook.ActDate(d)), When: casebook.WhenIn(l, u, days), Rule: d.Rule, l: l}
	if f.Name == "" {
		f.Name = it.Person
	}
	for _, doc := range v.Outcome.Documents {
		if !v.Ticked(doc.ID) {
			name := doc.Name
			if l.Spanish() && doc.Spanish != "" {
				name = doc.Spanish
			}
			f.Bring = append(f.Bring, name)
		}
	}
	var state string
	switch {
	case it.Due == casebook.DueLate:
		state = msgLate(f)
	case it.Days == 0:
		state = msgToday(f)
	case !d.Kind.Hard():
		// An opening, an appointment, a reminder: a day, not a limit.
		state = msgOnDay(f)
	default:
		state = msgComing(f)
	}
	paras := []string{msgGreeting(f), state}
	if len(f.Bring) > 0 && it.Due != casebook.DueLate {
		lines := []string{msgBring(f)}
		for _, b := range f.Bring {
			lines = append(lines, msgBullet(b))
		}
		paras = append(paras, strings.Join(lines, "\n"))
	}
	if f.Rule != "" {
		paras = append(paras, msgRule(f))
	}
	m := clientMessage{Email: p.Details["email"], Phone: p.Details["phone"], Subject: msgSubject(f), Text: strings.Join(paras, "\n\n")}
	if m.Email != "" {
		m.Mailto = "mailto:" + m.Email + "?subject=" + escapeURI(m.Subject) + "&body=" + escapeURI(m.Text)
	}
	if n := waNumber(m.Phone); n != "" {
		m.WhatsApp = "https://wa.me/" + n + "?text=" + escapeURI(m.Text)
	}
	return m
}

// escapeURI percent-encodes s for a mailto: header or a query value: every
// byte but letters, digits and -_.~, a space as %20 (RFC 6068 wants no +).
func escapeURI(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// waNumber is a phone number as wa.me wants it: the digits of the full
// international number. A number written with + or 00 carries its country
// code; a number of 10 digits without one is taken as Mexican (52), the
// country every client of tramite lives in. "" when there is no number.
func waNumber(phone string) string {
	var b strings.Builder
	for _, r := range phone {
		if unicode.IsDigit(r) && r < 128 {
			b.WriteRune(r)
		}
	}
	digits := b.String()
	trimmed := strings.TrimSpace(phone)
	switch {
	case len(digits) < 7:
		return ""
	case strings.HasPrefix(trimmed, "+"):
		return digits
	case strings.HasPrefix(digits, "00"):
		return digits[2:]
	case len(digits) == 10:
		return "52" + digits
	}
	return digits
}

// clientMessages writes the message of each item, reading the cases and
// their people from the database (read-only, with its office closures).
func (a *app) clientMessages(items []casebook.DueItem, today procedures.Date) ([]clientMessage, error) {
	if len(items) == 0 {
		return nil, nil
	}
	st, err := a.openStore(true)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	ctx, err := a.contextFor(st)
	if err != nil {
		return nil, err
	}
	ctx.Today = today
	book := casebook.New(st)
	details := map[uint64]casebook.Detail{}
	out := make([]clientMessage, len(items))
	for i, it := range items {
		v, ok := details[it.CaseID]
		if !ok {
			if v, err = book.Detail(it.CaseID, ctx); err != nil {
				return nil, err
			}
			details[it.CaseID] = v
		}
		out[i] = newClientMessage(a.lang, v.Person, v, it, today)
	}
	return out, nil
}

// printMessage writes m below its item's line, indented, with its links.
func printMessage(w *errWriter, m clientMessage) {
	to := []string{}
	if m.Email != "" {
		to = append(to, m.Email)
	}
	if m.Phone != "" {
		to = append(to, m.Phone)
	}
	if len(to) == 0 {
		to = append(to, "no e-mail or phone on file (tramite person set NAME email=... phone=...)")
	}
	w.printf("    To: %s\n    Subject: %s\n", strings.Join(to, ", "), m.Subject)
	for _, l := range strings.Split(m.Text, "\n") {
		if l == "" {
			w.printf("    |\n")
			continue
		}
		w.printf("    | %s\n", l)
	}
	for _, link := range []string{m.Mailto, m.WhatsApp} {
		if link != "" {
			w.printf("    %s\n", link)
		}
	}
}
