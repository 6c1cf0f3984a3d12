package tui

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// The TUI sets its soft memory limit unless GOMEMLIMIT says one (off
// included), puts the old one back, and raises it for a live heap the
// limit was not sized for.
func TestMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	debug.SetMemoryLimit(math.MaxInt64)

	t.Setenv("GOMEMLIMIT", "off")
	restore := setMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT=off the limit is %d", got)
	}
	restore()

	t.Setenv("GOMEMLIMIT", "")
	restore = setMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != tuiMemoryLimit {
		t.Errorf("limit %d; want %d", got, tuiMemoryLimit)
	}
	big := make([]byte, 3*tuiMemoryLimit/2)
	for i := range big {
		big[i] = byte(i)
	}
	runtime.GC()
	roomForLive()
	if got := debug.SetMemoryLimit(-1); got < int64(len(big))*3/2 {
		t.Errorf("with %d bytes live the limit stays %d", len(big), got)
	}
	runtime.KeepAlive(big)
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("the limit was not put back: %d", got)
	}
	roomForLive() // no limit of ours: changes nothing
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("roomForLive set a limit of %d with none of ours", got)
	}
}
