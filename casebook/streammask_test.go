package casebook

import (
	"testing"
	"time"

	"tramite/procedures"
)

// TestCaseMasks: caseMasks answers as a map of whole masks would, for
// ids near, far and at the edges of its pages, cases of up to seven
// deadlines and of more, a zero mask included.
func TestCaseMasks(t *testing.T) {
	var m caseMasks
	type set struct {
		mask uint64
		n    int
	}
	want := map[uint64]set{}
	ids := []uint64{0, 1, 63, 64, 4095, 4096, 4097, 100000, 1<<24 - 1, 1 << 24, 1<<64 - 1, 77, 78, 1<<24 + 5}
	for i, id := range ids {
		if _, ok := m.get(id, 0); ok {
			t.Fatalf("id %d set before it was", id)
		}
		n := 1 + i%32
		mask := uint64(i+1) * 0x9E3779B97F4A7C15
		if n < 32 {
			mask &= 1<<(2*n) - 1
		}
		if id == 77 {
			mask = 0
		}
		m.set(id, mask, n)
		want[id] = set{mask, n}
	}
	for id, w := range want {
		for pos := range min(w.n, 32) {
			if got, ok := m.get(id, pos); !ok || got != w.mask>>(2*pos)&3 {
				t.Errorf("get(%d, %d) = %#x, %v; want %#x, true", id, pos, got, ok, w.mask>>(2*pos)&3)
			}
		}
	}
	for _, id := range []uint64{2, 4098, 99999, 1<<24 + 1, 1 << 40} {
		if _, ok := m.get(id, 0); ok {
			t.Errorf("get(%d) set, never was", id)
		}
	}
}

// TestDayMemo: the memo gives dayNumber's answer for dates met in any
// order, again and again, colliding in its slots, and for dates it
// cannot pack.
func TestDayMemo(t *testing.T) {
	var m dayMemo
	var dates []procedures.Date
	for y := 1999; y <= 2031; y += 4 {
		for mo := time.January; mo <= time.December; mo++ {
			for d := 1; d <= 31; d += 3 {
				dates = append(dates, procedures.Date{Year: y, Month: mo, Day: d})
			}
		}
	}
	dates = append(dates, procedures.Date{}, procedures.Date{Year: -5, Month: 3, Day: 1}, procedures.Date{Year: 1 << 23, Month: 1, Day: 1},
		procedures.Date{Year: 2026, Month: 2, Day: 30}, procedures.Date{Year: 2026, Month: 13, Day: 1}, procedures.Date{Year: 2026, Month: 20, Day: 40})
	for range 3 {
		for _, d := range dates {
			if got, want := m.dayNumber(d), dayNumber(d); got != want {
				t.Fatalf("dayNumber(%v) = %d through the memo, %d without", d, got, want)
			}
		}
	}
}
