package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// Load writes people, cases and closures into an empty store as they are
// (ids, person ids, times and versions kept, no value re-checked: a copy
// is faithful), computes every index row with the closures, and keeps the
// id sequences above the ids loaded, all in one transaction. It is what
// `tramite db copy` writes with; a store holding anything is refused.
func (s *Store) Load(people []Person, cases []Case, closures []procedures.Date) error {
	list := normalizeClosures(closures)
	cal := calendarOf(list)
	err := s.update("copying into "+s.path, func(tx *bolt.Tx) error {
		pb, cb := tx.Bucket(bucketPeople), tx.Bucket(bucketCases)
		if np, nc := pb.Stats().KeyN, cb.Stats().KeyN; np > 0 || nc > 0 {
			return fmt.Errorf("%w: it already holds %d people and %d cases: copy into a new file or an empty database", ErrNotEmpty, np, nc)
		}
		// Written in order at Close, not entry by entry (agendapack.go).
		if err := pauseAgendaFor(tx, len(cases)); err != nil {
			return err
		}
		// The other secondary buckets are written after the records, in
		// their key order (bulk.go).
		bulk, err := startBulk(tx, len(people)+len(cases))
		if err != nil {
			return err
		}
		if bulk == nil {
			return fmt.Errorf("%s lacks its indexes: open it once with this tramite, then copy again", s.path)
		}
		var maxP, maxC uint64
		for _, p := range people {
			if p.ID == 0 {
				return fmt.Errorf("person %q has no id", p.Name)
			}
			if other, ok := bulk.nameOwner(p.Name); ok {
				return fmt.Errorf("%w: %q (person %d and %d)", ErrDuplicateName, p.Name, other, p.ID)
			}
			if err := putLean(pb, p.ID, p); err != nil {
				return err
			}
			bulk.putPerson(p.ID, "", p.Name)
			maxP = max(maxP, p.ID)
		}
		if err := writeClosures(tx, list); err != nil {
			return err
		}
		for i := range cases {
			c := cases[i]
			if c.ID == 0 {
				return fmt.Errorf("a case of person %d has no id", c.PersonID)
			}
			if c.Answers == nil {
				c.Answers = procedures.Answers{}
			}
			if err := putCaseWith(tx, &c, cal); err != nil {
				return fmt.Errorf("case %d: %w", c.ID, err)
			}
			bulk.putCase(c.ID, c.PersonID)
			maxC = max(maxC, c.ID)
		}
		if err := bulk.finish(tx); err != nil {
			return err
		}
		if pb.Sequence() < maxP {
			if err := pb.SetSequence(maxP); err != nil {
				return err
			}
		}
		if cb.Sequence() < maxC {
			if err := cb.SetSequence(maxC); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.setCal(cal)
	return nil
}
