package tui

import (
	"testing"
)

// A read of the household started before a change and ending after the
// read that followed it (the start-up read, slow on a loaded machine, and
// the reload after a new case) is older data: the dashboard keeps the
// newer, whatever order they end in.
func TestOlderReadEndingLaterIsDropped(t *testing.T) {
	st := household(t)
	a := startApp(t, st, 80, 24)
	before := len(a.dash.cases)
	older := loadSummariesCmd(st, testCtx())() // read before the change
	addCase(t, st, storePerson(t, st, "Zoë Fast"), "renewal", renewalAnswers("2026-12-10"))
	a, _ = send(t, a, loadSummariesCmd(st, testCtx())())
	if len(a.dash.cases) != before+1 {
		t.Fatalf("after the newer read %d cases listed; want %d", len(a.dash.cases), before+1)
	}
	a, _ = send(t, a, older) // ends last
	if len(a.dash.cases) != before+1 {
		t.Errorf("the older read, ending last, replaced the list: %d cases; want %d", len(a.dash.cases), before+1)
	}
	mustContain(t, screenText(keys(t, a, "tab")), "Zoë Fast")
}
