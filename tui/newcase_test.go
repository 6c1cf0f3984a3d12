package tui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
)

// updater is a screen model driven synchronously in model tests.
type updater[T any] interface {
	Update(tea.Msg) (T, tea.Cmd)
}

// runCmds runs cmd and feeds its messages back into m (batches expanded),
// returning m and the messages meant for the root. Blocking commands
// (cursor blink ticks) are dropped after a short wait.
func runCmds[T updater[T]](m T, cmd tea.Cmd, out *[]tea.Msg, depth int) T {
	if cmd == nil || depth > 30 {
		return m
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(slowdown * 50 * time.Millisecond):
		return m
	}
	switch msg := msg.(type) {
	case nil:
		return m
	case tea.BatchMsg:
		for _, c := range msg {
			m = runCmds(m, c, out, depth+1)
		}
		return m
	case openInterviewMsg, closeScreenMsg, interviewDoneMsg, errMsg:
		*out = append(*out, msg)
		return m
	}
	m, next := m.Update(msg)
	return runCmds(m, next, out, depth+1)
}

func pressKeys[T updater[T]](m T, out *[]tea.Msg, keys ...tea.KeyPressMsg) T {
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(k)
		m = runCmds(m, cmd, out, 0)
	}
	return m
}

func typed(s string) []tea.KeyPressMsg {
	var out []tea.KeyPressMsg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return append(out, tea.KeyPressMsg{Code: tea.KeyEnter})
}

var (
	keyDown  = tea.KeyPressMsg{Code: tea.KeyDown}
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
)

// TestAddFamilyMember: from Ana's canje, a case for her son copies the
// answers the canje lists as Shared and its interview asks the rest.
func TestAddFamilyMember(t *testing.T) {
	p, err := procedures.Lookup("canje")
	if err != nil {
		t.Skipf("canje not registered yet: %v", err)
	}
	// In memory: runCmds gives up on a Cmd slower than 50 ms (it skips
	// the cursor's blink that way), and an fsync on a loaded machine can
	// take longer.
	st := newMemStore()
	ana := record.Person{Name: "Ana López"}
	if err := st.SavePerson(&ana); err != nil {
		t.Fatal(err)
	}
	first := record.Case{PersonID: ana.ID, Procedure: "canje", Progress: procedures.Progress{Stage: procedures.StageDraft},
		Answers: procedures.Answers{"visa_type": "permanent", "visa_issue_date": "2026-09-01", "visa_expiry": "",
			"entered": "yes", "entry_date": "2026-10-15"}}
	if err := st.SaveCase(&first); err != nil {
		t.Fatal(err)
	}
	var out []tea.Msg
	m := newFamilyCaseModel(st, testCtx(), NewStyles(true), DefaultKeyMap(), first.ID)
	m.SetSize(80, 20)
	m = runCmds(m, m.Init(), &out, 0)
	// Ana is the only person and is excluded: straight to the new name.
	m = pressKeys(m, &out, typed("Leo López")...)
	if len(out) != 1 {
		t.Fatalf("messages = %v, want one openInterviewMsg\nscreen:\n%s", out, m.View())
	}
	open, ok := out[0].(openInterviewMsg)
	if !ok {
		t.Fatalf("got %#v, want openInterviewMsg", out[0])
	}
	c, err := st.Case(open.CaseID)
	if err != nil {
		t.Fatal(err)
	}
	want := procedures.Answers{}
	for _, k := range p.Shared {
		if v, ok := first.Answers[k]; ok {
			want[k] = v
		}
	}
	if !reflect.DeepEqual(c.Answers, want) || c.Procedure != "canje" || c.Progress.Stage != procedures.StageDraft {
		t.Fatalf("new case = %s %v %q, want canje draft with %v", c.Procedure, c.Answers, c.Progress.Stage, want)
	}
	leo, err := st.Person(c.PersonID)
	if err != nil || leo.Name != "Leo López" {
		t.Fatalf("case person = %v, %v; want Leo López", leo, err)
	}
	iv := newInterviewModel(st, c, testCtx(), NewStyles(true), DefaultKeyMap(), false)
	next, _ := p.Next(want)
	if got := iv.wiz.Current(); got != next.Key || next.Key == "visa_issue_date" {
		t.Fatalf("the family member's interview opens at %q, want %q (not a shared question)", got, next.Key)
	}
}

// TestChooserRefusesAnEmptyOrTakenName: the name is validated before the
// store is touched.
func TestChooserRefusesAnEmptyOrTakenName(t *testing.T) {
	if _, err := procedures.Lookup("renewal"); err != nil {
		t.Skipf("renewal not registered yet: %v", err)
	}
	tests := map[string]struct {
		people  []string
		typed   string
		message string
	}{
		"an empty name":                     {nil, "   ", "A name is needed"},
		"a name already in the household":   {[]string{"Ana López"}, "ana lópez", "already in the household"},
		"the same name without its accents": {[]string{"Élodie Marchand Pérez"}, "elodie marchand perez", "(your spelling"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st := newMemStore()
			for _, n := range tc.people {
				if err := st.SavePerson(&record.Person{Name: n}); err != nil {
					t.Fatal(err)
				}
			}
			var out []tea.Msg
			m := newNewCaseModel(st, testCtx(), NewStyles(true), DefaultKeyMap(), "renewal")
			m.SetSize(80, 20)
			m = runCmds(m, m.Init(), &out, 0)
			if len(tc.people) > 0 {
				for range tc.people {
					m = pressKeys(m, &out, keyDown) // to "Someone new…"
				}
				m = pressKeys(m, &out, keyEnter)
			}
			m = pressKeys(m, &out, typed(tc.typed)...)
			if got := flat(m.View()); !strings.Contains(got, tc.message) {
				t.Fatalf("screen lacks %q:\n%s", tc.message, m.View())
			}
			cs, _ := st.Cases()
			if len(out) != 0 || len(cs) != 0 {
				t.Fatalf("a refused name created %d cases and sent %v", len(cs), out)
			}
		})
	}
}

// TestTriageSuggestsAProcedure: `tramite new` with "not sure" lists each
// procedure's Triage line; picking one opens that procedure's interview.
func TestTriageSuggestsAProcedure(t *testing.T) {
	p, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skipf("renewal not registered yet: %v", err)
	}
	st, _ := openTestStore(t)
	s := startSession(t, st, Options{NewCase: true})
	s.waitFor("What do you need to do?")
	cat := procedures.Catalog()
	for range cat {
		s.down()
	}
	s.waitFor("> Not sure? Help me choose")
	s.enter()
	s.waitFor("Which one do I need?", "Which of these describes you?")
	idx := 0
	for _, q := range cat {
		if q.Triage == "" {
			continue
		}
		if q.ID == "renewal" {
			break
		}
		idx++
	}
	for range idx {
		s.down()
	}
	s.waitFor(p.Triage + " → " + p.Name) // the whole line of the hovered one
	s.enter()
	s.waitFor("Who is it for?", "New case: "+p.Name)
	s.typeLine("Ana López")
	s.waitFor(p.Questions[0].Prompt, "Step 1 of")
	cs, _ := st.Cases()
	if len(cs) != 1 || cs[0].Procedure != "renewal" {
		t.Fatalf("cases = %v, want one renewal", cs)
	}
}
