package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// burstKeys gives the app each named key (press) at once, before any Cmd result comes back,
// as keys typed quickly arrive; then it settles what they started.
func burstKeys(t *testing.T, a *App, ks ...string) *App {
	t.Helper()
	var cmds []tea.Cmd
	for _, k := range ks {
		m, cmd := a.Update(press(k))
		a = m.(*App)
		cmds = append(cmds, cmd)
	}
	a, _ = settle(t, a, tea.Batch(cmds...))
	return a
}

func TestKeysTypedRightAfterOpeningAScreenGoToIt(t *testing.T) {
	t.Run("n, down, enter on the dashboard: down and enter pick the chooser's second procedure", func(t *testing.T) {
		a := dash(t, 80, 24)
		cursor := a.dash.cursor
		m, _ := a.Update(press("n"))
		if m.(*App).screen != screenNewCase {
			t.Fatalf("n did not open the chooser in the same update")
		}
		a = burstKeys(t, dash(t, 80, 24), "n", "down", "enter")
		if a.screen != screenNewCase || a.dash.cursor != cursor {
			t.Fatalf("screen %v, dashboard cursor %d (was %d)", a.screen, a.dash.cursor, cursor)
		}
		if want := procedures.Catalog()[1].ID; a.newCase.procID != want || a.newCase.step != stepPerson {
			t.Errorf("chooser procedure %q step %v, want %q and the person step", a.newCase.procID, a.newCase.step, want)
		}
	})
	t.Run("enter then n: the notes editor of the opened case, not the chooser", func(t *testing.T) {
		a := burstKeys(t, dash(t, 80, 24), "enter", "n")
		if a.screen != screenCase || !a.caseView.loaded || a.caseView.mode != modeNotes {
			t.Errorf("screen %v loaded %v mode %v, want the case's notes editor", a.screen, a.caseView.loaded, a.caseView.mode)
		}
	})
	t.Run("E then d in the case view: d goes to the interview, no delete dialog", func(t *testing.T) {
		a := burstKeys(t, openCase(t, household(t), 2, 80, 24), "E", "d")
		if a.screen != screenInterview || a.caseView.mode == modeDelete {
			t.Errorf("screen %v case view mode %v, want the interview", a.screen, a.caseView.mode)
		}
	})
	t.Run("esc then n in the case view: the dashboard's chooser, not the notes editor", func(t *testing.T) {
		a := burstKeys(t, openCase(t, household(t), 2, 80, 24), "esc", "n")
		if a.screen != screenNewCase || a.caseView.mode == modeNotes {
			t.Errorf("screen %v case view mode %v, want the chooser", a.screen, a.caseView.mode)
		}
	})
}

func TestNarrowCasesListKeepsTheProcedure(t *testing.T) {
	// Rows must stay distinguishable: two cases of one person differ only
	// by procedure, so the procedure outlasts the "when" text.
	t.Run("at 60 columns procedure and stage are shown", func(t *testing.T) {
		screen := screenText(keys(t, dash(t, 60, 16), "tab"))
		mustContain(t, screen, "notification", "renewal", "Ana López", "stage", "draft")
	})
	t.Run("at 44 columns the when text goes before the procedure", func(t *testing.T) {
		screen := screenText(keys(t, dash(t, 44, 16), "tab"))
		mustContain(t, screen, "notification", "renewal", "Ana López", "2026-11-17")
		// The rows, above the highlighted row's detail (which says it all).
		rows, _, _ := strings.Cut(screen, "───")
		if strings.Contains(rows, "LATE") {
			t.Errorf("the when text stayed while names shrank:\n%s", screen)
		}
	})
}

func TestStageLabelsNameWhatTheProcedureYields(t *testing.T) {
	// R-EXIT-STAY: an exit permit yields a permit, not a card.
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana"), "exit-permit", procedures.Answers{})
	st.SetProgress(id, procedures.Progress{Stage: procedures.StageReceived})
	a := openCase(t, st, id, 100, 30)
	mustContain(t, screenText(a), "permit received")
	if strings.Contains(screenText(a), "card received") {
		t.Errorf("case view says card received:\n%s", screenText(a))
	}
	a = keys(t, a, "esc", "tab")
	mustContain(t, screenText(a), "permit received")
}

// Keys typed while the dashboard loads are held and given to it once its
// rows are there, in order: tab then j is the second case of the cases
// list, not a lost tab. q still quits the loading frame.
func TestKeysTypedWhileLoadingAreKept(t *testing.T) {
	a := NewApp(household(t), Options{Context: testCtx(), ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	start := a.Init()
	if a.screen != screenLoading {
		t.Fatalf("screen %v, want loading", a.screen)
	}
	a, _ = send(t, a, press("tab"))
	a, _ = send(t, a, press("j"))
	a, _ = settle(t, a, start)
	if a.dash.view != viewCases || a.dash.cursor != 1 {
		t.Errorf("view %v cursor %d; want the cases list, second row", a.dash.view, a.dash.cursor)
	}

	b := NewApp(household(t), Options{Context: testCtx(), ExportDir: t.TempDir()})
	b.Init()
	if _, cmd := b.Update(press("q")); cmd == nil || cmd() != tea.Quit() {
		t.Error("q on the loading frame does not quit")
	}
}
