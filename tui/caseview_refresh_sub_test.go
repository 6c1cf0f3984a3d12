package tui

import (
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// followLangs are the two languages a sub-screen says "updated at another
// desk" in.
var followLangs = []struct {
	name string
	lang i18n.Lang
	said string
}{
	{"English", i18n.English, "Updated at another desk at "},
	{"Spanish", i18n.Spanish, "Actualizado en otro puesto a las "},
}

// clockOf is the HH:MM the status line gives for a change at t.
func clockOf(t time.Time) string { return t.Local().Format("15:04") }

// The history (h) open while another desk changes the case shows the new
// entry, keeping its scroll, and says so, in both languages.
func TestHistoryFollowsAnotherDesk(t *testing.T) {
	for _, tc := range followLangs {
		t.Run(tc.name, func(t *testing.T) {
			st := deskStore()
			id := addCase(t, st.memStore, storePerson(t, st.memStore, "Ana López"), "renewal", renewalAnswers("2026-12-10"))
			mustSave(t, st.update(id, func(c *record.Case) {
				for i := range 40 {
					c.History = append(c.History, record.Event{At: time.Date(2026, 11, 1+i%20, 9, 0, 0, 0, time.UTC),
						Kind: record.EventNote, Text: fmt.Sprintf("call %d", i)})
				}
			}))
			a := openCaseIn(t, st, id, 80, 24, tc.lang)
			a = keys(t, a, "h", "j", "j", "j")
			if a.caseView.mode != modeHistory || a.caseView.history.offset != 3 {
				t.Fatalf("h and 3 downs: mode %v offset %d", a.caseView.mode, a.caseView.history.offset)
			}

			mustSave(t, st.update(id, func(c *record.Case) {
				c.Notes = "Bruno called INM"
				c.History = append(c.History, record.Event{At: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC),
					Kind: record.EventNote, Text: "Bruno called INM"})
			}))
			stored, _ := st.Case(id)
			a = changedElsewhere(t, a)

			cv := a.caseView
			if cv.mode != modeHistory || cv.history.offset != 3 {
				t.Errorf("after the change: mode %v offset %d, want the history at 3", cv.mode, cv.history.offset)
			}
			if n := len(cv.history.lines); n == 0 || !strings.Contains(cv.history.lines[n-1].Text, "Bruno called INM") {
				t.Errorf("the history does not end with the other desk's note: %+v", cv.history.lines[max(n-2, 0):])
			}
			mustContain(t, screenText(a), tc.said+clockOf(stored.Updated))
			a = keys(t, a, "G")
			mustContain(t, screenText(a), "Bruno called INM")
		})
	}
}

// The messages to the client (m) follow the case and the person: another
// desk's new e-mail address is in the message's To line and link, a new
// date in its text; the message on show and the scroll stay.
func TestMessagesFollowAnotherDesk(t *testing.T) {
	for _, tc := range followLangs {
		t.Run(tc.name, func(t *testing.T) {
			mem, ana, _ := messagesStore(t, true)
			mem.versions = true
			st := genStore{mem}
			a := openCaseIn(t, st, ana, 60, 16, tc.lang)
			a = keys(t, a, "m", "j", "j")
			top := a.caseView.msgs.vp.YOffset()
			if a.caseView.mode != modeMessages || top != 2 {
				t.Fatalf("m and 2 downs: mode %v top %d", a.caseView.mode, top)
			}

			// The person's e-mail, changed without touching the case.
			p, _ := st.Person(a.caseView.person.ID)
			p.Details = map[string]string{"email": "ana.lopez@example.org", "phone": "+52 55 1234 5678"}
			mustSave(t, st.SavePerson(&p))
			a = changedElsewhere(t, a)
			cv := a.caseView
			if cv.mode != modeMessages || cv.msgs.vp.YOffset() != top || len(cv.msgs.list) != 1 {
				t.Fatalf("after the person's change: mode %v top %d messages %d", cv.mode, cv.msgs.vp.YOffset(), len(cv.msgs.list))
			}
			if m := cv.msgs.list[0]; m.Email != "ana.lopez@example.org" || !strings.HasPrefix(m.Mailto, "mailto:ana.lopez@example.org?") {
				t.Errorf("the message still goes to %q (%s)", m.Email, m.Mailto)
			}
			mustContain(t, screenText(a), tc.said+clockOf(p.Updated))

			// The case: a later move makes a later date.
			was := cv.msgs.list[0].Text
			mustSave(t, st.SaveAnswer(ana, "change_date", "2026-09-03"))
			a = changedElsewhere(t, a)
			cv = a.caseView
			if len(cv.msgs.list) != 1 || cv.msgs.list[0].Text == was || !strings.Contains(cv.msgs.list[0].Text, "2026-12-0") {
				t.Errorf("the message was not written again for the new date:\n%+v", cv.msgs.list)
			}
			if cv.msgs.vp.YOffset() != top {
				t.Errorf("scroll %d, want %d", cv.msgs.vp.YOffset(), top)
			}
		})
	}
}

