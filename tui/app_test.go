package tui

import (
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

func TestStartUp(t *testing.T) {
	t.Run("no cases opens the chooser with a welcome", func(t *testing.T) {
		a := startApp(t, newMemStore(), 80, 24)
		if a.screen != screenNewCase || !a.welcome {
			t.Fatalf("screen = %v welcome=%v, want chooser with welcome", a.screen, a.welcome)
		}
		mustContain(t, screenText(a), "Welcome to tramite")
	})
	t.Run("an unfinished draft, most recently updated, resumes its interview", func(t *testing.T) {
		st := household(t)
		p := storePerson(t, st, "Eva")
		addCase(t, st, p, "renewal", procedures.Answers{"card_type": "temporary"})
		a := startApp(t, st, 80, 24)
		if a.screen != screenInterview {
			t.Fatalf("screen = %v, want interview", a.screen)
		}
	})
	t.Run("cases with no unfinished draft open the dashboard", func(t *testing.T) {
		a := startApp(t, household(t), 80, 24)
		if a.screen != screenDashboard || !a.dash.loaded {
			t.Fatalf("screen = %v loaded=%v", a.screen, a.dash.loaded)
		}
	})
	t.Run("tramite new opens the chooser even with cases", func(t *testing.T) {
		a := NewApp(household(t), Options{Context: testCtx(), NewCase: true})
		a, _ = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
		a, _ = settle(t, a, a.Init())
		if a.screen != screenNewCase {
			t.Fatalf("screen = %v, want chooser", a.screen)
		}
	})
	t.Run("a store that cannot be read shows the error and quits cleanly on q", func(t *testing.T) {
		a := startApp(t, brokenStore{failStore{newMemStore()}}, 80, 24)
		if !errors.Is(a.err, errDisk) {
			t.Fatalf("err = %v, want disk full", a.err)
		}
		mustContain(t, screenText(a), "disk full")
		_, cmd := a.Update(press("q"))
		if _, ok := hasMsg[tea.QuitMsg](runCmd(cmd)); !ok {
			t.Error("q did not quit")
		}
	})
}

func TestGlobalKeys(t *testing.T) {
	quits := func(a *App, k string) bool {
		_, cmd := a.Update(press(k))
		_, ok := hasMsg[tea.QuitMsg](runCmd(cmd))
		return ok
	}
	t.Run("q quits from the dashboard", func(t *testing.T) {
		if !quits(dash(t, 80, 24), "q") {
			t.Error("q did not quit")
		}
	})
	t.Run("q does not quit from the case view", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "enter")
		if a.screen != screenCase || quits(a, "q") {
			t.Errorf("screen %v, q quit=%v", a.screen, quits(a, "q"))
		}
	})
	t.Run("ctrl+c quits from any screen, even while typing", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "/")
		if !quits(a, "ctrl+c") {
			t.Error("ctrl+c did not quit from the search box")
		}
		a = keys(t, dash(t, 80, 24), "enter", "n")
		if a.caseView.mode != modeNotes || !quits(a, "ctrl+c") {
			t.Error("ctrl+c did not quit from the notes editor")
		}
	})
	t.Run("? opens the help over the screen, and any key closes it", func(t *testing.T) {
		a := dash(t, 80, 24)
		cursor := a.dash.cursor
		a = keys(t, a, "?")
		if !a.overlay.open {
			t.Fatal("? did not open the help")
		}
		mustContain(t, screenText(a), "Help: Deadlines", "pick person", "show done/past", "close help")
		a = keys(t, a, "j") // scrolls the help (or nothing), never the list
		a = keys(t, a, "?")
		if a.overlay.open || a.dash.cursor != cursor || a.screen != screenDashboard {
			t.Errorf("after ? j ?: help %v, cursor %d → %d", a.overlay.open, cursor, a.dash.cursor)
		}
		a = keys(t, a, "?", "x")
		if a.overlay.open || a.screen != screenDashboard {
			t.Error("x did not close the help")
		}
	})
	t.Run("esc in the case view returns to the dashboard", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "enter", "esc")
		if a.screen != screenDashboard {
			t.Errorf("screen = %v", a.screen)
		}
	})
}

func TestBackgroundColourRebuildsStyles(t *testing.T) {
	a := dash(t, 80, 24)
	if !a.styles.IsDark {
		t.Fatal("styles should start dark")
	}
	a, _ = send(t, a, tea.BackgroundColorMsg{Color: whiteColor{}})
	if a.styles.IsDark || a.dash.styles.IsDark {
		t.Error("a light background kept the dark styles")
	}
}

type whiteColor struct{}

func (whiteColor) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }
