package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// EachPerson calls fn with every person in the order they were added, one
// at a time from one consistent snapshot, so a household export of
// 100,000 cases never holds everyone at once (issue 15). An error from fn
// stops the walk and is returned as is.
func (s *Store) EachPerson(fn func(Person) error) error {
	var stop error
	err := s.view("listing people", func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPeople).ForEach(func(k, v []byte) error {
			var p Person
			if err := decodeLean(v, &p); err != nil {
				return fmt.Errorf("person %d is damaged: %w", btoi(k), err)
			}
			if err := fn(p); err != nil {
				stop = err
				return err
			}
			return nil
		})
	})
	if stop != nil {
		return stop
	}
	return err
}
