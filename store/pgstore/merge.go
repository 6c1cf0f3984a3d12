package pgstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// casesOf lists the ids of a person's cases, locked for update.
func casesOf(ctx context.Context, tx pgx.Tx, personID uint64) ([]uint64, error) {
	rows, err := tx.Query(ctx, `SELECT id FROM cases WHERE person_id = $1 ORDER BY id FOR UPDATE`, int64(personID))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []uint64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, uint64(id))
	}
	return ids, rows.Err()
}

// MergePeople saves keep and moves every case of otherID to it, then
// deletes otherID, in one transaction (store.Store.MergePeople's
// contract): a moved case's version goes up, so a desk holding the old one
// must reopen it.
func (s *Store) MergePeople(keep *Person, otherID uint64) error {
	q := *keep
	q.Name = strings.TrimSpace(q.Name)
	if q.ID == 0 || q.ID == otherID {
		return fmt.Errorf("merging people: the person to keep must be stored and differ from the other (%d, %d)", q.ID, otherID)
	}
	var saved Person
	err := s.write(fmt.Sprintf("merging person %d into %d", otherID, q.ID), func(ctx context.Context, tx pgx.Tx) error {
		cal, err := s.lockClosures(ctx, tx, false)
		if err != nil {
			return err
		}
		if _, err := getPerson(ctx, tx, q.ID, "FOR UPDATE"); err != nil {
			return err
		}
		if _, err := getPerson(ctx, tx, otherID, "FOR UPDATE"); err != nil {
			return err
		}
		ids, err := casesOf(ctx, tx, otherID)
		if err != nil {
			return err
		}
		now := s.stamp()
		for _, id := range ids {
			c, version, err := getCase(ctx, tx, id, "FOR UPDATE")
			if err != nil {
				return err
			}
			c.PersonID, c.Updated, c.Version = q.ID, now, uint64(version+1)
			if err := putCase(ctx, tx, &c, version+1, cal); err != nil {
				return fmt.Errorf("case %d: %w", id, err)
			}
		}
		// The other leaves first: keep may take their name.
		if _, err := tx.Exec(ctx, `DELETE FROM people WHERE id = $1`, int64(otherID)); err != nil {
			return err
		}
		saved, err = s.savePersonTx(ctx, tx, q)
		if err != nil {
			return err
		}
		// The moved cases' rows carry keep's name as saved.
		_, err = tx.Exec(ctx, `UPDATE summaries SET person = $1 WHERE person_id = $2`, saved.Name, int64(saved.ID))
		return err
	})
	if err != nil {
		return err
	}
	*keep = saved
	return nil
}

// DeletePersonAndCases deletes a person and every case of theirs with
// their index rows, in one transaction, and says how many cases went.
func (s *Store) DeletePersonAndCases(id uint64) (int, error) {
	n := 0
	err := s.write(fmt.Sprintf("deleting person %d and their cases", id), func(ctx context.Context, tx pgx.Tx) error {
		if _, err := getPerson(ctx, tx, id, "FOR UPDATE"); err != nil {
			return err
		}
		ids, err := casesOf(ctx, tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM cases WHERE person_id = $1`, int64(id)); err != nil {
			return err
		}
		n = len(ids)
		_, err = tx.Exec(ctx, `DELETE FROM people WHERE id = $1`, int64(id))
		return err
	})
	return n, err
}
