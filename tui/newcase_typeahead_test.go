package tui

import (
	"errors"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// The chooser → case creation → interview transition, typed in one burst:
// no key may be lost or land in the wrong question while the chooser waits
// on the store (newcase_typeahead.go).

// notificationBurst is the tmux reproduction: the name, then the first four
// answers of a notification, without waiting for any screen
// (R-NOTIFY-90: what changed and when; D-NOTIFY-LETTER: old and new data).
func notificationBurst(s *session) {
	s.tm.Type("Zoë Fast")
	s.enter()
	s.enter() // change_kind: the first choice, address
	s.tm.Type("2026-11-01")
	s.enter()
	s.tm.Type("Calle Vieja 1")
	s.enter()
	s.tm.Type("Calle Nueva 2")
	s.enter()
}

// catalogIndex is the row of procedure id in the chooser's list.
func catalogIndex(t *testing.T, id string) int {
	t.Helper()
	for i, p := range procedures.Catalog() {
		if p.ID == id {
			return i
		}
	}
	t.Skipf("procedure %s not registered", id)
	return 0
}

func TestTypedAheadFromTheChooserLandsInTheInterview(t *testing.T) {
	tests := map[string]struct {
		opts Options
		// pick selects the procedure in the burst (tramite new without one).
		pick bool
		// waitChooser waits for the chooser's first screen before the
		// burst, as the tmux reproduction does; without it the burst also
		// races the household read.
		waitChooser string
	}{
		"tramite new notification, the burst once the name is asked (R-NOTIFY-90)": {
			opts: Options{NewProcedure: "notification"}, waitChooser: "Who is it for?",
		},
		"tramite new notification, the burst from start-up (R-NOTIFY-90)": {
			opts: Options{NewProcedure: "notification"},
		},
		"tramite new, the procedure picked by arrows and enter in the burst (R-NOTIFY-90)": {
			opts: Options{NewCase: true}, pick: true, waitChooser: "What do you need to do?",
		},
		"tramite new, the whole burst from start-up (R-NOTIFY-90)": {
			opts: Options{NewCase: true}, pick: true,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p, err := procedures.Lookup("notification")
			if err != nil {
				t.Skipf("notification not registered yet: %v", err)
			}
			row := catalogIndex(t, "notification")
			st, _ := openTestStore(t)
			s := startSession(t, st, tc.opts)
			if tc.waitChooser != "" {
				s.waitFor(tc.waitChooser)
			}
			if tc.pick {
				for range row {
					s.down()
				}
				s.enter()
			}
			notificationBurst(s)

			last, _ := p.Question("notified_date")
			s.waitFor(last.Prompt, "Step 5 of 5")
			c := waitStored(t, st, procedures.Answers{
				"change_kind": "address", "change_date": "2026-11-01",
				"old_value": "Calle Vieja 1", "new_value": "Calle Nueva 2",
			})
			if c.Procedure != "notification" {
				t.Errorf("case procedure = %q, want notification", c.Procedure)
			}
			people, err := st.People()
			if err != nil {
				t.Fatal(err)
			}
			if len(people) != 1 || people[0].Name != "Zoë Fast" || people[0].ID != c.PersonID {
				t.Errorf("people = %+v, want only Zoë Fast, the case's person %d", people, c.PersonID)
			}
			s.enter() // notified_date: not filed yet, left empty
			s.waitFor("Review your answers", "Calle Vieja 1", "Calle Nueva 2", "> Confirm these answers")
		})
	}
}

// gatedStore is a real store whose SaveCase waits for the gate (and then
// fails with fail, when set): the burst is typed while the case is being
// created, whatever the speed of the disk.
type gatedStore struct {
	*store.Store
	gate chan struct{}
	fail error
}

func (g *gatedStore) SaveCase(c *record.Case) error {
	<-g.gate
	if g.fail != nil {
		return g.fail
	}
	return g.Store.SaveCase(c)
}

// openGate releases the gate once; registered after startSession, it runs
// before the session quits, so no creation is left waiting.
func openGate(t *testing.T, g *gatedStore) func() {
	open := sync.OnceFunc(func() { close(g.gate) })
	t.Cleanup(open)
	return open
}

// TestEscTypedWhileTheCaseIsCreated: esc is held with the other keys and
// leaves the interview when it opens, exactly as if it came a moment
// later: the case stays a draft with the answers typed before the esc, and
// the dashboard lists it (R-NOTIFY-90).
func TestEscTypedWhileTheCaseIsCreated(t *testing.T) {
	tests := map[string]struct {
		burst func(s *session)
		want  procedures.Answers
	}{
		"esc right after the name keeps an empty draft": {
			burst: func(s *session) {},
			want:  procedures.Answers{},
		},
		"esc after two answers keeps them": {
			burst: func(s *session) {
				s.enter()
				s.tm.Type("2026-11-01")
				s.enter()
			},
			want: procedures.Answers{"change_kind": "address", "change_date": "2026-11-01"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := procedures.Lookup("notification"); err != nil {
				t.Skipf("notification not registered yet: %v", err)
			}
			real, _ := openTestStore(t)
			st := &gatedStore{Store: real, gate: make(chan struct{})}
			s := startSession(t, st, Options{NewProcedure: "notification"})
			release := openGate(t, st)
			s.waitFor("Who is it for?")
			s.tm.Type("Zoë Fast")
			s.enter()
			s.waitFor("Creating the case")
			tc.burst(s)
			s.esc()
			release()
			// The dashboard, not the chooser: the esc reached the interview.
			s.waitFor("[Deadlines]")
			waitStored(t, st, tc.want)
			s.key(tea.KeyTab, 0)
			s.waitFor("Zoë Fast", "Notification of changes")
		})
	}
}

// TestCreationFailureDropsTypedAhead: when the case cannot be created the
// keys typed after the name are dropped (they were meant for an interview
// that does not exist), the error says why, and the name is offered again.
func TestCreationFailureDropsTypedAhead(t *testing.T) {
	if _, err := procedures.Lookup("notification"); err != nil {
		t.Skipf("notification not registered yet: %v", err)
	}
	real, _ := openTestStore(t)
	st := &gatedStore{Store: real, gate: make(chan struct{}), fail: errors.New("disk full")}
	s := startSession(t, st, Options{NewProcedure: "notification"})
	release := openGate(t, st)
	s.waitFor("Who is it for?")
	s.tm.Type("Zoë Fast")
	s.enter()
	s.waitFor("Creating the case")
	s.enter()
	s.tm.Type("2026-11-01")
	s.enter()
	release()
	screen := s.waitFor("could not create the case", "disk full", "Who is it for?")
	if strings.Contains(screen, "2026-11-01") {
		t.Errorf("a key typed for the interview landed in the chooser:\n%s", screen)
	}
	// A failed creation leaves nothing behind (casebook.Book.Create): the
	// person added for it is gone; the name typed is kept, and enter
	// creates the person and the case once the disk is back.
	if people, _ := real.People(); len(people) != 0 {
		t.Errorf("the failed creation left %+v behind", people)
	}
	st.fail = nil
	s.enter()
	s.waitFor("Step 1 of")
	cs, err := real.Cases()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 {
		t.Fatalf("%d cases, want 1", len(cs))
	}
	if people, _ := real.People(); len(people) != 1 || people[0].Name != "Zoë Fast" || people[0].ID != cs[0].PersonID {
		t.Errorf("people = %+v, want Zoë Fast, the case's person", people)
	}
}
