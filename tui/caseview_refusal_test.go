package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
)

// TestNoticeOfRefusal (issue 19): the notice form says what tramite
// knows of a refusal (nothing: ask the office), in both languages, and
// offers to close the case as refused: recorded with its history entry,
// every date of the case done, no new date.
func TestNoticeOfRefusal(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana López"), "status-change", procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"})
	st.SetProgress(id, procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-10")})
	a := openCase(t, st, id, 100, 40)
	a = keys(t, a, "i")
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	mustContain(t, flat(screenText(a)), "If INM refused the application: verify with your INM office what you",
		"INM refused the application (negativa): close the case")

	es := NewApp(st, Options{Context: esCtx(), ExportDir: t.TempDir()})
	es, _ = send(t, es, tea.WindowSizeMsg{Width: 100, Height: 40})
	es, _ = send(t, es, startCmd(es.st, esCtx().Today, esCtx().Lang)())
	es = sendLoaded(t, es, openCaseMsg{CaseID: id})
	es = keys(t, es, "i")
	mustContain(t, flat(screenText(es)), "Si el INM negó la solicitud: confirme en su oficina del INM qué",
		"El INM negó la solicitud (negativa): cerrar el caso")

	a = keys(t, a, "down", "down")
	a = fill(t, a, "")
	a = keys(t, a, "ctrl+u")
	a = fill(t, a, "2026-11-20")
	c, _ := st.Case(id)
	if c.Progress.RefusedDate != procedures.MustDate("2026-11-20") {
		t.Fatalf("after the refusal: %+v, want refused on 2026-11-20", c.Progress)
	}
	if n := len(c.History); n == 0 || c.History[n-1].Kind != record.EventRefusal {
		t.Errorf("history %+v, want the refusal last", c.History)
	}
	mustContain(t, flat(screenText(a)), "Recorded INM's refusal: the case is closed.")
	mustContain(t, flat(screenText(a)), "✗ Refused by INM on 2026-11-20 (Fri): the case is closed.")
	// The key bar offers no next stage and no other notice.
	if bar := screenText(a); strings.Contains(bar, "s mark") || strings.Contains(bar, "i INM notice") {
		t.Errorf("a refused case still offers a stage or a notice:\n%s", bar)
	}
	// No stage follows a refusal: s changes nothing.
	a = keys(t, a, "s")
	if c, _ := st.Case(id); c.Progress.Stage != procedures.StageFiled || a.caseView.mode == modeForm {
		t.Errorf("s after the refusal: stage %s, mode %v; want the case left closed", c.Progress.Stage, a.caseView.mode)
	}
	sums, _ := st.Summaries()
	for _, s := range sums {
		for _, d := range s.Deadlines {
			if s.CaseID == id && !d.Done {
				t.Errorf("%s is still on the dashboard after the refusal", d.Key)
			}
		}
	}
	// The case view's stage line and the cases list say the same: refused,
	// not "filed" (the list read the stage the refusal came at).
	mustContain(t, flat(screenText(a)), "✓ filed › ✗ refused by INM")
	if strings.Contains(screenText(a), "○ ") {
		t.Errorf("the stage line still offers stages after the refusal:\n%s", screenText(a))
	}
	a = keys(t, a, "esc", "tab")
	if !strings.Contains(screenText(a), "[Cases]") {
		t.Fatalf("tab did not show the cases list:\n%s", screenText(a))
	}
	var row string
	for _, l := range strings.Split(screenText(a), "\n") {
		if strings.Contains(l, "López") {
			row = l
		}
	}
	if !strings.Contains(row, "refused by INM") {
		t.Errorf("the cases list row reads %q, want the stage refused by INM", row)
	}
}
