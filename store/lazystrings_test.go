package store

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
	"tramite/procedures"
)

// lazyStrings gives, for every id a listing meets, the string loadStrings
// gives, whether it reads them one by one, reads the rest in one pass
// after many (lazyWholeAt), or reads the whole table first; and it
// refuses the tables loadStrings refuses, a gap when it meets the id.
func TestLazyStringsIsLoadStrings(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "t.db"), 0o600, nil)
	mustDo(t, err)
	defer db.Close()
	long := string(make([]byte, maxShared)) // arenas of a few strings each
	table := func(idx *bolt.Bucket, n int, skip uint64, stray bool) {
		w, err := newTableWriter(idx)
		mustDo(t, err)
		for i := 1; i <= n; i++ {
			s := fmt.Sprint("text ", i)
			if i%7 == 0 {
				s = fmt.Sprint(i) + long[:len(long)-10]
			}
			w.id(s)
		}
		mustDo(t, w.err)
		if skip != 0 {
			mustDo(t, w.b.Delete(append([]byte{prefixID}, itob(skip)...)))
		}
		if stray {
			mustDo(t, w.b.Put(append([]byte{prefixID}, itob(uint64(n)+5)...), []byte("stray")))
		}
	}
	for _, tc := range []struct {
		name        string
		n           int
		skip        uint64
		stray, none bool
		refused     bool // by openLazyStrings and loadStrings
		loadTakes   bool // loadStrings takes it (rows naming the id then fail)
	}{
		{name: "no table", none: true},
		{name: "empty", n: 0},
		{name: "one", n: 1},
		{name: "many", n: 300},
		{name: "a stray id past the last", n: 40, stray: true, refused: true},
		{name: "a gap", n: 40, skip: 17},
		{name: "the last missing", n: 40, skip: 40, refused: true, loadTakes: true},
	} {
		mustDo(t, db.Update(func(tx *bolt.Tx) error {
			_ = tx.DeleteBucket([]byte("idx"))
			idx, err := tx.CreateBucket([]byte("idx"))
			if err == nil && !tc.none {
				table(idx, tc.n, tc.skip, tc.stray)
			}
			return err
		}))
		// 1: one by one throughout; 2: the rest in one pass after half;
		// 1<<30: in one pass from the first.
		for _, whole := range []int{1, 2, 1 << 30} {
			lazyWholeAt = whole
			mustDo(t, db.View(func(tx *bolt.Tx) error {
				idx := tx.Bucket([]byte("idx"))
				want, werr := loadStrings(idx)
				lz, err := openLazyStrings(idx)
				if (err != nil) != tc.refused {
					t.Fatalf("%s: openLazyStrings: %v", tc.name, err)
				}
				if err != nil {
					if !errors.Is(err, errIndexDamaged) || (werr == nil) != tc.loadTakes {
						t.Errorf("%s: openLazyStrings %v, loadStrings %v", tc.name, err, werr)
					}
					return nil
				}
				if tc.skip != 0 {
					if werr == nil {
						t.Fatalf("%s: loadStrings took a gap", tc.name)
					}
					if lz.need(tc.skip) {
						t.Errorf("%s (whole at 1/%d): need of the missing id %d succeeds", tc.name, whole, tc.skip)
					}
					return nil
				}
				mustDo(t, werr)
				if len(lz.strs) != len(want) {
					t.Fatalf("%s: %d strings, loadStrings %d", tc.name, len(lz.strs), len(want))
				}
				ids := rand.Perm(len(want))
				for _, id := range ids[:len(ids)/3] {
					if !lz.need(uint64(id)) || lz.strs[id] != want[id] {
						t.Fatalf("%s (whole at 1/%d): string %d is %q, want %q", tc.name, whole, id, lz.strs[id], want[id])
					}
				}
				if lz.need(uint64(len(want))) {
					t.Errorf("%s: need of an id past the table succeeds", tc.name)
				}
				if !lz.readAll() || !slices.Equal(lz.strs, want) {
					t.Errorf("%s (whole at 1/%d): after readAll, not loadStrings' table", tc.name, whole)
				}
				return nil
			}))
		}
	}
	lazyWholeAt = 2
}

// A bounded listing reads the strings it meets, one by one: each text it
// meets is the one the whole agenda's listing (the table read at once)
// gives. A text missing from the table is then found only when met: it
// stops the listing with the index's damage (read at once, the table
// would be refused before any deadline, as one out of order), and a
// read-write store rebuilds the index.
func TestBoundedAgendaReadsTheStringsItMeets(t *testing.T) {
	needProcedure(t)
	path := dbPath(t)
	s := seedCases(t, path, 40)
	var first casebook.KeyedDeadline
	var until procedures.Date
	mustDo(t, s.EachAgendaKey(casebook.AgendaKeyQuery{}, func(texts []string, d *casebook.KeyedDeadline) error {
		if first.CaseID == 0 {
			first = *d
		}
		until = d.Deadline.ActBy
		if until.IsZero() {
			until = d.Deadline.Date
		}
		return nil
	}))
	q := casebook.AgendaKeyQuery{Until: until, Bounded: true}
	// Each text the listing meets is the table's, whether read lazily or not.
	var got, want []string
	for _, lazy := range []bool{true, false} {
		into := &got
		if !lazy {
			into, q.Bounded = &want, false
		}
		mustDo(t, s.EachAgendaKey(q, func(texts []string, d *casebook.KeyedDeadline) error {
			if q.Bounded || !d.Deadline.ActBy.After(until) && !d.Deadline.Date.After(until) {
				*into = append(*into, texts[d.Procedure], texts[d.Key], texts[d.Title], texts[d.Rule], texts[d.Note])
			}
			return nil
		}))
		q.Bounded = true
	}
	if len(got) == 0 || !slices.Equal(got, want[:len(got)]) {
		t.Fatalf("a bounded listing's texts (%d) are not those of the whole agenda (%d)", len(got), len(want))
	}
	// The first deadline's title gone from the table.
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIndex).Bucket(bucketStrings).Delete(append([]byte{prefixID}, itob(uint64(first.Title))...))
	}))
	err := s.EachAgendaKey(q, func([]string, *casebook.KeyedDeadline) error { return nil })
	if !errors.Is(err, errIndexDamaged) {
		t.Fatalf("a bounded listing that meets a missing text: %v; want the index's damage", err)
	}
	n := 0
	mustDo(t, s.EachAgendaKey(q, func([]string, *casebook.KeyedDeadline) error { n++; return nil }))
	if n != len(got)/5 {
		t.Fatalf("after the rebuild: %d deadlines, want %d", n, len(got)/5)
	}
	mustDo(t, s.Close())
}
