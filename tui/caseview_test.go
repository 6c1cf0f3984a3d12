package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// openCase starts the app on st and opens case id.
func openCase(t *testing.T, st Store, id uint64, w, h int) *App {
	t.Helper()
	a := startApp(t, st, w, h)
	a, _ = send(t, a, openCaseMsg{CaseID: id})
	if a.screen != screenCase || !a.caseView.loaded {
		t.Fatalf("screen %v loaded %v err %v", a.screen, a.caseView.loaded, a.caseView.err)
	}
	return a
}

// fill types each value into the open form's fields in turn ("" keeps
// the prefilled value) and presses enter after each.
func fill(t *testing.T, a *App, values ...string) *App {
	t.Helper()
	for _, v := range values {
		if v != "" {
			// One key event carrying the whole text, as a paste or a fast
			// typist's burst arrives.
			a, _ = send(t, a, tea.KeyPressMsg{Code: tea.KeyExtended, Text: v})
		}
		a = keys(t, a, "enter")
	}
	return a
}

func deadlineKeys(ds []procedures.Deadline) map[string]procedures.Deadline {
	out := map[string]procedures.Deadline{}
	for _, d := range ds {
		out[d.Key] = d
	}
	return out
}

func TestCaseThroughEveryStage(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	a := openCase(t, st, id, 80, 24)
	stage := func() procedures.Stage { c, _ := st.Case(id); return c.Progress.Stage }

	// R-RENEW-WINDOW: the window is open, nothing filed yet.
	a = keys(t, a, "s")
	if stage() != procedures.StageReady {
		t.Fatalf("after s: stage %q, want ready", stage())
	}

	// R-APPT-HOW: the appointment becomes a deadline of the case and a row
	// of the dashboard. A bad date is refused with what to type.
	a = keys(t, a, "s")
	if a.caseView.mode != modeForm {
		t.Fatal("s on a ready case did not ask for the appointment")
	}
	a = fill(t, a, "31/11/2026")
	if a.caseView.mode != modeForm || !strings.Contains(screenText(a), "30 days") {
		t.Fatalf("31 November accepted, or no message saying why:\n%s", screenText(a))
	}
	for range len("31/11/2026") {
		a = keys(t, a, "backspace")
	}
	a = fill(t, a, "30/11/2026", "10:00", "", "12345")
	if stage() != procedures.StageBooked {
		t.Fatalf("after the appointment form: stage %q, want booked\n%s", stage(), screenText(a))
	}
	dl := deadlineKeys(a.caseView.deadlines)
	if d, ok := dl["appointment"]; !ok || d.Date != procedures.MustDate("2026-11-30") {
		t.Fatalf("appointment deadline = %+v", d)
	}
	a = keys(t, a, "esc")
	found := false
	for _, i := range a.dash.visible {
		if r := a.dash.deadlines[i]; r.caseID == id && r.dl().Key == "appointment" {
			found = true
		}
	}
	if !found {
		t.Fatal("the appointment is not on the dashboard")
	}

	// R-CASE-DECIDE and R-CASE-CORRECT: filing starts INM's clock; a
	// correction notice gives the user 10 business days.
	a, _ = send(t, a, openCaseMsg{CaseID: id})
	a = keys(t, a, "s")
	// The filing date is prefilled from the appointment, a week ahead: a
	// filing cannot be recorded in the future, so today's date replaces it.
	for range len("2026-11-30") {
		a = keys(t, a, "backspace")
	}
	a = fill(t, a, "2026-11-23", "NUT-77", "2026-11-23")
	if stage() != procedures.StageFiled {
		t.Fatalf("stage %q, want filed\n%s", stage(), screenText(a))
	}
	dl = deadlineKeys(a.caseView.deadlines)
	cal := procedures.Calendar{}
	if d := dl["decision-due"]; d.Date != cal.AddINMBusinessDays(procedures.MustDate("2026-11-23"), 20) {
		t.Errorf("decision due %s", d.Date)
	}
	if d := dl["correction-due"]; d.Date != procedures.AddUserBusinessDays(procedures.MustDate("2026-11-23"), 10) {
		t.Errorf("correction due %s", d.Date)
	}
	if !dl["renewal-window-closes"].Done {
		t.Error("the renewal window should be done once filed")
	}

	// R-CASE-NEXT: the new card's expiry schedules what comes next. The
	// first card dates from 2024-01-15, so a renewal of a card expiring
	// 2027-12-10 would pass the 4-year ceiling (R-RENEW-TERMS): its last
	// 30 days are the window for the change to permanent (R-STATUS-WHEN).
	a = keys(t, a, "s")
	a = fill(t, a, "2026-11-23", "2027-12-10")
	if stage() != procedures.StageReceived {
		t.Fatalf("stage %q, want received", stage())
	}
	dl = deadlineKeys(a.caseView.deadlines)
	// The card's last 30 days counting the expiry as day 1 (R-DAYS-CAL).
	if d := dl["next-status-window-opens"]; d.Date != procedures.MustDate("2027-11-11") {
		t.Errorf("the change's window opens %s, want 2027-11-11", d.Date)
	}
	if _, ok := dl["four-year-date"]; !ok {
		t.Error("no four-year date after the card came")
	}
	mustContain(t, screenText(a), "● card received")

	// The last stage has no next; S steps back keeping the dates.
	if a.caseView.keys.NextStage.Enabled() {
		t.Error("next stage still offered on a received case")
	}
	a = keys(t, a, "S")
	c, _ := st.Case(id)
	if c.Progress.Stage != procedures.StageFiled || c.Progress.NewCardExpiry.IsZero() {
		t.Errorf("after S: %+v", c.Progress)
	}
}

