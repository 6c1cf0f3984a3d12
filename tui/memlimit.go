package tui

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The TUI's soft memory limit (issue 15: peak memory at 100,000 cases).
// Once the rows are compact (dashboard_compact.go) the dashboard holds
// about 24 MB at 100,000 cases, and most of the process's peak is the
// collector's headroom over the build's short-lived garbage: with a soft
// limit (debug.SetMemoryLimit, as the household PDF packet sets its own)
// the collector works harder only when the process nears it. Kept open
// at 100,000 cases the peak RSS goes from 78 to 64 MB, for 2 to 7% more
// CPU, and the whole list comes no later (BENCHMARKS.md, "Dashboard
// memory at 100k, third pass").
const tuiMemoryLimit = 48 << 20

// memLimit is the limit set, while set (on); a build raises it for a
// larger household (roomForLive).
var memLimit struct {
	sync.Mutex
	on    bool
	limit int64
}

// setMemoryLimit sets tuiMemoryLimit for the process unless a limit is
// set already, or GOMEMLIMIT says one (GOMEMLIMIT=off: none), and
// returns what puts the limit back.
func setMemoryLimit() (restore func()) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	memLimit.Lock()
	defer memLimit.Unlock()
	old := debug.SetMemoryLimit(tuiMemoryLimit)
	memLimit.on, memLimit.limit = true, tuiMemoryLimit
	return func() {
		memLimit.Lock()
		defer memLimit.Unlock()
		memLimit.on = false
		debug.SetMemoryLimit(old)
	}
}

// roomForLive raises the limit, when setMemoryLimit set it, to half as
// much again as the live heap and 16 MB for the runtime's own: a
// household the limit was not sized for is then collected at about the
// build's pace (buildGCPercent), not over and over at the limit. The
// build calls it every few thousand cases it reads.
func roomForLive() {
	memLimit.Lock()
	defer memLimit.Unlock()
	if !memLimit.on {
		return
	}
	s := [1]metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s[:])
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(s[0].Value.Uint64())
	if want := live + live/2 + 16<<20; want > memLimit.limit {
		memLimit.limit = want
		debug.SetMemoryLimit(want)
	}
}
