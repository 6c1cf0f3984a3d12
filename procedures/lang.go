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
	opts := q.Options()
	if len(opts) > 0 {
		cs := make([]Choice, len(opts))
		for i, c := range opts {
			cs[i] = Choice{ID: c.ID, Label: l.Text(c.Label)}
		}
		q.Choices = cs
	}
	return q
}
