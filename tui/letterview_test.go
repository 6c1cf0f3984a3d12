package tui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// letterPerson is someone whose record holds every detail the letters
// state (R-LETTER-WHAT), except those named in drop.
func letterPerson(t *testing.T, st Store, drop ...string) uint64 {
	t.Helper()
	p := record.Person{Name: "Ana María López", Nationality: "canadiense", Details: map[string]string{
		"passport_number": "AB1234567", "office": "Querétaro",
		"address": "Calle Independencia 45, Col. Centro, 76000 Santiago de Querétaro, Qro."}}
	for _, k := range drop {
		if k == "nationality" {
			p.Nationality = ""
		}
		delete(p.Details, k)
	}
	if err := st.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	return p.ID
}

func personOf(t *testing.T, st Store, id uint64) record.Person {
	t.Helper()
	people, err := st.People()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no person %d", id)
	return record.Person{}
}

// TestLetterView: `l` shows the renewal's covering letter (D-LETTER,
// R-LETTER-INM) and, when the person's data is missing, asks exactly for
// it with the checks of `tramite person set`.
func TestLetterView(t *testing.T) {
	t.Run("D-LETTER the letter shows in Spanish with the person's data", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, letterPerson(t, st), "renewal", renewalAnswers("2026-12-10"))
		a := keys(t, openCase(t, st, id, 80, 24), "l")
		if a.caseView.mode != modeLetter || a.caseView.letter.state != letterShow || len(a.caseView.letter.letters) != 1 {
			t.Fatalf("mode %v state %v letters %d err %v", a.caseView.mode, a.caseView.letter.state,
				len(a.caseView.letter.letters), a.caseView.letter.err)
		}
		mustContain(t, screenText(a), "Letter 1 of 1", "Querétaro, a 23 de noviembre de 2026", "esc back to the case")
		a = keys(t, a, "G")
		mustContain(t, screenText(a), "Atentamente", "Ana María López")
		a = keys(t, a, "esc")
		if a.caseView.mode != modeView || a.screen != screenCase {
			t.Errorf("esc: mode %v screen %v, want the case view", a.caseView.mode, a.screen)
		}
	})
	t.Run("R-LETTER-WHAT a missing passport number opens the details form", func(t *testing.T) {
		st := newMemStore()
		pid := letterPerson(t, st, "passport_number")
		id := addCase(t, st, pid, "renewal", renewalAnswers("2026-12-10"))
		a := keys(t, openCase(t, st, id, 80, 24), "l")
		lv := a.caseView.letter
		if lv.state != letterAsk || strings.Join(lv.ask, " ") != "passport_number phone email" {
			t.Fatalf("state %v ask %v, want the form asking passport_number, then phone and e-mail (optional)", lv.state, lv.ask)
		}
		if !a.capturing() {
			t.Error("the form is open but the root still takes global keys")
		}
		mustContain(t, screenText(a), "Passport number (número de pasaporte)", "photo page")

		// A bad value: the message says what to type, nothing is saved.
		a = fill(t, a, "G1/23")
		mustContain(t, screenText(a), "letters and digits")
		if got := personOf(t, st, pid).Details["passport_number"]; got != "" || a.caseView.letter.state != letterAsk {
			t.Fatalf("after a bad value: saved %q, state %v", got, a.caseView.letter.state)
		}

		// A valid one is saved in the stored form and the letter shows.
		for range len("G1/23") {
			a = keys(t, a, "backspace")
		}
		a = fill(t, a, "g 1234-5678", "", "") // phone and e-mail left empty
		if got := personOf(t, st, pid).Details["passport_number"]; got != "G12345678" {
			t.Fatalf("saved passport %q, want G12345678", got)
		}
		if lv := a.caseView.letter; lv.state != letterShow || len(lv.letters) != 1 {
			t.Fatalf("after saving: state %v letters %d err %v", lv.state, len(lv.letters), lv.err)
		}
		mustContain(t, screenText(a), "Letter 1 of 1", "G12345678", "Saved on Ana María López's record: passport number")
		if a.caseView.person.Details["passport_number"] != "G12345678" {
			t.Error("the case view still holds the person without the passport")
		}
	})
	t.Run("a failed save keeps what was typed", func(t *testing.T) {
		mem := newMemStore()
		id := addCase(t, mem, letterPerson(t, mem, "passport_number", "office"), "renewal", renewalAnswers("2026-12-10"))
		a := keys(t, openCase(t, failStore{mem}, id, 80, 24), "l")
		a = fill(t, a, "G12345678", "Mérida", "", "")
		lv := a.caseView.letter
		if !errors.Is(lv.err, errDisk) || lv.state != letterAsk {
			t.Fatalf("err %v state %v, want the disk error and the form again", lv.err, lv.state)
		}
		if *lv.values["passport_number"] != "G12345678" || *lv.values["office"] != "Mérida" {
			t.Errorf("typed values lost: %q %q", *lv.values["passport_number"], *lv.values["office"])
		}
		mustContain(t, screenText(a), "disk full")
	})
	t.Run("esc in the form leaves without saving", func(t *testing.T) {
		st := newMemStore()
		pid := letterPerson(t, st, "address")
		id := addCase(t, st, pid, "renewal", renewalAnswers("2026-12-10"))
		a := keys(t, openCase(t, st, id, 80, 24), "l")
		a = typeText(t, a, "Calle 5")
		a = keys(t, a, "esc")
		if a.caseView.mode != modeView || personOf(t, st, pid).Details["address"] != "" {
			t.Errorf("mode %v address %q", a.caseView.mode, personOf(t, st, pid).Details["address"])
		}
		mustContain(t, screenText(a), "nothing saved")
	})
	t.Run("R-STATUS-2Y a missing relative's name is asked by the interview (E)", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, letterPerson(t, st), "status-change", procedures.Answers{
			"route": "marriage", "status_since": "2024-11-01", "card_expiry": "2026-12-01",
			"link": "spouse", "relative_status": "mexican", "via_link": "yes",
			"financially_dependent": "no", "certificate_abroad": "no"})
		a := keys(t, openCase(t, st, id, 80, 24), "l")
		lv := a.caseView.letter
		if lv.state != letterShow || len(lv.answers) != 1 || lv.answers[0] != "relative_name" {
			t.Fatalf("state %v answers %v ask %v", lv.state, lv.answers, lv.ask)
		}
		mustContain(t, screenText(a), "relative_name", "Press E")
		a, _ = send(t, a, press("E"))
		if a.screen != screenInterview || a.interview.c.ID != id {
			t.Errorf("screen %v case %d, want the interview of %d", a.screen, a.interview.c.ID, id)
		}
	})
	t.Run("a procedure with no letter disables l", func(t *testing.T) {
		st := newMemStore()
		id := addCase(t, st, letterPerson(t, st), "work-permit", procedures.Answers{})
		a := openCase(t, st, id, 80, 24)
		if a.caseView.keys.Letter.Enabled() {
			t.Error("l is enabled for a procedure tramite writes no letter for")
		}
	})
}

