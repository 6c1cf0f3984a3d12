package casebook

import "testing"

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
