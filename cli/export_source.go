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
// the index rows give the order and the table of contents, and each case
// is read and evaluated when the export reaches it, so 100,000 cases are
// written with the memory of one (issue 15). Of the index it keeps 24
// bytes a case (rows: 2.4 MB for 100,000 cases, where a list of
// export.Entry took about 100) and the procedures and stages once each;
// Entry makes an entry from them when asked, with the person's name read
// from the store once for each person's run of cases (the table of
// contents of a text export; a packet or a JSON file asks for none). The
// order is casebook.Household's: by person (creation order), then by
// case number.
type storeSource struct {
	st   store.Engine
	ctx  procedures.Context
	rows []entryRow
	// procs and stages are the distinct procedures and stages the rows
	// name by index.
	procs  []*procedures.Procedure
	stages []procedures.Stage
	// window holds the cases of rows[windowAt:] read ahead in one read
	// of the store (readAhead); people the people of the rows read ahead
	// for Entry or Detail, peopleAt the first of those rows.
	window   []record.Case
	windowAt int
	people   map[uint64]record.Person
	peopleAt int
}

// readAhead is how many cases Detail reads in one go (Store.CasesOf), and
// how many rows' people Entry and Detail read in one go (Store.PeopleOf):
// one read of the file for 128 cases or people instead of one open and
// read each, with the memory of 128 decoded records.
const readAhead = 128

// entryRow is a case of a storeSource's index.
type entryRow struct {
	person, id  uint64
	proc, stage uint32
}

func newStoreSource(st store.Engine, ctx procedures.Context) (*storeSource, error) {
	s := &storeSource{st: st, ctx: ctx}
	procIdx, stageIdx := map[string]uint32{}, map[procedures.Stage]uint32{}
	err := st.EachSummary(func(r *store.Summary) error {
		pi, ok := procIdx[r.Procedure]
		if !ok {
			proc, err := procedures.Lookup(r.Procedure)
			if err != nil {
				return fmt.Errorf("case %d: %w", r.CaseID, err)
			}
			pi = uint32(len(s.procs))
			procIdx[r.Procedure] = pi
			s.procs = append(s.procs, proc)
		}
		si, ok := stageIdx[r.Stage]
		if !ok {
			si = uint32(len(s.stages))
			stageIdx[r.Stage] = si
			s.stages = append(s.stages, r.Stage)
		}
		s.rows = append(s.rows, entryRow{person: r.PersonID, id: r.CaseID, proc: pi, stage: si})
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The index is in case-id order: sorted by person, stably.
	if !slices.IsSortedFunc(s.rows, compareRows) {
		slices.SortFunc(s.rows, compareRows)
	}
	return s, nil
}

func compareRows(a, b entryRow) int {
	return cmp.Or(cmp.Compare(a.person, b.person), cmp.Compare(a.id, b.id))
}

func (s *storeSource) Len() int { return len(s.rows) }

func (s *storeSource) Entry(i int) export.Entry {
	r := s.rows[i]
	// A person that cannot be read is named as the index would name a
	// case without its person: not at all.
	named, _ := s.personOf(i)
	return export.Entry{PersonID: r.person, Person: named.Name, CaseID: r.id,
		Procedure: s.procs[r.proc], Stage: s.stages[r.stage]}
}

func (s *storeSource) Detail(i int) (casebook.Detail, error) {
	c, err := s.caseAt(i)
	if err != nil {
		return casebook.Detail{}, fmt.Errorf("case %d: %w", s.rows[i].id, err)
	}
	p, err := s.personOf(i)
	if err == nil && p.ID != c.PersonID { // moved to someone else since the index was read
		p, err = s.st.Person(c.PersonID)
	}
	if err != nil {
		return casebook.Detail{}, fmt.Errorf("case %d: its person (id %d): %w", c.ID, c.PersonID, err)
	}
	return casebook.NewDetail(p, c, s.ctx)
}

// caseAt is the case of rows[i], from the window read ahead, which is
// read again from i when it does not hold it. A case deleted since the
// index was read is store.ErrNotFound, as Store.Case would say.
func (s *storeSource) caseAt(i int) (record.Case, error) {
	id := s.rows[i].id
	if c, ok := s.inWindow(i, id); ok {
		return c, nil
	}
	end := min(i+readAhead, len(s.rows))
	ids := make([]uint64, 0, end-i)
	for _, r := range s.rows[i:end] {
		ids = append(ids, r.id)
	}
	s.window, s.windowAt = s.window[:0], i
	err := s.st.CasesOf(ids, func(c record.Case) error {
		s.window = append(s.window, c)
		return nil
	})
	if err != nil {
		s.window = s.window[:0]
		return record.Case{}, err
	}
	if c, ok := s.inWindow(i, id); ok {
		return c, nil
	}
	return record.Case{}, store.ErrNotFound
}

// personOf is the person of rows[i], from the people read ahead, which
// are read again from i when they do not hold it. A person not stored is
// store.ErrNotFound.
func (s *storeSource) personOf(i int) (record.Person, error) {
	id := s.rows[i].person
	if p, ok := s.people[id]; ok && i >= s.peopleAt {
		return p, nil
	}
	end := min(i+readAhead, len(s.rows))
	ids := make([]uint64, 0, 8)
	for _, r := range s.rows[i:end] {
		if len(ids) == 0 || ids[len(ids)-1] != r.person { // rows are sorted by person
			ids = append(ids, r.person)
		}
	}
	clear(s.people)
	if s.people == nil {
		s.people = make(map[uint64]record.Person, readAhead)
	}
	s.peopleAt = i
	err := s.st.PeopleOf(ids, func(p record.Person) error {
		s.people[p.ID] = p
		return nil
	})
	if err != nil {
		clear(s.people)
		return record.Person{}, err
	}
	if p, ok := s.people[id]; ok {
		return p, nil
	}
	return record.Person{}, store.ErrNotFound
}

// inWindow finds case id, the case of rows[i], in the window: at its
// place, or later when cases before it were deleted.
func (s *storeSource) inWindow(i int, id uint64) (record.Case, bool) {
	k := i - s.windowAt
	if k < 0 || len(s.window) == 0 {
		return record.Case{}, false
	}
	for k = min(k, len(s.window)-1); k >= 0; k-- {
		if s.window[k].ID == id {
			return s.window[k], true
		}
	}
	return record.Case{}, false
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
