package casebook

import "testing"

// TestCaseMasks: caseMasks answers as a map would, for ids near, far and
// at the edges of its pages, a zero mask included.
func TestCaseMasks(t *testing.T) {
	var m caseMasks
	want := map[uint64]uint64{}
	ids := []uint64{0, 1, 63, 64, 4095, 4096, 4097, 100000, 1<<24 - 1, 1 << 24, 1<<64 - 1, 77}
	for i, id := range ids {
		if _, ok := m.get(id); ok {
			t.Fatalf("id %d set before it was", id)
		}
		mask := uint64(i) * 0x9E3779B97F4A7C15
		if id == 77 {
			mask = 0
		}
		m.set(id, mask)
		want[id] = mask
	}
	for id, mask := range want {
		if got, ok := m.get(id); !ok || got != mask {
			t.Errorf("get(%d) = %#x, %v; want %#x, true", id, got, ok, mask)
		}
	}
	for _, id := range []uint64{2, 4098, 99999, 1<<24 + 1, 1 << 40} {
		if _, ok := m.get(id); ok {
			t.Errorf("get(%d) set, never was", id)
		}
	}
}
