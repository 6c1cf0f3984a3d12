package cli

import (
	"math"
	"runtime/debug"
	"testing"
)

// A household packet sets its soft memory limit and puts back what was
// there; a limit already set (GOMEMLIMIT) is left alone.
func TestPacketMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(before)
	restore := setPacketMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != packetMemoryLimit {
		t.Errorf("limit while the packet is written: %d, want %d", got, packetMemoryLimit)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after: %d, want none (%d)", got, int64(math.MaxInt64))
	}
	debug.SetMemoryLimit(1 << 30)
	restore = setPacketMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("a limit set before (GOMEMLIMIT) became %d, want it kept (%d)", got, 1<<30)
	}
	restore()
}
