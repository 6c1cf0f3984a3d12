package storetest

import (
	"testing"
	"time"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// testImportKeepsHistory: an import that updates a case from a file with
// less history than the stored case loses none of it and records what it
// changes, as any save does, on every engine.
func testImportKeepsHistory(t *testing.T, h Harness) {
	s := fresh(t, h)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "status-change",
		Answers:  procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"},
		Progress: procedures.Progress{Stage: procedures.StageDraft}}
	mustDo(t, s.SaveCase(&c))
	mustDo(t, s.SetNotes(c.ID, "called the office"))
	stored, err := s.Case(c.ID)
	mustDo(t, err)
	if len(stored.History) != 2 {
		t.Fatalf("stored history = %+v; want created and a note", stored.History)
	}
	file := stored
	file.ID, file.PersonID, file.History = 9, 1, nil
	file.Notes += "\nsecond call"
	file.Updated = stored.Updated.Add(time.Hour)
	filePerson := p
	filePerson.ID = 1
	res, err := s.ImportWith([]Person{filePerson}, []Case{file}, store.ImportOptions{})
	mustDo(t, err)
	if res.CasesHow[0] != store.ImportUpdated {
		t.Fatalf("a newer case with other notes: action %d, want %d (updated)", res.CasesHow[0], store.ImportUpdated)
	}
	got, err := s.Case(c.ID)
	mustDo(t, err)
	var kinds []string
	for _, e := range got.History {
		kinds = append(kinds, e.Kind)
	}
	want := []string{record.EventCreated, record.EventNote, record.EventNote}
	if len(kinds) != len(want) || kinds[0] != want[0] || kinds[1] != want[1] || kinds[2] != want[2] {
		t.Fatalf("history after importing a file without it = %v; want %v", kinds, want)
	}
	if e := got.History[2]; e.Text != "second call" || e.At.IsZero() {
		t.Errorf("the import's entry = %+v; want the note added, stamped", e)
	}
}
