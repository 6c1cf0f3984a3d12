package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/i18n"
	"tramite/procedures"
)

// deskStore is a memStore that keeps versions as the engines do, with a
// change counter the tests move by hand (watchMsg).
func deskStore() genStore {
	mem := newMemStore()
	mem.versions = true
	return genStore{mem}
}

// openCaseIn opens case id in a w×h app speaking lang, with the change
// counter known (the watcher's first answer).
func openCaseIn(t *testing.T, st Store, id uint64, w, h int, lang i18n.Lang) *App {
	t.Helper()
	ctx := testCtx()
	ctx.Lang = i18n.For(lang)
	a := NewApp(st, Options{Context: ctx, ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	a, _ = settle(t, a, a.Init())
	a, _ = send(t, a, openCaseMsg{CaseID: id})
	if a.screen != screenCase || !a.caseView.loaded {
		t.Fatalf("screen %v loaded %v err %v", a.screen, a.caseView.loaded, a.caseView.err)
	}
	a, _ = send(t, a, watchMsg{gen: 1})
	return a
}

// changedElsewhere is the watcher seeing another desk's write.
func changedElsewhere(t *testing.T, a *App) *App {
	t.Helper()
	a, _ = send(t, a, watchMsg{gen: a.watch.gen + 1})
	return a
}

// An open case shows another desk's changes once the change counter
// moves, keeping the cursor, the scroll and the mode, and says so in the
// status line, in both languages.
func TestCaseViewFollowsAnotherDesk(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang i18n.Lang
		said string
	}{
		{"English", i18n.English, "Updated at another desk at "},
		{"Spanish", i18n.Spanish, "Actualizado en otro puesto a las "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := deskStore()
			id := addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
			a := openCaseIn(t, st, id, 80, 24, tc.lang)
			for i := 0; i < 40 && a.caseView.docCursor < 2; i++ {
				a = keys(t, a, "j") // scrolls to the checklist, then moves in it
			}
			cursor, top := a.caseView.docCursor, a.caseView.vp.YOffset()
			if top == 0 || cursor == 0 {
				t.Fatalf("the test needs a scrolled view with the cursor moved: top %d cursor %d", top, cursor)
			}
			doc := a.caseView.outcome.Documents[0].ID

			// Another desk (or `tramite case ...` in another terminal).
			mustSave(t, st.SetTick(id, doc, true))
			mustSave(t, st.SetNotes(id, "Bruno called INM: bring the photos"))
			mustSave(t, st.SetProgress(id, procedures.Progress{Stage: procedures.StageReady}))
			stored, _ := st.Case(id)
			if a.caseView.c.Notes != "" {
				t.Fatal("the view changed before the counter moved")
			}
			a = changedElsewhere(t, a)

			cv := a.caseView
			if cv.c.Notes != stored.Notes || !cv.c.Ticks[doc] || cv.c.Progress.Stage != procedures.StageReady || cv.c.Version != stored.Version {
				t.Errorf("the view was not reloaded: notes %q ticks %v stage %q version %d (stored %d)",
					cv.c.Notes, cv.c.Ticks, cv.c.Progress.Stage, cv.c.Version, stored.Version)
			}
			if cv.mode != modeView || cv.docCursor != cursor || cv.vp.YOffset() != top {
				t.Errorf("mode %v cursor %d top %d; want %v %d %d", cv.mode, cv.docCursor, cv.vp.YOffset(), modeView, cursor, top)
			}
			mustContain(t, screenText(a), tc.said+stored.Updated.Local().Format("15:04"))

			// Nothing new: nothing read, nothing said.
			a.caseView.status = ""
			calls := st.caseCalls
			a, _ = send(t, a, watchMsg{gen: a.watch.gen})
			if st.caseCalls != calls {
				t.Error("an unchanged counter read the case again")
			}
			if strings.Contains(screenText(a), tc.said) {
				t.Errorf("an unchanged counter said the case changed:\n%s", screenText(a))
			}
		})
	}
}

// This desk's own saves come back through the watcher too: they are not
// another desk's, and the view's version stays the stored one, so the next
// save is not refused.
func TestOwnSavesAreNotAnotherDesks(t *testing.T) {
	st := deskStore()
	id := addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	a := openCaseIn(t, st, id, 80, 40, i18n.English)
	a = keys(t, a, "space")
	a = changedElsewhere(t, a)
	if s := screenText(a); strings.Contains(s, "another desk") || !strings.Contains(s, "Ticked: ") {
		t.Errorf("after this desk's tick:\n%s", s)
	}
	a = keys(t, a, "n")
	a = typeText(t, a, "visit Tuesday")
	a = keys(t, a, "ctrl+s")
	a = changedElsewhere(t, a)
	if c, _ := st.Case(id); c.Notes != "visit Tuesday" || strings.Contains(screenText(a), "another desk") {
		t.Errorf("notes %q after this desk's save:\n%s", c.Notes, screenText(a))
	}
	if c, _ := st.Case(id); a.caseView.c.Version != c.Version {
		t.Errorf("the view is at version %d, the store at %d", a.caseView.c.Version, c.Version)
	}
}

