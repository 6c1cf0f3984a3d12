package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
)

// Bubble Tea runs the commands of different updates concurrently, so the
// wizard's messages for keys typed ahead may reach the host in any order.
// These tests deliver them in the worst order: the store must still end
// with the answers as the person left them (R-RENEW-WINDOW case data).

// newOrderInterview opens the renewal interview of a new case over the
// answers given, in memory: runCmd gives up on a Cmd slower than 30 ms,
// which an fsync on a loaded machine can be, and the order of the saves
// is what is under test, not the disk.
func newOrderInterview(t *testing.T, given procedures.Answers) (interviewModel, *memStore, uint64) {
	t.Helper()
	st := newMemStore()
	p := record.Person{Name: "Ana López"}
	if err := st.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	c := record.Case{PersonID: p.ID, Procedure: "renewal", Answers: given}
	if err := st.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	m := newInterviewModel(st, c, testCtx(), NewStyles(true), DefaultKeyMap(), false)
	m.SetSize(80, 24)
	return m, st, c.ID
}

// keyBurst sends the keys without running any command, and returns the
// command of each key.
func keyBurst(m interviewModel, keys ...tea.Msg) (interviewModel, []tea.Cmd) {
	cmds := make([]tea.Cmd, len(keys))
	for i, k := range keys {
		m, cmds[i] = m.Update(k)
	}
	return m, cmds
}

// deliver runs cmd and feeds its messages (and theirs) to m until nothing
// is left; navigation messages for the root are returned, with the
// stored answers at the moment each was sent.
func deliver(t *testing.T, m interviewModel, st *memStore, id uint64, cmd tea.Cmd) (interviewModel, []tea.Msg, []procedures.Answers) {
	t.Helper()
	var nav []tea.Msg
	var stored []procedures.Answers
	queue := []tea.Cmd{cmd}
	for i := 0; i < 100 && len(queue) > 0; i++ {
		c := queue[0]
		queue = queue[1:]
		for _, msg := range runCmd(c) {
			switch msg.(type) {
			case interviewDoneMsg, closeScreenMsg:
				got, err := st.Case(id)
				if err != nil {
					t.Fatal(err)
				}
				nav = append(nav, msg)
				stored = append(stored, got.Answers)
				continue
			}
			var next tea.Cmd
			m, next = m.Update(msg)
			queue = append(queue, next)
		}
	}
	return m, nav, stored
}

func TestAnswerChangedInABurstIsSavedAsLastGiven(t *testing.T) {
	m, st, id := newOrderInterview(t, nil)
	// card_type: Temporary (enter), back, Permanent of a minor (down, enter).
	m, cmds := keyBurst(m, press("enter"), tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}, press("down"), press("enter"))
	// The second answer's messages arrive first.
	for i := len(cmds) - 1; i >= 0; i-- {
		m, _, _ = deliver(t, m, st, id, cmds[i])
	}
	got, err := st.Case(id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Answers["card_type"] != "permanent-minor" {
		t.Fatalf("stored card_type = %q, want permanent-minor, the answer given last", got.Answers["card_type"])
	}
}

func TestConfirmOvertakingTheLastAnswerStillSavesIt(t *testing.T) {
	p, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skipf("renewal not registered yet: %v", err)
	}
	full := renewalAnswers("2026-12-15")
	asked := p.Asked(full)
	last := asked[len(asked)-1]
	given := full.Clone()
	delete(given, last.Key)
	m, st, id := newOrderInterview(t, given)
	if m.wiz.Current() != last.Key {
		t.Fatalf("the interview opens at %q, want %q", m.wiz.Current(), last.Key)
	}
	var keys []tea.Msg
	if len(last.Options()) == 0 {
		for _, r := range full[last.Key] {
			keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	} else if last.Options()[0].ID != full[last.Key] {
		t.Fatalf("the script expects %s's first option to be %q", last.Key, full[last.Key])
	}
	keys = append(keys, press("enter"), press("enter")) // answer, then confirm on the review
	m, cmds := keyBurst(m, keys...)
	var nav []tea.Msg
	var stored []procedures.Answers
	// The confirm's messages arrive first.
	for i := len(cmds) - 1; i >= 0; i-- {
		var n []tea.Msg
		var s []procedures.Answers
		m, n, s = deliver(t, m, st, id, cmds[i])
		nav, stored = append(nav, n...), append(stored, s...)
	}
	if len(nav) != 1 {
		t.Fatalf("the host sent %v, want one interviewDoneMsg", nav)
	}
	if _, ok := nav[0].(interviewDoneMsg); !ok {
		t.Fatalf("the host sent %#v, want interviewDoneMsg", nav[0])
	}
	if !equalAnswers(stored[0], full) {
		t.Fatalf("stored answers when the interview ended = %v, want %v", stored[0], full)
	}
}
