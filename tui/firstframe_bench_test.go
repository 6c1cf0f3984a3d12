package tui

import (
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/store"
)

// benchFile opens the store file TRAMITE_BENCH_DB names read-only (made
// with `tramite demo --cases 100000 --today 2026-11-23`), or skips.
func benchFile(b *testing.B) *store.Store {
	b.Helper()
	path := os.Getenv("TRAMITE_BENCH_DB")
	if path == "" || testing.Short() {
		b.Skip("set TRAMITE_BENCH_DB to a demo file (tramite demo --cases 100000)")
	}
	st, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// The first data frame from a real file, in process: the app, its
// loading frame, the preview Cmd (the head of the agenda) and the frame
// with rows. BenchmarkFirstFrameWhole is the same with the whole list
// (startCmd), as before the preview.
func BenchmarkFirstFramePreviewFile(b *testing.B) {
	st := benchFile(b)
	day := procedures.MustDate("2026-11-23")
	for b.Loop() {
		a := NewApp(st, Options{Context: procedures.Context{Today: day}})
		m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m, _ = m.Update(previewCmd(st, day, nil)())
		a = m.(*App)
		if !a.dash.preview || len(a.dash.visible) < 20 {
			b.Fatalf("no preview: %d rows", len(a.dash.visible))
		}
		_ = a.View()
	}
}

func BenchmarkFirstFrameWholeFile(b *testing.B) {
	st := benchFile(b)
	day := procedures.MustDate("2026-11-23")
	for b.Loop() {
		a := NewApp(st, Options{Context: procedures.Context{Today: day}})
		m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m, _ = m.Update(startCmd(st, day, nil)())
		_ = m.View()
	}
}
