package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
	"tramite/procedures"
)

// bucketAgenda is the per-deadline key of the index (index format 3): one
// key per deadline of every case, in the agenda's one order
// (casebook.CompareDeadlines: the date to act by, the case id, the
// deadline's key, then its place in the case), its value what a listing
// prints of it. A listing is then one ordered range read: no row decoded,
// nothing held, nothing sorted, and `deadlines --within N` stops at its
// last date. It is written with the case's index row, in the same
// transaction, and rebuilt with the index (reindex, compactIndex).
//
//	key:   class (0: not done as stored and casebook.StaysPending, 1:
//	       done, 2: not done, history once past), due day (dueDay of
//	       casebook.ActDate, 4 bytes big-endian), case id (8 bytes
//	       big-endian), rank (1 byte: the deadline's place among the
//	       case's deadlines ordered by key, then by their order)
//	value: byte flags (1: ActBy set, 2: its applicability may change:
//	       casebook.MayChange), uvarint kind, uvarint ids of procedure, key,
//	       title, rule and note (the index's string table), then the
//	       legal date when ActBy is set (as a row's date), the
//	       deadline's place in the case when contingent (uvarint), the
//	       person's name (uvarint length, then its bytes), and last,
//	       when contingent, the case's deadlines as
//	       procedures.AppendApplicable reads them (uvarint count, then
//	       each one's key and IfMissed ids and its date): the rest of
//	       the value (index format 4; in format 3 the name came last)
//
// The case's deadlines come last so that an entry is read without them:
// a listing decodes and checks them once for the case (KeyedDeadline.Case,
// which casebook calls once per case), not once for each of its entries.
//
// Each class is a range of its own: a listing of pending deadlines (the
// default, `--within N`) merges the first range, whose dates before today
// are what is late, with the third from today on (index format 4: the
// openings and reminders past, 17% of the entries to a month ahead at
// 100,000 demo cases, are not read); `--all` merges the three.
//
// A case the key cannot hold as is (a date it cannot order, a text with no
// id, more than 255 deadlines) gets a marker key instead (agendaOdd, then
// the case id): while one exists, the file's listings read the rows
// (casebook.ErrNoAgendaKey). The bucket is not one of allBuckets: a file
// without it (written by a tramite before it) is read through its rows
// until a read-write open rebuilds the index (the rules version names the
// index format).
var bucketAgenda = []byte("agenda")

const (
	agendaNotDone = 0
	agendaDone    = 1
	agendaHistory = 2
	agendaOdd     = 0xff
	agendaKeyLen  = 14

	agendaFlagActBy      = 1
	agendaFlagContingent = 2
)

// agendaEntry is one key and value of the agenda bucket.
type agendaEntry struct{ k, v []byte }

// keyedDate reports whether the key's due day holds d exactly, in date
// order: a real calendar date of years 0 to 9999.
func keyedDate(d procedures.Date) bool {
	if d.Year < 0 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return false
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day && t.Month() == d.Month
}

// agendaRanks gives each of ds its rank: its place among ds ordered by
// key, then by their order (a stable sort), which is the agenda's order
// among a case's deadlines of one day.
func agendaRanks(ds []procedures.Deadline) []uint8 {
	order := make([]int, len(ds))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return strings.Compare(ds[x].Key, ds[y].Key) })
	ranks := make([]uint8, len(ds))
	for r, i := range order {
		ranks[i] = uint8(r)
	}
	return ranks
}

// agendaKey is the key of deadline d of case id with rank r; ok is false
// when the key cannot hold it.
func agendaKey(id uint64, d *procedures.Deadline, r uint8) ([]byte, bool) {
	act := casebook.ActDate(d)
	if !keyedDate(act) {
		return nil, false
	}
	k := make([]byte, 1, agendaKeyLen)
	switch {
	case d.Done:
		k[0] = agendaDone
	case !casebook.StaysPending(d):
		k[0] = agendaHistory
	}
	k = binary.BigEndian.AppendUint32(k, dueDay(act))
	k = binary.BigEndian.AppendUint64(k, id)
	return append(k, r), true
}

func agendaOddKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{agendaOdd}, id)
}