func TestCaseViewEdits(t *testing.T) {
	t.Run("space ticks the document under the cursor and saves it", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, storePerson(t, st, "Ana"), "renewal", renewalAnswers("2026-12-10"))
		// Tall enough that the checklist is on screen: j then moves the
		// cursor rather than scrolling to it.
		a := openCase(t, st, id, 80, 40)
		a = keys(t, a, "j", "space")
		doc := a.caseView.outcome.Documents[1].ID
		if c, _ := st.Case(id); !c.Ticks[doc] {
			t.Fatalf("tick of %s not saved", doc)
		}
		// The status names the document in English, not by its DOMAIN.md id.
		if s := a.caseView.status; s != "Ticked: "+a.caseView.outcome.Documents[1].Name || strings.Contains(s, doc) {
			t.Errorf("status %q, want the document's name", s)
		}
		mustContain(t, screenText(a), "[x]")
		a = keys(t, a, "x")
		if c, _ := st.Case(id); c.Ticks[doc] {
			t.Error("x did not untick")
		}
	})
	t.Run("notes are saved with ctrl+s", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, storePerson(t, st, "Ana"), "renewal", renewalAnswers("2026-12-10"))
		a := openCase(t, st, id, 80, 24)
		a = keys(t, a, "n")
		a = typeText(t, a, "call Lic. Pérez")
		a = keys(t, a, "ctrl+s")
		if c, _ := st.Case(id); c.Notes != "call Lic. Pérez" || a.caseView.mode != modeView {
			t.Errorf("notes %q, mode %v", c.Notes, a.caseView.mode)
		}
	})
	t.Run("esc in the notes editor saves what was typed", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, storePerson(t, st, "Ana"), "renewal", renewalAnswers("2026-12-10"))
		a := keys(t, openCase(t, st, id, 80, 24), "n")
		mustContain(t, screenText(a), "esc save and close")
		a = typeText(t, a, "visit Tuesday")
		a = keys(t, a, "esc")
		if c, _ := st.Case(id); c.Notes != "visit Tuesday" || a.caseView.mode != modeView {
			t.Errorf("notes %q, mode %v", c.Notes, a.caseView.mode)
		}
		mustContain(t, screenText(a), "Notes saved")
	})
	t.Run("esc in the notes editor with nothing typed changes nothing", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, storePerson(t, st, "Ana"), "renewal", renewalAnswers("2026-12-10"))
		a := keys(t, openCase(t, st, id, 80, 24), "n", "esc")
		if c, _ := st.Case(id); c.Notes != "" || a.caseView.mode != modeView {
			t.Errorf("notes %q, mode %v", c.Notes, a.caseView.mode)
		}
		mustContain(t, screenText(a), "Notes not changed")
	})
	t.Run("d then y deletes the case and returns to the dashboard", func(t *testing.T) {
		st := household(t)
		a := openCase(t, st, 1, 80, 24)
		a = keys(t, a, "d")
		mustContain(t, screenText(a), "Delete case")
		a = keys(t, a, "y")
		if _, err := st.Case(1); err == nil || a.screen != screenDashboard || len(a.dash.cases) != 3 {
			t.Errorf("case 1 err %v, screen %v, %d cases listed", err, a.screen, len(a.dash.cases))
		}
	})
	t.Run("d then anything else keeps the case", func(t *testing.T) {
		st := household(t)
		a := keys(t, openCase(t, st, 1, 80, 24), "d", "n")
		if _, err := st.Case(1); err != nil || a.caseView.mode != modeView {
			t.Errorf("err %v mode %v", err, a.caseView.mode)
		}
	})
	t.Run("E asks for the review of the answers", func(t *testing.T) {
		a := openCase(t, household(t), 2, 80, 24)
		a, _ = send(t, a, press("E"))
		if a.screen != screenInterview || a.interview.c.ID != 2 {
			t.Errorf("E gave screen %v case %d", a.screen, a.interview.c.ID)
		}
	})
	t.Run("an incomplete case cannot be marked ready", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, storePerson(t, st, "Ana"), "renewal", procedures.Answers{"card_type": "temporary"})
		a := keys(t, openCase(t, st, id, 80, 24), "s")
		if c, _ := st.Case(id); c.Progress.Stage != "" {
			t.Errorf("stage %q", c.Progress.Stage)
		}
		mustContain(t, screenText(a), "press E")
	})
}

