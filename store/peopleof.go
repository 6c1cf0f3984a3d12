package store

import (
	"errors"

	bolt "go.etcd.io/bbolt"
)

// PeopleOf calls fn with each stored person of ids, in their order, in one
// read of the file; an id not stored is skipped. An error from fn stops
// it. A household export reads its people this way, a window at a time,
// instead of opening the file once a person.
func (s *Store) PeopleOf(ids []uint64, fn func(Person) error) error {
	return s.view("reading people", func(tx *bolt.Tx) error {
		for _, id := range ids {
			p, err := getPerson(tx, id)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			if err := fn(p); err != nil {
				return err
			}
		}
		return nil
	})
}
