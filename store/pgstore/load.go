package pgstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"tramite/procedures"
	"tramite/store"
)

// Load writes people, cases (ids, times and versions kept) and closures
// into an empty database in one transaction, with every index row, and
// moves the id sequences past the ids loaded (store.Engine.Load).
func (s *Store) Load(people []Person, cases []Case, closures []procedures.Date) error {
	list := normalize(closures)
	if list == nil {
		list = []procedures.Date{}
	}
	cal := calendarOf(list)
	err := s.write("copying into "+s.name, func(ctx context.Context, tx pgx.Tx) error {
		if _, err := s.lockClosures(ctx, tx, true); err != nil {
			return err
		}
		var np, nc int
		if err := tx.QueryRow(ctx, `SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM cases)`).Scan(&np, &nc); err != nil {
			return err
		}
		if np > 0 || nc > 0 {
			return fmt.Errorf("%w: it already holds %d people and %d cases: copy into a new file or an empty database", store.ErrNotEmpty, np, nc)
		}
		v, err := json.Marshal(list)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE tramite_meta SET value = $1 WHERE key = 'closures'`, string(v)); err != nil {
			return err
		}
		names := map[uint64]string{}
		keys := map[string]uint64{}
		var maxP, maxC uint64
		prows := make([][]any, 0, len(people))
		for _, p := range people {
			if p.ID == 0 {
				return fmt.Errorf("person %q has no id", p.Name)
			}
			key := store.NameKey(p.Name)
			if other, dup := keys[key]; dup {
				return fmt.Errorf("%w: %q (person %d and %d)", store.ErrDuplicateName, p.Name, other, p.ID)
			}
			keys[key] = p.ID
			row, err := personRow(&p)
			if err != nil {
				return err
			}
			prows = append(prows, row)
			names[p.ID] = p.Name
			maxP = max(maxP, p.ID)
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"people"}, personColumns, pgx.CopyFromRows(prows)); err != nil {
			return fmt.Errorf("copying the people: %w", err)
		}
		var words [][]any
		for _, p := range people {
			words = appendWords(words, p.ID, p.Name)
		}
		if err := copyWords(ctx, tx, words); err != nil {
			return err
		}
		sorted := slices.Clone(cases)
		slices.SortFunc(sorted, func(a, b Case) int { return cmpID(a.ID, b.ID) })
		crows := make([][]any, 0, len(sorted))
		rows := make([]store.Summary, 0, len(sorted))
		for i := range sorted {
			c := &sorted[i]
			if c.ID == 0 {
				return fmt.Errorf("a case of person %d has no id", c.PersonID)
			}
			if _, ok := names[c.PersonID]; !ok {
				return fmt.Errorf("case %d: its person %d: %w (add the person first)", c.ID, c.PersonID, store.ErrNotFound)
			}
			if c.Answers == nil {
				c.Answers = procedures.Answers{}
			}
			data, err := marshal(c)
			if err != nil {
				return err
			}
			crows = append(crows, []any{int64(c.ID), int64(c.PersonID), int64(c.Version), c.Updated, data})
			rows = append(rows, store.Summarize(c, names[c.PersonID], cal))
			maxC = max(maxC, c.ID)
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"cases"}, []string{"id", "person_id", "version", "updated", "data"}, pgx.CopyFromRows(crows)); err != nil {
			return fmt.Errorf("copying the cases: %w", err)
		}
		if err := copyRows(ctx, tx, rows); err != nil {
			return err
		}
		if maxP > 0 {
			if err := bumpSequence(ctx, tx, "people_id_seq", maxP); err != nil {
				return err
			}
		}
		if maxC > 0 {
			return bumpSequence(ctx, tx, "cases_id_seq", maxC)
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.setCalendar(cal)
	return nil
}

func cmpID(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