// drive gives the app msg and feeds back every message its commands
// produce, concurrently and without dropping slow ones (drawing a PDF
// outlasts runCmd's short wait under -race), until done holds. Commands
// still running then (cursor blinks) are abandoned.
func drive(t *testing.T, a *App, msg tea.Msg, done func(*App) bool) *App {
	t.Helper()
	ch := make(chan tea.Msg, 256)
	run := func(c tea.Cmd) {
		if c != nil {
			go func() { ch <- c() }()
		}
	}
	m, cmd := a.Update(msg)
	a = m.(*App)
	run(cmd)
	deadline := time.After(slowdown * 10 * time.Second)
	for !done(a) {
		select {
		case got := <-ch:
			if b, ok := got.(tea.BatchMsg); ok {
				for _, c := range b {
					run(c)
				}
				continue
			}
			if v := reflect.ValueOf(got); v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
				for i := 0; i < v.Len(); i++ {
					run(v.Index(i).Interface().(tea.Cmd))
				}
				continue
			}
			if got != nil {
				m, cmd := a.Update(got)
				a = m.(*App)
				run(cmd)
			}
		case <-deadline:
			t.Fatalf("gave up waiting after %T; screen:\n%s", msg, screenText(a))
		}
	}
	return a
}

// writePacket opens `p`, keeps the paper and the file suggested, and
// waits for the write to finish (or to ask about an existing file); then,
// if after is set ("y"), presses it and waits for the file to be written.
func writePacket(t *testing.T, a *App, after string) *App {
	t.Helper()
	a = keys(t, a, "p")
	if a.caseView.mode != modeForm {
		t.Fatalf("p: mode %v, want the packet form", a.caseView.mode)
	}
	first := a.caseView.form.GetFocusedField()
	a = drive(t, a, press("enter"), func(a *App) bool { return a.caseView.form.GetFocusedField() != first })
	a = drive(t, a, press("enter"), func(a *App) bool {
		return a.caseView.mode != modeForm && a.caseView.pend == nil || a.caseView.mode == modeReplace || a.caseView.err != nil
	})
	if after != "" {
		a = drive(t, a, press(after), func(a *App) bool { return a.caseView.pend == nil || a.caseView.err != nil })
	}
	return a
}

