package tui

import (
	"cmp"
	"slices"
	"testing"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// The people list (p) sorted by the build's name ranks is the list sorted
// by collating the names (casebook.NameOrder.Compare, then id): accents,
// case, two people of one name, names that collate alike but differ.
func TestPeopleInSpanishNameOrder(t *testing.T) {
	names := []string{"Zoë Pérez", "zoe perez", "Élodie Martin", "elodie martin", "Ñandú Gómez", "Nadia Ortiz",
		"Zoë Pérez", "Luis Núñez", "luis nunez", "Ana López", "ANA LÓPEZ", "Chloé Dupont", "Ángel Ruiz", "angel ruiz", "Ø Jensen"}
	var sums []record.Summary
	for i, n := range names {
		for k := range 1 + i%3 { // people with several cases
			sums = append(sums, record.Summary{CaseID: uint64(100*i + k + 1), PersonID: uint64(len(names) - i), Person: n,
				Procedure: []string{"renewal", "canje"}[k%2], Stage: procedures.StageDraft})
		}
	}
	_, cases := buildRows(sums, today, nil)
	people, _ := filterChoices(cases)
	want := slices.Clone(people)
	order := casebook.NewNameOrder()
	slices.SortFunc(want, func(a, b choice) int {
		if c := order.Compare(a.label, b.label); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	if len(people) != len(names) || !slices.Equal(people, want) {
		t.Fatalf("people %v\nwant %v", people, want)
	}
}