// agendaEntries appends the entries of s's deadlines to out, their texts
// given ids by ids; ok is false when the key cannot hold the case (its
// marker is then the one entry to write).
func agendaEntries(out []agendaEntry, s *Summary, ids stringIDs) (_ []agendaEntry, ok bool) {
	ds := s.Deadlines
	if len(ds) > 255 || ids == nil {
		return out, false
	}
	start := len(out)
	ranks := agendaRanks(ds)
	id := func(t string) (uint64, bool) {
		if t == "" {
			return 0, true
		}
		x := ids(t)
		return x, x != 0
	}
	for i := range ds {
		d := &ds[i]
		k, ok := agendaKey(s.CaseID, d, ranks[i])
		if !ok || d.Kind < 0 {
			return out[:start], false
		}
		var flags byte
		if !d.ActBy.IsZero() {
			flags |= agendaFlagActBy
		}
		// Only a deadline whose applicability may change carries its
		// case's deadlines (index format 4): the others apply as they
		// are, every day.
		contingent := casebook.MayChange(ds, i)
		if contingent {
			flags |= agendaFlagContingent
		}
		v := make([]byte, 0, 18+len(s.Person))
		v = append(v, flags)
		v = binary.AppendUvarint(v, uint64(d.Kind))
		for _, t := range [...]string{s.Procedure, d.Key, d.Title, d.Rule, d.Note} {
			x, ok := id(t)
			if !ok {
				return out[:start], false
			}
			v = binary.AppendUvarint(v, x)
		}
		if flags&agendaFlagActBy != 0 {
			v = binary.AppendVarint(v, int64(d.Date.Year))
			v = append(v, byte(d.Date.Month), byte(d.Date.Day))
		}
		if contingent {
			v = binary.AppendUvarint(v, uint64(i))
		}
		v = binary.AppendUvarint(v, uint64(len(s.Person)))
		v = append(v, s.Person...)
		if contingent {
			// What procedures.AppendApplicable reads of the case's
			// deadlines: their keys, dates and IfMissed.
			v = binary.AppendUvarint(v, uint64(len(ds)))
			for j := range ds {
				e := &ds[j]
				for _, t := range [...]string{e.Key, e.IfMissed} {
					x, ok := id(t)
					if !ok {
						return out[:start], false
					}
					v = binary.AppendUvarint(v, x)
				}
				v = binary.AppendVarint(v, int64(e.Date.Year))
				v = append(v, byte(e.Date.Month), byte(e.Date.Day))
			}
		}
		out = append(out, agendaEntry{k, v})
	}
	return out, true
}

// putAgenda replaces case s.CaseID's entries: old is its index row before
// the write (nil when it had none).
func putAgenda(tx *bolt.Tx, old []byte, s *Summary, ids stringIDs) error {
	ag := tx.Bucket(bucketAgenda)
	if ag == nil {
		return nil // an older file: the reindex of its upgrade fills it
	}
	if hasKey(ag, agendaPausedKey) {
		return nil // paused by an import: Close writes it whole (agendapack.go)
	}
	if err := deleteAgenda(tx, ag, s.CaseID, old); err != nil {
		return err
	}
	es, ok := agendaEntries(nil, s, ids)
	if !ok {
		return ag.Put(agendaOddKey(s.CaseID), nil)
	}
	for _, e := range es {
		if err := ag.Put(e.k, e.v); err != nil {
			return err
		}
	}
	return countAgendaWrites(ag, len(es))
}

