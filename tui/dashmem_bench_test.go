package tui

import (
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// BenchmarkDashboardHeldFile is the whole list built from a real file
// (TRAMITE_BENCH_DB), reporting the heap the app still holds once it is
// built (held-MB, after a collection) and the heap's peak during the
// build (peak-MB: the runtime's heap in use, sampled by the collector).
func BenchmarkDashboardHeldFile(b *testing.B) {
	st := benchFile(b)
	day := procedures.MustDate("2026-11-23")
	var held, total float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		a := NewApp(st, Options{Context: procedures.Context{Today: day}})
		m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m, _ = m.Update(startCmd(st, day, nil)())
		_ = m.View()
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		total = float64(after.TotalAlloc-before.TotalAlloc) / (1 << 20)
		runtime.KeepAlive(m)
	}
	b.ReportMetric(held, "held-MB")
	b.ReportMetric(total, "alloc-MB")
}
