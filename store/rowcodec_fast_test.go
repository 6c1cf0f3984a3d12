package store

import (
	"encoding/binary"
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
			r := rowDecoder{buf: buf}
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
