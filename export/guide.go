package export

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/textsafe"
)

// The guide to the online steps of a case (issue 19): INM's form field by
// field, the Comentarios text, the número de pieza, the appointment, the
// e5cinco payment and following the case, as text or Markdown. Every line
// cites its DOMAIN.md id and says procedures.ReportedVerify where the row
// is secondary.

// GuideOf builds the guide of a case detail for ctx, from the person's
// values the letters use.
func GuideOf(v casebook.Detail, ctx procedures.Context) procedures.Guide {
	return procedures.BuildGuide(v.Procedure, v.Case.Answers, v.Case.Progress, casebook.LetterPersonOf(v.Person), ctx)
}

// The markers around the Comentarios text in the text guide: everything
// between them is pasted as it is.
const (
	CommentsBegin = "----- Comentarios: copy from the next line (R-FORM-COMMENTS) -----"
	CommentsEnd   = "----- end of Comentarios (R-FORM-COMMENTS) -----"
)

// CommentsMarkers are CommentsBegin and CommentsEnd in l's language: the
// lines a front-end looks for around the text to paste.
func CommentsMarkers(l *i18n.Printer) (begin, end string) {
	return l.Text(CommentsBegin), l.Text(CommentsEnd)
}

// cite is a line's citation: "(R-FORM-PIEZA; reported — verify)".
func cite(l *i18n.Printer, rule string, secondary bool) string {
	if secondary {
		return "(" + rule + "; " + l.Text(procedures.ReportedVerify) + ")"
	}
	return "(" + rule + ")"
}

// guideHeader is the guide's opening sentences.
func guideHeader(ctx procedures.Context) []string {
	l := ctx.Lang
	return []string{
		l.T("Printed %s. Checked: %s (the date tramite's rules were last checked).", ctx.Today, procedures.RulesChecked),
		l.T("tramite prints INM's addresses and prepares what to type; it never opens a connection. Each line names the DOMAIN.md rule it rests on; \"%s\" marks what only secondary sources report: check it with your INM office.", l.Text(procedures.ReportedVerify)),
	}
}

// GuideText writes the guide of one case as plain text, every line at
// most Width cells except the Comentarios text, which is kept whole
// between CommentsBegin and CommentsEnd for pasting.
func GuideText(w io.Writer, v casebook.Detail, ctx procedures.Context) error {
	return GuideTextWidth(w, v, ctx, Width)
}

// GuideTextWidth is GuideText wrapped at width cells (the terminal's
// screen uses its own width).
func GuideTextWidth(w io.Writer, v casebook.Detail, ctx procedures.Context, width int) error {
	p := newPrinter(w)
	g := GuideOf(v, ctx)
	wr := func(s, first, rest string) {
		for _, l := range wrap(s, first, rest, width, nil) {
			p.line(l)
		}
	}
	l := ctx.Lang
	wr(l.T("GUIDE TO THE ONLINE STEPS: %s", v.Procedure.NameIn(l)), "", "  ")
	if !l.Spanish() {
		wr(v.Procedure.Spanish, "", "  ")
	}
	wr(personLine(l, v.Person.Name, v.Person.BirthDate, v.Person.Nationality), l.T("Person: "), "        ")
	wr(l.T("%d, stage: %s", v.Case.ID, v.Procedure.StageLabelIn(l, shownStage(v))), l.T("Case:   "), "        ")
	for _, h := range guideHeader(ctx) {
		wr(h, "", "")
	}
	item := func(gl procedures.GuideLine, first, rest string) {
		wr(gl.Text+" "+cite(l, gl.Rule, gl.Secondary), first, rest)
	}
	for i, part := range g.Parts() {
		p.blank()
		p.line(fmt.Sprintf("%d. %s", i+1, strings.ToUpper(l.Text(part.Title))))
		for _, l := range part.Lines {
			item(l, "  - ", "    ")
		}
		switch part.Key {
		case "form":
			group := ""
			for _, f := range g.Fields {
				if f.Group != group {
					group = f.Group
					p.blank()
					wr(group+" (R-FORM-FIELDS)", "  ", "  ")
				}
				ls := f.LinesIn(l)
				item(ls[0], "  - ", "    ")
				for _, gl := range ls[1:] {
					item(gl, "      · ", "        ")
				}
			}
		case "comments":
			if g.CommentsText != "" {
				p.blank()
				begin, _ := CommentsMarkers(l)
				p.line(begin)
				for _, cl := range strings.Split(strings.TrimRight(g.CommentsText, "\n"), "\n") {
					p.line(cl)
				}
				_, end := CommentsMarkers(l)
				p.line(end)
			}
		}
	}
	if p.err != nil {
		return fmt.Errorf("writing the guide: %w", p.err)
	}
	return nil
}

