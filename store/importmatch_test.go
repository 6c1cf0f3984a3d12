package store

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"tramite/procedures"
)

// memIO is an in-memory engine for the Importer: what it writes, in order.
type memIO struct {
	people  map[uint64]Person
	cases   map[uint64]Case
	nextP   uint64
	nextC   uint64
	written []string
}

func (m *memIO) Person(id uint64) (Person, error) {
	p, ok := m.people[id]
	if !ok {
		return p, ErrNotFound
	}
	return p, nil
}
func (m *memIO) Case(id uint64) (Case, error) {
	c, ok := m.cases[id]
	if !ok {
		return c, ErrNotFound
	}
	return c, nil
}
func (m *memIO) CasesOf(pid uint64) ([]uint64, error) {
	var ids []uint64
	for id := uint64(1); id <= m.nextC; id++ {
		if c, ok := m.cases[id]; ok && c.PersonID == pid {
			ids = append(ids, id)
		}
	}
	return ids, nil
}
func (m *memIO) NextPersonID() (uint64, error) { m.nextP++; return m.nextP, nil }
func (m *memIO) NextCaseID() (uint64, error)   { m.nextC++; return m.nextC, nil }
func (m *memIO) NameFree(name string, id uint64) error {
	for _, p := range m.people {
		if NameKey(p.Name) == NameKey(name) && p.ID != id {
			return fmt.Errorf("%w: %q", ErrDuplicateName, name)
		}
	}
	return nil
}
func (m *memIO) PutPerson(p, old *Person) error {
	m.people[p.ID] = *p
	m.written = append(m.written, fmt.Sprintf("person %d", p.ID))
	return nil
}
func (m *memIO) PutCase(c, old *Case) error {
	m.cases[c.ID] = *c
	m.written = append(m.written, fmt.Sprintf("case %d v%d", c.ID, c.Version))
	return nil
}

