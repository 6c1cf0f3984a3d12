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
		// The other secondary buckets are empty too: they are written
		// once the records are, each in its key order (putSorted). Put one
		// by one in the order of the records, their keys landed all
		// through one node that bbolt splits only at the commit, each
		// put moving the keys after it: `db copy` of 100,000 cases took
		// a minute. Meanwhile they are missing, which putCaseWith and
		// putRow skip (as for an older file being migrated).
		for _, name := range loadLater {
			if err := tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("clearing %s: %w", name, err)
			}
		}
		byName := make(map[string]uint64, len(people))
		var nameKeys, nameIDs, wordKeys, pairKeys [][]byte
		var maxP, maxC uint64
		for _, p := range people {
			if p.ID == 0 {
				return fmt.Errorf("person %q has no id", p.Name)
			}
			key := nameKey(p.Name)
			if other, ok := byName[string(key)]; ok {
				return fmt.Errorf("%w: %q (person %d and %d)", ErrDuplicateName, p.Name, other, p.ID)
			}
			byName[string(key)] = p.ID
			if err := putLean(pb, p.ID, p); err != nil {
				return err
			}
			nameKeys, nameIDs = append(nameKeys, key), append(nameIDs, itob(p.ID))
			for _, w := range nameWords(p.Name) {
				wordKeys = append(wordKeys, wordKey(w, p.ID))
			}
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
			pairKeys = append(pairKeys, pairKey(c.PersonID, c.ID))
			maxC = max(maxC, c.ID)
		}
		if err := loadSecondary(tx, nameKeys, nameIDs, wordKeys, pairKeys); err != nil {
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

// loadLater are the buckets Load writes after the records.
var loadLater = [][]byte{bucketPeopleByName, bucketPeopleWords, bucketCasesByPerson, bucketDue}

// loadSecondary creates Load's later buckets and writes them in key
// order: the people's names (nameKeys, with nameIDs their values), their
// words, the cases' person links, and the due key of each index row.
func loadSecondary(tx *bolt.Tx, nameKeys, nameIDs, wordKeys, pairKeys [][]byte) error {
	var dueKeys [][]byte
	err := tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
		if v == nil || len(k) != 8 { // the string table
			return nil
		}
		day, ok, err := rowDue(v)
		if err != nil {
			return fmt.Errorf("index row of case %d: %w", btoi(k), err)
		}
		if ok {
			dueKeys = append(dueKeys, dueKey(day, btoi(k)))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, b := range []struct {
		name       []byte
		keys, vals [][]byte
	}{
		{bucketPeopleByName, nameKeys, nameIDs},
		{bucketPeopleWords, wordKeys, nil},
		{bucketCasesByPerson, pairKeys, nil},
		{bucketDue, dueKeys, nil},
	} {
		bk, err := tx.CreateBucket(b.name)
		if err != nil {
			return fmt.Errorf("creating %s: %w", b.name, err)
		}
		bk.FillPercent = appendFill
		if err := putSorted(bk, b.keys, b.vals); err != nil {
			return err
		}
	}
	return nil
}
