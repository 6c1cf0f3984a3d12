package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
)

// Markdown writes the same checklist as Text in GitHub-flavoured Markdown:
// the documents as a task list ("- [ ]", "- [x]") that GitHub, Obsidian and
// most note apps let the user tick. Lines are wrapped at Width where a
// break cannot change the structure.
func Markdown(w io.Writer, cs []casebook.Detail, ctx procedures.Context) error {
	return MarkdownFrom(context.Background(), w, Cases(nil, cs), ctx)
}

// MarkdownFrom is Markdown over a Source, one case at a time; it stops
// when run is cancelled.
func MarkdownFrom(run context.Context, w io.Writer, src Source, ctx procedures.Context) error {
	p := newPrinter(w)
	l := ctx.Lang
	n := src.Len()
	if n > 1 {
		p.line(l.T("# Household checklist"))
		p.blank()
		p.mdWrapped(l.T("%s. Printed %s. Checked: %s (the date tramite's rules were last checked).",
			counts(l, entryPeople(src), n), ctx.Today, procedures.RulesChecked), "", "")
		p.blank()
		for i := range n {
			e := src.Entry(i)
			p.mdWrapped(l.T("%s: %s (case %d, %s)", md(e.Person), md(e.Procedure.NameIn(l)),
				e.CaseID, e.Procedure.StageLabelIn(l, e.stage())), fmt.Sprintf("%d. ", i+1), "   ")
		}
	}
	err := eachCase(run, src, n, func(i int, v casebook.Detail) error {
		if i > 0 || n > 1 {
			p.blank()
			p.line("---")
			p.blank()
		}
		markdownCase(p, v, ctx, n > 1)
		return p.err
	})
	if p.err != nil {
		return fmt.Errorf("writing the checklist: %w", p.err)
	}
	return err
}

func markdownCase(p *printer, v casebook.Detail, ctx procedures.Context, household bool) {
	today, l := ctx.Today, ctx.Lang
	h := "#"
	if household {
		h = "##"
	}
	p.mdWrapped(h+" "+l.T("Checklist: %s", md(v.Procedure.NameIn(l))), "", "")
	p.blank()
	if !l.Spanish() {
		p.mdWrapped("*"+md(v.Procedure.Spanish)+"*", "", "")
		p.blank()
	}
	p.mdWrapped(md(personLine(l, v.Person.Name, v.Person.BirthDate, v.Person.Nationality)), "- **"+l.T("Person:")+"** ", "  ")
	p.mdWrapped(l.T("%d, stage: %s", v.Case.ID, v.Procedure.StageLabelIn(l, shownStage(v))), "- **"+l.T("Case:")+"** ", "  ")
	p.mdWrapped(l.T("%s. Checked: %s (the date tramite's rules were last checked).",
		today, procedures.RulesChecked), "- **"+l.T("Printed:")+"** ", "  ")

	out := v.Outcome
	section := func(title string) {
		p.blank()
		p.line(h + "# " + title)
		p.blank()
	}
	section(l.T("Verdict"))
	line, filed := v.Headline(), v.Standing().Kind != casebook.Verdict
	p.mdWrapped("**"+md(line)+"**", "", "")
	if warnings := v.Warnings; len(warnings) > 0 {
		// A quote block each, right under the verdict line; the reason
		// then starts its own paragraph.
		for _, w := range warnings {
			p.blank()
			p.mdWrapped("**⚠ "+l.T("Warning:")+"** "+md(w), "> ", "> ")
		}
		p.blank()
	}
	if out.Verdict.Reason != "" && !filed {
		p.mdWrapped(md(out.Verdict.Reason), "", "")
	}
	if out.Verdict.Route != "" {
		p.blank()
		p.mdWrapped(md(out.Verdict.Route), l.T("Instead: "), "")
	}
	if len(out.Verdict.Rules) > 0 {
		p.blank()
		p.mdWrapped(codeList(out.Verdict.Rules), l.T("Rules: "), "")
	}

	if len(out.Steps) > 0 {
		section(l.T("Steps"))
		for i, s := range out.Steps {
			p.mdWrapped(md(s), fmt.Sprintf("%d. ", i+1), "   ")
		}
	}

	if len(out.Documents) > 0 {
		section(l.T("Documents (%d of %d ticked)", countTicked(v), len(out.Documents)))
		for _, d := range out.Documents {
			box := "- [ ] "
			if v.Ticked(d.ID) {
				box = "- [x] "
			}
			name, spanish := docNames(l, v, d)
			line := "**" + md(name) + "**"
			if spanish != "" {
				line += " (*" + md(spanish) + "*)"
			}
			if d.Copies != "" {
				line += ". " + l.T("Bring: ") + md(d.Copies)
			}
			if d.Note != "" {
				line += ". " + md(d.Note)
			}
			if ref := docRef(d); ref != "" {
				line += " " + codeRef(ref)
			}
			p.mdWrapped(line, box, "      ")
		}
	}

	if out.Fee.Text != "" {
		section(l.T("Fee"))
		s := md(out.Fee.Text)
		if out.Fee.Rule != "" {
			s += " (`" + out.Fee.Rule + "`)"
		}
		p.mdWrapped(s, "", "")
	}

	if len(v.Deadlines) > 0 {
		section(l.T("Deadlines"))
		for _, d := range v.Deadlines {
			s := "**" + dayName(l, d.Date) + "**: " + md(d.Title) + ". *" + whenSentence(l, today, v.Calendar, d) + "*"
			if d.Note != "" {
				s += " " + md(d.Note)
			}
			if d.Rule != "" {
				s += " (" + kindLabel(l, d.Kind) + ", `" + d.Rule + "`)"
			}
			p.mdWrapped(s, "- ", "  ")
		}
	}

	section(l.T("On the day"))
	for _, s := range onTheDay(l, v) {
		p.mdWrapped(md(s), "- ", "  ")
	}

	if len(out.Notes) > 0 || v.Case.Notes != "" {
		section(l.T("Notes"))
		for _, n := range out.Notes {
			p.mdWrapped(md(n), "- ", "  ")
		}
		if v.Case.Notes != "" {
			p.mdParagraphs(v.Case.Notes, "- "+l.T("Your notes: "), "  ")
		}
	}

	markdownHistory(p, v, l, section) // history.go

	section(l.T("Sources"))
	if rules := v.Rules(); len(rules) > 0 {
		p.mdWrapped(codeList(rules), "- "+l.T("Rules cited (see DOMAIN.md): "), "  ")
	}
	if len(v.Procedure.Sources) > 0 {
		p.mdWrapped(codeList(v.Procedure.Sources), "- "+l.T("Sources: "), "  ")
	}
	p.mdWrapped(l.T("Rules checked: %s. Rules and fees change: %s before you go.",
		procedures.RulesChecked, l.Text(procedures.VerifyWithOffice)), "- ", "  ")
}

