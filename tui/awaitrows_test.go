package tui

import (
	"sync"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// rowsGatedStore is a real store whose dashboard reads wait for the gate
// once armed: keys are typed while the dashboard's reload is under way,
// whatever the speed of the machine.
type rowsGatedStore struct {
	*store.Store
	armed atomic.Bool
	gate  chan struct{}
}

func (g *rowsGatedStore) EachSummaryOnce(fn func(*record.Summary) error) error {
	if g.armed.Load() {
		<-g.gate
	}
	return g.Store.EachSummaryOnce(fn)
}

// TestTabTypedBeforeTheFirstCaseIsListed: back on the dashboard from the
// interview of the household's first case, a tab typed before the reload
// lists that case is held for it, not lost on a dashboard with no case
// (where tab does nothing): the Cases tab then shows the new draft.
func TestTabTypedBeforeTheFirstCaseIsListed(t *testing.T) {
	if _, err := procedures.Lookup("notification"); err != nil {
		t.Skipf("notification not registered yet: %v", err)
	}
	real, _ := openTestStore(t)
	st := &rowsGatedStore{Store: real, gate: make(chan struct{})}
	release := sync.OnceFunc(func() { close(st.gate) })
	t.Cleanup(release)
	s := startSession(t, st, Options{NewProcedure: "notification"})
	s.waitFor("Who is it for?")
	s.tm.Type("Zoë Fast")
	s.enter()
	s.waitFor("What changed?")
	st.armed.Store(true)
	s.esc()
	s.waitFor("[Deadlines]")
	s.key(tea.KeyTab, 0)
	release()
	s.waitFor("[Cases]", "Zoë Fast", "Notification of changes")
}