func TestFailingStoreLosesNothing(t *testing.T) {
	mem := newMemStore()
	id := addCase(t, mem, storePerson(t, mem, "Ana"), "renewal", renewalAnswers("2026-12-10"))
	st := failStore{mem}
	t.Run("a failed tick is put back and the error shown", func(t *testing.T) {
		a := keys(t, openCase(t, st, id, 80, 24), "space")
		doc := a.caseView.outcome.Documents[0].ID
		if a.caseView.c.Ticks[doc] || !errors.Is(a.caseView.err, errDisk) {
			t.Errorf("tick %v err %v", a.caseView.c.Ticks[doc], a.caseView.err)
		}
		mustContain(t, screenText(a), "could not save the tick", "disk full")
	})
	t.Run("failed notes stay in the editor", func(t *testing.T) {
		a := keys(t, openCase(t, st, id, 80, 24), "n")
		a = typeText(t, a, "keep me")
		a = keys(t, a, "ctrl+s")
		if a.caseView.mode != modeNotes || a.caseView.notes.Value() != "keep me" {
			t.Errorf("mode %v notes %q", a.caseView.mode, a.caseView.notes.Value())
		}
		mustContain(t, screenText(a), "your text is still here")
	})
	t.Run("a failed stage keeps the typed values for the retry", func(t *testing.T) {
		mem.SetProgress(id, procedures.Progress{Stage: procedures.StageReady})
		a := keys(t, openCase(t, st, id, 80, 24), "s")
		a = fill(t, a, "2026-11-30", "", "INM Cancún", "999")
		if a.caseView.c.Progress.Stage != procedures.StageReady {
			t.Fatalf("stage moved to %q though the save failed", a.caseView.c.Progress.Stage)
		}
		mustContain(t, screenText(a), "could not save the stage")
		a = keys(t, a, "s")
		if p := a.caseView.pend; p == nil || p.date1 != "2026-11-30" || p.text2 != "999" {
			t.Errorf("retry form lost the values: %+v", p)
		}
	})
}

func TestExportWritesTheChosenFormat(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Aoife Lefèvre"), "renewal", renewalAnswers("2026-12-10"))
	a := openCase(t, st, id, 80, 24)
	a = keys(t, a, "e", "down", "down", "enter", "enter") // calendar file, suggested name
	if a.caseView.err != nil {
		t.Fatalf("export failed: %v", a.caseView.err)
	}
	want := filepath.Join(a.opts.ExportDir, "tramite-aoife-lefevre-renewal-1.ics")
	b, err := os.ReadFile(want)
	if err != nil || !strings.Contains(string(b), "BEGIN:VCALENDAR") {
		t.Fatalf("%s: %v\n%s", want, err, b)
	}
	mustContain(t, screenText(a), "Saved ")
	// A second export to the same name asks first, as the PDF packet
	// does: esc writes nothing, y replaces the file.
	if err := os.WriteFile(want, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	a = keys(t, a, "e", "down", "down", "enter", "enter")
	if a.caseView.mode != modeReplace {
		t.Fatalf("second export: mode %v err %v, want the replace question", a.caseView.mode, a.caseView.err)
	}
	mustContain(t, screenText(a), "That file already exists", "Press y to replace it")
	a = keys(t, a, "esc")
	if b, _ := os.ReadFile(want); string(b) != "mine" {
		t.Errorf("esc replaced the file: %q", b)
	}
	// The form keeps the format and name chosen before.
	a = keys(t, a, "e", "enter", "enter", "y")
	if b, _ := os.ReadFile(want); !strings.Contains(string(b), "BEGIN:VCALENDAR") {
		t.Errorf("y did not replace the file: %q", b)
	}
	mustContain(t, screenText(a), "Saved ")
}

func TestAnErrorLineShowsItsReason(t *testing.T) {
	// The reason comes last in a wrapped error ("could not export (...):
	// path: the reason"): it must be on screen, not cut at the width.
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana"), "renewal", renewalAnswers("2026-12-10"))
	a := openCase(t, st, id, 80, 24)
	reason := errors.New("the disk said no: permission denied")
	a, _ = send(t, a, caseFailedMsg{err: fmt.Errorf("could not export (press e to choose another file name): %s/%s: %w",
		strings.Repeat("/very/long/folder", 3), "tramite-ana-renewal-1.txt", reason)})
	flat := strings.Join(strings.Fields(screenText(a)), " ")
	mustContain(t, flat, "permission denied", "press e to choose another file name")
	if got := strings.Count(screenText(a), "\n") + 1; got != 24 {
		t.Errorf("frame has %d lines, want 24", got)
	}
	t.Run("the root's error line wraps too", func(t *testing.T) {
		a := dash(t, 80, 24)
		a, _ = send(t, a, errMsg{err: fmt.Errorf("could not read %s: %w", strings.Repeat("/a/long/path", 6), reason)})
		flat := strings.Join(strings.Fields(screenText(a)), " ")
		mustContain(t, flat, "permission denied")
		if got := strings.Count(screenText(a), "\n") + 1; got != 24 {
			t.Errorf("frame has %d lines, want 24", got)
		}
	})
}
