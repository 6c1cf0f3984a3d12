package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// messagesStore has Ana's notification of a change of address, due by
// 2026-11-27 (R-NOTIFY-90: moved 2026-08-30, that day counted as day 1),
// 4 days after the tests' today, with her e-mail and phone when contact
// is set, and Ben's renewal, nothing of which is due yet.
func messagesStore(t *testing.T, contact bool) (st *memStore, ana, ben uint64) {
	st = newMemStore()
	p := record.Person{Name: "Ana López"}
	if contact {
		p.Details = map[string]string{"email": "ana@example.org", "phone": "+52 55 1234 5678"}
	}
	mustSave(t, st.SavePerson(&p))
	ana = addCase(t, st, p.ID, "notification", procedures.Answers{"change_kind": "address", "change_date": "2026-08-30"})
	ben = addCase(t, st, storePerson(t, st, "Ben Ortiz"), "renewal", renewalAnswers("2027-06-10"))
	return st, ana, ben
}

// m in the case view shows what `tramite remind --messages` writes for
// the case's due dates; c, e and w copy the text and the links.
func TestCaseViewMessages(t *testing.T) {
	st, ana, ben := messagesStore(t, true)
	a := keys(t, openCase(t, st, ana, 80, 24), "m")
	if a.caseView.mode != modeMessages {
		t.Fatalf("m: mode %v, want the messages", a.caseView.mode)
	}
	mustContain(t, screenText(a), "Message to the client 1 of 1", "To: ana@example.org, +52 55 1234 5678",
		"Hello Ana López,", "Notify INM of the change", "by 2026-11-27 (Fri), in 4 days")
	want := a.caseView.msgs.list[0]
	d, err := casebook.New(st).Detail(ana, testCtx())
	if err != nil {
		t.Fatal(err)
	}
	if got := casebook.MessagesFor(nil, d, testCtx().Today, casebook.DefaultLeadTimes()); len(got) != 1 || got[0] != want {
		t.Errorf("the view's message differs from remind --messages':\n%+v\n%+v", want, got)
	}
	if !strings.HasPrefix(want.WhatsApp, "https://wa.me/525512345678?text=Hello%20Ana%20L%C3%B3pez%2C%0A") ||
		!strings.HasPrefix(want.Mailto, "mailto:ana@example.org?subject=") {
		t.Errorf("links: %s\n%s", want.WhatsApp, want.Mailto)
	}
	for k, copied := range map[string]string{"c": want.Text, "e": want.Mailto, "w": want.WhatsApp} {
		cv, cmd := a.caseView.updateMessagesKey(press(k))
		if cmd == nil {
			t.Fatalf("%s copies nothing", k)
		}
		if msg := cmd(); fmt.Sprint(msg) != copied {
			t.Errorf("%s put %q on the clipboard, want %q", k, fmt.Sprint(msg), copied)
		}
		if !strings.HasPrefix(cv.status, "Copied the ") {
			t.Errorf("%s: status %q", k, cv.status)
		}
	}
	a = keys(t, a, "esc")
	if a.caseView.mode != modeView || a.screen != screenCase {
		t.Errorf("esc: mode %v screen %v, want back on the case", a.caseView.mode, a.screen)
	}

	// Nothing due: said, nothing to copy.
	a = keys(t, openCase(t, st, ben, 80, 24), "m")
	mustContain(t, screenText(a), "Nothing of this case is due within its lead times")
	if _, cmd := a.caseView.updateMessagesKey(press("c")); cmd != nil {
		t.Error("c copied something with no message")
	}
}

// Without an e-mail or phone the message is written, without links.
func TestCaseViewMessagesWithoutContact(t *testing.T) {
	st, ana, _ := messagesStore(t, false)
	a := keys(t, openCase(t, st, ana, 80, 24), "m")
	mustContain(t, screenText(a), "No e-mail or phone on file", "Hello Ana López,")
	a = keys(t, a, "w")
	mustContain(t, screenText(a), "No phone on file for this person: nothing copied")
}

// goldenMessages opens Ana's case, waits for it (a key sent before the
// case is read would be dropped), presses m and compares the frame.
func goldenMessages(t *testing.T, ctx procedures.Context, w, h int, first, loaded, want string) {
	t.Helper()
	st, ana, _ := messagesStore(t, true)
	tm := teatest.NewTestModel(t, NewApp(st, Options{Context: ctx, ExportDir: t.TempDir()}),
		teatest.WithInitialTermSize(w, h), teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitText(t, tm, first)
	tm.Send(openCaseMsg{CaseID: ana})
	waitText(t, tm, loaded)
	tm.Send(press("m"))
	waitText(t, tm, want)
	tm.Send(press("ctrl+c"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(slowdown*5*time.Second)).(*App)
	screen := ansi.Strip(final.View().Content)
	golden.RequireEqual(t, []byte(screen))
	if ctx.Lang.Spanish() {
		noEnglish(t, screen)
	}
}

func TestGoldenMessages(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			goldenMessages(t, testCtx(), sz.w, sz.h, "today 2026-11-23", "Stage:", "Message to the client")
		})
	}
}

func TestGoldenEsMessages(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			goldenMessages(t, esCtx(), sz.w, sz.h, "hoy 2026-11-23", "Etapa", "Mensaje al cliente")
		})
	}
}
