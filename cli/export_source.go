package cli

import (
	"cmp"
	"fmt"
	"slices"

	"tramite/casebook"
	"tramite/export"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// storeSource is a household export's export.Source over an open store:
// the index rows give the order and the table of contents (a few dozen
// bytes a case), and each case is read and evaluated when the export
// reaches it, so 100,000 cases are written with the memory of one (issue
// 15). The order is casebook.Household's: by person (creation order),
// then by case number.
type storeSource struct {
	st      store.Engine
	ctx     procedures.Context
	entries []export.Entry
	// The person of the last case read: a person's cases come together.
	person record.Person
}

func newStoreSource(st store.Engine, ctx procedures.Context) (*storeSource, error) {
	s := &storeSource{st: st, ctx: ctx}
	err := st.EachSummary(func(r *store.Summary) error {
		proc, err := procedures.Lookup(r.Procedure)
		if err != nil {
			return fmt.Errorf("case %d: %w", r.CaseID, err)
		}
		s.entries = append(s.entries, export.Entry{PersonID: r.PersonID, Person: r.Person, CaseID: r.CaseID,
			Procedure: proc, Stage: r.Stage})
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(s.entries, func(a, b export.Entry) int {
		return cmp.Or(cmp.Compare(a.PersonID, b.PersonID), cmp.Compare(a.CaseID, b.CaseID))
	})
	return s, nil
}

func (s *storeSource) Entries() []export.Entry { return s.entries }

func (s *storeSource) Detail(i int) (casebook.Detail, error) {
	e := s.entries[i]
	c, err := s.st.Case(e.CaseID)
	if err != nil {
		return casebook.Detail{}, fmt.Errorf("case %d: %w", e.CaseID, err)
	}
	if s.person.ID != c.PersonID || s.person.ID == 0 {
		p, err := s.st.Person(c.PersonID)
		if err != nil {
			return casebook.Detail{}, fmt.Errorf("case %d: its person (id %d): %w", c.ID, c.PersonID, err)
		}
		s.person = p
	}
	return casebook.NewDetail(s.person, c, s.ctx)
}

func (s *storeSource) EachPerson(fn func(record.Person) error) error {
	// The bbolt file walks its people one at a time; other engines list
	// them.
	if each, ok := s.st.(interface {
		EachPerson(func(record.Person) error) error
	}); ok {
		return each.EachPerson(fn)
	}
	people, err := s.st.People()
	if err != nil {
		return err
	}
	for _, p := range people {
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}