// GuideMarkdown writes the same guide in Markdown: the Comentarios text in
// a fenced block, the fields as a nested list.
func GuideMarkdown(w io.Writer, v casebook.Detail, ctx procedures.Context) error {
	p := newPrinter(w)
	g := GuideOf(v, ctx)
	l := ctx.Lang
	mdCite := func(rule string, secondary bool) string {
		s := "(`" + rule + "`"
		if secondary {
			s += "; " + l.Text(procedures.ReportedVerify)
		}
		return s + ")"
	}
	p.line("# " + l.T("Guide to the online steps: %s", md(v.Procedure.NameIn(l))))
	p.blank()
	if !l.Spanish() {
		p.mdWrapped("*"+md(v.Procedure.Spanish)+"*", "", "")
		p.blank()
	}
	p.mdWrapped(md(personLine(l, v.Person.Name, v.Person.BirthDate, v.Person.Nationality)), "- **"+l.T("Person:")+"** ", "  ")
	p.mdWrapped(l.T("%d, stage: %s", v.Case.ID, v.Procedure.StageLabelIn(l, shownStage(v))), "- **"+l.T("Case:")+"** ", "  ")
	for _, h := range guideHeader(ctx) {
		p.mdWrapped(md(h), "- ", "  ")
	}
	item := func(gl procedures.GuideLine, first, rest string) {
		p.mdWrapped(md(gl.Text)+" "+mdCite(gl.Rule, gl.Secondary), first, rest)
	}
	for i, part := range g.Parts() {
		p.blank()
		p.line(fmt.Sprintf("## %d. %s", i+1, l.Text(part.Title)))
		p.blank()
		for _, gl := range part.Lines {
			item(gl, "- ", "  ")
		}
		switch part.Key {
		case "form":
			group := ""
			for _, f := range g.Fields {
				if f.Group != group {
					group = f.Group
					p.blank()
					p.line("### " + group + " " + mdCite("R-FORM-FIELDS", false))
					p.blank()
				}
				ls := f.LinesIn(l)
				label, value, _ := strings.Cut(ls[0].Text, ": ")
				p.mdWrapped("**"+md(label)+":** "+md(value)+" "+mdCite(ls[0].Rule, ls[0].Secondary), "- ", "  ")
				for _, gl := range ls[1:] {
					item(gl, "  - ", "    ")
				}
			}
		case "comments":
			if g.CommentsText != "" {
				p.blank()
				p.line("```text")
				for _, cl := range strings.Split(strings.TrimRight(g.CommentsText, "\n"), "\n") {
					p.line(cl)
				}
				p.line("```")
			}
		}
	}
	if p.err != nil {
		return fmt.Errorf("writing the guide: %w", p.err)
	}
	return nil
}

// RenderGuide writes the guide in format: FormatText or FormatMarkdown.
func RenderGuide(w io.Writer, format string, v casebook.Detail, ctx procedures.Context) error {
	var b bytes.Buffer
	var err error
	switch format {
	case FormatText:
		err = GuideText(&b, v, ctx)
	case FormatMarkdown:
		err = GuideMarkdown(&b, v, ctx)
	default:
		return fmt.Errorf("%q is not a guide format: use text or markdown", format)
	}
	if err != nil {
		return err
	}
	// The guide quotes stored text (names, addresses): no control
	// sequence reaches the terminal or the file (textsafe.Text).
	_, err = io.WriteString(w, textsafe.Text(b.String()))
	return err
}
