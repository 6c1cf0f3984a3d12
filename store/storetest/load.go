package storetest

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
)

// Load keeps ids, times and versions, computes the index with the
// closures loaded, moves the id sequences on, and refuses a database that
// holds anything.
func testLoad(t *testing.T, h Harness) {
	at := time.Date(2025, 3, 4, 5, 6, 7, 891011121, time.UTC)
	people := []Person{
		{ID: 3, Name: "Ana López", Details: map[string]string{"phone": "5512345678"}, Created: at, Updated: at.Add(time.Hour)},
		{ID: 9, Name: "Old\x1b]0;x\x07", Created: at, Updated: at}, // stored before the checks: copied as is
	}
	proc := testProcedure()
	answers := procedures.Answers{}
	if proc != nil {
		answers = RenewalAnswers(proc)
	}
	cases := []Case{
		{ID: 12, PersonID: 9, Procedure: "renewal", Answers: procedures.Answers{}, Created: at, Updated: at, Version: 0},
		{ID: 5, PersonID: 3, Procedure: "renewal", Answers: answers, Ticks: map[string]bool{"D-PASS": true},
			Notes: "n", Created: at, Updated: at.Add(2 * time.Hour), Version: 7,
			Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03")}},
	}
	closures := dates("2026-12-24", "2026-12-18")
	s := fresh(t, h)
	mustDo(t, s.Load(people, cases, closures))

	gotP, err := s.People()
	mustDo(t, err)
	if !reflect.DeepEqual(gotP, people) {
		t.Errorf("People after Load:\n got %+v\nwant %+v", gotP, people)
	}
	gotC, err := s.Cases()
	mustDo(t, err)
	if want := []Case{cases[1], cases[0]}; !reflect.DeepEqual(gotC, want) {
		t.Errorf("Cases after Load (id order):\n got %+v\nwant %+v", gotC, want)
	}
	gotD, err := s.Closures()
	mustDo(t, err)
	if want := dates("2026-12-18", "2026-12-24"); !reflect.DeepEqual(gotD, want) {
		t.Errorf("Closures after Load = %v, want %v", gotD, want)
	}
	if len(checkIndex(t, s, "Load")) != 2 {
		t.Error("Load did not write both index rows")
	}
	// The name, word and person-case indexes and the due dates a Load
	// writes after the records (bbolt: in key order) find what they find
	// after the same records were saved one by one.
	if got, err := s.PersonByName("ANA  LÓPEZ"); err != nil || got.ID != 3 {
		t.Errorf("PersonByName after Load = %d, %v; want person 3", got.ID, err)
	}
	if got, err := s.PeopleMatching("lop an"); err != nil || len(got) != 1 || got[0].ID != 3 {
		t.Errorf("PeopleMatching(\"lop an\") after Load = %+v, %v; want person 3", got, err)
	}
	if err := s.DeletePerson(3); !errors.Is(err, store.ErrHasCases) {
		t.Errorf("DeletePerson(3) after Load = %v; want ErrHasCases (case 5 is theirs)", err)
	}
	if proc != nil {
		var due []uint64
		mustDo(t, s.EachSummaryDue(procedures.MustDate("2030-01-01"), func(r *store.Summary) error { due = append(due, r.CaseID); return nil }))
		if !reflect.DeepEqual(due, []uint64{5}) {
			t.Errorf("cases due by 2030 after Load = %v; want [5] (case 12 has no answers)", due)
		}
	}
	p := Person{Name: "Nueva"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	if p.ID <= 9 || c.ID <= 12 {
		t.Errorf("after Load new ids are person %d, case %d; want past 9 and 12", p.ID, c.ID)
	}
	// A loaded case's version is the base of the next save.
	loaded, err := s.Case(5)
	mustDo(t, err)
	loaded.Notes = "edited"
	mustDo(t, s.SaveCase(&loaded))
	if loaded.Version != 8 {
		t.Errorf("saving the loaded case (version 7) gave version %d, want 8", loaded.Version)
	}
	if err := s.Load([]Person{{ID: 100, Name: "X"}}, nil, nil); !errors.Is(err, store.ErrNotEmpty) {
		t.Errorf("Load into a database with records = %v; want ErrNotEmpty", err)
	}
	if _, err := s.Person(100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a refused Load wrote person 100: %v", err)
	}
}
