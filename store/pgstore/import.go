package pgstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// Import adds people and cases with new ids in one transaction, as the
// bbolt store does: a person whose name is stored is reused; every case
// gets its index row. Rows are written with COPY.
func (s *Store) Import(people []Person, cases []Case) (store.ImportResult, error) {
	var res store.ImportResult
	err := s.write("importing", func(ctx context.Context, tx pgx.Tx) error {
		res = store.ImportResult{People: make([]Person, len(people)), Reused: make([]bool, len(people)), Cases: make([]Case, len(cases))}
		cal, err := s.lockClosures(ctx, tx, false)
		if err != nil {
			return err
		}
		newID := make(map[uint64]uint64, len(people))
		names := map[uint64]string{}
		now := s.stamp()
		// The names already stored, in one query.
		var wanted []string
		for _, p := range people {
			if k := store.NameKey(p.Name); !strings.ContainsRune(k, 0) { // no stored text has NUL
				wanted = append(wanted, k)
			}
		}
		stored := map[string]Person{}
		prow, err := tx.Query(ctx, `SELECT name_key, id, data FROM people WHERE name_key = ANY($1)`, wanted)
		if err != nil {
			return err
		}
		for prow.Next() {
			var (
				key  string
				id   int64
				data []byte
			)
			if err := prow.Scan(&key, &id, &data); err != nil {
				prow.Close()
				return err
			}
			old, err := decodePerson(uint64(id), data)
			if err != nil {
				prow.Close()
				return err
			}
			stored[key] = old
		}
		prow.Close()
		if err := prow.Err(); err != nil {
			return err
		}
		var newPeople [][]any
		for i, p := range people {
			p.Name = strings.TrimSpace(p.Name)
			record.NormalizePerson(&p)
			if p.Name == "" {
				return fmt.Errorf("person %d: a name is needed", p.ID)
			}
			key := store.NameKey(p.Name)
			if old, ok := stored[key]; ok {
				newID[p.ID], res.People[i], res.Reused[i] = old.ID, old, true
				names[old.ID] = old.Name
				continue
			}
			if err := record.ValidatePerson(p, nil, s.today()); err != nil {
				return fmt.Errorf("person %d: %w", p.ID, err)
			}
			nid, err := nextID(ctx, tx, "people_id_seq")
			if err != nil {
				return err
			}
			newID[p.ID], p.ID = nid, nid
			if p.Created.IsZero() {
				p.Created = now
			}
			p.Updated = now
			data, err := marshal(p)
			if err != nil {
				return err
			}
			newPeople = append(newPeople, []any{int64(p.ID), key, data})
			stored[key] = p
			names[p.ID] = p.Name
			res.People[i] = p
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"people"}, []string{"id", "name_key", "data"}, pgx.CopyFromRows(newPeople)); err != nil {
			return err
		}
		var words [][]any
		for _, row := range newPeople {
			words = appendWords(words, uint64(row[0].(int64)), names[uint64(row[0].(int64))])
		}
		if err := copyWords(ctx, tx, words); err != nil {
			return err
		}
		for _, c := range cases {
			if _, ok := newID[c.PersonID]; !ok {
				return fmt.Errorf("case %d: its person %d is not among the people imported", c.ID, c.PersonID)
			}
			if err := record.ValidateCase(c, nil, s.today()); err != nil {
				return fmt.Errorf("case %d: %w", c.ID, err)
			}
		}
		ids, err := nextIDs(ctx, tx, "cases_id_seq", len(cases))
		if err != nil {
			return err
		}
		var caseRows [][]any
		var rows []store.Summary
		for i, c := range cases {
			c.ID, c.PersonID = ids[i], newID[c.PersonID]
			pid := c.PersonID
			if c.Answers == nil {
				c.Answers = procedures.Answers{}
			}
			if c.Created.IsZero() {
				c.Created = now
			}
			c.Updated = now
			c.Version = 1
			data, err := marshal(c)
			if err != nil {
				return err
			}
			caseRows = append(caseRows, []any{int64(c.ID), int64(c.PersonID), int64(1), c.Updated, data})
			rows = append(rows, store.Summarize(&c, names[pid], cal))
			res.Cases[i] = c
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"cases"}, []string{"id", "person_id", "version", "updated", "data"}, pgx.CopyFromRows(caseRows)); err != nil {
			return err
		}
		return copyRows(ctx, tx, rows)
	})
	if err != nil {
		return store.ImportResult{}, err
	}
	return res, nil
}

// nextIDs takes n values of seq in one query, in increasing order.
func nextIDs(ctx context.Context, tx pgx.Tx, seq string, n int) ([]uint64, error) {
	if n == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT nextval('`+seq+`') FROM generate_series(1, $1) ORDER BY 1`, n)
	if err != nil {
		return nil, err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, err
	}
	out := make([]uint64, len(ids))
	for i, id := range ids {
		out[i] = uint64(id)
	}
	return out, nil
}
