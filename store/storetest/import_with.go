package storetest

import (
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
)

// testImportWith: an import matches what is stored the same way on every
// engine: a repeated import changes nothing, a newer record updates, an
// older differing one is a conflict kept as stored, a dry run writes
// nothing, a failure writes nothing, and MatchAnswers matches a
// spreadsheet row without uid or creation time.
func testImportWith(t *testing.T, h Harness) {
	proc := needProcedure(t)
	created := start.Add(-48 * time.Hour)
	people := func() []Person {
		return []Person{
			{ID: 1, UID: "11111111-1111-4111-8111-111111111111", Name: "Élodie Marchand", Created: created, Updated: created},
			{ID: 2, Name: "Zoë Adams", Created: created, Updated: created},
		}
	}
	cases := func() []Case {
		return []Case{
			{ID: 5, UID: "55555555-5555-4555-8555-555555555555", PersonID: 1, Procedure: proc.ID, Answers: procedures.Answers{}, Created: created, Updated: created},
			{ID: 6, PersonID: 2, Procedure: proc.ID, Answers: procedures.Answers{}, Created: created, Updated: created},
		}
	}
	counts := func(r store.ImportResult) [4]int {
		return [4]int{r.Count(store.ImportNew), r.Count(store.ImportUnchanged), r.Count(store.ImportUpdated), r.Count(store.ImportConflict)}
	}
	s := fresh(t, h)
	dry, err := s.ImportWith(people(), cases(), store.ImportOptions{DryRun: true})
	mustDo(t, err)
	if got := counts(dry); got != [4]int{4, 0, 0, 0} {
		t.Errorf("dry run of a fresh import: new/unchanged/updated/conflict = %v, want [4 0 0 0]", got)
	}
	if ps, _ := s.People(); len(ps) != 0 {
		t.Fatalf("a dry run wrote %d people", len(ps))
	}
	first, err := s.ImportWith(people(), cases(), store.ImportOptions{})
	mustDo(t, err)
	if got := counts(first); got != [4]int{4, 0, 0, 0} {
		t.Errorf("first import: %v, want [4 0 0 0]", got)
	}
	if first.People[0].UID != people()[0].UID || first.Cases[0].UID != cases()[0].UID {
		t.Errorf("the import did not keep the given uids: %q %q", first.People[0].UID, first.Cases[0].UID)
	}
	if first.People[1].UID == "" || first.Cases[1].UID == "" {
		t.Errorf("records without uid got none")
	}
	checkIndex(t, s, "ImportWith")
	checkMatching(t, s, "ImportWith")
	// A dry run over stored records (with a bulk floor of 1, the bulk
	// path's: its indexes read, cleared and rewritten, then rolled back)
	// leaves the index and the name indexes as they were.
	dryAgain, err := s.ImportWith(people(), cases(), store.ImportOptions{DryRun: true})
	mustDo(t, err)
	if got := counts(dryAgain); got != [4]int{0, 4, 0, 0} {
		t.Errorf("dry run of a repeated import: %v, want [0 4 0 0]", got)
	}
	checkIndex(t, s, "a dry run")
	checkMatching(t, s, "a dry run")

	again, err := s.ImportWith(people(), cases(), store.ImportOptions{})
	mustDo(t, err)
	if got := counts(again); got != [4]int{0, 4, 0, 0} {
		t.Errorf("repeated import: %v, want [0 4 0 0]", got)
	}
	for i, c := range again.Cases {
		if c.ID != first.Cases[i].ID || c.PersonID != first.Cases[i].PersonID {
			t.Errorf("repeated import case %d: id %d person %d, want %d %d", i, c.ID, c.PersonID, first.Cases[i].ID, first.Cases[i].PersonID)
		}
	}
	if cs, _ := s.Cases(); len(cs) != 2 {
		t.Errorf("after a repeated import: %d cases, want 2", len(cs))
	}

	// By folded name: "zoe  ADAMS" is Zoë Adams; a newer edit of case 5
	// (matched by uid) updates it, an older edit of case 6 (matched by
	// person, procedure and creation time) is a conflict.
	ps, cs := people(), cases()
	ps[1].Name = "Zoë Adams"
	cs[0].Notes, cs[0].Updated = "called the office", start
	cs[1].Notes, cs[1].Updated = "an older edit", created.Add(-time.Hour)
	edited, err := s.ImportWith(ps, cs, store.ImportOptions{})
	mustDo(t, err)
	if got := counts(edited); got != [4]int{0, 2, 1, 1} {
		t.Errorf("edited import: %v, want [0 2 1 1]", got)
	}
	c5, err := s.Case(first.Cases[0].ID)
	mustDo(t, err)
	c6, err := s.Case(first.Cases[1].ID)
	mustDo(t, err)
	if c5.Notes != "called the office" || c6.Notes != "" {
		t.Errorf("notes after the edited import: %q, %q; want the newer edit only", c5.Notes, c6.Notes)
	}
	if c5.Version != first.Cases[0].Version+1 {
		t.Errorf("an updated case's version = %d, want %d (a desk holding the old one must reopen it)", c5.Version, first.Cases[0].Version+1)
	}
	checkIndex(t, s, "ImportWith update")
	checkMatching(t, s, "ImportWith update")

	// A spreadsheet row: no uid, no creation time, same answers.
	row := []Case{{ID: 1, PersonID: 2, Procedure: proc.ID, Answers: procedures.Answers{}}}
	sheet, err := s.ImportWith([]Person{{ID: 2, Name: "ZOE ADAMS"}}, row, store.ImportOptions{MatchAnswers: true})
	mustDo(t, err)
	if sheet.CasesHow[0] != store.ImportUnchanged || sheet.Cases[0].ID != first.Cases[1].ID {
		t.Errorf("a sheet row with the stored answers: %v case %d, want unchanged case %d", sheet.CasesHow[0], sheet.Cases[0].ID, first.Cases[1].ID)
	}

	// One bad record: nothing of the import is written.
	bad := []Person{{ID: 1, Name: "Nueva Persona"}, {ID: 2, Name: "Otra", Details: map[string]string{"phone": "abc"}}}
	if _, err := s.ImportWith(bad, nil, store.ImportOptions{}); err == nil {
		t.Fatal("an import with an invalid phone succeeded")
	}
	if ps, _ := s.People(); len(ps) != 2 {
		t.Errorf("a refused import left %d people, want 2", len(ps))
	}
}
