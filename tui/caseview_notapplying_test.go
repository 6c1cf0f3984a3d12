package tui

import (
	"testing"

	"tramite/procedures"
)

// A case whose verdict is "does not apply" (here R-RENEW-GROUNDS: the
// grounds no longer hold) is moved forward only after the user has seen
// the verdict and pressed y; any other key leaves the stage as it was.
func TestNotApplyingCaseAsksBeforeMovingOn(t *testing.T) {
	st := newMemStore()
	a := renewalAnswers("2026-12-10")
	a["grounds_hold"] = "no"
	id := addCase(t, st, storePerson(t, st, "Ana López"), "renewal", a)
	app := openCase(t, st, id, 80, 24)
	stage := func() procedures.Stage { c, _ := st.Case(id); return c.Progress.Stage }

	app = keys(t, app, "s")
	if app.caseView.mode != modeNotApplying || stage() == procedures.StageReady {
		t.Fatalf("s on a not-applying case: mode %v, stage %s; want the question, still draft", app.caseView.mode, stage())
	}
	mustContain(t, screenText(app), "Go on with this case anyway?", "grounds")
	app = keys(t, app, "n")
	if app.caseView.mode != modeView || stage() == procedures.StageReady {
		t.Fatalf("n: mode %v, stage %s; want back to the case, still draft", app.caseView.mode, stage())
	}
	app = keys(t, app, "s", "y")
	if stage() != procedures.StageReady {
		t.Fatalf("s then y: stage %s, want ready", stage())
	}
}

// An eligible case moves on at once, with no question.
func TestEligibleCaseMovesOnAtOnce(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	app := keys(t, openCase(t, st, id, 80, 24), "s")
	if c, _ := st.Case(id); c.Progress.Stage != procedures.StageReady {
		t.Fatalf("stage %s, want ready", c.Progress.Stage)
	}
	if app.caseView.mode == modeNotApplying {
		t.Fatal("an eligible case was asked whether to go on")
	}
}
