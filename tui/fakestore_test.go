package tui

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// memStore is an in-memory Store for model tests. Summaries are computed
// as the real store does: procedures.Track with the default calendar.
type memStore struct {
	mu     sync.Mutex
	people map[uint64]record.Person
	cases  map[uint64]record.Case
	// Separate sequences, as the store's buckets have.
	nextPerson, nextCase uint64
	clock                time.Time
	// summaryCalls counts Summaries calls: the dashboard must not decode
	// whole cases, and must reload once per change.
	summaryCalls int
	caseCalls    int
	// versions makes the store keep case versions as the engines do: each
	// write moves it by one, and SaveCase over an older one is refused
	// (record.ConflictError). Off, every version stays 0.
	versions bool
}

var _ Store = (*memStore)(nil)

func newMemStore() *memStore {
	return &memStore{people: map[uint64]record.Person{}, cases: map[uint64]record.Case{},
		clock: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)}
}

func (s *memStore) tick() time.Time { s.clock = s.clock.Add(time.Minute); return s.clock }

func (s *memStore) People() ([]record.Person, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := slices.Collect(maps.Values(s.people))
	slices.SortFunc(out, func(a, b record.Person) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

func (s *memStore) Person(id uint64) (record.Person, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.people[id]
	if !ok {
		return record.Person{}, fmt.Errorf("person %d: %w", id, record.ErrNotFound)
	}
	return p, nil
}

func (s *memStore) DeletePerson(id uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.people[id]; !ok {
		return fmt.Errorf("person %d: %w", id, record.ErrNotFound)
	}
	for _, c := range s.cases {
		if c.PersonID == id {
			return fmt.Errorf("person %d: %w", id, record.ErrHasCases)
		}
	}
	delete(s.people, id)
	return nil
}

func (s *memStore) MergePeople(keep *record.Person, otherID uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.people[otherID]; !ok {
		return fmt.Errorf("person %d: %w", otherID, record.ErrNotFound)
	}
	for id, c := range s.cases {
		if c.PersonID == otherID {
			c.PersonID = keep.ID
			s.cases[id] = c
		}
	}
	delete(s.people, otherID)
	keep.Updated = s.tick()
	s.people[keep.ID] = *keep
	return nil
}

func (s *memStore) DeletePersonAndCases(id uint64) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.people[id]; !ok {
		return 0, fmt.Errorf("person %d: %w", id, record.ErrNotFound)
	}
	n := 0
	for cid, c := range s.cases {
		if c.PersonID == id {
			delete(s.cases, cid)
			n++
		}
	}
	delete(s.people, id)
	return n, nil
}

func (s *memStore) SavePerson(p *record.Person) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p.ID == 0 {
		s.nextPerson++
		p.ID = s.nextPerson
	}
	p.Updated = s.tick()
	s.people[p.ID] = *p
	return nil
}