// The letter (l) shows the person's data as stored now, keeping its
// scroll; while its details form is open what is typed stays.
func TestLetterFollowsAnotherDesk(t *testing.T) {
	for _, tc := range followLangs {
		t.Run(tc.name, func(t *testing.T) {
			st := deskStore()
			pid := letterPerson(t, st.memStore)
			id := addCase(t, st.memStore, pid, "renewal", renewalAnswers("2026-12-10"))
			a := openCaseIn(t, st, id, 80, 24, tc.lang)
			a = keys(t, a, "l", "j", "j")
			top := a.caseView.letter.vp.YOffset()
			if a.caseView.mode != modeLetter || top != 2 {
				t.Fatalf("l and 2 downs: mode %v top %d", a.caseView.mode, top)
			}
			p := personOf(t, st, pid)
			p.Details = maps.Clone(p.Details) // the store's map is the view's
			p.Details["passport_number"] = "ZX9876543"
			mustSave(t, st.SavePerson(&p))
			a = changedElsewhere(t, a)
			lv := a.caseView.letter
			if a.caseView.mode != modeLetter || lv.vp.YOffset() != top || len(lv.letters) != 1 {
				t.Fatalf("after the change: mode %v top %d letters %d err %v", a.caseView.mode, lv.vp.YOffset(), len(lv.letters), lv.err)
			}
			if text := lv.letters[0].Text(78); !strings.Contains(text, "ZX9876543") {
				t.Errorf("the letter still has the old passport:\n%s", text)
			}
			mustContain(t, screenText(a), tc.said+clockOf(p.Updated))
			a = keys(t, a, "home")
			mustContain(t, screenText(a), "ZX9876543")
		})
		t.Run(tc.name+" form", func(t *testing.T) {
			st := deskStore()
			pid := letterPerson(t, st.memStore, "passport_number")
			id := addCase(t, st.memStore, pid, "renewal", renewalAnswers("2026-12-10"))
			a := openCaseIn(t, st, id, 80, 24, tc.lang)
			a = keys(t, a, "l")
			a = typeText(t, a, "G1234")
			mustSave(t, st.SetNotes(id, "Bruno called INM"))
			a = changedElsewhere(t, a)
			cv := a.caseView
			if cv.mode != modeLetter || cv.letter.state != letterAsk || cv.c.Notes != "Bruno called INM" {
				t.Fatalf("after the change: mode %v state %v notes %q", cv.mode, cv.letter.state, cv.c.Notes)
			}
			typing := "; what you are typing is kept"
			if tc.lang == i18n.Spanish {
				typing = "; lo que está escribiendo se conserva"
			}
			mustContain(t, screenText(a), "G1234", typing)
			a = fill(t, a, "5678", "", "")
			if got := personOf(t, st, pid).Details["passport_number"]; got != "G12345678" {
				t.Errorf("saved passport %q", got)
			}
			if lv := a.caseView.letter; lv.state != letterShow || len(lv.letters) != 1 {
				t.Errorf("after saving: state %v letters %d", lv.state, len(lv.letters))
			}
		})
	}
}

// The guide (g) shows the case as stored now (here the número de pieza
// another desk recorded), keeping its scroll.
func TestGuideFollowsAnotherDesk(t *testing.T) {
	for _, tc := range followLangs {
		t.Run(tc.name, func(t *testing.T) {
			st := deskStore()
			id := addCase(t, st.memStore, letterPerson(t, st.memStore), "renewal", renewalAnswers("2026-12-10"))
			a := openCaseIn(t, st, id, 80, 24, tc.lang)
			a = keys(t, a, "g", "j", "j", "j")
			top := a.caseView.guide.vp.YOffset()
			c, _ := st.Case(id)
			pr := c.Progress
			pr.Pieza, pr.PiezaDate = "0000123456789", procedures.MustDate("2026-11-20")
			mustSave(t, st.SetProgress(id, pr))
			stored, _ := st.Case(id)
			a = changedElsewhere(t, a)
			if a.caseView.mode != modeGuide || a.caseView.guide.vp.YOffset() != top {
				t.Fatalf("after the change: mode %v top %d, want the guide at %d", a.caseView.mode, a.caseView.guide.vp.YOffset(), top)
			}
			if a.caseView.guide.detail.Case.Progress.Pieza != "0000123456789" {
				t.Error("the guide still shows the case without the pieza")
			}
			mustContain(t, screenText(a), tc.said+clockOf(stored.Updated))
		})
	}
}

// The dialogs opened from the case view (delete, the stage form) name the
// case as stored now; what is typed in a form stays.
func TestDialogsFollowAnotherDesk(t *testing.T) {
	for _, tc := range followLangs {
		t.Run(tc.name, func(t *testing.T) {
			st := deskStore()
			pid := storePerson(t, st.memStore, "Ana López")
			id := addCase(t, st.memStore, pid, "renewal", renewalAnswers("2026-12-10"))
			a := openCaseIn(t, st, id, 80, 24, tc.lang)
			a = keys(t, a, "d")
			if a.caseView.mode != modeDelete {
				t.Fatalf("d: mode %v", a.caseView.mode)
			}
			p := personOf(t, st, pid)
			p.Name = "Ana López Ruiz"
			mustSave(t, st.SavePerson(&p))
			a = changedElsewhere(t, a)
			if a.caseView.mode != modeDelete {
				t.Fatalf("after the change: mode %v", a.caseView.mode)
			}
			mustContain(t, screenText(a), "Ana López Ruiz", tc.said+clockOf(p.Updated))
		})
	}
}
