package tui

import (
	"errors"
	"sync/atomic"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tramite/procedures"
	"tramite/store"
)

// TestRenewalRefuseBackQuitResumeEdit is the renewal interview as a person
// lives it: a date that does not exist is refused and nothing is saved; a
// step back shows the earlier answer; esc half way leaves with the answers
// saved; a new app over the same file resumes at the next unanswered
// question with the earlier ones filled in; an answer changed on the
// review screen is saved, and confirming opens the case.
func TestRenewalRefuseBackQuitResumeEdit(t *testing.T) {
	p, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skipf("renewal not registered yet: %v", err)
	}
	script := scripts["renewal"]
	st, _ := openTestStore(t)

	s := startSession(t, st, Options{NewProcedure: "renewal"})
	s.waitFor("Who is it for?")
	s.typeLine("Ana López")
	q1, _ := p.Question("card_type")
	s.waitFor(q1.Prompt, "Step 1 of")
	s.answer(q1, "temporary", "")

	// 30 February: refused with the reason, nothing saved.
	expiry, _ := p.Question("card_expiry")
	s.waitFor(expiry.Prompt, "Step 2 of")
	s.typeLine("30/02/2026")
	s.waitFor("does not exist", "30/02/2026")
	waitStored(t, st, procedures.Answers{"card_type": "temporary"})
	s.typeLine("15/12/2026")

	// Back from the third question shows the second with its answer.
	inMexico, _ := p.Question("in_mexico")
	s.waitFor(inMexico.Prompt, "Step 3 of")
	s.back()
	s.waitFor(expiry.Prompt, "2026-12-15", "Step 2 of")
	s.enter() // keep it: on to the next question
	s.waitFor(inMexico.Prompt)
	s.answer(inMexico, "yes", "")

	// Quit half way: answers saved, back to the dashboard.
	given := procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-15", "in_mexico": "yes"}
	next, _ := p.Next(given)
	s.waitFor(next.Prompt)
	s.esc()
	s.waitGone(next.Prompt)
	waitStored(t, st, given)
	s.quit()

	// A new app over the same store resumes where the person stopped.
	s = startSession(t, st, Options{})
	s.waitFor(next.Prompt)
	s.back()
	s.waitFor(inMexico.Prompt, "> Yes")
	s.enter()
	s.waitFor(next.Prompt)
	given = s.answerUntil(p, given, script, nil)
	s.waitFor("Review your answers", "> Confirm these answers")
	waitStored(t, st, given)
	golden.RequireEqual(t, []byte(s.frame.get()))

	// Edit from the review: the card expiry, then back at the review.
	for range len(p.Asked(given)) - 1 {
		s.up()
	}
	s.waitFor("> " + expiry.Prompt[:20])
	s.enter()
	s.waitFor(expiry.Prompt, "2026-12-15")
	s.typeLine("1 dic 2026")
	s.waitFor("Review your answers", "2026-12-01")
	given["card_expiry"] = "2026-12-01"
	c := waitStored(t, st, given)
	s.key('c', 0)
	s.waitGone("Review your answers")
	if err := p.Validate(c.Answers); err != nil {
		t.Fatalf("stored answers do not validate: %v", err)
	}
}

// failingStore is a real store whose SaveAnswer fails while failing is set.
type failingStore struct {
	*store.Store
	failing *atomic.Bool // set by the test, read by the save commands
}

func (f failingStore) SaveAnswer(caseID uint64, key, value string) error {
	if f.failing.Load() {
		return errors.New("disk full")
	}
	return f.Store.SaveAnswer(caseID, key, value)
}

// TestSaveErrorKeepsTheAnswer: a failed save is shown, the interview goes
// on, and the kept answer is saved with the next one.
func TestSaveErrorKeepsTheAnswer(t *testing.T) {
	p, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skipf("renewal not registered yet: %v", err)
	}
	real, _ := openTestStore(t)
	var failing atomic.Bool
	st := failingStore{Store: real, failing: &failing}
	s := startSession(t, st, Options{NewProcedure: "renewal"})
	s.waitFor("Who is it for?")
	s.typeLine("Ana López")
	q1, _ := p.Question("card_type")
	s.waitFor(q1.Prompt)
	failing.Store(true)
	s.answer(q1, "temporary", "")
	s.waitFor("could not save the answer card type", "disk full")
	waitStored(t, st, procedures.Answers{})
	failing.Store(false)
	expiry, _ := p.Question("card_expiry")
	s.waitFor(expiry.Prompt)
	s.typeLine("15/12/2026")
	waitStored(t, st, procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-15"})
	s.waitGone("disk full")
}