// deleteAgenda deletes case id's entries, found from its index row old;
// when old does not decode, they are looked for in the whole bucket.
func deleteAgenda(tx *bolt.Tx, ag *bolt.Bucket, id uint64, old []byte) error {
	if old == nil {
		return nil
	}
	if err := ag.Delete(agendaOddKey(id)); err != nil {
		return err
	}
	var table *bolt.Bucket
	if idx := tx.Bucket(bucketIndex); idx != nil {
		table = idx.Bucket(bucketStrings)
	}
	ds, err := rowKeyDeadlines(old, func(x uint64) (string, bool) {
		if table == nil {
			return "", false
		}
		v := table.Get(append([]byte{prefixID}, itob(x)...))
		return string(v), v != nil
	})
	if err == nil && len(ds) <= 255 {
		ranks := agendaRanks(ds)
		for i := range ds {
			if k, ok := agendaKey(id, &ds[i], ranks[i]); ok {
				if err := ag.Delete(k); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var stale [][]byte
	c := ag.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) == agendaKeyLen && binary.BigEndian.Uint64(k[5:13]) == id {
			stale = append(stale, bytes.Clone(k))
		}
	}
	for _, k := range stale {
		if err := ag.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// rowKeyDeadlines reads an encoded index row's deadlines with what their
// agenda keys need: key, dates and Done, the keys looked up by id.
func rowKeyDeadlines(data []byte, lookup func(uint64) (string, bool)) ([]procedures.Deadline, error) {
	r := rowDecoder{rowBytes: rowBytes{buf: data}}
	n, err := r.skipToDeadlines()
	if err != nil {
		return nil, err
	}
	var ds []procedures.Deadline
	for i := uint64(0); i < n && r.err == nil; i++ {
		var d procedures.Deadline
		x := r.uvarint()
		if x&1 == 0 {
			if x != 0 {
				s, ok := lookup(x >> 1)
				if !ok {
					return nil, errors.New("index row names a string the index does not have")
				}
				d.Key = s
			}
		} else if n := x >> 1; n <= uint64(len(r.buf)) {
			d.Key = string(r.buf[:n])
			r.buf = r.buf[n:]
		} else {
			r.fail(errShortRow)
		}
		b, _ := r.briefDeadline()
		d.Date, d.ActBy, d.Done, d.Kind = b.Date, b.ActBy, b.Done, b.Kind
		ds = append(ds, d)
	}
	return ds, r.err
}

// fillAgenda writes the entries of every index row of idx into a new
// agenda bucket (replacing any), in key order with full pages: reindex
// and compactIndex call it once the rows are written.
func fillAgenda(tx *bolt.Tx, idx *bolt.Bucket) error {
	if tx.Bucket(bucketAgenda) != nil {
		if err := tx.DeleteBucket(bucketAgenda); err != nil {
			return fmt.Errorf("clearing the index's agenda: %w", err)
		}
	}
	ag, err := tx.CreateBucket(bucketAgenda)
	if err != nil {
		return fmt.Errorf("creating the index's agenda: %w", err)
	}
	ag.FillPercent = appendFill
	strs, err := loadStrings(idx)
	if err != nil {
		return err
	}
	ids := make(map[string]uint64, len(strs))
	for i, s := range strs {
		if i > 0 {
			ids[s] = uint64(i)
		}
	}
	idOf := func(s string) uint64 { return ids[s] }
	dec := newRowDecoder(strs)
	var (
		es  []agendaEntry
		odd [][]byte
		row Summary
	)
	err = idx.ForEach(func(k, v []byte) error {
		if v == nil { // the string table
			return nil
		}
		if err := dec.decodeInto(v, &row, dec.deadlines); err != nil {
			return fmt.Errorf("index row of case %d: %w", btoi(k), err)
		}
		var ok bool
		if es, ok = agendaEntries(es, &row, idOf); !ok {
			odd = append(odd, agendaOddKey(row.CaseID))
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(es, func(a, b agendaEntry) int { return bytes.Compare(a.k, b.k) })
	for _, e := range es {
		if err := ag.Put(e.k, e.v); err != nil {
			return err
		}
	}
	if err := agendaPacked(ag, len(es)); err != nil {
		return err
	}
	for _, k := range odd {
		if err := ag.Put(k, nil); err != nil {
			return err
		}
	}
	return nil
}

// EachAgendaKey is casebook.AgendaKeySource's: each deadline q asks for,
// in the agenda's order, from the per-deadline key (bucketAgenda), with
// the index's string table as its texts. It returns
// casebook.ErrNoAgendaKey, before any call of fn, for a file without the
// key, an index computed with other rules, or a case the key cannot hold.
// A value that does not decode (damage the open's check did not see: a
// read-only open checks nothing) stops the listing with an error wrapping
// errIndexDamaged, whether met by the entry's read or by its case's
// deadlines (KeyedDeadline.Case); a read-write open rebuilds the index
// then.
func (s *Store) EachAgendaKey(q casebook.AgendaKeyQuery, fn func(texts []string, d *casebook.KeyedDeadline) error) error {
	if s.staleIndex {
		return casebook.ErrNoAgendaKey
	}
	var stop error
	noKey, damaged := false, false
	err := s.view("reading the deadline index", func(tx *bolt.Tx) error {
		ag, idx := tx.Bucket(bucketAgenda), tx.Bucket(bucketIndex)
		if ag == nil || idx == nil {
			noKey = true
			return nil
		}
		if k, _ := ag.Cursor().Seek([]byte{agendaOdd}); k != nil {
			noKey = true
			return nil
		}
		// A bounded listing reads the strings it meets (lazyStrings);
		// one of every deadline meets nearly all of them.
		table, err := openLazyStrings(idx)
		if err != nil || !q.Bounded && !table.readAll() {
			noKey = true
			return nil
		}
		strs := table.strs
		nstrs := uint64(len(strs))
		limit := uint32(1<<32 - 1)
		if q.Bounded {
			limit = dueDay(q.Until)
		}
		// The listing merges the key's classes it needs, each a range
		// in the agenda's order: the not done (from their first day to
		// the bound), the history once past (from q.From when it may be
		// left out before), the done (with q.Done).
		var srcs [3]agendaRange
		n := 0
		add := func(class byte, from uint32) {
			r := &srcs[n]
			n++
			r.c, r.class, r.limit = ag.Cursor(), class, limit
			seek := []byte{class}
			if from > 0 {
				seek = binary.BigEndian.AppendUint32(seek, from)
			}
			r.k, r.v = r.c.Seek(seek)
			r.check()
		}
		add(agendaNotDone, 0)
		if q.Done {
			add(agendaDone, 0)
		}
		if !q.Done && !q.From.IsZero() && keyedDate(q.From) {
			add(agendaHistory, dueDay(q.From))
		} else {
			add(agendaHistory, 0)
		}
		rel := newPageReleaser(tx)
		defer rel.release()
		var d casebook.KeyedDeadline
		c := &agendaCase{strs: strs, nstrs: nstrs}
		if !table.whole {
			c.table = table
		}
		d.Case = c.deadlines
		for {
			var r *agendaRange
			for j := range n {
				if x := &srcs[j]; x.k != nil && (r == nil || bytes.Compare(x.k[1:], r.k[1:]) < 0) {
					r = x
				}
			}
			if r == nil {
				return nil
			}
			k, v := r.k, r.v
			r.k, r.v = r.c.Next()
			r.check()
			rel.sawBytes(v)
			if len(k) != agendaKeyLen || !decodeAgenda(k, v, c, nstrs, &d) {
				damaged = true
				return fmt.Errorf("%w: an entry of its agenda does not decode", errIndexDamaged)
			}
			if !table.whole && !table.need5(d.Procedure, d.Key, d.Title, d.Rule, d.Note) {
				damaged = true
				return fmt.Errorf("%w: its string table lacks a text of its agenda", errIndexDamaged)
			}
			if err := fn(strs, &d); err != nil {
				if c.damaged != nil && errors.Is(err, c.damaged) {
					damaged = true
					return err
				}
				stop = err
				return err
			}
		}
	})
	if stop != nil {
		return stop
	}
	if noKey && err == nil {
		return casebook.ErrNoAgendaKey
	}
	if damaged && !s.writeLocked() {
		if rerr := s.ReindexAll(); rerr != nil {
			return errors.Join(err, rerr)
		}
	}
	return err
}

// agendaRange is one class of the agenda key read by a listing: its
// cursor at k, v, nil once past the class or the bound (a key too short
// to hold a day is let in: its read finds it damaged).
type agendaRange struct {
	c     *bolt.Cursor
	k, v  []byte
	class byte
	limit uint32
}

func (r *agendaRange) check() {
	if r.k == nil || r.k[0] != r.class || len(r.k) >= 5 && binary.BigEndian.Uint32(r.k[1:5]) > r.limit {
		r.k, r.v = nil, nil
	}
}

// An agenda value is read by position: uvarintAt(v, i) reads the uvarint
// at v[i:] and gives the position after it. A read that runs past the end
// of v or meets a varint that does not end gives 0 and a position past
// len(v) (badAt), which every later read keeps: one check at the end
// says whether the whole read held.

// uvarintAt reads a uvarint, at once when of one byte (most ids, kinds,
// counts and places).
func uvarintAt(v []byte, i int) (uint64, int) {
	if i < len(v) && v[i] < 0x80 {
		return uint64(v[i]), i + 1
	}
	return uvarintLongAt(v, i)
}

// badAt is the position a failed read gives.
func badAt(v []byte) int { return len(v) + 1 }

func uvarintLongAt(v []byte, i int) (uint64, int) {
	if i+1 < len(v) && v[i+1] < 0x80 {
		// Two bytes: the ids of a table of up to 16,384 texts.
		return uint64(v[i]&0x7f) | uint64(v[i+1])<<7, i + 2
	}
	if i >= len(v) {
		return 0, badAt(v)
	}
	x, n := binary.Uvarint(v[i:])
	if n <= 0 {
		return 0, badAt(v)
	}
	return x, i + n
}

// dateAt reads a date as a row holds it: varint year (two bytes for the
// years from -8192 to 8191), month, day.
func dateAt(v []byte, i int) (procedures.Date, int) {
	var y int64
	if i+3 < len(v) && v[i] >= 0x80 && v[i+1] < 0x80 {
		ux := uint64(v[i]&0x7f) | uint64(v[i+1])<<7
		y = int64(ux >> 1)
		if ux&1 != 0 {
			y = ^y
		}
		return procedures.Date{Year: int(y), Month: time.Month(v[i+2]), Day: int(v[i+3])}, i + 4
	}
	if i < len(v) {
		if y, n := binary.Varint(v[i:]); n > 0 && i+n+2 <= len(v) {
			i += n
			return procedures.Date{Year: int(y), Month: time.Month(v[i]), Day: int(v[i+1])}, i + 2
		}
	}
	return procedures.Date{}, badAt(v)
}

// decodeAgenda decodes entry k, v into d, its texts ids below nstrs;
// false when it does not decode. d.Person points into v. A contingent
// entry's case's deadlines, the rest of v, are left unread in c for d.Case
// to decode and check; with c nil (the damage check, checkAgenda) they
// are checked here.
func decodeAgenda(k, v []byte, c *agendaCase, nstrs uint64, d *casebook.KeyedDeadline) bool {
	day := binary.BigEndian.Uint32(k[1:5])
	act := procedures.Date{Year: int(day / 10000), Month: time.Month(day / 100 % 100), Day: int(day % 100)}
	d.CaseID = binary.BigEndian.Uint64(k[5:13])
	if len(v) == 0 || k[0] > agendaHistory || v[0] > agendaFlagActBy|agendaFlagContingent {
		return false
	}
	flags := v[0]
	// The kind and the five texts' ids, uvarintAt written out (a call
	// each was a tenth of the read).
	var f [6]uint64
	i := 1
	for j := range f {
		if i < len(v) && v[i] < 0x80 {
			f[j] = uint64(v[i])
			i++
		} else {
			f[j], i = uvarintLongAt(v, i)
		}
	}
	kind, p, key, title, rule, note := f[0], f[1], f[2], f[3], f[4], f[5]
	if max(p, key, title, rule, note) >= nstrs {
		return false
	}
	d.Deadline = procedures.Deadline{Kind: procedures.DeadlineKind(kind), Done: k[0] == agendaDone, Date: act}
	d.Procedure, d.Key, d.Title, d.Rule, d.Note = uint32(p), uint32(key), uint32(title), uint32(rule), uint32(note)
	if flags&agendaFlagActBy != 0 {
		d.Deadline.Date, i = dateAt(v, i)
		d.Deadline.ActBy = act
	}
	d.Contingent, d.Pos = flags&agendaFlagContingent != 0, 0
	if d.Contingent {
		var pos uint64
		pos, i = uvarintAt(v, i)
		d.Pos = int(pos)
	}
	n, i := uvarintAt(v, i)
	if i > len(v) || n > uint64(len(v)-i) {
		return false
	}
	if n == 0 {
		d.Person = ""
	} else {
		d.Person = unsafe.String(&v[i], int(n))
	}
	rest := v[i+int(n):]
	switch {
	case !d.Contingent:
		return len(rest) == 0
	case c == nil:
		var check agendaCase
		check.raw, check.nstrs = rest, nstrs
		return check.decode()
	}
	c.raw = rest
	return true
}

// agendaCase decodes, when asked, the deadlines of a contingent entry's
// case with what procedures.AppendApplicable reads (KeyedDeadline.Case),
// checking them then: their texts' ids below nstrs, read from table when
// not nil (a bounded listing's lazyStrings).
type agendaCase struct {
	strs  []string
	nstrs uint64
	table *lazyStrings
	raw   []byte
	ds    []procedures.Deadline
	// damaged is the error deadlines returned for deadlines that do
	// not decode, if any.
	damaged error
}

// deadlines is KeyedDeadline.Case.
func (c *agendaCase) deadlines() ([]procedures.Deadline, error) {
	if !c.decode() {
		if c.damaged == nil {
			c.damaged = fmt.Errorf("%w: the deadlines of a case of its agenda do not decode", errIndexDamaged)
		}
		return nil, c.damaged
	}
	return c.ds, nil
}

// decode decodes raw into ds; false when it does not decode whole.
func (c *agendaCase) decode() bool {
	v := c.raw
	n, i := uvarintAt(v, 0)
	if n > uint64(len(v)/5) {
		return false
	}
	c.ds = c.ds[:0]
	for range n {
		var (
			key, missed uint64
			date        procedures.Date
		)
		key, i = uvarintAt(v, i)
		missed, i = uvarintAt(v, i)
		date, i = dateAt(v, i)
		if key >= c.nstrs || missed >= c.nstrs || i > len(v) {
			return false
		}
		if c.strs == nil {
			continue // checked only
		}
		if c.table != nil && !(c.table.need(key) && c.table.need(missed)) {
			return false
		}
		c.ds = append(c.ds, procedures.Deadline{Key: c.strs[key], IfMissed: c.strs[missed], Date: date})
	}
	return i == len(v)
}
