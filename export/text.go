package export

import (
	"fmt"
	"io"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
)

// Text writes the checklist of each case as plain text for paper or an
// e-mail: every line at most Width cells. With several cases (a
// household) it starts with an index and separates the cases with rules.
func Text(w io.Writer, cs []casebook.Detail, ctx procedures.Context) error {
	p := newPrinter(w)
	if len(cs) > 1 {
		textIndex(p, cs, ctx)
	}
	for i, v := range cs {
		if i > 0 || len(cs) > 1 {
			p.line(strings.Repeat("=", Width))
			p.blank()
		}
		textCase(p, v, ctx)
	}
	if p.err != nil {
		return fmt.Errorf("writing the checklist: %w", p.err)
	}
	return nil
}

func textIndex(p *printer, cs []casebook.Detail, ctx procedures.Context) {
	p.line("TRAMITE HOUSEHOLD CHECKLIST")
	p.wrapped(fmt.Sprintf("%s, %s. Printed %s. Checked: %s (the date tramite's rules were last checked).",
		plural(countPeople(cs), "person"), plural(len(cs), "case"), ctx.Today, procedures.RulesChecked), "", "")
	p.blank()
	for i, v := range cs {
		p.wrapped(fmt.Sprintf("%s: %s (case %d, %s)", v.Person.Name, v.Procedure.Name, v.Case.ID,
			v.Procedure.StageLabel(stageOf(v))), fmt.Sprintf("%3d. ", i+1), "     ")
	}
	p.blank()
}

func textCase(p *printer, v casebook.Detail, ctx procedures.Context) {
	today := ctx.Today
	p.wrapped("CHECKLIST: "+v.Procedure.Name, "", "  ")
	p.wrapped(v.Procedure.Spanish, "", "  ")
	p.wrapped(personLine(v.Person.Name, v.Person.BirthDate, v.Person.Nationality), "Person: ", "        ")
	p.wrapped(fmt.Sprintf("%d, stage: %s", v.Case.ID, v.Procedure.StageLabel(stageOf(v))), "Case:   ", "        ")
	p.wrapped(fmt.Sprintf("Printed %s. Checked: %s (the date tramite's rules were last checked).",
		today, procedures.RulesChecked), "", "")

	out := v.Outcome
	p.blank()
	p.line("VERDICT")
	line, filed := v.Headline(), v.Standing().Kind != casebook.Verdict
	p.wrapped(line, "  ", "  ")
	for _, w := range v.Warnings {
		p.wrapped("WARNING: "+w, "  !! ", "     ")
	}
	if out.Verdict.Reason != "" && !filed {
		p.wrapped(out.Verdict.Reason, "  ", "  ")
	}
	if out.Verdict.Route != "" {
		p.wrapped(out.Verdict.Route, "  Instead: ", "  ")
	}
	if len(out.Verdict.Rules) > 0 {
		p.wrapped(strings.Join(out.Verdict.Rules, ", "), "  Rules: ", "  ")
	}

	if len(out.Steps) > 0 {
		p.blank()
		p.line("STEPS")
		for i, s := range out.Steps {
			p.wrapped(s, fmt.Sprintf("  %2d. ", i+1), "      ")
		}
	}

	if len(out.Documents) > 0 {
		p.blank()
		p.linef("DOCUMENTS (%d of %d ticked)", countTicked(v), len(out.Documents))
		textDocuments(p, v)
	}

	if out.Fee.Text != "" {
		p.blank()
		p.line("FEE")
		p.wrapped(withRule(out.Fee.Text, out.Fee.Rule), "  ", "  ")
	}

	if len(v.Deadlines) > 0 {
		p.blank()
		p.line("DEADLINES")
		textDeadlines(p, v, today)
	}

	p.blank()
	p.line("ON THE DAY")
	for _, l := range onTheDay(v) {
		p.wrapped(l, "  - ", "    ")
	}

	if len(out.Notes) > 0 || v.Case.Notes != "" {
		p.blank()
		p.line("NOTES")
		for _, n := range out.Notes {
			p.wrapped(n, "  - ", "    ")
		}
		if v.Case.Notes != "" {
			p.wrapped(v.Case.Notes, "  - Your notes: ", "    ")
		}
	}

	p.blank()
	p.line("SOURCES")
	if rules := v.Rules(); len(rules) > 0 {
		p.wrapped(strings.Join(rules, ", "), "  Rules cited (see DOMAIN.md): ", "  ")
	}
	if len(v.Procedure.Sources) > 0 {
		p.wrapped(strings.Join(v.Procedure.Sources, ", "), "  Sources: ", "  ")
	}
	p.wrapped(fmt.Sprintf("Rules checked: %s. Rules and fees change: %s before you go.",
		procedures.RulesChecked, procedures.VerifyWithOffice), "  ", "  ")
	p.blank()
}

// textDocuments writes one box per document: its English and Spanish
// names, the copies to bring, its note and its DOMAIN.md ids.
func textDocuments(p *printer, v casebook.Detail) {
	const in = "      "
	for _, d := range v.Outcome.Documents {
		box := "[ ] "
		if v.Ticked(d.ID) {
			box = "[x] "
		}
		p.wrapped(d.Name, "  "+box, in)
		if d.Spanish != "" {
			p.wrapped(d.Spanish, in, in)
		}
		if d.Copies != "" {
			p.wrapped(d.Copies, in+"Bring: ", in)
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
func textDeadlines(p *printer, v casebook.Detail, today procedures.Date) {
	const in = "                    " // under the title, after "  YYYY-MM-DD (Ddd)  "
	for _, d := range v.Deadlines {
		p.wrapped(d.Title, "  "+dayName(d.Date)+"  ", in)
		p.wrapped(whenSentence(today, d), in, in)
		if d.Note != "" {
			p.wrapped(d.Note, in, in)
		}
		if d.Rule != "" {
			p.wrapped("("+kindLabel(d.Kind)+", "+d.Rule+")", in, in)
		}
	}
}
