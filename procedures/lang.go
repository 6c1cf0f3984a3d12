package procedures

import (
	"strings"

	"tramite/i18n"
)

// The texts of the rules in the user's language. Ids, keys, rule ids and
// dates are the same in every language; the words come from the i18n
// catalog, whose ids are the English texts written here.

// NameIn is the procedure's name in l's language: Name in English, INM's
// own Spanish name in Spanish.
func (p *Procedure) NameIn(l *i18n.Printer) string {
	if l.Spanish() && p.Spanish != "" {
		return p.Spanish
	}
	return p.Name
}

// ShortIn is the short word a narrow column shows for the procedure: its
// id in English ("renewal"), the Spanish word in Spanish ("renovación").
func ShortIn(l *i18n.Printer, id string) string { return l.Text(id) }

// StageLabelIn is StageLabel in l's language.
func (p *Procedure) StageLabelIn(l *i18n.Printer, s Stage) string { return l.Text(p.StageLabel(s)) }

// formTitle is the title of a saved form's expiry with its pieza
// (formExpiry).
var formTitle = lazyRegexp(`^Online form \(pieza (.*)\) expires \(reported 90 days\)$`)

// TitleIn is a deadline's title in l's language. The deadline index keeps
// the English the rules wrote (what is stored never depends on the
// language), so a listing words it here: the title itself, or an
// appointment's title with its time and office.
func TitleIn(l *i18n.Printer, title string) string {
	if !l.Spanish() {
		return title
	}
	if t := l.Text(title); t != title {
		return t
	}
	if m := formTitle().FindStringSubmatch(title); m != nil {
		return l.T("Online form (pieza %s) expires (reported 90 days)", m[1])
	}
	if rest, ok := strings.CutPrefix(title, appointmentTitle); ok {
		out := l.Text(appointmentTitle)
		if at, ok := strings.CutPrefix(rest, " at "); ok {
			time, office, _ := strings.Cut(at, ", ")
			out += l.T(" at %s", time)
			if office != "" {
				out += ", " + office
			}
		} else if office, ok := strings.CutPrefix(rest, ", "); ok {
			out += ", " + office
		}
		return out
	}
	return title
}

// Localized is the question with its prompt, help, choices and condition
// in l's language; its key, kind and choice ids are unchanged.
func (q Question) Localized(l *i18n.Printer) Question {
	if !l.Spanish() {
		return q
	}
	q.Prompt, q.Help, q.Condition = l.Text(q.Prompt), l.Text(q.Help), l.Text(q.Condition)
	// Choices as listed (their order says which answer is likelier), or
	// the default yes/no.
	opts := q.Choices
	if len(opts) == 0 {
		opts = q.Options()
	}
	if len(opts) > 0 {
		cs := make([]Choice, len(opts))
		for i, c := range opts {
			cs[i] = Choice{ID: c.ID, Label: l.Text(c.Label)}
		}
		q.Choices = cs
	}
	return q
}

// Localized is the outcome with its texts in l's language: the reason and
// route, the fee, the steps, the notes, the documents and the dates. The
// rules word what depends on the answers through Context.Lang already;
// what they write as it is (a document's name, a title) is looked up
// here, so a text the catalog lacks stays English rather than vanish.
// Ids, rules and dates are unchanged; the outcome given is not modified.
func (o Outcome) Localized(l *i18n.Printer) Outcome {
	if !l.Spanish() {
		return o
	}
	o.Verdict.Reason, o.Verdict.Route = l.Text(o.Verdict.Reason), l.Text(o.Verdict.Route)
	o.Fee.Text = l.Text(o.Fee.Text)
	o.Steps = LocalizeTexts(l, o.Steps)
	for i, s := range o.Steps {
		if route, ok := strings.CutPrefix(s, insteadPrefix); ok {
			o.Steps[i] = l.T(insteadPrefix+"%s", l.Text(route))
		}
	}
	o.Notes = LocalizeTexts(l, o.Notes)
	o.Deadlines = LocalizeDeadlines(l, o.Deadlines)
	if o.Documents != nil {
		docs := make([]Document, len(o.Documents))
		for i, d := range o.Documents {
			d.Name, d.Copies, d.Note = l.Text(d.Name), l.Text(d.Copies), l.Text(d.Note)
			docs[i] = d
		}
		o.Documents = docs
	}
	return o
}

// LocalizeTexts is each text in l's language (a new slice; nil stays nil).
func LocalizeTexts(l *i18n.Printer, ss []string) []string {
	if !l.Spanish() || ss == nil {
		return ss
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = l.Text(s)
	}
	return out
}

// LocalizeDeadlines is each deadline with its title and note in l's
// language (a new slice; keys, dates and rules unchanged).
func LocalizeDeadlines(l *i18n.Printer, ds []Deadline) []Deadline {
	if !l.Spanish() || ds == nil {
		return ds
	}
	out := make([]Deadline, len(ds))
	for i, d := range ds {
		d.Title, d.Note = TitleIn(l, d.Title), l.Text(d.Note)
		out[i] = d
	}
	return out
}