// While notes are typed another desk's change reloads the case behind the
// editor: the text typed stays; saving it is refused by the version check
// (their notes show above the text), and saving again saves it.
func TestRefreshBehindTheNotesEditorKeepsTheText(t *testing.T) {
	st := deskStore()
	id := addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	a := openCaseIn(t, st, id, 80, 24, i18n.English)
	a = keys(t, a, "n")
	a = typeText(t, a, "Ana brings the photos")
	mustSave(t, st.SetNotes(id, "Bruno called INM"))
	a = changedElsewhere(t, a)

	cv := a.caseView
	if cv.mode != modeNotes || cv.notes.Value() != "Ana brings the photos" || cv.c.Notes != "Bruno called INM" {
		t.Fatalf("after the reload: mode %v editor %q case notes %q", cv.mode, cv.notes.Value(), cv.c.Notes)
	}
	mustContain(t, screenText(a), "Updated at another desk at", "what you are typing is kept", "Ana brings the photos")

	a = keys(t, a, "ctrl+s")
	if c, _ := st.Case(id); c.Notes != "Bruno called INM" {
		t.Fatalf("the save over the old version went through: stored %q", c.Notes)
	}
	if a.caseView.mode != modeNotes || a.caseView.notes.Value() != "Ana brings the photos" {
		t.Fatalf("after the refusal: mode %v editor %q", a.caseView.mode, a.caseView.notes.Value())
	}
	mustContain(t, screenText(a), "changed at another desk at", "Bruno called INM", "Your text, not saved yet")
	a = keys(t, a, "ctrl+s")
	if c, _ := st.Case(id); c.Notes != "Ana brings the photos" || a.caseView.mode != modeView {
		t.Errorf("saving again: stored %q mode %v", c.Notes, a.caseView.mode)
	}
}

// A stage form open while another desk changes the case keeps its values;
// the version check refuses the first submit and the form opens again with
// them over the reloaded case.
func TestRefreshBehindTheStageFormKeepsTheValues(t *testing.T) {
	st := deskStore()
	id := addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	mustSave(t, st.SetProgress(id, procedures.Progress{Stage: procedures.StageReady}))
	a := openCaseIn(t, st, id, 80, 24, i18n.English)
	a = keys(t, a, "s")
	if a.caseView.mode != modeForm {
		t.Fatalf("s opened mode %v", a.caseView.mode)
	}
	mustSave(t, st.SetNotes(id, "changed elsewhere"))
	a = changedElsewhere(t, a)
	if a.caseView.mode != modeForm || a.caseView.c.Notes != "changed elsewhere" {
		t.Fatalf("after the reload: mode %v notes %q", a.caseView.mode, a.caseView.c.Notes)
	}
	mustContain(t, screenText(a), "what you are typing is kept")
	a = fill(t, a, "2026-11-30", "", "INM Cancún", "999")
	if c, _ := st.Case(id); c.Progress.Stage != procedures.StageReady {
		t.Fatalf("the stage was saved over the old version: %+v", c.Progress)
	}
	if cv := a.caseView; cv.mode != modeForm || cv.pend == nil || cv.pend.date1 != "2026-11-30" {
		t.Fatalf("after the refusal: mode %v pend %+v", cv.mode, cv.pend)
	}
	a = fill(t, a, "", "", "", "")
	if c, _ := st.Case(id); c.Progress.Stage != procedures.StageBooked || c.Notes != "changed elsewhere" {
		t.Errorf("submitting again: stored %+v notes %q", c.Progress, c.Notes)
	}
}

// A case deleted at another desk says so instead of showing it as if it
// were there.
func TestCaseDeletedAtAnotherDesk(t *testing.T) {
	st := deskStore()
	id := addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	a := openCaseIn(t, st, id, 80, 24, i18n.English)
	mustSave(t, st.DeleteCase(id))
	a = changedElsewhere(t, a)
	mustContain(t, screenText(a), "That case no longer exists")
}

// The watcher reads the open case only: the dashboard alone is not a case
// read per change.
func TestNoCaseReadWithoutAnOpenCase(t *testing.T) {
	st := deskStore()
	addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
	a := startApp(t, st, 80, 24)
	a, _ = send(t, a, watchMsg{gen: 1})
	calls := st.caseCalls
	a, _ = send(t, a, watchMsg{gen: 2})
	if st.caseCalls != calls {
		t.Errorf("the dashboard read %d cases on a change", st.caseCalls-calls)
	}
}

// The notice form too: another desk's change reloads the case behind it;
// recording the notice over the old version is refused, the form opens
// again with what was typed, and recording again records it.
func TestRefreshBehindTheNoticeFormKeepsTheValues(t *testing.T) {
	st := deskStore()
	id := addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "status-change",
		procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"})
	mustSave(t, st.SetProgress(id, procedures.Progress{Stage: procedures.StageFiled,
		FiledDate: procedures.MustDate("2026-11-10"), FeePaid: procedures.MustDate("2026-11-09")}))
	a := openCaseIn(t, st, id, 80, 24, i18n.English)
	a = keys(t, a, "i")
	a = fill(t, a, "")       // corrections, the first choice
	a = keys(t, a, "ctrl+u") // clear the date prefilled with today
	a = typeText(t, a, "2026-11-20")
	mustSave(t, st.SetNotes(id, "changed elsewhere"))
	a = changedElsewhere(t, a)
	if a.caseView.mode != modeNotice || a.caseView.c.Notes != "changed elsewhere" {
		t.Fatalf("after the reload: mode %v notes %q", a.caseView.mode, a.caseView.c.Notes)
	}
	a = keys(t, a, "enter")
	if c, _ := st.Case(id); !c.Progress.CorrectionNotice.IsZero() {
		t.Fatalf("the notice was recorded over the old version: %+v", c.Progress)
	}
	if cv := a.caseView; cv.mode != modeNotice || cv.notice == nil || cv.notice.date != "2026-11-20" {
		t.Fatalf("after the refusal: mode %v notice %+v", cv.mode, cv.notice)
	}
	mustContain(t, screenText(a), "changed at another desk at", "what you typed is kept")
	a = fill(t, a, "", "")
	if c, _ := st.Case(id); c.Progress.CorrectionNotice != procedures.MustDate("2026-11-20") || c.Notes != "changed elsewhere" {
		t.Errorf("recording again: %+v notes %q", c.Progress, c.Notes)
	}
}
