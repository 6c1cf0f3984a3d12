package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/i18n"
	"tramite/procedures"
)

// TestFamilyMemberCopiesTheSharedAnswers: from Zoë's exit permit with
// every answer given, "add a family member" for her son creates a case
// with the trip's answers (the procedure's Shared keys: departure,
// return, the emergency) and none of hers (her pending procedure, her
// file number, her permit's dates); his interview does not stop at the
// copied answers, and its first screen names them.
func TestFamilyMemberCopiesTheSharedAnswers(t *testing.T) {
	p, err := procedures.Lookup("exit-permit")
	if err != nil {
		t.Skip(err)
	}
	st := newMemStore()
	zoe := storePerson(t, st, "Zoë Pérez")
	first := procedures.Answers{"pending_procedure": "canje", "nut": "NUT-123", "emergency": "yes",
		"emergency_cause": "A parent's surgery", "departure_date": "2026-12-10", "ask_date": "2026-12-01",
		"return_date": "2027-01-10", "permit_date": "2026-12-02", "reentry_date": ""}
	fromID := addCase(t, st, zoe, "exit-permit", first)

	var out []tea.Msg
	m := newFamilyCaseModel(st, testCtx(), NewStyles(true), DefaultKeyMap(), fromID)
	m.SetSize(80, 20)
	m = runCmds(m, m.Init(), &out, 0)
	m = pressKeys(m, &out, typed("Leo Pérez")...)
	if len(out) != 1 {
		t.Fatalf("messages = %v, want one openInterviewMsg", out)
	}
	open := out[0].(openInterviewMsg)
	c, _ := st.Case(open.CaseID)
	for _, k := range []string{"emergency", "emergency_cause", "departure_date", "return_date"} {
		if c.Answers[k] != first[k] {
			t.Errorf("shared %s = %q, want %q copied", k, c.Answers[k], first[k])
		}
	}
	for _, k := range []string{"pending_procedure", "nut", "ask_date", "permit_date", "reentry_date"} {
		if v, ok := c.Answers[k]; ok {
			t.Errorf("personal %s = %q was copied", k, v)
		}
	}
	if open.From != "Zoë Pérez" || !slices.Equal(open.Copied, []string{"emergency", "emergency_cause", "departure_date", "return_date"}) {
		t.Fatalf("openInterviewMsg = %+v, want the copied keys in the order asked, from Zoë Pérez", open)
	}

	iv := newInterviewModelFrom(st, c, testCtx(), NewStyles(true), DefaultKeyMap(), false,
		interviewStart{copied: open.Copied, from: open.From})
	iv.SetSize(80, 24)
	iv, _ = iv.Update(interviewPersonMsg{caseID: c.ID, name: "Leo Pérez"})
	if got := flat(ansi.Strip(iv.View())); !strings.Contains(got, "4 answers copied from Zoë Pérez's case.") {
		t.Errorf("first screen at 80 columns lacks the short line:\n%s", iv.View())
	}
	iv.SetSize(120, 24)
	screen := flat(ansi.Strip(iv.View()))
	for _, want := range []string{"Copied from Zoë Pérez's case: emergency, emergency cause, departure date, return date", "Step 1 of"} {
		if !strings.Contains(screen, want) {
			t.Errorf("first screen lacks %q:\n%s", want, iv.View())
		}
	}
	// The walk forward: pending procedure, file number, then the ask date,
	// never the copied emergency or departure.
	var walked []string
	for range 4 {
		walked = append(walked, iv.wiz.Current())
		q, _ := p.Question(iv.wiz.Current())
		keys := typed("")
		if q.Kind == procedures.KindDate {
			keys = typed("2026-12-01")
		}
		for _, k := range keys {
			var cmd tea.Cmd
			iv, cmd = iv.Update(k)
			runUntilSaved(t, &iv, cmd)
		}
	}
	for _, k := range walked {
		if slices.Contains(open.Copied, k) {
			t.Fatalf("the interview stopped at the copied %s (walked %v)", k, walked)
		}
	}
}

// TestInterviewTitleKeepsThePerson: at 60 columns the procedure's name
// is cut, not the person's; a resumed interview says so on its first
// screen, in both languages, and the line goes with the first key.
func TestInterviewTitleKeepsThePerson(t *testing.T) {
	st := newMemStore()
	id := storePerson(t, st, "Mary Ann Smith")
	cid := addCase(t, st, id, "status-change", procedures.Answers{"route": "four-years"})
	c, _ := st.Case(cid)
	for _, tc := range []struct {
		lang          i18n.Lang
		width         int
		title, resume string
	}{
		{i18n.English, 60, "· for Mary Ann Smith", "Resuming Mary Ann Smith's case — esc for the dashboard"},
		{i18n.English, 80, "· for Mary Ann Smith", "Resuming Mary Ann Smith's change of immigration status — esc for the dashboard"},
		{i18n.Spanish, 60, "· para Mary Ann Smith", "Continúa el caso de Mary Ann Smith — esc: volver al tablero"},
	} {
		ctx := testCtx()
		ctx.Lang = i18n.For(tc.lang)
		m := newInterviewModelFrom(st, c, ctx, NewStyles(true), DefaultKeyMap(), false, interviewStart{resumed: true})
		m.SetSize(tc.width, 16)
		m, _ = m.Update(interviewPersonMsg{caseID: c.ID, name: "Mary Ann Smith"})
		lines := strings.Split(ansi.Strip(m.View()), "\n")
		if !strings.HasSuffix(lines[0], tc.title) || ansi.StringWidth(lines[0]) > tc.width {
			t.Errorf("%s at %d: title %q, want it to end %q within the width", tc.lang, tc.width, lines[0], tc.title)
		}
		if !strings.Contains(lines[1], tc.resume) || ansi.StringWidth(lines[1]) > tc.width {
			t.Errorf("%s at %d: second line %q, want %q", tc.lang, tc.width, lines[1], tc.resume)
		}
		m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
		if strings.Contains(ansi.Strip(m.View()), tc.resume) {
			t.Errorf("%s: the resume line stays after a key", tc.lang)
		}
	}
}