func (s *memStore) Cases() ([]record.Case, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := slices.Collect(maps.Values(s.cases))
	slices.SortFunc(out, func(a, b record.Case) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

func (s *memStore) Case(id uint64) (record.Case, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.caseCalls++
	c, ok := s.cases[id]
	if !ok {
		return record.Case{}, fmt.Errorf("case %d: %w", id, record.ErrNotFound)
	}
	c.Answers = c.Answers.Clone()
	c.Ticks = maps.Clone(c.Ticks)
	return c, nil
}

func (s *memStore) SaveCase(c *record.Case) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.ID == 0 {
		s.nextCase++
		c.ID = s.nextCase
	}
	if c.Answers == nil {
		c.Answers = procedures.Answers{}
	}
	if s.versions {
		was, ok := s.cases[c.ID]
		if ok && was.Version != c.Version {
			return &record.ConflictError{CaseID: c.ID, At: was.Updated, Stored: was.Version, Based: c.Version}
		}
		c.Version = was.Version + 1
	}
	c.Updated = s.tick()
	s.cases[c.ID] = *c
	return nil
}

func (s *memStore) update(id uint64, f func(c *record.Case)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.cases[id]
	if !ok {
		return fmt.Errorf("case %d: %w", id, record.ErrNotFound)
	}
	c.Answers = c.Answers.Clone()
	c.Ticks = maps.Clone(c.Ticks)
	f(&c)
	if s.versions {
		c.Version++
	}
	c.Updated = s.tick()
	s.cases[id] = c
	return nil
}

func (s *memStore) DeleteCase(id uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.cases[id]; !ok {
		return fmt.Errorf("case %d: %w", id, record.ErrNotFound)
	}
	delete(s.cases, id)
	return nil
}

func (s *memStore) SaveAnswer(id uint64, key, value string) error {
	return s.update(id, func(c *record.Case) { c.Answers[key] = value })
}

func (s *memStore) DeleteAnswer(id uint64, key string) error {
	return s.update(id, func(c *record.Case) { delete(c.Answers, key) })
}

func (s *memStore) SetTick(id uint64, doc string, done bool) error {
	return s.update(id, func(c *record.Case) {
		if c.Ticks == nil {
			c.Ticks = map[string]bool{}
		}
		if done {
			c.Ticks[doc] = true
		} else {
			delete(c.Ticks, doc)
		}
	})
}

func (s *memStore) SetProgress(id uint64, pr procedures.Progress) error {
	return s.update(id, func(c *record.Case) { c.Progress = pr })
}

func (s *memStore) SetNotes(id uint64, notes string) error {
	return s.update(id, func(c *record.Case) { c.Notes = notes })
}

func (s *memStore) Summaries() ([]record.Summary, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.summaryCalls++
	out := make([]record.Summary, 0, len(s.cases))
	for _, id := range slices.Sorted(maps.Keys(s.cases)) {
		out = append(out, summarize(s.cases[id], s.people[s.cases[id].PersonID]))
	}
	return out, nil
}

// summarize builds a case's Summary as the store does (store.Summarize,
// with no closures configured).
func summarize(c record.Case, p record.Person) record.Summary {
	return store.Summarize(&c, p.Name, procedures.Calendar{})
}

// errDisk is what failStore returns.
var errDisk = errors.New("disk full")

// failStore reads from its memStore but fails every write.
type failStore struct{ *memStore }

func (failStore) SavePerson(*record.Person) error               { return errDisk }
func (failStore) SaveCase(*record.Case) error                   { return errDisk }
func (failStore) DeleteCase(uint64) error                       { return errDisk }
func (failStore) SaveAnswer(uint64, string, string) error       { return errDisk }
func (failStore) DeleteAnswer(uint64, string) error             { return errDisk }
func (failStore) SetTick(uint64, string, bool) error            { return errDisk }
func (failStore) SetProgress(uint64, procedures.Progress) error { return errDisk }
func (failStore) SetNotes(uint64, string) error                 { return errDisk }
func (failStore) MergePeople(*record.Person, uint64) error      { return errDisk }
func (failStore) DeletePersonAndCases(uint64) (int, error)      { return 0, errDisk }

// brokenStore fails reads too.
type brokenStore struct{ failStore }

func (brokenStore) Summaries() ([]record.Summary, error) { return nil, errDisk }
func (brokenStore) Case(uint64) (record.Case, error)     { return record.Case{}, errDisk }

var today = procedures.MustDate("2026-11-23")

func testCtx() procedures.Context { return procedures.Context{Today: today} }

// renewalAnswers is a complete, eligible renewal of a temporary card that
// expires on expiry (R-RENEW-WINDOW: the window opens 30 days before).
func renewalAnswers(expiry string) procedures.Answers {
	return procedures.Answers{"card_type": "temporary", "card_expiry": expiry, "in_mexico": "yes",
		"holder_minor": "no", "status_since": "2024-01-15", "years_requested": "1",
		"grounds": "job", "grounds_hold": "yes"}
}

// household fills a store with a small family: an overdue notification, one due
// today, one soon, one later, and a draft.
func household(t interface{ Fatalf(string, ...any) }) *memStore {
	s := newMemStore()
	add := func(name string) uint64 {
		p := record.Person{Name: name}
		if err := s.SavePerson(&p); err != nil {
			t.Fatalf("save person: %v", err)
		}
		return p.ID
	}
	ana, bruno, chloe := add("Ana López"), add("Bruno Müller-Łukasiewicz 🇩🇪"), add("Chloé Dupont")
	for _, c := range []record.Case{
		{PersonID: ana, Procedure: "notification", Answers: procedures.Answers{ // due 2026-11-18: 5 days late
			"change_kind": "address", "change_date": "2026-08-20"}},
		{PersonID: bruno, Procedure: "renewal", Answers: renewalAnswers("2026-11-23")}, // closes today
		{PersonID: chloe, Procedure: "renewal", Answers: renewalAnswers("2026-11-27")}, // in 4 days
		{PersonID: ana, Procedure: "renewal", Answers: renewalAnswers("2027-03-15")},   // later
	} {
		c := c
		if err := s.SaveCase(&c); err != nil {
			t.Fatalf("save case: %v", err)
		}
	}
	return s
}

func storePerson(t interface{ Fatalf(string, ...any) }, s *memStore, name string) uint64 {
	p := record.Person{Name: name}
	if err := s.SavePerson(&p); err != nil {
		t.Fatalf("save person: %v", err)
	}
	return p.ID
}

func addCase(t interface{ Fatalf(string, ...any) }, s *memStore, person uint64, proc string, a procedures.Answers) uint64 {
	c := record.Case{PersonID: person, Procedure: proc, Answers: a}
	if err := s.SaveCase(&c); err != nil {
		t.Fatalf("save case: %v", err)
	}
	return c.ID
}
