package store

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// summarize computes a case's index row. Deadlines come from
// procedures.Track with cal, the store's office calendar (its configured
// closures, R-DAYS-BIZ): they do not depend on today. A case of an unknown
// procedure has no deadlines.
func summarize(c *Case, person string, cal procedures.Calendar) Summary {
	s := Summary{
		CaseID:    c.ID,
		PersonID:  c.PersonID,
		Person:    person,
		Procedure: c.Procedure,
		Stage:     c.Progress.ShownStage(),
		Updated:   c.Updated,
	}
	if p, err := procedures.Lookup(c.Procedure); err == nil {
		s.Deadlines = track(p, c, cal)
	}
	return s
}

// track is procedures.Track, except that a panic in a procedure's rules
// yields no deadlines instead of losing the write that triggered it: the
// answer being saved matters more than its row, and the case view
// recomputes the dates anyway.
func track(p *procedures.Procedure, c *Case, cal procedures.Calendar) (ds []procedures.Deadline) {
	defer func() {
		if recover() != nil {
			ds = nil
		}
	}()
	return procedures.Track(p, c.Answers, c.Progress, procedures.Context{Calendar: cal})
}

// putRow writes one index row, adding its new strings to the index's
// string table, and compacts the table when it has grown too much.
func putRow(tx *bolt.Tx, s Summary) error {
	idx := tx.Bucket(bucketIndex)
	w, err := newTableWriter(idx)
	if err != nil {
		return err
	}
	row := encodeSummary(s, w.id)
	if w.err != nil {
		return w.err
	}
	old := idx.Get(itob(s.CaseID))
	if err := putDue(tx, s.CaseID, old, s.Deadlines); err != nil {
		return err
	}
	if err := putAgenda(tx, old, &s, w.id); err != nil {
		return err
	}
	if err := idx.Put(itob(s.CaseID), row); err != nil {
		return err
	}
	if w.added > 0 && w.overgrown() {
		if err := compactIndex(tx); err != nil {
			return err
		}
		// The agenda's texts are ids of the table compactIndex renumbered:
		// a key in use is written again. A key an import or a copy paused
		// stays paused (Close writes it whole): filled here, the rest of
		// the import would insert its entries one by one into one growing
		// page, which cost `db copy` of 100,000 cases two minutes.
		if ag := tx.Bucket(bucketAgenda); ag != nil && !hasKey(ag, agendaPausedKey) {
			return fillAgenda(tx, tx.Bucket(bucketIndex))
		}
	}
	return nil
}

// renameInIndex rewrites the person's name in the rows of their cases,
// ids.
func renameInIndex(tx *bolt.Tx, ids []uint64, name string) error {
	idx := tx.Bucket(bucketIndex)
	strs, err := loadStrings(idx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		v := idx.Get(itob(id))
		if v == nil {
			continue
		}
		s, err := newRowDecoder(strs).decode(v)
		if err != nil {
			return fmt.Errorf("index row of case %d: %w", id, err)
		}
		s.Person = name
		if err := putRow(tx, s); err != nil {
			return err
		}
	}
	return nil
}

// errIndexDamaged marks an index that cannot be read as written: a row or
// the string table does not decode. The index is derived data: the cases
// hold the truth, so a damaged index is recomputed, never reported as lost.
var errIndexDamaged = errors.New("the deadline index is damaged")

// Summaries returns every case's index row, in case-id order, in one read
// transaction. It decodes no case: this is what makes `tramite deadlines`
// fast on 10,000 cases. A damaged index is recomputed (see EachSummary).
func (s *Store) Summaries() ([]Summary, error) {
	var out []Summary
	err := s.EachSummary(func(row *Summary) error {
		if out == nil {
			out = make([]Summary, 0, 64)
		}
		r := *row
		r.Deadlines = slices.Clone(row.Deadlines)
		out = append(out, r)
		return nil
	})
	return out, err
}

// EachSummary calls fn with every case's index row, in case-id order, in
// one read transaction, as Summaries would return them; an error from fn
// stops the walk and is returned as is. It decodes every row into the same
// Summary: fn may keep its strings, which are never overwritten, but not
// the Summary or its Deadlines slice, whose elements the next row
// overwrites. A listing over 10,000 cases that keeps only what it prints
// allocates a few bytes per row instead of a Summary and its Deadlines.
// fn must not write to the store.
//
// A row that does not decode is computed from its case instead, and a
// read-write store then rebuilds the whole index; a damaged string table
// (found before any row is given to fn) is rebuilt at once, or on a
// read-only store every row is computed from the cases.
func (s *Store) EachSummary(fn func(*Summary) error) error {
	if s.staleIndex {
		return s.eachComputedSummary(fn)
	}
	var stop error
	damaged := false
	err := s.view("reading the deadline index", func(tx *bolt.Tx) error {
		idx := tx.Bucket(bucketIndex)
		strs, err := loadStrings(idx)
		if err != nil {
			return err
		}
		rows := s.newSummaryReader(strs)
		defer func() { damaged = rows.damaged }()
		return idx.ForEach(func(k, v []byte) error {
			if v == nil { // the string table
				return nil
			}
			r, err := rows.read(tx, btoi(k), v)
			if err != nil {
				return err
			}
			if err := fn(r); err != nil {
				stop = err
				return err
			}
			return nil
		})
	})
	if stop != nil {
		return stop
	}
	if errors.Is(err, errIndexDamaged) {
		// Nothing reached fn: rebuild and read again, or compute.
		if s.writeLocked() {
			return s.eachComputedSummary(fn)
		}
		if err := s.ReindexAll(); err != nil {
			return err
		}
		return s.EachSummary(fn)
	}
	if err == nil && damaged && !s.writeLocked() {
		return s.ReindexAll()
	}
	return err
}

