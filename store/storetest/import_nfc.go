package storetest

import (
	"testing"
	"time"

	"tramite/store"
)

// testImportStoresNFC: an imported name typed with combining accents is
// stored in NFC (record.CheckPerson) on every engine, so importing the
// same file again leaves the person unchanged.
func testImportStoresNFC(t *testing.T, h Harness) {
	created := start.Add(-48 * time.Hour)
	people := []Person{{ID: 1, Name: "Jose\u0301 Pe\u0301rez", Nationality: "Espan\u0303a", Created: created, Updated: created}}
	s := fresh(t, h)
	first, err := s.ImportWith(people, nil, store.ImportOptions{})
	mustDo(t, err)
	want := "Jos\u00e9 P\u00e9rez"
	if got := first.People[0].Name; got != want {
		t.Errorf("imported name = %+q, want %+q (NFC)", got, want)
	}
	stored, err := s.Person(first.People[0].ID)
	mustDo(t, err)
	if stored.Name != want || stored.Nationality != "Espa\u00f1a" {
		t.Errorf("stored name, nationality = %+q, %+q, want %+q, %+q (NFC)", stored.Name, stored.Nationality, want, "Espa\u00f1a")
	}
	again, err := s.ImportWith(people, nil, store.ImportOptions{})
	mustDo(t, err)
	if got := again.PeopleHow[0]; got != store.ImportUnchanged {
		t.Errorf("importing the same person again: action %d, want %d (unchanged)", got, store.ImportUnchanged)
	}
}
