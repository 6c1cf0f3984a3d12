package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	mathbits "math/bits"
	"slices"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// bucketDue is the date-ordered key of the deadline index (schema 2): one
// key per case that has a deadline not done, the earliest date to act by
// among those (R-DAYS-CLOSED: ActBy when set, else the legal date) as
// big-endian YYYYMMDD, then the case id; the value is empty. It is written
// with the case's index row, in the same transaction, so that a listing
// bounded by a date (`tramite deadlines --within N`) reads the index rows
// of those cases only. A deadline the rules mark done, or that today makes
// done (procedures.Applicable supersedes, never moves a date), is never
// pending: the key is the earliest date any listing of pending deadlines
// can show for the case.
var bucketDue = []byte("due")

// dueDay packs a date as YYYYMMDD, clamped to years 0 to 9999 so that
// byte order is date order.
func dueDay(d procedures.Date) uint32 {
	switch {
	case d.Year < 0:
		return 0
	case d.Year > 9999:
		return 99991231
	}
	return uint32(d.Year)*10000 + uint32(d.Month)*100 + uint32(d.Day)
}

// dueOf is the due day of a case's deadlines: the earliest date to act by
// of those not done; ok is false when every one is done (or none exists).
func dueOf(ds []procedures.Deadline) (day uint32, ok bool) {
	for i := range ds {
		d := &ds[i]
		if d.Done {
			continue
		}
		act := d.Date
		if !d.ActBy.IsZero() {
			act = d.ActBy
		}
		if k := dueDay(act); !ok || k < day {
			day, ok = k, true
		}
	}
	return day, ok
}

// dueKey is a key of the due bucket.
func dueKey(day uint32, caseID uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(make([]byte, 0, 12), day), caseID)
}

// rowDue reads the due day of an encoded index row without its string
// table: only the dates and flags of its deadlines.
func rowDue(data []byte) (day uint32, ok bool, err error) {
	r := rowDecoder{rowBytes: rowBytes{buf: data}}
	n, err := r.skipToDeadlines()
	if err != nil {
		return 0, false, err
	}
	for i := uint64(0); i < n && r.err == nil; i++ {
		r.skipRef() // key
		d, _ := r.briefDeadline()
		if k, has := dueOf([]procedures.Deadline{d}); has && (!ok || k < day) {
			day, ok = k, true
		}
	}
	return day, ok, r.err
}

// briefDeadline reads one deadline of a row, after its key, without its
// strings: its dates, kind and flags, and whether it is contingent (has
// an IfMissed).
func (r *rowDecoder) briefDeadline() (d procedures.Deadline, contingent bool) {
	d.Date = r.date()
	d.Kind = procedures.DeadlineKind(r.uvarint())
	r.skipRef() // title
	d.ActBy = r.date()
	r.skipRef() // note
	r.skipRef() // rule
	flags := r.byte()
	d.Done = flags&flagDone != 0
	d.AfterFiling = flags&flagAfterFiling != 0
	contingent = len(r.buf) > 0 && r.buf[0] != 0 // not the empty string
	r.skipRef()                                  // if missed
	return d, contingent
}

// skipToDeadlines reads a row's format and the fields before its
// deadlines without their strings, and returns how many deadlines follow
// (refusing a count the row's length cannot hold): the partial reads of
// a row (rowDue, rowBrief, rowKeyDeadlines) start here.
func (r *rowDecoder) skipToDeadlines() (uint64, error) {
	if v := r.byte(); r.err == nil && v != rowVersion {
		return 0, fmt.Errorf("index row format %d is unknown", v)
	}
	r.uvarint() // case
	r.uvarint() // person
	r.skipRef() // person's name
	r.skipRef() // procedure
	r.skipRef() // stage
	r.varint()  // updated
	r.uvarint()
	n := r.uvarint()
	if n > uint64(len(r.buf)/minDeadlineBytes) {
		r.fail(errShortRow)
	}
	return n, nil
}

// skipRef reads past a string without looking it up.
func (r *rowDecoder) skipRef() {
	x := r.uvarint()
	if x&1 == 1 {
		n := x >> 1
		if n > uint64(len(r.buf)) {
			r.fail(errShortRow)
			return
		}
		r.buf = r.buf[n:]
	}
}

// putDue replaces case id's due key: old is its index row before the
// write (nil when it had none), ds its deadlines now.
func putDue(tx *bolt.Tx, id uint64, old []byte, ds []procedures.Deadline) error {
	due := tx.Bucket(bucketDue)
	if due == nil {
		return nil // an older file being migrated: reindex fills it
	}
	if err := deleteDue(due, id, old); err != nil {
		return err
	}
	if day, ok := dueOf(ds); ok {
		return due.Put(dueKey(day, id), nil)
	}
	return nil
}

