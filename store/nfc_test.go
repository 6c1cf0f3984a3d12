package store

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// TestNamesAreStoredNFC: a name typed with combining accents (NFD, as
// macOS types it) is stored composed (NFC), through SavePerson and through
// Import, and the near-name check still finds the person however the name
// is typed.
func TestNamesAreStoredNFC(t *testing.T) {
	const composed = "Renée Núñez Åberg"
	decomposed := norm.NFD.String(composed)
	if decomposed == composed {
		t.Fatal("the test name has no accents to decompose")
	}
	s := openTest(t, dbPath(t))
	p := Person{Name: decomposed, Details: map[string]string{"address": norm.NFD.String("Calle Peñón 3, Mérida")}}
	mustDo(t, s.SavePerson(&p))
	got, err := s.Person(p.ID)
	mustDo(t, err)
	if got.Name != composed || !norm.NFC.IsNormalString(got.Details["address"]) {
		t.Errorf("stored %+q / %+q, want NFC %+q", got.Name, got.Details["address"], composed)
	}
	res, err := s.Import([]Person{{Name: norm.NFD.String("Zoë Ørsted")}}, nil)
	mustDo(t, err)
	if n := res.People[0].Name; n != "Zoë Ørsted" {
		t.Errorf("imported %+q, want NFC", n)
	}
	people, err := s.People()
	mustDo(t, err)
	for _, typed := range []string{composed, decomposed, "renee nunez aberg"} {
		if q, ok := casebook.SimilarPerson(people, typed); !ok || q.ID != p.ID {
			t.Errorf("SimilarPerson(%+q) = %v, %v; want person %d", typed, q, ok, p.ID)
		}
	}
	// The same name typed the other way is the same person, not a second one.
	if err := s.SavePerson(&Person{Name: composed}); err == nil {
		t.Error("the composed name was stored beside the decomposed one")
	}
	if v, err := record.ValidatePersonValue("name", decomposed, procedures.Date{}); err != nil || v != composed {
		t.Errorf("ValidatePersonValue = %+q, %v; want %+q", v, err, composed)
	}
}
