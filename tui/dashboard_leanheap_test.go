package tui

import (
	"runtime/debug"
	"testing"
)

// gcPercent reads the collector's pace without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// leanHeap paces the collector at buildGCPercent while any build runs,
// gives back the pace it found when the last one ends, and never raises a
// lower pace or turns collection back on.
func TestLeanHeapPacesOnlyWhileBuilding(t *testing.T) {
	lean.Lock()
	busy := lean.depth != 0
	lean.Unlock()
	if busy {
		t.Skip("another test's build is running")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	done1 := leanHeap()
	done2 := leanHeap() // a reload while the search column folds
	if p := gcPercent(); p != buildGCPercent {
		t.Fatalf("pace %d while building, want %d", p, buildGCPercent)
	}
	done1()
	if p := gcPercent(); p != buildGCPercent {
		t.Fatalf("pace %d while the second build runs, want %d", p, buildGCPercent)
	}
	done2()
	if p := gcPercent(); p != 100 {
		t.Fatalf("pace %d after the builds, want 100 back", p)
	}
	for _, user := range []int{20, -1} {
		debug.SetGCPercent(user)
		done := leanHeap()
		if p := gcPercent(); p != user {
			t.Errorf("GOGC %d: pace %d while building", user, p)
		}
		done()
		if p := gcPercent(); p != user {
			t.Errorf("GOGC %d: pace %d after", user, p)
		}
	}
}