// TestImporterDecides: the decisions of the shared Importer, engine aside:
// match by uid, by folded name, by person+procedure+creation time and by
// answers; equal unchanged, older stored replaced keeping id/created/uid,
// newer or as new stored a conflict; new records stamped with Version 1.
func TestImporterDecides(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	was, later := now.Add(-48*time.Hour), now.Add(-time.Hour)
	proc := "renewal"
	if _, err := procedures.Lookup(proc); err != nil {
		t.Fatal(err)
	}
	m := &memIO{people: map[uint64]Person{}, cases: map[uint64]Case{}, nextP: 7, nextC: 20}
	stored := Person{ID: 7, UID: "77777777-7777-4777-8777-777777777777", Name: "Élodie Marchand", Created: was, Updated: was}
	m.people[7] = stored
	storedCase := Case{ID: 20, UID: "20202020-2020-4020-8020-202020202020", PersonID: 7, Procedure: proc,
		Answers: procedures.Answers{}, Created: was, Updated: was, Version: 3}
	m.cases[20] = storedCase
	load := func(opt ImportOptions) *Importer {
		im := NewImporter(m, func() time.Time { return now }, procedures.DateOf(now), opt)
		for _, p := range m.people {
			im.KnowPerson(p)
		}
		for id, c := range m.cases {
			im.KnowCase(id, c.UID)
		}
		return im
	}

	// By folded name, equal: unchanged; its case by person+procedure+created.
	res, err := load(ImportOptions{}).Run(
		[]Person{{ID: 1, Name: "  elodie   MARCHAND ", Created: was, Updated: was}},
		[]Case{{ID: 2, PersonID: 1, Procedure: proc, Created: was, Updated: was}})
	if err != nil {
		t.Fatal(err)
	}
	// The name differs in case and spacing: a differing record as new as
	// the stored one is a conflict, kept as stored.
	if res.PeopleHow[0] != ImportConflict || res.People[0].ID != 7 || !res.Reused[0] {
		t.Errorf("person by folded name: %d %+v, want a conflict with person 7", res.PeopleHow[0], res.People[0])
	}
	if res.CasesHow[0] != ImportUnchanged || res.Cases[0].ID != 20 {
		t.Errorf("case by person, procedure and creation: %d %+v, want unchanged case 20", res.CasesHow[0], res.Cases[0])
	}
	if len(m.written) != 0 {
		t.Errorf("an import that changes nothing wrote %v", m.written)
	}

	// By uid, newer: replaced keeping id, created and uid; Version +1.
	res, err = load(ImportOptions{}).Run(
		[]Person{{ID: 1, UID: stored.UID, Name: "Élodie Marchand Roy", Created: now, Updated: later}},
		[]Case{{ID: 2, UID: storedCase.UID, PersonID: 1, Procedure: proc, Notes: "called", Created: now, Updated: later}})
	if err != nil {
		t.Fatal(err)
	}
	if p := res.People[0]; res.PeopleHow[0] != ImportUpdated || p.ID != 7 || !p.Created.Equal(was) || p.UID != stored.UID || m.people[7].Name != "Élodie Marchand Roy" {
		t.Errorf("newer person by uid: %d %+v, want person 7 updated, created kept", res.PeopleHow[0], p)
	}
	if c := res.Cases[0]; res.CasesHow[0] != ImportUpdated || c.ID != 20 || !c.Created.Equal(was) || c.Version != 4 {
		t.Errorf("newer case by uid: %d %+v, want case 20 updated to version 4, created kept", res.CasesHow[0], c)
	}

	// Older than stored and differing: a conflict, nothing written.
	m.written = nil
	res, err = load(ImportOptions{}).Run(
		[]Person{{ID: 1, UID: stored.UID, Name: "Élodie M.", Updated: was}},
		[]Case{{ID: 2, UID: storedCase.UID, PersonID: 1, Procedure: proc, Notes: "old", Updated: was}})
	if err != nil {
		t.Fatal(err)
	}
	if res.PeopleHow[0] != ImportConflict || res.CasesHow[0] != ImportConflict || len(m.written) != 0 {
		t.Errorf("older records: %v %v, wrote %v; want conflicts, nothing written", res.PeopleHow, res.CasesHow, m.written)
	}

	// New: ids from the engine, a uid, now's stamps, Version 1; with
	// MatchAnswers a spreadsheet row matches the same answers once stored.
	m.written = nil
	row := Case{ID: 2, PersonID: 1, Procedure: proc, Answers: procedures.Answers{}, Notes: "row"}
	res, err = load(ImportOptions{}).Run([]Person{{ID: 1, Name: "Zoë Adams"}}, []Case{row})
	if err != nil {
		t.Fatal(err)
	}
	p, c := res.People[0], res.Cases[0]
	if res.PeopleHow[0] != ImportNew || p.ID != 8 || p.UID == "" || !p.Created.Equal(now) || !p.Updated.Equal(now) {
		t.Errorf("new person: %+v, want id 8, a uid, stamped now", p)
	}
	if res.CasesHow[0] != ImportNew || c.ID != 21 || c.PersonID != 8 || c.UID == "" || c.Version != 1 || !c.Created.Equal(now) {
		t.Errorf("new case: %+v, want id 21 of person 8, a uid, version 1, stamped now", c)
	}
	res, err = load(ImportOptions{MatchAnswers: true}).Run([]Person{{ID: 1, Name: "Zoë Adams"}}, []Case{row})
	if err != nil {
		t.Fatal(err)
	}
	if res.CasesHow[0] != ImportUnchanged || res.Cases[0].ID != 21 {
		t.Errorf("the same row again with MatchAnswers: %d %+v, want unchanged case 21", res.CasesHow[0], res.Cases[0])
	}

	// A dry run reports and returns ErrDryRun for the engine to roll back;
	// a case whose person is not imported, or a duplicate name, fails.
	if _, err := load(ImportOptions{DryRun: true}).Run(nil, nil); !errors.Is(err, ErrDryRun) {
		t.Errorf("dry run: %v, want ErrDryRun", err)
	}
	if _, err := load(ImportOptions{}).Run(nil, []Case{row}); err == nil {
		t.Errorf("a case whose person is not imported was taken")
	}
	if _, err := load(ImportOptions{}).Run([]Person{{ID: 1, UID: "99999999-9999-4999-8999-999999999999", Name: "Zoe Adams"}}, nil); err != nil {
		t.Errorf("a folded-name match is no duplicate: %v", err)
	}
}
