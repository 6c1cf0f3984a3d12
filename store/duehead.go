package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// ErrNoDueOrder is EachSummaryByDue's answer when the file cannot give
// its rows in date order (a file older than the date-ordered key, read
// read-only, or an index computed with other rules): the caller reads
// every row instead (EachSummary).
var ErrNoDueOrder = errors.New("this file has no date-ordered key to read")

// EachSummaryByDue calls fn with the index row of each case that has a
// deadline not done, in the order of that case's earliest date to act by
// among those (its due day, given to fn), then case id, from one
// consistent snapshot, until fn returns an error (which it returns; a
// caller that has what it needs returns a sentinel of its own). A case
// whose deadlines are all done is never given. fn may keep the row: it is
// decoded afresh for each call.
//
// It is the head of the agenda without reading the rest: every pending
// deadline of a case not given yet is on or after the due day of the
// case given last, so a screen's first rows need only the first few
// cases (the dashboard's first frame at 100,000 cases).
func (s *Store) EachSummaryByDue(fn func(due procedures.Date, row *Summary) error) error {
	if s.staleIndex {
		return ErrNoDueOrder
	}
	var stop error
	noKey := false
	err := s.view("reading the deadline index", func(tx *bolt.Tx) error {
		due := tx.Bucket(bucketDue)
		idx := tx.Bucket(bucketIndex)
		if due == nil || idx == nil {
			noKey = true
			return nil
		}
		strs, err := loadStrings(idx)
		if err != nil {
			noKey = true
			return nil
		}
		dec := newRowDecoder(strs)
		c := due.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) != 12 {
				continue
			}
			day := binary.BigEndian.Uint32(k[:4])
			id := binary.BigEndian.Uint64(k[4:])
			v := idx.Get(itob(id))
			if v == nil {
				continue // the due key of a deleted row: nothing to list
			}
			var row Summary
			if err := dec.decodeInto(v, &row, func(n int) []procedures.Deadline { return make([]procedures.Deadline, n) }); err != nil {
				computed, cerr := s.computeRow(tx, id)
				if cerr != nil {
					return fmt.Errorf("case %d: its index row does not decode (%v) and %w", id, err, cerr)
				}
				row = computed
			}
			d := procedures.Date{Year: int(day / 10000), Month: time.Month(day / 100 % 100), Day: int(day % 100)}
			if err := fn(d, &row); err != nil {
				stop = err
				return err
			}
		}
		return nil
	})
	if stop != nil {
		return stop
	}
	if err == nil && noKey {
		return ErrNoDueOrder
	}
	return err
}