// TestPacketWritesAPDF: `p` writes the printable packet, readable by its
// owner only, and never replaces a file without a y.
func TestPacketWritesAPDF(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, letterPerson(t, st), "renewal", renewalAnswers("2026-12-10"))
	a := openCase(t, st, id, 80, 24)
	want := filepath.Join(a.opts.ExportDir, "tramite-ana-maria-lopez-renewal-1.pdf")
	a = writePacket(t, a, "") // paper: letter; the suggested file
	if a.caseView.err != nil {
		t.Fatalf("packet failed: %v", a.caseView.err)
	}
	b, err := os.ReadFile(want)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("%s: %v (%d bytes)", want, err, len(b))
	}
	if fi, _ := os.Stat(want); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 (the packet holds a passport number)", fi.Mode().Perm())
	}
	mustContain(t, screenText(a), "Saved "+want[:20])

	if err := os.WriteFile(want, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	a = writePacket(t, a, "")
	if a.caseView.mode != modeReplace {
		t.Fatalf("mode %v, want the replace question", a.caseView.mode)
	}
	mustContain(t, screenText(a), "already exists", "yes, replace")
	a = keys(t, a, "esc")
	if b, _ := os.ReadFile(want); string(b) != "mine" {
		t.Fatal("the file was replaced without a y")
	}
	mustContain(t, screenText(a), "Not replaced")

	// n goes back to the name with the values kept.
	a = keys(t, writePacket(t, a, ""), "n")
	if a.caseView.mode != modeForm || a.caseView.pend == nil || a.caseView.pend.path != want {
		t.Fatalf("after n: mode %v pend %+v", a.caseView.mode, a.caseView.pend)
	}
	a = writePacket(t, keys(t, a, "esc"), "y")
	if b, _ := os.ReadFile(want); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Error("y did not replace the file")
	}
}

