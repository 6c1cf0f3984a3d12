package storetest

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
)

// testImportMatching: the cases of matching an import meets beside those
// of testImportWith, the same on every engine whatever it reads to decide
// (an engine may look up only the import's own uids and names): Import
// without options matches as ImportWith does; of two stored people whose
// names fold alike the first by id is the one matched; a person found by
// folded name after any kind of write (a rename, a copy into an empty
// database); a record given twice in one import is added, then updated; a
// rename onto another stored person's name is refused and writes nothing.
func testImportMatching(t *testing.T, h Harness) {
	proc := needProcedure(t)
	created := start.Add(-48 * time.Hour)

	t.Run("Import matches by folded name and uid among many stored", func(t *testing.T) {
		s := fresh(t, h)
		for i := range 40 {
			p := Person{Name: fmt.Sprintf("Cliente %02d Pérez", i)}
			mustDo(t, s.SavePerson(&p))
		}
		accented := Person{Name: "Ana López"}
		mustDo(t, s.SavePerson(&accented))
		plain := Person{Name: "Ana Lopez"} // another name key, the same folded name
		mustDo(t, s.SavePerson(&plain))
		c := Case{PersonID: accented.ID, Procedure: proc.ID, Answers: RenewalAnswers(proc)}
		mustDo(t, s.SaveCase(&c))
		c, err := s.Case(c.ID)
		mustDo(t, err)

		res, err := s.Import([]Person{{ID: 7, Name: " ANA  LOPEZ "}, {ID: 8, Name: "Bruno Díaz"}}, []Case{
			{ID: 1, UID: c.UID, PersonID: 7, Procedure: proc.ID, Answers: c.Answers.Clone(), Progress: c.Progress, Created: c.Created, Updated: c.Updated},
			{ID: 2, PersonID: 8, Procedure: proc.ID},
		})
		mustDo(t, err)
		wantResult(t, res, 2, 2)
		if res.People[0].ID != accented.ID || !res.Reused[0] {
			t.Errorf("ANA LOPEZ was person %d (reused %v); want %d, the first stored of the folded name", res.People[0].ID, res.Reused[0], accented.ID)
		}
		if res.PeopleHow[1] != store.ImportNew || res.People[1].UID == "" {
			t.Errorf("Bruno Díaz: %v, uid %q; want new, with a uid", res.PeopleHow[1], res.People[1].UID)
		}
		if got, err := s.Person(res.People[1].ID); err != nil || got.UID != res.People[1].UID {
			t.Errorf("stored Bruno Díaz = %+v, %v; want the uid %q", got, err, res.People[1].UID)
		}
		if res.CasesHow[0] != store.ImportUnchanged || res.Cases[0].ID != c.ID {
			t.Errorf("the stored case by uid: %v case %d; want unchanged case %d", res.CasesHow[0], res.Cases[0].ID, c.ID)
		}
		if res.CasesHow[1] != store.ImportNew || res.Cases[1].UID == "" || res.Cases[1].PersonID != res.People[1].ID {
			t.Errorf("Bruno's case: %v uid %q person %d", res.CasesHow[1], res.Cases[1].UID, res.Cases[1].PersonID)
		}
		if ps, _ := s.People(); len(ps) != 43 {
			t.Errorf("%d people after the import, want 43", len(ps))
		}
		if cs, _ := s.Cases(); len(cs) != 2 {
			t.Errorf("%d cases after the import, want 2", len(cs))
		}
		checkIndex(t, s, "Import")
		checkMatching(t, s, "Import")
	})

	t.Run("a person is found by folded name after a rename and after a copy", func(t *testing.T) {
		s := fresh(t, h)
		p := Person{Name: "Ana López"}
		mustDo(t, s.SavePerson(&p))
		p.Name = "Beatriz Gómez"
		mustDo(t, s.SavePerson(&p))
		res, err := s.Import([]Person{{ID: 1, Name: "beatriz gomez"}, {ID: 2, Name: "ana lopez"}}, nil)
		mustDo(t, err)
		wantResult(t, res, 2, 0)
		if res.People[0].ID != p.ID || res.PeopleHow[1] != store.ImportNew {
			t.Errorf("after a rename: beatriz gomez is %d (want %d), ana lopez %v (want new)", res.People[0].ID, p.ID, res.PeopleHow[1])
		}
		people, err := s.People()
		mustDo(t, err)
		cp := fresh(t, h)
		mustDo(t, cp.Load(people, nil, nil))
		res, err = cp.Import([]Person{{ID: 1, Name: "BEATRIZ GÓMEZ"}, {ID: 2, Name: "Ana Lopez"}}, nil)
		mustDo(t, err)
		if !res.Reused[0] || !res.Reused[1] || res.People[0].ID != people[0].ID || res.People[1].ID != people[1].ID {
			t.Errorf("after a copy: %+v, reused %v; want people %d and %d", res.People, res.Reused, people[0].ID, people[1].ID)
		}
	})

	t.Run("a record given twice is added, then updated; a dry run says the same ids", func(t *testing.T) {
		s := fresh(t, h)
		earlier := Person{Name: "Primera Persona"} // the ids do not begin at 1
		mustDo(t, s.SavePerson(&earlier))
		const pu, cu = "22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333"
		later := created.Add(time.Hour)
		people := []Person{
			{ID: 1, UID: pu, Name: "Carla Ruiz", Created: created, Updated: created},
			{ID: 2, UID: pu, Name: "Carla Ruiz", Details: map[string]string{"phone": "+52 55 1234 5678"}, Created: created, Updated: later},
		}
		cases := []Case{
			{ID: 1, UID: cu, PersonID: 1, Procedure: proc.ID, Created: created, Updated: created},
			{ID: 2, UID: cu, PersonID: 2, Procedure: proc.ID, Notes: "the second", Created: created, Updated: later},
		}
		dry, err := s.ImportWith(people, cases, store.ImportOptions{DryRun: true})
		mustDo(t, err)
		wantResult(t, dry, 2, 2)
		if ps, _ := s.People(); len(ps) != 1 {
			t.Fatalf("a dry run wrote %d people", len(ps)-1)
		}
		res, err := s.Import(people, cases)
		mustDo(t, err)
		wantResult(t, res, 2, 2)
		for i := range 2 {
			if dry.People[i].ID != res.People[i].ID || dry.Cases[i].ID != res.Cases[i].ID || dry.Cases[i].PersonID != res.Cases[i].PersonID {
				t.Errorf("record %d: the dry run said person %d, case %d of %d; the import gave %d, %d of %d", i,
					dry.People[i].ID, dry.Cases[i].ID, dry.Cases[i].PersonID, res.People[i].ID, res.Cases[i].ID, res.Cases[i].PersonID)
			}
		}
		want := []store.ImportAction{store.ImportNew, store.ImportUpdated}
		if res.PeopleHow[0] != want[0] || res.PeopleHow[1] != want[1] || res.CasesHow[0] != want[0] || res.CasesHow[1] != want[1] {
			t.Errorf("people %v, cases %v; want %v for both", res.PeopleHow, res.CasesHow, want)
		}
		ps, _ := s.People()
		cs, _ := s.Cases()
		if len(ps) != 2 || len(cs) != 1 {
			t.Fatalf("%d people, %d cases; want Primera Persona and one of each", len(ps), len(cs))
		}
		ps = ps[1:]
		if ps[0].Details["phone"] == "" || cs[0].Notes != "the second" || cs[0].Version != 2 || cs[0].UID != cu {
			t.Errorf("stored %+v and %+v; want the second of each, the case at version 2", ps[0], cs[0])
		}
		checkIndex(t, s, "a record twice")
		checkMatching(t, s, "a record twice")
	})

	t.Run("a rename onto a stored name is refused and writes nothing", func(t *testing.T) {
		s := fresh(t, h)
		ana, bea := Person{Name: "Ana Ruiz"}, Person{Name: "Bea Ruiz"}
		mustDo(t, s.SavePerson(&ana))
		mustDo(t, s.SavePerson(&bea))
		_, err := s.Import([]Person{
			{ID: 1, Name: "Carlos Ruiz"},
			{ID: 2, UID: ana.UID, Name: "BEA RUIZ", Created: ana.Created, Updated: ana.Updated.Add(time.Hour)},
		}, []Case{{ID: 1, PersonID: 1, Procedure: proc.ID}})
		if !errors.Is(err, store.ErrDuplicateName) {
			t.Fatalf("renaming Ana Ruiz to BEA RUIZ by import = %v; want ErrDuplicateName", err)
		}
		ps, _ := s.People()
		cs, _ := s.Cases()
		if len(ps) != 2 || ps[0].Name != "Ana Ruiz" || len(cs) != 0 {
			t.Errorf("after the refused import: %+v and %d cases; want Ana Ruiz and Bea Ruiz only", ps, len(cs))
		}
	})

	t.Run("a renamed person's rows follow, with the new case's", func(t *testing.T) {
		s := fresh(t, h)
		ana := Person{Name: "Ana Ruiz"}
		mustDo(t, s.SavePerson(&ana))
		c := Case{PersonID: ana.ID, Procedure: proc.ID, Answers: RenewalAnswers(proc)}
		mustDo(t, s.SaveCase(&c))
		res, err := s.Import([]Person{{ID: 4, UID: ana.UID, Name: "Ana Ruiz Soto", Created: ana.Created, Updated: ana.Updated.Add(time.Hour)}},
			[]Case{{ID: 1, PersonID: 4, Procedure: proc.ID, Answers: procedures.Answers{}}})
		mustDo(t, err)
		wantResult(t, res, 1, 1)
		if res.PeopleHow[0] != store.ImportUpdated || res.CasesHow[0] != store.ImportNew {
			t.Errorf("person %v, case %v; want updated, new", res.PeopleHow[0], res.CasesHow[0])
		}
		rows := checkIndex(t, s, "a rename by import")
		for _, r := range rows {
			if r.Person != "Ana Ruiz Soto" {
				t.Errorf("row of case %d names %q, want Ana Ruiz Soto", r.CaseID, r.Person)
			}
		}
		checkMatching(t, s, "a rename by import")
	})
}

// wantResult stops the test unless res says what became of people people
// and cases cases.
func wantResult(t *testing.T, res store.ImportResult, people, cases int) {
	t.Helper()
	if len(res.People) != people || len(res.Reused) != people || len(res.PeopleHow) != people || len(res.Cases) != cases || len(res.CasesHow) != cases {
		t.Fatalf("the import's result has %d/%d/%d people and %d/%d cases; want %d and %d",
			len(res.People), len(res.Reused), len(res.PeopleHow), len(res.Cases), len(res.CasesHow), people, cases)
	}
}
