package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
)

// TestNextQuestionWaitsForTheSave (issue 14): after enter on a question,
// the screen keeps the answered question until the save of the answer has
// returned; only the save's message shows the next question, and keys
// typed meanwhile reach the next question, in order, once it shows.
func TestNextQuestionWaitsForTheSave(t *testing.T) {
	p, err := procedures.Lookup("notification")
	if err != nil {
		t.Skipf("notification not registered yet: %v", err)
	}
	st := newMemStore()
	id := storePerson(t, st, "Ana López")
	cid := addCase(t, st, id, "notification", procedures.Answers{})
	c, _ := st.Case(cid)
	m := newInterviewModel(st, c, testCtx(), NewStyles(true), DefaultKeyMap(), false)
	m.SetSize(80, 22)
	m.Init()
	first, _ := p.Next(procedures.Answers{})
	second, _ := p.Next(procedures.Answers{first.Key: first.Options()[0].ID})
	if first.Kind != procedures.KindChoice || second.Kind != procedures.KindDate {
		t.Fatalf("the test expects a choice then a date, got %s then %s", first.Key, second.Key)
	}
	view := func(m interviewModel) string { return flat(ansi.Strip(m.View())) }
	firstPrompt := flat(first.Prompt[:min(len(first.Prompt), 30)])
	secondPrompt := flat(second.Prompt[:min(len(second.Prompt), 30)])

	m, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if !m.waiting() {
		t.Fatal("after enter the interview does not wait for the save")
	}
	if v := view(m); strings.Contains(v, secondPrompt) || !strings.Contains(v, firstPrompt) {
		t.Fatalf("the next question shows before its answer is saved:\n%s", m.View())
	}
	// Typed ahead while the save runs: the date of the next question.
	for _, k := range typed("01/11/2026") {
		m, _ = m.Update(k)
	}
	if _, ok := st.cases[cid].Answers[first.Key]; ok {
		t.Fatal("the answer was saved before its command ran: the test cannot tell the order")
	}
	// Run the commands: the save is among them; nothing else may
	// advance the screen.
	saved := runUntilSaved(t, &m, cmd)
	if !saved {
		t.Fatal("no save came back")
	}
	if got := st.cases[cid].Answers[first.Key]; got != first.Options()[0].ID {
		t.Fatalf("stored %s = %q, want %q", first.Key, got, first.Options()[0].ID)
	}
	// The replayed enter took the date, and its save ran too.
	if m.waiting() || len(m.held) != 0 {
		t.Fatalf("still waiting (%v) with %d keys held", m.waiting(), len(m.held))
	}
	if got := st.cases[cid].Answers[second.Key]; got != "2026-11-01" {
		t.Fatalf("the typed-ahead %s = %q, want 2026-11-01 (answers %v)", second.Key, got, st.cases[cid].Answers)
	}
}

// runUntilSaved runs cmd (batches and sequences flattened) and feeds
// every changesSavedMsg to m, reporting whether one came.
func runUntilSaved(t *testing.T, m *interviewModel, cmd tea.Cmd) bool {
	t.Helper()
	saved := false
	var run func(tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		ch := make(chan tea.Msg, 1)
		go func() { ch <- cmd() }()
		var got tea.Msg
		select {
		case got = <-ch:
		case <-time.After(slowdown * 50 * time.Millisecond):
			return // a cursor's blink
		}
		switch msg := got.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case changesSavedMsg:
			saved = true
			var next tea.Cmd
			*m, next = m.Update(msg)
			run(next)
		}
	}
	run(cmd)
	return saved
}
