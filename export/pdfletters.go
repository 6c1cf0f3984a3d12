package export

import (
	"errors"
	"strings"
	"tramite/i18n"

	"github.com/signintech/gopdf"

	"tramite/procedures"
)

// The packet's letter pages and its closing sources page.

// pdfLetters prints each letter on its own page, with room to sign; when
// data is missing it says which, instead of printing a letter that states
// facts the user never gave.
func pdfLetters(s *sheet, c PacketCase) {
	var me *procedures.MissingError
	if errors.As(c.LettersErr, &me) {
		// A few lines: under the checklist when they fit, not alone on
		// a page.
		s.gap(14)
		s.ensure(6 * stBody.lineHeight())
		s.para(c.Lang.T("Letters not written yet"), stHeading)
		s.para(c.Lang.T("The letters need data that has not been given: %s. Set it (tramite person set, or answer the case's questions) and print the packet again.", strings.Join(me.Keys, ", ")), stBody)
		return
	}
	if c.LettersErr != nil {
		s.gap(14)
		s.ensure(4 * stBody.lineHeight())
		s.para(c.Lang.T("Letters not written: %s", c.LettersErr.Error()), stBody)
		return
	}
	for _, l := range c.Letters {
		pdfLetter(s, l)
	}
}

// pdfLetter is one letter, laid out as Mexican letters are: the dateline
// on the right, the authority, the subject, the body, the signatures.
func pdfLetter(s *sheet, l procedures.Letter) {
	s.page()
	s.letter = true
	s.para(l.Place, style{size: 11, align: gopdf.Right})
	s.gap(18)
	for _, t := range l.To {
		s.para(t, stBold)
	}
	s.gap(14)
	s.para(l.Subject, style{size: 11, bold: true, align: gopdf.Right})
	s.gap(12)
	for _, p := range l.Paragraphs {
		s.para(p, stBody)
		s.gap(7)
	}
	s.gap(6)
	s.para(l.Closing, stBody)
	for _, sg := range l.Signers {
		s.signature(sg.Name, sg.Caption)
	}
}

// pdfSource is what the sources page keeps of a case: a few words, so
// that a long packet keeps no case in memory for its last pages (about
// 100 bytes a case: 10 MB for 100,000 cases).
type pdfSource struct {
	name      string
	procedure *procedures.Procedure
	caseID    uint64
	// rules is the case's rules, joined; the same lists are shared
	// (sourceRules).
	rules string
	lang  *i18n.Printer
}

// heading is the case's heading on the sources page.
func (c pdfSource) heading() string {
	return c.lang.T("%s · %s (case %d)", c.name, c.procedure.NameIn(c.lang), c.caseID)
}

// sourceRules keeps one copy of each list of rules the sources page
// prints: most cases of a procedure cite the same.
type sourceRules map[string]string

func (r sourceRules) sourceOf(c PacketCase) pdfSource {
	rules := strings.Join(pdfRules(c), ", ")
	if kept, ok := r[rules]; ok {
		rules = kept
	} else {
		r[rules] = rules
	}
	return pdfSource{name: strings.Clone(c.Person.Name), procedure: c.Procedure, caseID: c.CaseID,
		rules: rules, lang: c.Lang}
}

// pdfSources closes the packet: the sources and rules each case rests on,
// and when the rules were last checked.
func pdfSources(s *sheet, cases []pdfSource) {
	if len(cases) == 0 {
		return
	}
	// After the last case's pages, on a page of its own only when the
	// rest of that page is too short for its heading and first case.
	if s.letter {
		s.page()
	} else {
		s.gap(24)
		s.ensure(12 * stBody.lineHeight())
	}
	l := cases[0].lang
	s.para(l.T("Fuentes · Sources"), stTitle)
	s.gap(8)
	for _, c := range cases {
		s.para(c.heading(), stBold)
		if sources := c.procedure.Sources; len(sources) > 0 {
			s.para(l.T("Sources: "), style{size: 10, indent: 12})
			s.para(sourcesInWords(l, sources), style{size: 10, indent: 20})
		}
		if c.rules != "" {
			s.para(l.T("Rules: ")+c.rules, style{size: 10, indent: 12})
		}
		s.gap(6)
	}
	s.gap(6)
	s.rule()
	s.para(l.T("Reglas revisadas / Rules checked: %s", procedures.RulesChecked), stBold)
	s.para(l.T("The rules come from tramite's DOMAIN.md, each cited by its id. Rules and fees change, and offices differ: where a rule rests on secondary sources, check with your INM office."), stSmall)
}

// pdfRules lists the DOMAIN.md ids a case's pages cite, in first-seen
// order.
func pdfRules(c PacketCase) []string {
	var out []string
	seen := map[string]bool{}
	add := func(ids ...string) {
		for _, id := range ids {
			if id != "" && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	add(c.Outcome.Verdict.Rules...)
	for _, d := range c.Deadlines {
		add(d.Rule)
	}
	for _, d := range c.Outcome.Documents {
		add(d.Rule)
	}
	add(c.Outcome.Fee.Rule)
	for _, l := range c.Letters {
		add(l.Rules...)
	}
	return out
}
