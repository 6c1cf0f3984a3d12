package cli

import (
	"math/rand/v2"
	"testing"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// TestSpanishOutcomes evaluates demo cases of every procedure, on days
// around the year's closures, in Spanish: no verdict, route, fee, step,
// note, document, date title or note, nor warning reads as English.
func TestSpanishOutcomes(t *testing.T) {
	es := i18n.For(i18n.Spanish)
	for _, today := range []string{"2026-11-23", "2026-12-28", "2027-03-20"} {
		for seed := uint64(1); seed <= 3; seed++ {
			c := procedures.Context{Today: procedures.MustDate(today), Lang: es}
			people, cases, _ := demoCases(200, procedures.Catalog(), rand.New(rand.NewPCG(seed, seed*7)), c)
			byID := map[uint64]int{}
			for i, p := range people {
				byID[p.ID] = i
			}
			for i, cs := range cases {
				cs.ID = uint64(i + 1)
				v, err := casebook.NewDetail(people[byID[cs.PersonID]], cs, c)
				if err != nil {
					t.Fatal(err)
				}
				o := v.Outcome
				texts := []string{v.Headline(), o.Verdict.Reason, o.Verdict.Route, o.Fee.Text}
				texts = append(append(append(texts, o.Steps...), o.Notes...), v.Warnings...)
				for _, d := range o.Documents {
					texts = append(texts, d.Name, d.Copies, d.Note)
				}
				for _, d := range v.Deadlines {
					texts = append(texts, d.Title, d.Note)
				}
				for _, s := range texts {
					for _, l := range englishIn(s) {
						t.Errorf("%s, case %d (%s) on %s: English: %q", cs.Procedure, cs.ID, cs.Progress.Stage, today, l)
					}
				}
			}
		}
	}
}
