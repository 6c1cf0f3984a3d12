package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// newCaseInterview starts `tramite new renewal` on st, names the person
// and returns the app at the interview's first question.
func newCaseInterview(t *testing.T, st Store, name string) *App {
	t.Helper()
	a := NewApp(st, Options{Context: testCtx(), NewProcedure: "renewal", ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	a, _ = settle(t, a, a.Init())
	a = typeText(t, a, name)
	a = keys(t, a, "enter")
	if a.screen != screenInterview || !a.interview.wiz.AtFirstQuestion() {
		t.Fatalf("screen %v, first question %v\n%s", a.screen, a.interview.wiz.AtFirstQuestion(), screenText(a))
	}
	return a
}

var shiftTab = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}

func TestTheNameCanBeCorrectedFromTheFirstQuestion(t *testing.T) {
	t.Run("shift+tab on the first question reopens the name; enter renames the person", func(t *testing.T) {
		st := newMemStore()
		a := newCaseInterview(t, st, "Zoe Wrnog")
		mustContain(t, screenText(a), "shift+tab change the name")
		a, _ = send(t, a, shiftTab)
		mustContain(t, screenText(a), "Name: Zoe Wrnog")
		a, _ = send(t, a, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
		a = typeText(t, a, "Zoë Wrong")
		a = keys(t, a, "enter")
		people, _ := st.People()
		if len(people) != 1 || people[0].Name != "Zoë Wrong" {
			t.Fatalf("people %+v, want one person renamed", people)
		}
		if a.screen != screenInterview || !a.interview.wiz.AtFirstQuestion() || a.interview.rename != nil {
			t.Errorf("after the rename: screen %v, back at the first question %v", a.screen, a.interview.wiz.AtFirstQuestion())
		}
		mustContain(t, screenText(a), "for Zoë Wrong")
	})
	t.Run("esc in the name field keeps the name and stays in the interview", func(t *testing.T) {
		st := newMemStore()
		a := newCaseInterview(t, st, "Ana")
		a, _ = send(t, a, shiftTab)
		a = typeText(t, a, "xyz")
		a = keys(t, a, "esc")
		people, _ := st.People()
		if len(people) != 1 || people[0].Name != "Ana" || a.screen != screenInterview || a.interview.rename != nil {
			t.Errorf("people %+v screen %v", people, a.screen)
		}
	})
	t.Run("a refused rename says why and keeps the old name", func(t *testing.T) {
		mem := newMemStore()
		a := newCaseInterview(t, mem, "Ana")
		a.interview.st = failStore{mem}
		a, _ = send(t, a, shiftTab)
		a = typeText(t, a, " B")
		a = keys(t, a, "enter")
		if a.interview.person != "Ana" {
			t.Errorf("header name %q, want Ana back", a.interview.person)
		}
		mustContain(t, screenText(a), "could not change the name")
	})
}
