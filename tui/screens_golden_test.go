package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// The goldens of issue 21's screens: the help overlay, the dashboard's
// detail line and the case's wrapped checklist, at 80x24 and 60x16, in
// English and Spanish.

var goldenLangs = []struct {
	name string
	ctx  func() procedures.Context
	// ready is on screen once the household is read (a row's name): the
	// loading frame already shows today, and a message sent then would be
	// undone by the start-up that follows (it opens the dashboard).
	ready string
}{{"en", testCtx, "Dupont"}, {"es", esCtx, "Dupont"}}

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

// TestGoldenChecklistWraps: the case's checklist with the cursor on the
// resident card, whose copies ("original + 1 copy of both sides") used to
// be cut with "…": the item wraps under itself at every width.
func TestGoldenChecklistWraps(t *testing.T) {
	eachGolden(t, func(t *testing.T, ctx procedures.Context, w, h int, ready string) {
		// How many ↓ bring the cursor to the card, found on a model of
		// the same size; then the same keys through teatest.
		a := NewApp(goldenHousehold(t), Options{Context: ctx, ExportDir: t.TempDir()})
		a, _ = send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
		a, _ = send(t, a, startCmd(a.st, ctx.Today, ctx.Lang)())
		a = sendLoaded(t, a, openCaseMsg{CaseID: 3})
		msgs := []tea.Msg{openCaseMsg{CaseID: 3}}
		for range 200 {
			docs := a.caseView.outcome.Documents
			if a.caseView.docCursor < len(docs) && docs[a.caseView.docCursor].ID == "D-CARD" {
				break
			}
			a = keys(t, a, "down")
			msgs = append(msgs, press("down"))
		}
		screen := screenText(a)
		if !strings.Contains(screen, "> [ ] "+map[bool]string{false: "Current resident card", true: "Tarjeta de residente"}[ctx.Lang.Spanish()]) {
			t.Fatalf("the cursor is not on the card:\n%s", screen)
		}
		for _, l := range strings.Split(screen, "\n") {
			if strings.Contains(l, "…") && strings.Contains(l, "[ ]") {
				t.Errorf("a checklist item is cut: %q", l)
			}
		}
		goldenAppIn(t, ctx, w, h, goldenHousehold(t), ready, "Tarjeta de residente", msgs...)
	})
}
