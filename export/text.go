package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// Text writes the checklist of each case as plain text for paper or an
// e-mail: every line at most Width cells. With several cases (a
// household) it starts with an index and separates the cases with rules.
func Text(w io.Writer, cs []casebook.Detail, ctx procedures.Context) error {
	return TextFrom(context.Background(), w, Cases(nil, cs), ctx)
}

// TextFrom is Text over a Source, one case at a time; it stops when run
// is cancelled.
func TextFrom(run context.Context, w io.Writer, src Source, ctx procedures.Context) error {
	p := newPrinter(w)
	n := src.Len()
	if n > 1 {
		textIndex(p, src, ctx)
	}
	err := eachCase(run, src, n, func(i int, v casebook.Detail) error {
		if i > 0 || n > 1 {
			p.line(strings.Repeat("=", Width))
			p.blank()
		}
		textCase(p, v, ctx)
		return p.err
	})
	if p.err != nil {
		return fmt.Errorf("writing the checklist: %w", p.err)
	}
	return err
}

func textIndex(p *printer, src Source, ctx procedures.Context) {
	l := ctx.Lang
	p.line(l.T("TRAMITE HOUSEHOLD CHECKLIST"))
	p.wrapped(l.T("%s. Printed %s. Checked: %s (the date tramite's rules were last checked).",
		counts(l, entryPeople(src), src.Len()), ctx.Today, procedures.RulesChecked), "", "")
	p.blank()
	for i := range src.Len() {
		e := src.Entry(i)
		p.wrapped(l.T("%s: %s (case %d, %s)", e.Person, e.Procedure.NameIn(l), e.CaseID,
			e.Procedure.StageLabelIn(l, e.stage())), fmt.Sprintf("%3d. ", i+1), "     ")
	}
	p.blank()
}

func textCase(p *printer, v casebook.Detail, ctx procedures.Context) {
	today, l := ctx.Today, ctx.Lang
	p.wrapped(l.T("CHECKLIST: %s", v.Procedure.NameIn(l)), "", "  ")
	if !l.Spanish() {
		p.wrapped(v.Procedure.Spanish, "", "  ")
	}
	p.wrapped(personLine(l, v.Person.Name, v.Person.BirthDate, v.Person.Nationality), l.T("Person: "), "        ")
	p.wrapped(l.T("%d, stage: %s", v.Case.ID, v.Procedure.StageLabelIn(l, shownStage(v))), l.T("Case:   "), "        ")
	p.wrapped(l.T("Printed %s. Checked: %s (the date tramite's rules were last checked).",
		today, procedures.RulesChecked), "", "")

	out := v.Outcome
	p.blank()
	p.line(l.T("VERDICT"))
	line, filed := v.Headline(), v.Standing().Kind != casebook.Verdict
	p.wrapped(line, "  ", "  ")
	for _, w := range v.Warnings {
		p.wrapped(l.T("WARNING: %s", w), "  !! ", "     ")
	}
	if out.Verdict.Reason != "" && !filed {
		p.wrapped(out.Verdict.Reason, "  ", "  ")
	}
	if out.Verdict.Route != "" {
		p.wrapped(out.Verdict.Route, "  "+l.T("Instead: "), "  ")
	}
	if len(out.Verdict.Rules) > 0 {
		p.wrapped(strings.Join(out.Verdict.Rules, ", "), "  "+l.T("Rules: "), "  ")
	}

	if len(out.Steps) > 0 {
		p.blank()
		p.line(l.T("STEPS"))
		for i, s := range out.Steps {
			p.wrapped(s, fmt.Sprintf("  %2d. ", i+1), "      ")
		}
	}

	if len(out.Documents) > 0 {
		p.blank()
		p.line(l.T("DOCUMENTS (%d of %d ticked)", countTicked(v), len(out.Documents)))
		textDocuments(p, v, l)
	}

	if out.Fee.Text != "" {
		p.blank()
		p.line(l.T("FEE"))
		p.wrapped(withRule(out.Fee.Text, out.Fee.Rule), "  ", "  ")
	}

	if len(v.Deadlines) > 0 {
		p.blank()
		p.line(l.T("DEADLINES"))
		textDeadlines(p, v, today, l)
	}

	p.blank()
	p.line(l.T("ON THE DAY"))
	for _, s := range onTheDay(l, v) {
		p.wrapped(s, "  - ", "    ")
	}

	if len(out.Notes) > 0 || v.Case.Notes != "" {
		p.blank()
		p.line(l.T("NOTES"))
		for _, n := range out.Notes {
			p.wrapped(n, "  - ", "    ")
		}
		if v.Case.Notes != "" {
			p.paragraphs(v.Case.Notes, "  - "+l.T("Your notes: "), "    ")
		}
	}

	textHistory(p, v, l) // history.go

	p.blank()
	p.line(l.T("SOURCES"))
	if rules := v.Rules(); len(rules) > 0 {
		p.wrapped(strings.Join(rules, ", "), "  "+l.T("Rules cited (see DOMAIN.md): "), "  ")
	}
	if len(v.Procedure.Sources) > 0 {
		p.wrapped(strings.Join(v.Procedure.Sources, ", "), "  "+l.T("Sources: "), "  ")
	}
	p.wrapped(l.T("Rules checked: %s. Rules and fees change: %s before you go.",
		procedures.RulesChecked, l.Text(procedures.VerifyWithOffice)), "  ", "  ")
	p.blank()
}

// textDocuments writes one box per document: its English and Spanish
// names, the copies to bring, its note and its DOMAIN.md ids.
func textDocuments(p *printer, v casebook.Detail, l *i18n.Printer) {
	const in = "      "
	for _, d := range v.Outcome.Documents {
		box := "[ ] "
		if v.Ticked(d.ID) {
			box = "[x] "
		}
		name, spanish := docNames(l, v, d)
		p.wrapped(name, "  "+box, in)
		if spanish != "" {
			p.wrapped(spanish, in, in)
		}
		if d.Copies != "" {
			p.wrapped(d.Copies, in+l.T("Bring: "), in)
		}
		if d.Note != "" {
			p.wrapped(d.Note, in, in)
		}
		if ref := docRef(d); ref != "" {
			p.wrapped(ref, in, in)
		}
	}
}

// textDeadlines writes each deadline: its legal date and title, when to
// act, its note (both readings of a contested rule) and its rule.
func textDeadlines(p *printer, v casebook.Detail, today procedures.Date, l *i18n.Printer) {
	const in = "                    " // under the title, after "  YYYY-MM-DD (Ddd)  "
	for _, d := range v.Deadlines {
		p.wrapped(d.Title, "  "+dayName(l, d.Date)+"  ", in)
		p.wrapped(whenSentence(l, today, v.Calendar, d), in, in)
		if d.Note != "" {
			p.wrapped(d.Note, in, in)
		}
		if d.Rule != "" {
			p.wrapped("("+kindLabel(l, d.Kind)+", "+d.Rule+")", in, in)
		}
	}
}
