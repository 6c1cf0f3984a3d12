package export

import (
	"context"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// Entry is one case of an export as its index lists it: enough to print
// the household's table of contents without loading the case.
type Entry struct {
	PersonID  uint64
	Person    string
	CaseID    uint64
	Procedure *procedures.Procedure
	Stage     procedures.Stage
}

// stage is the entry's stage; a case saved before any progress is a draft.
func (e Entry) stage() procedures.Stage {
	if e.Stage == "" {
		return procedures.StageDraft
	}
	return e.Stage
}

// Source is what an export walks, one case at a time, so that a
// household of 100,000 cases is written with the memory of one case
// (issue 15): the index (what the table of contents prints, each entry
// made when asked for, in the order the export prints the cases) and
// each case loaded and evaluated when its turn comes.
type Source interface {
	// Len is the number of cases.
	Len() int
	// Entry is case i (0 ≤ i < Len()) as the index lists it, without
	// loading the case.
	Entry(i int) Entry
	// Detail loads and evaluates case i (0 ≤ i < Len()).
	Detail(i int) (casebook.Detail, error)
	// EachPerson calls fn with every person the export carries (the JSON
	// export's "people"), in order; an error from fn stops the walk and
	// is returned.
	EachPerson(fn func(record.Person) error) error
}

// Cases is a Source over cases already evaluated, with people (the JSON
// export's people; the cases' own people are added when missing).
func Cases(people []record.Person, cases []casebook.Detail) Source {
	return sliceSource{people: people, cases: cases}
}

type sliceSource struct {
	people []record.Person
	cases  []casebook.Detail
}

func (s sliceSource) Len() int { return len(s.cases) }

func (s sliceSource) Entry(i int) Entry {
	v := s.cases[i]
	return Entry{PersonID: v.Person.ID, Person: v.Person.Name, CaseID: v.Case.ID,
		Procedure: v.Procedure, Stage: shownStage(v)}
}

func (s sliceSource) Detail(i int) (casebook.Detail, error) { return s.cases[i], nil }

func (s sliceSource) EachPerson(fn func(record.Person) error) error {
	seen := make(map[uint64]bool, len(s.people))
	each := func(p record.Person) error {
		if seen[p.ID] {
			return nil
		}
		seen[p.ID] = true
		return fn(p)
	}
	for _, p := range s.people {
		if err := each(p); err != nil {
			return err
		}
	}
	for _, v := range s.cases {
		if err := each(v.Person); err != nil {
			return err
		}
	}
	return nil
}

// eachCase calls fn with every case of src in order, stopping when run is
// cancelled (Ctrl-C during a long export): then it returns run's error and
// the export is abandoned, its temporary file removed (WriteFile).
func eachCase(run context.Context, src Source, n int, fn func(i int, v casebook.Detail) error) error {
	for i := range n {
		if err := run.Err(); err != nil {
			return err
		}
		v, err := src.Detail(i)
		if err != nil {
			return err
		}
		if err := fn(i, v); err != nil {
			return err
		}
	}
	return run.Err()
}

// entryPeople counts the people of src's entries.
func entryPeople(src Source) int {
	seen := map[uint64]bool{}
	for i := range src.Len() {
		seen[src.Entry(i).PersonID] = true
	}
	return len(seen)
}
