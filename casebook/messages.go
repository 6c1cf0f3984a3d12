package casebook

import (
	"net/url"
	"strings"
	"unicode"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// Messages to clients (issue 20): for each due date, a short message to
// the case's person, with links that open it ready to send. tramite sends
// nothing. The command line (`tramite remind --messages`) and the case
// view write the same messages from here.

// ClientMessage is what `tramite remind --messages` (and the case
// view's messages) write for one due date: a short message to the case's person, and links that open it ready
// to send. tramite sends nothing.
type ClientMessage struct {
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
	When      string // "in 7 days", "today", "3 days late" (When)
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
func msgNoTerm(f msgFacts) string {
	return f.l.T("A reminder about your %s: %s, to do since %s. No term for it was found, so please do not wait.", f.procedure(), f.What, f.Day)
}
func msgBring(f msgFacts) string   { return f.l.T("Please have these ready:") }
func msgRule(f msgFacts) string    { return f.l.T("(Rule %s; check with your INM office.)", f.Rule) }
func msgBullet(item string) string { return "- " + item }

// NewClientMessage writes the message for item it, whose case is v, to its
// person p, in l's language (nil: English): what `tramite remind
// --messages` and the case view's messages show.
func NewClientMessage(l *i18n.Printer, p record.Person, v Detail, it DueItem, today procedures.Date) ClientMessage {
	d := &it.Deadline
	u, days := UrgencyOf(d, today)
	f := msgFacts{Name: p.Name, Procedure: strings.ToLower(v.Procedure.Name), Spanish: v.Procedure.Spanish,
		What: procedures.TitleIn(l, deadlineTitle(d)), Day: DayNameIn(l, ActDate(d)), When: WhenIn(l, u, days), Rule: d.Rule, l: l}
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
	case it.Due == DueLate:
		state = msgLate(f)
	case u == NoTerm:
		state = msgNoTerm(f)
	case it.Days == 0:
		state = msgToday(f)
	case !d.Kind.Hard():
		// An opening, an appointment, a reminder: a day, not a limit.
		state = msgOnDay(f)
	default:
		state = msgComing(f)
	}
	paras := []string{msgGreeting(f), state}
	// The checklist is for a coming date: not for one missed, nor for a
	// to-do after filing (the card fee: its receipt is what to bring).
	if len(f.Bring) > 0 && it.Due != DueLate && u != NoTerm {
		lines := []string{msgBring(f)}
		for _, b := range f.Bring {
			lines = append(lines, msgBullet(b))
		}
		paras = append(paras, strings.Join(lines, "\n"))
	}
	if f.Rule != "" {
		paras = append(paras, msgRule(f))
	}
	m := ClientMessage{Email: p.Details["email"], Phone: p.Details["phone"], Subject: msgSubject(f), Text: strings.Join(paras, "\n\n")}
	if m.Email != "" {
		m.Mailto = "mailto:" + m.Email + "?subject=" + EscapeURI(m.Subject) + "&body=" + EscapeURI(m.Text)
	}
	if n := WaNumber(m.Phone); n != "" {
		m.WhatsApp = "https://wa.me/" + n + "?text=" + EscapeURI(m.Text)
	}
	return m
}

// EscapeURI percent-encodes s for a mailto: header or a query value: every
// byte but letters, digits and -_.~, a space as %20 (RFC 6068 wants no +).
func EscapeURI(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// WaNumber is a phone number as wa.me wants it: the digits of the full
// international number. A number written with + or 00 carries its country
// code; a number of 10 digits without one is taken as Mexican (52), the
// country every client of tramite lives in. "" when there is no number.
func WaNumber(phone string) string {
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

// deadlineTitle is the deadline's title, or its key when it has none.
func deadlineTitle(d *procedures.Deadline) string {
	if d.Title != "" {
		return d.Title
	}
	return d.Key
}

// MessagesFor writes the messages of the dates of case v due on today by
// lead times lt (Reminders), in the agenda's order, to its person.
func MessagesFor(l *i18n.Printer, v Detail, today procedures.Date, lt LeadTimes) []ClientMessage {
	r := NewReminders(today, lt)
	r.Add(&record.Summary{CaseID: v.Case.ID, PersonID: v.Case.PersonID, Person: v.Person.Name, Procedure: v.Case.Procedure, Deadlines: v.Deadlines})
	var out []ClientMessage
	for _, it := range r.Items() {
		out = append(out, NewClientMessage(l, v.Person, v, it, today))
	}
	return out
}
