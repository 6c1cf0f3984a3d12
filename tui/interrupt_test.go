package tui

import (
	"testing"

	"tramite/procedures"
)

// TestCtrlCInterruptsAnInterview: ctrl+c quits from every screen, and
// only an interview (or the chooser before it) counts as interrupted, so
// that `tramite new` exits 130 and a script does not read it as success.
func TestCtrlCInterruptsAnInterview(t *testing.T) {
	t.Run("in an interview", func(t *testing.T) {
		st := household(t)
		p := storePerson(t, st, "Eva")
		addCase(t, st, p, "renewal", procedures.Answers{"card_type": "temporary"})
		a := startApp(t, st, 80, 24)
		if a.screen != screenInterview {
			t.Fatalf("screen = %v, want interview", a.screen)
		}
		a.Update(press("ctrl+c"))
		if !a.Interrupted() {
			t.Error("ctrl+c in an interview is not reported as interrupted")
		}
	})
	t.Run("in the procedure chooser", func(t *testing.T) {
		a := startApp(t, newMemStore(), 80, 24)
		a.Update(press("ctrl+c"))
		if !a.Interrupted() {
			t.Error("ctrl+c in the chooser is not reported as interrupted")
		}
	})
	t.Run("on the dashboard it is a plain quit", func(t *testing.T) {
		a := startApp(t, household(t), 80, 24)
		a.Update(press("ctrl+c"))
		if a.Interrupted() {
			t.Error("ctrl+c on the dashboard is reported as interrupted")
		}
	})
}
