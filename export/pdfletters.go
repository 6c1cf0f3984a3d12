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

// sourceLog is what the sources page keeps of each case, so that a long
// packet keeps no case in memory for its last pages: in a varLog, a few
// bytes a case (its number, its person's name when it changes, and the
// indexes of its procedure, its list of rules and its language in small
// tables of the distinct ones), about 8 bytes a case where a list of a
// few words a case took 100 (10 MB for 100,000 cases, issue 15).
type sourceLog struct {
	log varLog
	n   int
	// name is the person's name of the case added last.
	name string
	// The distinct procedures, lists of rules (joined) and languages of
	// the cases, in the order first seen, and their indexes.
	procs   []*procedures.Procedure
	procIdx map[*procedures.Procedure]int
	rules   []string
	ruleIdx map[string]int
	langs   []*i18n.Printer
}

// index is the index of v in list, adding it when new.
func index[T comparable](list *[]T, idx *map[T]int, v T) int {
	if i, ok := (*idx)[v]; ok {
		return i
	}
	if *idx == nil {
		*idx = map[T]int{}
	}
	(*idx)[v] = len(*list)
	*list = append(*list, v)
	return len(*list) - 1
}

// add keeps what the sources page prints of c.
func (sl *sourceLog) add(c PacketCase) {
	sl.n++
	sl.log.uint(c.CaseID)
	if sl.n == 1 || c.Person.Name != sl.name {
		sl.name = c.Person.Name
		sl.log.uint(1)
		sl.log.bytes([]byte(c.Person.Name))
	} else {
		sl.log.uint(0) // the same person
	}
	sl.log.uint(uint64(index(&sl.procs, &sl.procIdx, c.Procedure)))
	sl.log.uint(uint64(index(&sl.rules, &sl.ruleIdx, strings.Join(pdfRules(c), ", "))))
	lang := -1
	for i, l := range sl.langs {
		if l == c.Lang {
			lang = i
		}
	}
	if lang < 0 {
		lang = len(sl.langs)
		sl.langs = append(sl.langs, c.Lang)
	}
	sl.log.uint(uint64(lang))
}

// pdfSource is one case of the sources page, read back from a sourceLog.
type pdfSource struct {
	name      string
	procedure *procedures.Procedure
	caseID    uint64
	rules     string
	lang      *i18n.Printer
}

// heading is the case's heading on the sources page.
func (c pdfSource) heading() string {
	return c.lang.T("%s · %s (case %d)", c.name, c.procedure.NameIn(c.lang), c.caseID)
}

// each calls fn with every case added, in order.
func (sl *sourceLog) each(fn func(c pdfSource)) error {
	r := logReader{l: &sl.log}
	var c pdfSource
	at := func(i uint64, n int) int {
		if i >= uint64(n) && r.err == nil {
			r.err = errLogShort
		}
		return int(min(i, uint64(n-1)))
	}
	for range sl.n {
		c.caseID = r.uint()
		if r.uint() == 1 {
			c.name = string(r.bytes())
		}
		c.procedure = sl.procs[at(r.uint(), len(sl.procs))]
		c.rules = sl.rules[at(r.uint(), len(sl.rules))]
		c.lang = sl.langs[at(r.uint(), len(sl.langs))]
		if r.err != nil {
			return r.err
		}
		fn(c)
	}
	return nil
}

// pdfSources closes the packet: the sources and rules each case rests on,
// and when the rules were last checked.
func pdfSources(s *sheet, cases *sourceLog) {
	if cases.n == 0 {
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
	l := cases.langs[0]
	s.para(l.T("Fuentes · Sources"), stTitle)
	s.gap(8)
	err := cases.each(func(c pdfSource) {
		s.para(c.heading(), stBold)
		if sources := c.procedure.Sources; len(sources) > 0 {
			s.para(l.T("Sources: "), style{size: 10, indent: 12})
			s.para(sourcesInWords(l, sources), style{size: 10, indent: 20})
		}
		if c.rules != "" {
			s.para(l.T("Rules: ")+c.rules, style{size: 10, indent: 12})
		}
		s.gap(6)
	})
	if err != nil && s.err == nil {
		s.err = err
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