// mdSpecial are the characters that would turn a person's text into
// Markdown markup (a name with an asterisk, a note with brackets).
var mdSpecial = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`, "|", `\|`)

// md escapes text for Markdown.
func md(s string) string { return mdSpecial.Replace(s) }

func codeList(ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = "`" + id + "`"
	}
	return strings.Join(parts, ", ")
}

// codeRef turns "(D-PASS, R-X)" into "(`D-PASS`, `R-X`)".
func codeRef(ref string) string {
	return "(" + codeList(strings.Split(strings.Trim(ref, "()"), ", ")) + ")"
}

// blockStart matches a word that, at the start of a line, Markdown would
// read as a new block: a list marker, an ordered-list number, a heading, a
// quote or a rule.
var blockStart = lazyRegexp(`^([-+*>=]+|#+|\d+[.)])$`)

// mdWrapped wraps like wrapped, never starting a line with a word that
// would open a new Markdown block.
func (p *printer) mdWrapped(s, first, rest string) {
	for _, l := range wrap(s, first, rest, Width, blockStart().MatchString) {
		p.line(l)
	}
}

// mdParagraphs writes the user's text s as mdWrapped does, keeping its
// line breaks: each line of s ends in a hard break (a backslash), and an
// empty line of s is an empty line of the list item.
func (p *printer) mdParagraphs(s, first, rest string) {
	paras := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, para := range paras {
		f := rest
		if i == 0 {
			f = first
		}
		if strings.TrimSpace(para) == "" {
			if i > 0 {
				p.blank()
			}
			continue
		}
		lines := wrap(md(para), f, rest, Width, blockStart().MatchString)
		if i+1 < len(paras) && strings.TrimSpace(paras[i+1]) != "" {
			lines[len(lines)-1] += `\`
		}
		for _, l := range lines {
			p.line(l)
		}
	}
}
