package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"tramite/procedures"
)

// openImportTest opens a fresh store with a fixed clock for the Import
// tests (kept apart from the other test helpers on purpose).
func openImportTest(t *testing.T) *Store {
	t.Helper()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	s, err := Open(filepath.Join(t.TempDir(), "tramite.db"), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestImport(t *testing.T) {
	t.Run("new ids, person ids mapped, an existing name reused, index rows written", func(t *testing.T) {
		s := openImportTest(t)
		existing := Person{Name: "Ana García"}
		if err := s.SavePerson(&existing); err != nil {
			t.Fatal(err)
		}
		people := []Person{{ID: 7, Name: "ana  GARCÍA"}, {ID: 9, Name: "Ben Ortiz", BirthDate: procedures.MustDate("2015-06-01")}}
		cases := []Case{
			{ID: 3, PersonID: 7, Procedure: "renewal", Answers: procedures.Answers{}},
			{ID: 4, PersonID: 9, Procedure: "canje", Ticks: map[string]bool{"D-PASS": true}},
		}
		res, err := s.Import(people, cases)
		if err != nil {
			t.Fatalf("Import: %v", err)
		}
		if !res.Reused[0] || res.Reused[1] {
			t.Errorf("Reused = %v, want [true false]", res.Reused)
		}
		if res.People[0].ID != existing.ID || res.People[0].Name != "Ana García" {
			t.Errorf("reused person = %+v, want the stored Ana García (id %d)", res.People[0], existing.ID)
		}
		if res.People[1].ID == 9 || res.People[1].ID == existing.ID {
			t.Errorf("new person id = %d, want a fresh id", res.People[1].ID)
		}
		if res.Cases[0].PersonID != existing.ID || res.Cases[1].PersonID != res.People[1].ID {
			t.Errorf("case person ids = %d, %d; want %d, %d", res.Cases[0].PersonID, res.Cases[1].PersonID, existing.ID, res.People[1].ID)
		}
		got, err := s.Case(res.Cases[1].ID)
		if err != nil || !got.Ticks["D-PASS"] || got.Procedure != "canje" {
			t.Errorf("Case(%d) = %+v, %v; want the imported canje with its tick", res.Cases[1].ID, got, err)
		}
		rows, err := s.Summaries()
		if err != nil {
			t.Fatal(err)
		}
		names := map[uint64]string{}
		for _, r := range rows {
			names[r.CaseID] = r.Person
		}
		if names[res.Cases[0].ID] != "Ana García" || names[res.Cases[1].ID] != "Ben Ortiz" {
			t.Errorf("index rows by case = %v, want both imported cases with their person", names)
		}
	})

	t.Run("a case whose person is missing writes nothing", func(t *testing.T) {
		s := openImportTest(t)
		_, err := s.Import([]Person{{ID: 1, Name: "Ana"}}, []Case{
			{ID: 1, PersonID: 1, Procedure: "renewal"},
			{ID: 2, PersonID: 5, Procedure: "renewal"},
		})
		if err == nil {
			t.Fatal("Import with a dangling person id succeeded")
		}
		people, _ := s.People()
		cs, _ := s.Cases()
		if len(people) != 0 || len(cs) != 0 {
			t.Errorf("after a failed import: %d people, %d cases; want none", len(people), len(cs))
		}
	})

	t.Run("a read-only store refuses", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "tramite.db")
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		ro, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer ro.Close()
		if _, err := ro.Import([]Person{{ID: 1, Name: "Ana"}}, nil); !errors.Is(err, ErrReadOnly) {
			t.Errorf("Import on a read-only store: %v, want ErrReadOnly", err)
		}
	})
}
