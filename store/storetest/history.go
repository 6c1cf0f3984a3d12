package storetest

import (
	"reflect"
	"testing"
	"time"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// The case history (issue 19): each change is stored with its history
// entry in one transaction, on every engine, and survives a reopen.
func testHistoryRoundTrips(t *testing.T, h Harness) {
	addr := h.Fresh(t)
	s := open(t, h, addr)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "status-change",
		Answers:  procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"},
		Progress: procedures.Progress{Stage: procedures.StageDraft}}
	mustDo(t, s.SaveCase(&c))
	if len(c.History) != 1 || c.History[0].Kind != record.EventCreated || c.History[0].At != c.Created {
		t.Fatalf("a new case's history = %+v; want one created entry at its creation", c.History)
	}
	filed := procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-02"), NUT: "CUE-1",
		FeePaid: procedures.MustDate("2026-10-30")}
	mustDo(t, s.SetProgress(c.ID, filed))
	mustDo(t, s.SetTick(c.ID, "D-PASS", true)) // a tick is not history
	mustDo(t, s.SetNotes(c.ID, "called the office"))

	// A use case writes its own entry with the change it records.
	b := casebook.New(s)
	ctx := procedures.Context{Today: procedures.MustDate("2026-11-23"), Calendar: s.Calendar()}
	res, err := b.RecordNotice(c.ID, procedures.NoticeCorrections, "2026-11-20", nil, ctx)
	mustDo(t, err)
	if res.Due == nil || res.Due.Date != procedures.MustDate("2026-12-04") {
		t.Errorf("the notice's deadline = %+v; want R-CASE-CORRECT on 2026-12-04", res.Due)
	}
	_, err = b.RecordNotice(c.ID, procedures.NoticeResolution, "2026-11-21", nil, ctx)
	mustDo(t, err)

	got, err := s.Case(c.ID)
	mustDo(t, err)
	var kinds []string
	for _, e := range got.History {
		kinds = append(kinds, e.Kind)
		if e.At.IsZero() {
			t.Errorf("entry %+v has no time", e)
		}
	}
	want := []string{record.EventCreated, record.EventStage, record.EventPayment, record.EventNote, record.EventCorrections, record.EventResolution}
	if !reflect.DeepEqual(kinds, want) {
		t.Fatalf("history kinds = %v; want %v", kinds, want)
	}
	if e := got.History[1]; e.Stage != procedures.StageFiled || e.Date != filed.FiledDate || e.Text != "NUT CUE-1" {
		t.Errorf("the filing's entry = %+v", e)
	}
	if e := got.History[3]; e.Text != "called the office" {
		t.Errorf("the note's entry = %+v", e)
	}
	if e := got.History[5]; e.Stage != procedures.StageApproved || e.Date != procedures.MustDate("2026-11-21") {
		t.Errorf("the resolution's entry = %+v; want approved on 2026-11-21 (R-PAY-TWO: the first payment is recorded)", e)
	}
	if got.Progress.Stage != procedures.StageApproved {
		t.Errorf("stage after the resolution = %q; want approved", got.Progress.Stage)
	}

	// A front-end that saves a case rebuilt without its history loses none.
	stale := got
	stale.History = nil
	stale.Notes += "\nsecond call"
	mustDo(t, s.SaveCase(&stale))
	if len(stale.History) != len(want)+1 || stale.History[len(want)].Text != "second call" {
		t.Errorf("history after a save without it = %+v", stale.History)
	}

	// A refused change writes no entry.
	if err := s.SetNotes(c.ID, "\x1b[31mred"); err == nil {
		t.Error("notes with a control sequence were taken")
	}
	s.Close()
	s = open(t, h, addr)
	again, err := s.Case(c.ID)
	mustDo(t, err)
	if !reflect.DeepEqual(again.History, stale.History) {
		t.Errorf("history after reopen:\n got %+v\nwant %+v", again.History, stale.History)
	}
	for i, e := range again.History {
		if i > 0 && e.At.Before(again.History[i-1].At) {
			t.Errorf("entry %d is older than the one before it", i)
		}
	}

	// Load keeps a history as given (tramite db copy).
	dst := fresh(t, h)
	people, _ := s.People()
	cases, _ := s.Cases()
	mustDo(t, dst.Load(people, cases, nil))
	copied, err := dst.Case(c.ID)
	mustDo(t, err)
	if !reflect.DeepEqual(copied.History, again.History) {
		t.Errorf("history after Load:\n got %+v\nwant %+v", copied.History, again.History)
	}
	_ = time.Second
	_ = store.ErrNotFound
}
