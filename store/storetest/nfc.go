package storetest

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"tramite/casebook"
	"tramite/store"
)

// The contract's NFC test, in a file of its own (registered below) so
// that it merges without touching the list in storetest.go.
func init() {
	contract = append(contract, struct {
		name string
		fn   func(t *testing.T, h Harness)
	}{"NamesAreStoredNFC", testNamesAreStoredNFC})
}

// testNamesAreStoredNFC: a name typed with combining accents (NFD, as
// macOS types it) is stored composed (NFC) by SavePerson and Import, found
// by PersonByName typed either way, and the near-name check still finds
// the person; the composed spelling is not a second person.
func testNamesAreStoredNFC(t *testing.T, h Harness) {
	const composed = "Renée Núñez Åberg"
	decomposed := norm.NFD.String(composed)
	s := fresh(t, h)
	p := store.Person{Name: decomposed, Details: map[string]string{"address": norm.NFD.String("Calle Peñón 3")}}
	mustDo(t, s.SavePerson(&p))
	got, err := s.Person(p.ID)
	mustDo(t, err)
	if got.Name != composed || got.Details["address"] != "Calle Peñón 3" {
		t.Errorf("stored %+q, %+q; want NFC", got.Name, got.Details["address"])
	}
	for _, typed := range []string{composed, decomposed} {
		if q, err := s.PersonByName(typed); err != nil || q.ID != p.ID {
			t.Errorf("PersonByName(%+q) = %d, %v; want %d", typed, q.ID, err, p.ID)
		}
	}
	people, err := s.People()
	mustDo(t, err)
	if q, ok := casebook.SimilarPerson(people, "renee nunez aberg"); !ok || q.ID != p.ID {
		t.Errorf("SimilarPerson found %v, %v; want person %d", q, ok, p.ID)
	}
	if err := s.SavePerson(&store.Person{Name: composed}); err == nil {
		t.Error("the composed name was stored beside the decomposed one")
	}
	res, err := s.Import([]store.Person{{ID: 90, Name: norm.NFD.String("Zoë Ørsted")}}, nil)
	mustDo(t, err)
	if n := res.People[0].Name; n != "Zoë Ørsted" {
		t.Errorf("imported %+q, want NFC", n)
	}
}
