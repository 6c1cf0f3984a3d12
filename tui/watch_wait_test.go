package tui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"tramite/i18n"
)

// waitStore is a genStore that can wait for a change, as the PostgreSQL
// engine can (casebook.ChangeWaiter).
type waitStore struct {
	genStore
	asked chan uint64
}

func (w waitStore) WaitChange(_ context.Context, known uint64) (uint64, error) {
	w.asked <- known
	return known + 1, nil
}

// On a store that can wait, the dashboard waits for the next change once
// it knows the counter (no polling), and polls again while the store
// fails.
func TestDashboardWaitsForChangesWhereTheStoreCan(t *testing.T) {
	st := waitStore{genStore{newMemStore()}, make(chan uint64, 4)}
	if watchNext(st, watchState{}) == nil {
		t.Fatal("no first look at the counter")
	}
	msg := watchNext(st, watchState{gen: 7, known: true})()
	if got, ok := msg.(watchMsg); !ok || got.gen != 8 {
		t.Fatalf("the wait answered %#v, want watchMsg{gen: 8}", msg)
	}
	if known := <-st.asked; known != 7 {
		t.Errorf("WaitChange asked with %d, want the known 7", known)
	}
	// While failing: a look after watchEvery (a tick), not a wait.
	failing := watchState{gen: 7, known: true, failing: errors.New("down")}
	done := make(chan struct{})
	go func() { watchNext(st, failing)(); close(done) }()
	select {
	case <-st.asked:
		t.Error("a failing store was waited on, not polled")
	case <-done:
	}
}

// The status line says the database cannot be reached, in both
// languages, without the engine's English reason.
func TestUnreachableIsSaidInBothLanguages(t *testing.T) {
	err := unreachable{errors.New("reading the change counter: connection refused")}
	en := errorText(i18n.For(i18n.English), err)
	es := errorText(i18n.For(i18n.Spanish), err)
	if !strings.Contains(en, "cannot be reached just now") || !strings.Contains(es, "No se puede conectar con la base de datos") {
		t.Errorf("messages:\n%s\n%s", en, es)
	}
	if strings.Contains(es, "connection refused") || strings.Contains(en, "connection refused") {
		t.Errorf("the status line shows the engine's reason: %s / %s", en, es)
	}
}
