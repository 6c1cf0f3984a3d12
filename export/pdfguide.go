package export

import (
	"fmt"
	"strings"

	"tramite/procedures"
)

// The packet's guide pages (issue 19): the online steps of the case, every
// line with its DOMAIN.md id and "reported — verify" where the row is
// secondary, the Comentarios text in a box to copy from.

// pdfGuide prints the guide of c, when it has one, from a new page.
func pdfGuide(s *sheet, c PacketCase) {
	if c.Guide == nil {
		return
	}
	g := c.Guide
	s.page()
	l := c.Lang
	s.para(l.T("Online steps · Trámite en línea"), stTitle)
	s.para(l.T("%s · %s · form, payment, status", c.Person.Name, c.Procedure.NameIn(l)), stKicker)
	s.para(l.T("tramite prints INM's addresses and prepares what to type; it never opens a connection. \"%s\" marks what only secondary sources report: check it with your INM office.", l.Text(procedures.ReportedVerify)), stSmall)
	line := func(gl procedures.GuideLine, indent float64, st style) {
		s.para(gl.Text+" "+cite(l, gl.Rule, gl.Secondary), style{size: st.size, bold: st.bold, grey: st.grey, indent: indent})
	}
	for i, part := range g.Parts() {
		s.gap(10)
		s.ensure(3 * stHeading.lineHeight())
		s.para(fmt.Sprintf("%d. %s", i+1, l.Text(part.Title)), stHeading)
		s.gap(2)
		for _, l := range part.Lines {
			line(l, 0, style{size: 10})
			s.gap(2)
		}
		switch part.Key {
		case "form":
			group := ""
			for _, f := range g.Fields {
				if f.Group != group {
					group = f.Group
					s.gap(4)
					s.ensure(3 * stBold.lineHeight())
					s.para(group+" (R-FORM-FIELDS)", style{size: 10, bold: true})
				}
				ls := f.LinesIn(l)
				line(ls[0], 12, style{size: 10, bold: !f.Missing()})
				for _, l := range ls[1:] {
					line(l, 24, style{size: 9, grey: true})
				}
			}
		case "comments":
			if g.CommentsText == "" {
				continue
			}
			s.gap(4)
			begin, end := CommentsMarkers(l)
			s.para(begin, stSmall)
			s.para(strings.TrimRight(g.CommentsText, "\n"), style{size: 10, indent: 12})
			s.para(end, stSmall)
		}
	}
}