// computeRow computes the index row of case id from the case itself.
func (s *Store) computeRow(tx *bolt.Tx, id uint64) (Summary, error) {
	c, err := getCase(tx, id)
	if err != nil {
		return Summary{}, fmt.Errorf("the case cannot be read: %w", err)
	}
	name := ""
	if p, err := getPerson(tx, c.PersonID); err == nil {
		name = p.Name
	}
	return summarize(&c, name, s.calendar()), nil
}

// eachComputedSummary is EachSummary over rows computed from the cases,
// for a read-only store whose index was computed with other rules.
func (s *Store) eachComputedSummary(fn func(*Summary) error) error {
	var stop error
	err := s.view("computing the deadlines", func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCases).ForEach(func(k, v []byte) error {
			c, err := decodeCase(v)
			if err != nil {
				return fmt.Errorf("case %d is damaged: %w", btoi(k), err)
			}
			name := ""
			if p, err := getPerson(tx, c.PersonID); err == nil {
				name = p.Name
			}
			row := summarize(&c, name, s.calendar())
			if err := fn(&row); err != nil {
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

// computeSummaries builds the rows from the cases, for a read-only store
// whose index was computed with other rules.
func (s *Store) computeSummaries() ([]Summary, error) {
	var out []Summary
	err := s.eachComputedSummary(func(row *Summary) error {
		out = append(out, *row) // each computed row is fresh
		return nil
	})
	return out, err
}

// ReindexAll rebuilds every index row from the cases, in one transaction,
// with the store's office calendar. Open calls it when the rules version
// changes (a migration, new rules, a new procedure).
func (s *Store) ReindexAll() error {
	return s.update("rebuilding the deadline index", func(tx *bolt.Tx) error {
		return reindex(tx, s.calendar())
	})
}

// reindex is ReindexAll inside an existing transaction, computing the rows
// with cal.
func reindex(tx *bolt.Tx, cal procedures.Calendar) error {
	if err := tx.DeleteBucket(bucketIndex); err != nil {
		return fmt.Errorf("clearing the index: %w", err)
	}
	idx, err := tx.CreateBucket(bucketIndex)
	if err != nil {
		return fmt.Errorf("creating the index: %w", err)
	}
	idx.FillPercent = appendFill
	if tx.Bucket(bucketDue) != nil {
		if err := tx.DeleteBucket(bucketDue); err != nil {
			return fmt.Errorf("clearing the index's dates: %w", err)
		}
	}
	due, err := tx.CreateBucket(bucketDue)
	if err != nil {
		return fmt.Errorf("creating the index's dates: %w", err)
	}
	w, err := newTableWriter(idx)
	if err != nil {
		return err
	}
	names := map[uint64]string{}
	// The due keys are put in their order after the walk: bbolt keeps a
	// new bucket's entries in one node until the commit, and 87,000 keys
	// put in case order each moved the ones after them (quadratic).
	var dueKeys [][]byte
	err = tx.Bucket(bucketCases).ForEach(func(k, v []byte) error {
		c, err := decodeCase(v)
		if err != nil {
			return fmt.Errorf("case %d is damaged: %w", btoi(k), err)
		}
		name, ok := names[c.PersonID]
		if !ok {
			if p, err := getPerson(tx, c.PersonID); err == nil {
				name = p.Name
			}
			names[c.PersonID] = name
		}
		sum := summarize(&c, name, cal)
		row := encodeSummary(sum, w.id)
		if w.err != nil {
			return w.err
		}
		if day, ok := dueOf(sum.Deadlines); ok {
			dueKeys = append(dueKeys, dueKey(day, sum.CaseID))
		}
		return idx.Put(k, row)
	})
	if err != nil {
		return err
	}
	if err := putSorted(due, dueKeys, nil); err != nil {
		return err
	}
	if err := w.markLive(); err != nil {
		return err
	}
	if err := fillAgenda(tx, idx); err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(keyRules, []byte(rulesVersion()))
}

// putSorted puts keys into b in key order, each with its value of vals
// (nil vals: empty values): into a bucket created in the same
// transaction, each put then appends.
func putSorted(b *bolt.Bucket, keys, vals [][]byte) error {
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return bytes.Compare(keys[x], keys[y]) })
	for _, i := range order {
		var v []byte
		if vals != nil {
			v = vals[i]
		}
		if err := b.Put(keys[i], v); err != nil {
			return err
		}
	}
	return nil
}
