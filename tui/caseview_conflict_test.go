package tui

import (
	"strings"
	"testing"
	"time"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// conflictOnce is a store where another desk changes the case just
// before this desk's next save, which is then refused as the engines
// refuse it (record.ConflictError); later saves go through.
type conflictOnce struct {
	*memStore
	armed bool
	other func()
}

func (s *conflictOnce) SaveCase(c *record.Case) error {
	if s.armed {
		s.armed = false
		s.other()
		return &record.ConflictError{CaseID: c.ID, At: time.Date(2026, 11, 23, 10, 42, 0, 0, time.Local), Stored: 2, Based: 1}
	}
	return s.memStore.SaveCase(c)
}

// A note typed while another desk changed the case is not saved over
// theirs: the case is reloaded, their notes show above the editor, the
// text typed stays in it, and saving again saves it.
func TestNotesConflictReloadsAndKeepsTheText(t *testing.T) {
	mem := newMemStore()
	id := addCase(t, mem, storePerson(t, mem, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	st := &conflictOnce{memStore: mem}
	st.other = func() { mem.SetNotes(id, "Bruno called INM: appointment moved") }
	a := openCase(t, st, id, 80, 24)
	a = keys(t, a, "n")
	a = typeText(t, a, "Ana brings the photos")
	st.armed = true
	a = keys(t, a, "ctrl+s")

	cv := a.caseView
	if cv.mode != modeNotes || cv.notes.Value() != "Ana brings the photos" {
		t.Fatalf("after the conflict: mode %v, editor %q; want the editor open with the text typed", cv.mode, cv.notes.Value())
	}
	if cv.c.Notes != "Bruno called INM: appointment moved" {
		t.Errorf("the case was not reloaded: notes %q", cv.c.Notes)
	}
	if n, _ := mem.Case(id); n.Notes != "Bruno called INM: appointment moved" {
		t.Errorf("the refused save changed the stored notes to %q", n.Notes)
	}
	screen := screenText(a)
	mustContain(t, screen, "changed at another desk at 10:42", "Bruno called INM", "Your text, not saved yet", "Ana brings the photos", "what you typed is kept")

	a = keys(t, a, "ctrl+s")
	if n, _ := mem.Case(id); n.Notes != "Ana brings the photos" || a.caseView.mode != modeView {
		t.Errorf("saving again: stored %q, mode %v; want the text saved and the editor closed", n.Notes, a.caseView.mode)
	}
	if strings.Contains(screenText(a), "another desk") {
		t.Errorf("the conflict still shows after the save:\n%s", screenText(a))
	}
}

// A stage form's values survive a conflict: the form opens again with
// them over the reloaded case.
func TestStageConflictReopensTheFormWithTheValues(t *testing.T) {
	mem := newMemStore()
	id := addCase(t, mem, storePerson(t, mem, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	mem.SetProgress(id, procedures.Progress{Stage: procedures.StageReady})
	st := &conflictOnce{memStore: mem}
	st.other = func() { mem.SetNotes(id, "changed elsewhere") }
	a := openCase(t, st, id, 80, 24)
	a = keys(t, a, "s")
	st.armed = true
	a = fill(t, a, "2026-11-30", "", "INM Cancún", "999")
	cv := a.caseView
	if cv.mode != modeForm || cv.pend == nil || cv.pend.date1 != "2026-11-30" || cv.pend.text2 != "999" {
		t.Fatalf("after the conflict: mode %v pend %+v; want the form open with the values", cv.mode, cv.pend)
	}
	if cv.c.Notes != "changed elsewhere" || cv.c.Progress.Stage != procedures.StageReady {
		t.Errorf("the case was not reloaded: notes %q stage %q", cv.c.Notes, cv.c.Progress.Stage)
	}
	mustContain(t, screenText(a), "2026-11-30", "what you typed is kept")
	a = fill(t, a, "", "", "", "")
	if c, _ := mem.Case(id); c.Progress.Stage != procedures.StageBooked || c.Progress.Pieza != "999" {
		t.Errorf("submitting again: stored %+v", c.Progress)
	}
}

func TestConflictIsSaidInSpanish(t *testing.T) {
	e := &conflictError{at: time.Date(2026, 11, 23, 10, 42, 0, 0, time.Local), kind: conflictNotes, err: &record.ConflictError{}}
	if got := errorText(i18n.For(i18n.Spanish), e); !strings.Contains(got, "otro puesto a las 10:42") || !strings.Contains(got, "se conserva") {
		t.Errorf("Spanish: %s", got)
	}
}
