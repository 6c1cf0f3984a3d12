package wizard

import (
	"errors"
	"slices"
	"strings"

	"charm.land/huh/v2"

	"tramite/i18n"
	"tramite/procedures"
)

// fieldDesc is the help a question's field shows.
func fieldDesc(l *i18n.Printer, q procedures.Question) string {
	if q.Optional {
		return strings.TrimSpace(q.Help + "\n" + l.T("Optional: leave it empty and press enter to skip."))
	}
	return q.Help
}

// fieldFor maps a question to a huh field, by Kind only: the wizard never
// knows which procedure it is asking for. title and desc are the prompt
// and help as they fit the screen (fit.go); value is the answer filled in
// (resume, back, edit, resize); answers are the other answers, for Check.
func fieldFor(l *i18n.Printer, q procedures.Question, title, desc, value string, validate func(string) error) huh.Field {
	switch q.Kind {
	case procedures.KindChoice, procedures.KindYesNo:
		opts := make([]huh.Option[string], 0, len(q.Options()))
		for _, c := range q.Options() {
			opts = append(opts, huh.NewOption(c.Label, c.ID))
		}
		v := value
		if v == "" {
			v = q.Likely() // highlighted first: a quick enter gives the usual answer
		}
		return huh.NewSelect[string]().
			Key(q.Key).
			Title(title).
			Description(desc).
			Options(opts...).
			Value(&v).
			Validate(validate)
	default:
		v := value
		in := huh.NewInput().
			Key(q.Key).
			Title(title).
			Description(desc).
			Value(&v).
			Validate(validate)
		if ph := placeholder(l, q); ph != "" {
			in = in.Placeholder(ph)
		}
		return in
	}
}

// placeholder hints at the expected form of an answer.
func placeholder(l *i18n.Printer, q procedures.Question) string {
	switch q.Kind {
	case procedures.KindDate:
		return l.T("e.g. 15/03/2026 or 2026-03-15")
	case procedures.KindNumber:
		return l.T("a whole number, e.g. 2")
	}
	if q.Optional {
		return l.T("optional: leave empty to skip")
	}
	return ""
}

// answerOf checks raw as the procedure will store it, so what the form
// accepts is what procedures.Validate accepts later. A new or changed
// answer is also checked against today (Procedure.AnswerOn: no birth in the
// future, no departure in the past); one already stored is not, since a
// planned date kept from last month is now, rightly, in the past.
func (m *Model) answerOf(key, raw string, answers procedures.Answers) (string, error) {
	today := m.opts.Context.Today
	if prev, ok := m.answers[key]; today.IsZero() || (ok && prev == raw) {
		return m.proc.Answer(key, raw, answers)
	}
	return m.proc.AnswerOn(key, raw, answers, today)
}

// validator is answerOf as a field's validation, with the message the
// person reads.
func (m *Model) validator(key string, answers procedures.Answers) func(string) error {
	return func(raw string) error {
		if _, err := m.answerOf(key, raw, answers); err != nil {
			return errors.New(withoutKeys(m.opts.Context.Lang, m.proc, userMessage(m.opts.Context.Lang, key, err)))
		}
		return nil
	}
}

// userMessage drops the leading "answer_key: " from a procedures error: the
// key is for `procedures show` and exports, the person sees the question.
func userMessage(l *i18n.Printer, key string, err error) string {
	if strings.TrimPrefix(err.Error(), key+": ") == "an answer is needed" {
		return l.T("An answer is needed: type it, or press shift+tab to go back.")
	}
	msg := strings.TrimPrefix(procedures.MessageIn(l, err), key+": ")
	if msg == "an answer is needed" {
		return l.T("An answer is needed: type it, or press shift+tab to go back.")
	}
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return msg
}

// newForm builds the one-question form for q holding value, drawn to fit
// the wizard's size with errText under it (m.fit is set to how). Every step gets a new form: a
// finished huh form ignores every message. A resize that changes the fit
// builds another (layoutForm).
func (m *Model) newForm(q procedures.Question, value, errText string) *huh.Form {
	l := m.opts.Context.Lang
	q = m.cited(q.Localized(l))
	desc := fieldDesc(l, q)
	m.fit = m.fitFor(q, desc, errText)
	title := wordWrapped(cutTitle(q.Prompt, m.fieldWidth(), m.fit.titleLines), m.fieldWidth())
	if !m.fit.help {
		desc = ""
	}
	desc = wordWrapped(desc, m.fieldWidth())
	km := huh.NewDefaultKeyMap()
	LocalizeHuhKeys(km, l)
	// The wizard owns quit (esc, ctrl+c) and back (shift+tab); filtering a
	// handful of choices would only make esc ambiguous.
	km.Quit.SetEnabled(false)
	km.Select.Filter.SetEnabled(false)
	km.Select.Prev.SetEnabled(false)
	km.Input.Prev.SetEnabled(false)
	// "submit" reads like the end of the interview; each step just moves on.
	km.Input.Submit.SetHelp("enter", l.T("next"))
	km.Select.Submit.SetHelp("enter", l.T("choose"))
	m.formKeys = km
	f := huh.NewForm(huh.NewGroup(fieldFor(l, q, title, desc, value, m.validator(q.Key, m.answers.Clone())))).
		WithTheme(m.theme()).
		WithKeyMap(km).
		WithShowHelp(false).
		WithShowErrors(true)
	// Read State after each Update instead of relying on these; they stay
	// nil so a finished form sends nothing stray to the host.
	f.SubmitCmd = nil
	f.CancelCmd = nil
	return f
}

// answerLabel is how an answer reads on the review screen.
func answerLabel(l *i18n.Printer, q procedures.Question, v string) string {
	if v == "" {
		return l.T("(skipped)")
	}
	for _, c := range q.Options() {
		if c.ID == v {
			return c.Label
		}
	}
	return v
}

// asked is proc.Asked with each key once (the first question with a key
// wins, as in Procedure.Question): a key listed twice must not make the
// interview ask it twice or loop between the copies.
func asked(p *procedures.Procedure, a procedures.Answers, l *i18n.Printer) []procedures.Question {
	var out []procedures.Question
	seen := map[string]bool{}
	for _, q := range p.Asked(a) {
		if !seen[q.Key] {
			seen[q.Key] = true
			out = append(out, q.Localized(l))
		}
	}
	return out
}

// stale lists the answered keys of the procedure's questions that are no
// longer asked given the answers. Person keys (procedures.PersonKeys) and
// unknown keys are left alone: they are not the wizard's to judge.
func stale(p *procedures.Procedure, a procedures.Answers) []string {
	live := map[string]bool{}
	for _, q := range p.Asked(a) {
		live[q.Key] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, q := range p.Questions {
		if _, answered := a[q.Key]; answered && !live[q.Key] && !seen[q.Key] {
			seen[q.Key] = true
			out = append(out, q.Key)
		}
	}
	return out
}

// cited is q with the rule ids taken out of its prompt and help; they are
// set as the screen's Sources line (sources.go).
func (m *Model) cited(q procedures.Question) procedures.Question {
	var ids, more []string
	q.Prompt, ids = splitSources(q.Prompt)
	q.Help, more = splitSources(q.Help)
	for _, id := range more {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	m.sources = sourcesLine(m.opts.Context.Lang, ids)
	return q
}
