package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// rowDecoder.varint reads every two-byte varint (a date's year) as
// binary.Varint does, and leaves the rest to it.
func TestVarintTwoBytes(t *testing.T) {
	for b0 := 0; b0 < 256; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			buf := []byte{byte(b0), byte(b1), 0x05}
			want, n := binary.Varint(buf)
			r := rowDecoder{rowBytes: rowBytes{buf: buf}}
			got := r.varint()
			if n <= 0 {
				if r.err == nil {
					t.Fatalf("varint(% x) = %d; binary.Varint fails", buf, got)
				}
				continue
			}
			if got != want || len(r.buf) != len(buf)-n || r.err != nil {
				t.Fatalf("varint(% x) = %d, %d left, %v; binary.Varint %d, %d read", buf, got, len(r.buf), r.err, want, n)
			}
		}
	}
}

// sortIDs sorts as slices.Sort does, by bitmap or not.
func TestSortIDs(t *testing.T) {
	for _, n := range []int{0, 5, 2000, 50000} {
		for _, spread := range []uint64{1, 3, 1000} {
			var ids []uint64
			for i := n; i > 0; i-- {
				ids = append(ids, uint64(i)*spread+uint64(i%7))
			}
			want := slices.Clone(ids)
			slices.Sort(want)
			want = slices.Compact(want)
			got := sortIDs(slices.Compact(slices.Clone(ids)))
			if !slices.Equal(got, slices.Compact(want)) {
				t.Fatalf("n %d spread %d: not sorted as slices.Sort", n, spread)
			}
		}
	}
}

// EachSummaryOnce gives what EachSummary gives, row for row, whether it
// gives back the file's pages every few rows (releaseBytes lowered to one
// window, read again after) or not at all, and stops when fn says so.
func TestEachSummaryOnceIsEachSummary(t *testing.T) {
	for _, rb := range []int{faultWindow, releaseBytes} {
		t.Run(fmt.Sprint("release every ", rb), func(t *testing.T) {
			defer func(was int) { releaseBytes = was }(releaseBytes)
			releaseBytes = rb
			testEachSummaryOnceIsEachSummary(t)
		})
	}
}

func testEachSummaryOnceIsEachSummary(t *testing.T) {
	needProcedure(t)
	path := dbPath(t)
	s := seedCases(t, path, 3*releaseEvery/2)
	mustDo(t, s.Close())
	ro, err := Open(path, Options{ReadOnly: true})
	mustDo(t, err)
	defer ro.Close()
	for _, st := range []*Store{s, ro} {
		if st == s {
			s2, err := Open(path, Options{})
			mustDo(t, err)
			defer s2.Close()
			st = s2
		}
		var want, got []Summary
		mustDo(t, st.EachSummary(func(r *Summary) error {
			c := *r
			c.Deadlines = slices.Clone(r.Deadlines)
			want = append(want, c)
			return nil
		}))
		mustDo(t, st.EachSummaryOnce(func(r *Summary) error {
			c := *r
			c.Deadlines = slices.Clone(r.Deadlines)
			got = append(got, c)
			return nil
		}))
		if len(got) != len(want) || len(got) < releaseEvery {
			t.Fatalf("EachSummaryOnce gives %d rows; EachSummary %d", len(got), len(want))
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("row %d: %+v; EachSummary gives %+v", i, got[i], want[i])
			}
		}
		stop := errors.New("enough")
		n := 0
		if err := st.EachSummaryOnce(func(*Summary) error { n++; return stop }); err != stop || n != 1 {
			t.Fatalf("after fn failed: err %v after %d calls; want %v after 1", err, n, stop)
		}
	}
}
