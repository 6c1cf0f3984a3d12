package tui

import (
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// BenchmarkDashboardHeldFile is the whole list built from a real file
// (TRAMITE_BENCH_DB), reporting the heap the app still holds once it is
// built (held-MB, after a collection), the heap's peak during the build
// (peak-MB: the heap's objects, live and not yet collected, sampled every
// millisecond; peak-sys-MB: the memory the runtime holds from the system
// and has not returned, what the process's RSS counts of it) and what the
// build allocates (alloc-MB). With TRAMITE_BENCH_HEAPPROF=FILE, the heap
// profile of the built app is written there.
func BenchmarkDashboardHeldFile(b *testing.B) {
	st := benchFile(b)
	day := procedures.MustDate("2026-11-23")
	var held, total, peak, peakSys float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		stop := samplePeak()
		a := NewApp(st, Options{Context: procedures.Context{Today: day}})
		m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m, cmd := m.Update(startCmd(st, day, nil)())
		m = deliverSearchText(m, cmd, 2) // the folded search column, built in a Cmd
		_ = m.View()
		peak, peakSys = stop()
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		total = float64(after.TotalAlloc-before.TotalAlloc) / (1 << 20)
		if p := os.Getenv("TRAMITE_BENCH_HEAPPROF"); p != "" {
			if f, err := os.Create(p); err == nil {
				_ = pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
		runtime.KeepAlive(m)
	}
	b.ReportMetric(held, "held-MB")
	b.ReportMetric(total, "alloc-MB")
	b.ReportMetric(peak, "peak-MB")
	b.ReportMetric(peakSys, "peak-sys-MB")
}

// deliverSearchText runs cmd and the commands of the batches it returns,
// down to depth levels, and gives m the search column they fold; other
// messages are dropped.
func deliverSearchText(m tea.Model, cmd tea.Cmd, depth int) tea.Model {
	if cmd == nil || depth < 0 {
		return m
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m = deliverSearchText(m, c, depth-1)
		}
	case searchTextMsg:
		m, _ = m.Update(msg)
	}
	return m
}

// samplePeak samples the heap until the returned func is called, which
// reports the peaks in MB.
func samplePeak() func() (heap, sys float64) {
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	var mu sync.Mutex
	var peak, peakSys uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(samples)
			mu.Lock()
			peak = max(peak, samples[0].Value.Uint64())
			peakSys = max(peakSys, samples[1].Value.Uint64()-samples[2].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() (float64, float64) {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return float64(peak) / (1 << 20), float64(peakSys) / (1 << 20)
	}
}
