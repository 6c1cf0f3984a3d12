package store

import (
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// checkerRows are encoded index rows of every shape: shared and inline
// strings, no deadlines, many, dates far apart, a long inline name.
func checkerRows() (rows [][]byte, strs []string) {
	strs = []string{"", "renewal", "draft", "window-opens", "Window opens", "R-RENEW-WINDOW", "a note"}
	ids := func(s string) uint64 {
		for i, t := range strs {
			if i > 0 && t == s {
				return uint64(i)
			}
		}
		return 0
	}
	day := procedures.MustDate("2026-11-23")
	dl := func(i int) procedures.Deadline {
		return procedures.Deadline{Key: "window-opens", Date: day.AddDays(i * 40), Kind: procedures.DeadlineKind(i % 4),
			Title: "Window opens", ActBy: day.AddDays(i), Note: []string{"", "a note", "inline note"}[i%3],
			Rule: "R-RENEW-WINDOW", Done: i%2 == 0, AfterFiling: i%3 == 0, IfMissed: []string{"", "x"}[i%2]}
	}
	sums := []Summary{
		{CaseID: 1, PersonID: 1, Person: "Ana", Procedure: "renewal", Stage: "draft", Updated: time.Unix(1_700_000_000, 5)},
		{CaseID: 300, PersonID: 200, Person: "Zoë Pérez", Procedure: "canje", Stage: "filed",
			Updated: time.Unix(-5, 999_999_999), Deadlines: []procedures.Deadline{dl(0)}},
		{CaseID: 1 << 40, PersonID: 1 << 33, Person: strings.Repeat("n", 300), Procedure: "renewal", Stage: "booked",
			Deadlines: []procedures.Deadline{dl(1), dl(2), dl(3), {Key: "far", Date: procedures.Date{Year: 9000, Month: 1, Day: 1}}}},
	}
	for _, y := range []int{1e6, 1e6 + 1, -1e6, -1e6 - 1} { // the bounds of a year
		sums = append(sums, Summary{CaseID: 2, Person: "Luis", Deadlines: []procedures.Deadline{{Key: "y", Date: procedures.Date{Year: y, Month: 1, Day: 1}}}})
	}
	for _, s := range sums {
		rows = append(rows, encodeSummary(s, ids), encodeSummary(s, nil))
	}
	return rows, strs
}

// The damage check's row checker refuses exactly the rows the decoder
// refuses, with the same words: every row above, with every byte changed
// to values that matter to varints (0, 1, 0x7f, 0x80, 0xff, a flipped
// bit), cut at every length, with a stray byte, against tables of every
// size up to the whole.
func TestRowCheckerRefusesWhatTheDecoderRefuses(t *testing.T) {
	rows, strs := checkerRows()
	var variants [][]byte
	for _, row := range rows {
		variants = append(variants, row, append(append([]byte(nil), row...), 0))
		for n := range len(row) {
			variants = append(variants, row[:n])
		}
		for i, b := range row {
			for _, v := range []byte{0, 1, 2, 3, 0x7f, 0x80, 0xff, b ^ 1, b ^ 0x40, b ^ 0x80} {
				if v == b {
					continue
				}
				m := append([]byte(nil), row...)
				m[i] = v
				variants = append(variants, m)
			}
		}
	}
	// The nanoseconds at and below their bound, which no flip above hits.
	for _, nsec := range []uint64{1e9 - 1, 1e9, 1 << 62} {
		v := binary.AppendUvarint([]byte{rowVersion, 1, 1, 0, 0, 0, 0}, nsec)
		variants = append(variants, append(v, 0))
	}
	refused := 0
	for k := 0; k <= len(strs); k++ {
		dec := newRowDecoder(strs[:k])
		chk := rowChecker{nstrs: uint64(max(k, 1))} // newRowDecoder's table is never empty
		for i, v := range variants {
			_, want := dec.decode(v)
			got := chk.check(v)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("table of %d, variant %d (% x): checker says %v, decoder %v", k, i, v, got, want)
			}
			if want != nil {
				refused++
			}
		}
	}
	if refused == 0 || refused == len(variants)*(len(strs)+1) {
		t.Fatalf("%d of %d variants refused: the test cannot tell the two apart", refused, len(variants)*(len(strs)+1))
	}
}

// countStrings counts the string table as loadStrings reads it, and
// refuses the tables it refuses.
func TestCountStringsAgreesWithLoadStrings(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "t.db"), 0o600, nil)
	mustDo(t, err)
	defer db.Close()
	for _, tc := range []struct {
		name string
		ids  []uint64
		odd  []byte
	}{
		{"no table", nil, nil},
		{"in order", []uint64{1, 2, 3}, nil},
		{"a gap", []uint64{1, 2, 4}, nil},
		{"from 2", []uint64{2, 3}, nil},
		{"a short key", []uint64{1}, []byte{prefixID, 9}},
	} {
		mustDo(t, db.Update(func(tx *bolt.Tx) error {
			_ = tx.DeleteBucket([]byte("idx"))
			idx, err := tx.CreateBucket([]byte("idx"))
			if err != nil || tc.name == "no table" {
				return err
			}
			b, err := idx.CreateBucket(bucketStrings)
			if err != nil {
				return err
			}
			for _, id := range tc.ids {
				mustDo(t, b.Put(append([]byte{prefixID}, itob(id)...), []byte(fmt.Sprint("s", id))))
				mustDo(t, b.Put(append([]byte{prefixStr}, fmt.Sprint("s", id)...), itob(id)))
			}
			if tc.odd != nil {
				mustDo(t, b.Put(tc.odd, []byte("x")))
			}
			return b.Put(keyLive, itob(3))
		}))
		mustDo(t, db.View(func(tx *bolt.Tx) error {
			idx := tx.Bucket([]byte("idx"))
			strs, werr := loadStrings(idx)
			n, gerr := countStrings(idx)
			if fmt.Sprint(gerr) != fmt.Sprint(werr) || (werr == nil && n != uint64(len(strs))) {
				t.Errorf("%s: countStrings = %d, %v; loadStrings %d strings, %v", tc.name, n, gerr, len(strs), werr)
			}
			return nil
		}))
	}
}
