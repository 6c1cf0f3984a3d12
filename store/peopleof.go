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
		return EachStored(ids, func(id uint64) (Person, error) { return getPerson(tx, id) }, fn)
	})
}

// EachStored calls fn with get of each id in turn, skipping the ids get
// finds not stored (ErrNotFound): the loop of CasesOf and PeopleOf on
// both engines. Any other error, from get or fn, stops it.
func EachStored[T any](ids []uint64, get func(id uint64) (T, error), fn func(T) error) error {
	for _, id := range ids {
		v, err := get(id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}