// deleteDue deletes case id's due key, found from its index row old; a
// row that does not decode is looked for in the whole bucket.
func deleteDue(due *bolt.Bucket, id uint64, old []byte) error {
	if old == nil {
		return nil
	}
	day, ok, err := rowDue(old)
	if err == nil {
		if !ok {
			return nil
		}
		return due.Delete(dueKey(day, id))
	}
	var stale [][]byte
	_ = due.ForEach(func(k, _ []byte) error {
		if len(k) == 12 && binary.BigEndian.Uint64(k[4:]) == id {
			stale = append(stale, bytes.Clone(k))
		}
		return nil
	})
	for _, k := range stale {
		if err := due.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// deleteRow deletes case id's index row, its due key and its agenda
// entries.
func deleteRow(tx *bolt.Tx, id uint64) error {
	idx := tx.Bucket(bucketIndex)
	old := idx.Get(itob(id))
	if due := tx.Bucket(bucketDue); due != nil {
		if err := deleteDue(due, id, old); err != nil {
			return err
		}
	}
	if ag := tx.Bucket(bucketAgenda); ag != nil {
		if err := deleteAgenda(tx, ag, id, old); err != nil {
			return err
		}
	}
	return idx.Delete(itob(id))
}

// EachSummaryDue calls fn, in case-id order, with the index row of every
// case that has a deadline not done whose date to act by is on or before
// until, from one consistent snapshot: the rows a listing of pending
// deadlines up to until needs (fn still filters by today:
// procedures.Applicable may mark one done). It reads the date-ordered
// key, then only those rows. The rules of fn are EachSummary's.
func (s *Store) EachSummaryDue(until procedures.Date, fn func(*Summary) error) error {
	fn = DueFilter(until, fn)
	if s.staleIndex {
		return s.eachComputedSummary(fn)
	}
	var stop error
	fallback := false
	err := s.view("reading the deadline index", func(tx *bolt.Tx) error {
		due := tx.Bucket(bucketDue)
		if due == nil {
			fallback = true
			return nil
		}
		var ids []uint64
		limit := binary.BigEndian.AppendUint32(nil, dueDay(until))
		// The key's pages, as the rows', are given back as they are
		// read (pageReleaser): a key's page is a few hundred keys.
		rel := newPageReleaser(tx)
		defer rel.release()
		c := due.Cursor()
		for k, _ := c.First(); k != nil && bytes.Compare(k[:min(4, len(k))], limit) <= 0; k, _ = c.Next() {
			if len(k) == 12 {
				ids = append(ids, binary.BigEndian.Uint64(k[4:]))
				if len(ids)%(16*releaseEvery) == 0 {
					rel.release()
				}
			}
		}
		rel.release()
		ids = sortIDs(ids)
		idx := tx.Bucket(bucketIndex)
		strs, err := loadStrings(idx)
		if err != nil {
			fallback = true
			return nil
		}
		rows := s.newSummaryReader(strs)
		ic := idx.Cursor()
		var k, v []byte
		for i, id := range ids {
			want := itob(id)
			// Consecutive ids are neighbours: step to them rather than
			// descend the tree again.
			if i > 0 && k != nil && id > btoi(k) && id-btoi(k) <= 16 {
				for k != nil && bytes.Compare(k, want) < 0 {
					k, v = ic.Next()
				}
			} else {
				k, v = ic.Seek(want)
			}
			if k == nil || !bytes.Equal(k, want) || v == nil {
				continue // the due key of a deleted row: nothing to list
			}
			rel.saw()
			r, err := rows.read(tx, id, v)
			if err != nil {
				return err
			}
			if err := fn(r); err != nil {
				stop = err
				return err
			}
		}
		return nil
	})
	if stop != nil {
		return stop
	}
	if err == nil && fallback {
		return s.EachSummary(fn)
	}
	return err
}

// sortIDs sorts distinct case ids: through a bitmap of the ids when they
// are dense enough (a file's ids count up from 1), else by comparison.
func sortIDs(ids []uint64) []uint64 {
	var top uint64
	for _, id := range ids {
		top = max(top, id)
	}
	if len(ids) < 1024 || top/64 > uint64(len(ids))*4 {
		slices.Sort(ids)
		return ids
	}
	bits := make([]uint64, top/64+1)
	for _, id := range ids {
		bits[id/64] |= 1 << (id % 64)
	}
	out := ids[:0]
	for w, b := range bits {
		for b != 0 {
			out = append(out, uint64(w)*64+uint64(mathbits.TrailingZeros64(b)))
			b &= b - 1
		}
	}
	return out
}

// DueFilter wraps fn so that it sees only the rows EachSummaryDue(until)
// gives: those with a deadline not done to act by on or before until.
// Engines use it where they read rows without their date-ordered key.
func DueFilter(until procedures.Date, fn func(*Summary) error) func(*Summary) error {
	day := dueDay(until)
	return func(s *Summary) error {
		if d, ok := dueOf(s.Deadlines); ok && d <= day {
			return fn(s)
		}
		return nil
	}
}
