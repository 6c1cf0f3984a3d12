package tui

import (
	"errors"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/record"
)

// genStore is a memStore with a change counter, as store.Engine has.
type genStore struct{ *memStore }

func (genStore) Generation() (uint64, error) { return 0, nil }

// Another desk's (or terminal's) new case shows on the dashboard once the
// change counter moves; an unreadable store shows one error, cleared with
// a reload when it answers again.
func TestDashboardFollowsTheChangeCounter(t *testing.T) {
	st := genStore{newMemStore()}
	if watchCmd(st) == nil || watchCmd(newMemStore()) != nil {
		t.Fatal("watchCmd: a store with Generation must be watched, one without not")
	}
	ana := record.Person{Name: "Ana López"}
	mustSave(t, st.SavePerson(&ana))
	mustSave(t, st.SaveCase(&record.Case{PersonID: ana.ID, Procedure: "renewal",
		Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03")}}))
	a := startApp(t, st, 100, 30)
	a, _ = send(t, a, watchMsg{gen: 7})

	// Another desk adds a case.
	bruno := record.Person{Name: "Bruno Müller"}
	mustSave(t, st.SavePerson(&bruno))
	mustSave(t, st.SaveCase(&record.Case{PersonID: bruno.ID, Procedure: "renewal",
		Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-04")}}))
	if strings.Contains(screenText(a), "Bruno") {
		t.Fatal("the dashboard shows Bruno before the counter moved")
	}
	calls := st.summaryCalls
	a, _ = send(t, a, watchMsg{gen: 7})
	if st.summaryCalls != calls {
		t.Error("an unchanged counter reloaded the dashboard")
	}
	a, _ = send(t, a, watchMsg{gen: 8})
	if !strings.Contains(screenText(a), "Bruno") {
		t.Errorf("after the counter moved the dashboard does not show Bruno:\n%s", screenText(a))
	}
	if st.summaryCalls != calls+1 {
		t.Errorf("%d reloads for one change, want 1", st.summaryCalls-calls)
	}

	// The server goes away, then comes back.
	a, _ = send(t, a, watchMsg{err: errors.New("connection refused")})
	a, _ = send(t, a, watchMsg{err: errors.New("connection refused")})
	if got := screenText(a); strings.Count(got, "cannot be reached just now") != 1 {
		t.Errorf("while the store fails the screen should say so once:\n%s", got)
	}
	a, _ = send(t, a, watchMsg{gen: 8})
	if got := screenText(a); strings.Contains(got, "cannot be reached just now") {
		t.Errorf("the error stays after the store answered again:\n%s", got)
	}
	if st.summaryCalls != calls+2 {
		t.Errorf("recovering did not reload the dashboard once (%d reloads)", st.summaryCalls-calls)
	}
}

func mustSave(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
