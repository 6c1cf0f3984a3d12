package tui

import (
	"testing"

	"tramite/procedures"
)

// The goldens of issue 21's screens: the help overlay, the dashboard's
// detail line and the case's wrapped checklist, at 80x24 and 60x16, in
// English and Spanish.

var goldenLangs = []struct {
	name  string
	ctx   func() procedures.Context
	ready string // on screen once the dashboard is up
}{{"en", testCtx, "today 2026-11-23"}, {"es", esCtx, "hoy 2026-11-23"}}

// eachGolden runs f once per language and size, as subtests named
// "en/80x24" … "es/60x16".
func eachGolden(t *testing.T, f func(t *testing.T, ctx procedures.Context, w, h int, ready string)) {
	for _, l := range goldenLangs {
		for _, sz := range goldenSizes {
			t.Run(l.name+"/"+sz.name, func(t *testing.T) { f(t, l.ctx(), sz.w, sz.h, l.ready) })
		}
	}
}

// TestGoldenHelpOverlay: ? on the dashboard covers it with the screen's
// name, what it is for and its keys, at every size (at 60x16 it used to
// show nothing).
func TestGoldenHelpOverlay(t *testing.T) {
	eachGolden(t, func(t *testing.T, ctx procedures.Context, w, h int, ready string) {
		want := "close help"
		if ctx.Lang.Spanish() {
			want = "cerrar ayuda"
		}
		goldenAppIn(t, ctx, w, h, goldenHousehold(t), ready, want, press("?"))
	})
}

// TestGoldenDetailLine: the dashboard with the highlighted row in full
// under the list: Bruno's window closing today, whose "what to do" the
// column cuts, wrapped whole, with the date to act by and the note.
func TestGoldenDetailLine(t *testing.T) {
	eachGolden(t, func(t *testing.T, ctx procedures.Context, w, h int, ready string) {
		want := "Act by 2026-11-23"
		if ctx.Lang.Spanish() {
			want = "A más tardar el 2026-11-23"
		}
		goldenAppIn(t, ctx, w, h, goldenHousehold(t), ready, want, press("j"))
	})
}
