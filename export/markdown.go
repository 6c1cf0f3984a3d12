package export

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
)

// Markdown writes the same checklist as Text in GitHub-flavoured Markdown:
// the documents as a task list ("- [ ]", "- [x]") that GitHub, Obsidian and
// most note apps let the user tick. Lines are wrapped at Width where a
// break cannot change the structure.
func Markdown(w io.Writer, cs []casebook.Detail, ctx procedures.Context) error {
	p := newPrinter(w)
	if len(cs) > 1 {
		p.line("# Household checklist")
		p.blank()
		p.mdWrapped(fmt.Sprintf("%s, %s. Printed %s. Checked: %s (the date tramite's rules were last checked).",
			plural(countPeople(cs), "person"), plural(len(cs), "case"), ctx.Today, procedures.RulesChecked), "", "")
		p.blank()
		for i, v := range cs {
			p.mdWrapped(fmt.Sprintf("%s: %s (case %d, %s)", md(v.Person.Name), md(v.Procedure.Name),
				v.Case.ID, v.Procedure.StageLabel(stageOf(v))), fmt.Sprintf("%d. ", i+1), "   ")
		}
	}
	for i, v := range cs {
		if i > 0 || len(cs) > 1 {
			p.blank()
			p.line("---")
			p.blank()
		}
		markdownCase(p, v, ctx, len(cs) > 1)
	}
	if p.err != nil {
		return fmt.Errorf("writing the checklist: %w", p.err)
	}
	return nil
}

func markdownCase(p *printer, v casebook.Detail, ctx procedures.Context, household bool) {
	today := ctx.Today
	h := "#"
	if household {
		h = "##"
	}
	p.mdWrapped(fmt.Sprintf("%s Checklist: %s", h, md(v.Procedure.Name)), "", "")
	p.blank()
	p.mdWrapped("*"+md(v.Procedure.Spanish)+"*", "", "")
	p.blank()
	p.mdWrapped(md(personLine(v.Person.Name, v.Person.BirthDate, v.Person.Nationality)), "- **Person:** ", "  ")
	p.mdWrapped(fmt.Sprintf("%d, stage: %s", v.Case.ID, v.Procedure.StageLabel(stageOf(v))), "- **Case:** ", "  ")
	p.mdWrapped(fmt.Sprintf("%s. Checked: %s (the date tramite's rules were last checked).",
		today, procedures.RulesChecked), "- **Printed:** ", "  ")

	out := v.Outcome
	section := func(title string) {
		p.blank()
		p.line(h + "# " + title)
		p.blank()
	}
	section("Verdict")
	line, filed := v.Headline(), v.Standing().Kind != casebook.Verdict
	p.mdWrapped("**"+md(line)+"**", "", "")
	if warnings := v.Warnings; len(warnings) > 0 {
		// A quote block each, right under the verdict line; the reason
		// then starts its own paragraph.
		for _, w := range warnings {
			p.blank()
			p.mdWrapped("**⚠ Warning:** "+md(w), "> ", "> ")
		}
		p.blank()
	}
	if out.Verdict.Reason != "" && !filed {
		p.mdWrapped(md(out.Verdict.Reason), "", "")
	}
	if out.Verdict.Route != "" {
		p.blank()
		p.mdWrapped(md(out.Verdict.Route), "Instead: ", "")
	}
	if len(out.Verdict.Rules) > 0 {
		p.blank()
		p.mdWrapped(codeList(out.Verdict.Rules), "Rules: ", "")
	}

	if len(out.Steps) > 0 {
		section("Steps")
		for i, s := range out.Steps {
			p.mdWrapped(md(s), fmt.Sprintf("%d. ", i+1), "   ")
		}
	}

	if len(out.Documents) > 0 {
		section(fmt.Sprintf("Documents (%d of %d ticked)", countTicked(v), len(out.Documents)))
		for _, d := range out.Documents {
			box := "- [ ] "
			if v.Ticked(d.ID) {
				box = "- [x] "
			}
			line := "**" + md(d.Name) + "**"
			if d.Spanish != "" {
				line += " (*" + md(d.Spanish) + "*)"
			}
			if d.Copies != "" {
				line += ". Bring: " + md(d.Copies)
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
		section("Fee")
		s := md(out.Fee.Text)
		if out.Fee.Rule != "" {
			s += " (`" + out.Fee.Rule + "`)"
		}
		p.mdWrapped(s, "", "")
	}

	if len(v.Deadlines) > 0 {
		section("Deadlines")
		for _, d := range v.Deadlines {
			s := "**" + dayName(d.Date) + "**: " + md(d.Title) + ". *" + whenSentence(today, d) + "*"
			if d.Note != "" {
				s += " " + md(d.Note)
			}
			if d.Rule != "" {
				s += " (" + kindLabel(d.Kind) + ", `" + d.Rule + "`)"
			}
			p.mdWrapped(s, "- ", "  ")
		}
	}

	section("On the day")
	for _, l := range onTheDay(v) {
		p.mdWrapped(md(l), "- ", "  ")
	}

	if len(out.Notes) > 0 || v.Case.Notes != "" {
		section("Notes")
		for _, n := range out.Notes {
			p.mdWrapped(md(n), "- ", "  ")
		}
		if v.Case.Notes != "" {
			p.mdWrapped(md(v.Case.Notes), "- Your notes: ", "  ")
		}
	}

	section("Sources")
	if rules := v.Rules(); len(rules) > 0 {
		p.mdWrapped(codeList(rules), "- Rules cited (see DOMAIN.md): ", "  ")
	}
	if len(v.Procedure.Sources) > 0 {
		p.mdWrapped(codeList(v.Procedure.Sources), "- Sources: ", "  ")
	}
	p.mdWrapped(fmt.Sprintf("Rules checked: %s. Rules and fees change: %s before you go.",
		procedures.RulesChecked, procedures.VerifyWithOffice), "- ", "  ")
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
var blockStart = regexp.MustCompile(`^([-+*>=]+|#+|\d+[.)])$`)

// mdWrapped wraps like wrapped, never starting a line with a word that
// would open a new Markdown block.
func (p *printer) mdWrapped(s, first, rest string) {
	for _, l := range wrap(s, first, rest, Width, blockStart.MatchString) {
		p.line(l)
	}
}
