package tui

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

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

// TestPersonPickerShowsItsWholePlaceholder: the person filter's text box
// says what to type whole ("type part of a name"), in both languages, at
// 80 and 60 columns, and after a resize; unsized, bubbles' text box showed
// its first letter ("person: t").
func TestPersonPickerShowsItsWholePlaceholder(t *testing.T) {
	st := goldenHousehold(t)
	for _, tc := range []struct {
		ctx  procedures.Context
		want string
	}{{testCtx(), "person: type part of a name"}, {esCtx(), "persona: escriba parte de un nombre"}} {
		for _, w := range []int{80, 60} {
			a := keys(t, startAppIn(t, st, w, 24, tc.ctx), "p")
			if screen := screenText(a); !strings.Contains(screen, tc.want) {
				t.Errorf("at %d columns the picker lacks %q:\n%s", w, tc.want, screen)
			}
		}
		a := keys(t, startAppIn(t, st, 100, 24, tc.ctx), "p")
		m, _ := a.Update(tea.WindowSizeMsg{Width: 70, Height: 20})
		if screen := screenText(m.(*App)); !strings.Contains(screen, tc.want) {
			t.Errorf("after a resize the picker lacks %q:\n%s", tc.want, screen)
		}
	}
}
