package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// ErrNoDueOrder is the answer of EachDueRow and EachSummaryByDue when the
// file cannot give its rows in date order (a file older than the
// date-ordered key, read read-only, or an index computed with other
// rules): the caller reads every row instead (EachSummary).
var ErrNoDueOrder = errors.New("this file has no date-ordered key to read")

// DueRow is one case of the date-ordered key, as EachDueRow gives it.
type DueRow struct {
	// Due is the case's earliest date to act by among its deadlines not
	// done (its place in the key).
	Due    procedures.Date
	CaseID uint64
	// Deadlines are the case's deadlines without their words: dates,
	// kind, Done and AfterFiling only (Key, Title, Note, Rule and
	// IfMissed are empty). Valid during the call only.
	Deadlines []procedures.Deadline
	// Contingent: a deadline applies only if another is missed
	// (IfMissed), so which apply needs the words: see Full.
	Contingent bool

	full func() (*Summary, error)
}

// Full decodes the whole index row of the case (its own copy, which the
// caller may keep). Only during the call of EachDueRow's fn.
func (r *DueRow) Full() (*Summary, error) { return r.full() }

// dueReleaseEvery is how many rows EachDueRow reads between two releases
// of the mapped pages.
const dueReleaseEvery = 2048

// EachDueRow calls fn for each case that has a deadline not done, in the
// order of its due day (then case id), from one consistent snapshot, until
// fn returns an error (which it returns; a caller that has what it needs
// returns a sentinel of its own). A case whose deadlines are all done is
// never given.
//
// It is the head of the agenda without reading the rest: every deadline
// not done of a case not given yet is on or after the due day of the case
// given last, so a screen's first rows need only the first cases (the
// dashboard's first frame at 100,000 cases). Each row is read without its
// words (cheap); fn asks Full for those it shows.
func (s *Store) EachDueRow(fn func(*DueRow) error) error {
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
		var dec *rowDecoder // with the string table, read on the first Full
		var (
			row   DueRow
			id    uint64
			v     []byte
			brief []procedures.Deadline
		)
		row.full = func() (*Summary, error) {
			if dec == nil {
				strs, err := loadStrings(idx)
				if err != nil {
					return nil, err
				}
				dec = newRowDecoder(strs)
			}
			var out Summary
			if err := dec.decodeInto(v, &out, func(n int) []procedures.Deadline { return make([]procedures.Deadline, n) }); err != nil {
				computed, cerr := s.computeRow(tx, id)
				if cerr != nil {
					return nil, fmt.Errorf("case %d: its index row does not decode (%v) and %w", id, err, cerr)
				}
				out = computed
			}
			return &out, nil
		}
		// Each row is a lookup in the index, in no order of its pages,
		// and the kernel maps 64 KB around each page read: a preview that
		// reads many rows before it has its screenful (5,282 at 100,000
		// cases) kept 55 MB of the index resident. The pages are given
		// back every dueReleaseEvery rows (pageReleaser). A release costs
		// the faults of the rows after it, which would otherwise find
		// their pages mapped: the preview's data frame came 1.25x later
		// with a release every 1,024 rows, 1.12x every 2,048 (61 MB peak
		// at that frame, against 67-79 MB without).
		rel := newPageReleaser(tx)
		defer rel.release()
		n := 0
		c := due.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) != 12 {
				continue
			}
			day := binary.BigEndian.Uint32(k[:4])
			id = binary.BigEndian.Uint64(k[4:])
			v = idx.Get(itob(id))
			if v == nil {
				continue // the due key of a deleted row: nothing to list
			}
			if n++; n%dueReleaseEvery == 0 {
				rel.release()
			}
			var contingent bool
			var err error
			brief, contingent, err = rowBrief(v, brief[:0])
			row.Due = procedures.Date{Year: int(day / 10000), Month: time.Month(day / 100 % 100), Day: int(day % 100)}
			row.CaseID, row.Deadlines, row.Contingent = id, brief, contingent
			if err != nil {
				// Let Full decode (or compute) it, as a contingent row.
				row.Deadlines, row.Contingent = nil, true
			}
			if err := fn(&row); err != nil {
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

// rowBrief appends an encoded index row's deadlines to ds without their
// strings (see DueRow.Deadlines), and tells whether one is contingent.
func rowBrief(data []byte, ds []procedures.Deadline) ([]procedures.Deadline, bool, error) {
	r := rowDecoder{rowBytes: rowBytes{buf: data}}
	n, err := r.skipToDeadlines()
	if err != nil {
		return ds, false, err
	}
	contingent := false
	for i := uint64(0); i < n && r.err == nil; i++ {
		r.skipRef() // key
		d, ifMissed := r.briefDeadline()
		contingent = contingent || ifMissed
		ds = append(ds, d)
	}
	return ds, contingent, r.err
}

// EachSummaryByDue is EachDueRow with each case's whole index row.
func (s *Store) EachSummaryByDue(fn func(due procedures.Date, row *Summary) error) error {
	return s.EachDueRow(func(r *DueRow) error {
		row, err := r.Full()
		if err != nil {
			return err
		}
		return fn(r.Due, row)
	})
}
