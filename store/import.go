package store

import (
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
	"tramite/record"
)

// ImportResult says what Import did, in the order of its input.
type ImportResult struct {
	// People are the people given, with their ids in this store.
	People []Person
	// Reused[i] reports that People[i] was already in the store under the
	// same name (ignoring case and spaces) and was not written again.
	Reused []bool
	// Cases are the cases given, with their new ids and person ids.
	Cases []Case
}

// Import adds people and cases in one transaction: all are written, or
// none (a failure midway rolls everything back). Every record gets a new
// id. A case's PersonID is the ID of one of people as the caller numbered
// them (an export file's numbering); Import maps it to the new id. A
// person whose name is already in the store is reused, not duplicated,
// and keeps the details stored for them. Each case's index row is written
// in the same transaction, as SaveCase does.
func (s *Store) Import(people []Person, cases []Case) (ImportResult, error) {
	res := ImportResult{People: make([]Person, len(people)), Reused: make([]bool, len(people)), Cases: make([]Case, len(cases))}
	err := s.update("importing", func(tx *bolt.Tx) error {
		bucket, byName := tx.Bucket(bucketPeople), tx.Bucket(bucketPeopleByName)
		newID := make(map[uint64]uint64, len(people))
		now := s.stamp()
		for i, p := range people {
			p.Name = strings.TrimSpace(p.Name)
			if p.Name == "" {
				return fmt.Errorf("person %d: a name is needed", p.ID)
			}
			if id := byName.Get(nameKey(p.Name)); id != nil {
				old, err := getPerson(tx, btoi(id))
				if err != nil {
					return err
				}
				newID[p.ID], res.People[i], res.Reused[i] = old.ID, old, true
				continue
			}
			if err := record.ValidatePerson(p, nil, s.today()); err != nil {
				return fmt.Errorf("person %d: %w", p.ID, err)
			}
			id, err := bucket.NextSequence()
			if err != nil {
				return err
			}
			newID[p.ID], p.ID = id, id
			if p.Created.IsZero() {
				p.Created = now
			}
			p.Updated = now
			if err := putJSON(bucket, p.ID, p); err != nil {
				return err
			}
			if err := byName.Put(nameKey(p.Name), itob(p.ID)); err != nil {
				return err
			}
			res.People[i] = p
		}
		for i, c := range cases {
			pid, ok := newID[c.PersonID]
			if !ok {
				return fmt.Errorf("case %d: its person %d is not among the people imported", c.ID, c.PersonID)
			}
			if err := record.ValidateCase(c, nil, s.today()); err != nil {
				return fmt.Errorf("case %d: %w", c.ID, err)
			}
			id, err := tx.Bucket(bucketCases).NextSequence()
			if err != nil {
				return err
			}
			c.ID, c.PersonID = id, pid
			if c.Answers == nil {
				c.Answers = procedures.Answers{}
			}
			if c.Created.IsZero() {
				c.Created = now
			}
			c.Updated = now
			c.Version = 1
			if err := putCaseWith(tx, &c, s.calendar()); err != nil {
				return fmt.Errorf("case %d: %w", i+1, err)
			}
			res.Cases[i] = c
		}
		return nil
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}