// TestAddFamilyMemberFromTheCase: `f` on a canje files the same procedure
// for another person, copying the Shared answers (R-CANJE-30 counts from
// the same entry date); the interview asks only the rest.
func TestAddFamilyMemberFromTheCase(t *testing.T) {
	p, err := procedures.Lookup("canje")
	if err != nil {
		t.Skip(err)
	}
	st := newMemStore()
	answers := procedures.Answers{"visa_type": "permanent", "visa_issue_date": "2026-09-01",
		"entered": "yes", "entry_date": "2026-10-15"}
	id := addCase(t, st, storePerson(t, st, "Ana López"), "canje", answers)
	a := keys(t, openCase(t, st, id, 80, 24), "f")
	if a.screen != screenNewCase {
		t.Fatalf("screen %v, want the chooser", a.screen)
	}
	mustContain(t, screenText(a), "Add a family member to")
	// The case's own person, typed again (here without the accent): the
	// refusal says who they are, not "pick them from the list", which
	// leaves them out.
	a = fill(t, a, "Ana Lopez")
	mustContain(t, screenText(a), "Ana López is the person of this case")
	if strings.Contains(screenText(a), "shift+tab") || a.screen != screenNewCase {
		t.Fatalf("the refusal sends to a list that leaves Ana out, or the screen changed:\n%s", screenText(a))
	}
	// esc goes back to the case the family member was asked from.
	a = keys(t, a, "esc")
	if a.screen != screenCase || a.caseView.c.ID != id {
		t.Fatalf("esc from adding a family member: screen %v, want the case view of case %d:\n%s", a.screen, id, screenText(a))
	}
	a = keys(t, a, "f")
	a = fill(t, a, "Leo López")
	if a.screen != screenInterview {
		t.Fatalf("screen %v, want the interview\n%s", a.screen, screenText(a))
	}
	c, err := st.Case(a.interview.c.ID)
	if err != nil || c.ID == id {
		t.Fatalf("new case %d: %v", c.ID, err)
	}
	want := procedures.Answers{}
	for _, k := range p.Shared {
		if v, ok := answers[k]; ok {
			want[k] = v
		}
	}
	if len(want) == 0 || len(c.Answers) != len(want) {
		t.Fatalf("new case answers %v, want the shared %v", c.Answers, want)
	}
	for k, v := range want {
		if c.Answers[k] != v {
			t.Errorf("answer %s = %q, want %q copied", k, c.Answers[k], v)
		}
	}
	next, _ := p.Next(want)
	if got := a.interview.wiz.Current(); got != next.Key {
		t.Errorf("the interview opens at %q, want %q", got, next.Key)
	}
	for _, k := range p.Shared {
		if a.interview.wiz.Current() == k {
			t.Errorf("the interview asks the shared %s again", k)
		}
	}
}

// TestGoldenLetterView is the letter view at 80x24, dated 2026-11-23.
func TestGoldenLetterView(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, letterPerson(t, st), "renewal", renewalAnswers("2026-12-10"))
	tm := teatest.NewTestModel(t, NewApp(st, Options{Context: testCtx(), ExportDir: t.TempDir()}),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitText(t, tm, "today 2026-11-23")
	tm.Send(openCaseMsg{CaseID: id})
	waitText(t, tm, "Deadlines")
	tm.Send(press("l"))
	waitText(t, tm, "Letter 1 of 1")
	tm.Send(press("ctrl+c"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(slowdown*5*time.Second)).(*App)
	golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
}

// TestSavePersonPutsEachKeyWhereTheStoreKeepsIt: the details form saves
// as `tramite person set` does, so casebook.LetterPersonOf reads them back.
func TestSavePersonPutsEachKeyWhereTheStoreKeepsIt(t *testing.T) {
	st := newMemStore()
	pid := storePerson(t, st, "Ana López")
	before := personOf(t, st, pid)
	msgs := runCmd(savePersonCmd(st, before, map[string]string{
		"nationality": "canadiense", "birth_date": "1985-04-12", "office": "Mérida", "passport_number": "G12345678"}))
	saved, ok := hasMsg[personSavedMsg](msgs)
	if !ok {
		t.Fatalf("got %v, want personSavedMsg", msgs)
	}
	got := personOf(t, st, pid)
	if got.Nationality != "canadiense" || got.BirthDate != procedures.MustDate("1985-04-12") ||
		got.Details["office"] != "Mérida" || got.Details["passport_number"] != "G12345678" {
		t.Errorf("stored %+v", got)
	}
	if got.Details["nationality"] != "" || got.Details["birth_date"] != "" {
		t.Errorf("nationality or birth date went to Details: %v", got.Details)
	}
	if before.Details != nil {
		t.Errorf("the caller's person was changed: %v", before.Details)
	}
	if saved.person.Details["office"] != "Mérida" {
		t.Errorf("message carries %+v", saved.person)
	}
}

// TestSavedNamesInTheUsersLanguage: the status after saving a letter's
// details names them in words, in Spanish as the form titled them.
func TestSavedNamesInTheUsersLanguage(t *testing.T) {
	keys := []string{"passport_number", "address"}
	if got := strings.Join(savedNames(i18n.For(i18n.English), keys), ", "); got != "passport number, address" {
		t.Errorf("English: %q", got)
	}
	if got := strings.Join(savedNames(i18n.For(i18n.Spanish), keys), ", "); got != "número de pasaporte, domicilio en México" {
		t.Errorf("Spanish: %q", got)
	}
}
