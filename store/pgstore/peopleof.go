package pgstore

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"tramite/store"
)

// PeopleOf calls fn with each stored person of ids, in their order, in one
// transaction; an id not stored is skipped. An error from fn stops it.
func (s *Store) PeopleOf(ids []uint64, fn func(Person) error) error {
	return s.read("reading people", func(ctx context.Context, tx pgx.Tx) error {
		for _, id := range ids {
			p, err := getPerson(ctx, tx, id, "")
			if errors.Is(err, store.ErrNotFound) {
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
