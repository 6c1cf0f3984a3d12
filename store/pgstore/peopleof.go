package pgstore

import (
	"context"

	"github.com/jackc/pgx/v5"

	"tramite/store"
)

// PeopleOf calls fn with each stored person of ids, in their order, in one
// transaction; an id not stored is skipped. An error from fn stops it.
func (s *Store) PeopleOf(ids []uint64, fn func(Person) error) error {
	return s.read("reading people", func(ctx context.Context, tx pgx.Tx) error {
		return store.EachStored(ids, func(id uint64) (Person, error) { return getPerson(ctx, tx, id, "") }, fn)
	})
}
