package cli

import (
	"path/filepath"
	"reflect"
	"testing"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// The dashboard's store with a kept calendar streams the index rows as
// the store does (so the TUI builds its rows as they are read, not from
// every summary held first), the same rows in the same order.
func TestCalendarStoreStreamsTheRows(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "demo", "--cases", "12")
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	want, err := st.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	cs := newCalendarStore(st, func() error { return nil })
	for name, each := range map[string]func(func(*record.Summary) error) error{
		"EachSummaryOnce": cs.EachSummaryOnce, "EachSummary": cs.EachSummary} {
		var got []record.Summary
		if err := each(func(s *record.Summary) error { got = append(got, cloneSummary(*s)); return nil }); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s gave %d rows, not Summaries' %d (or not the same)", name, len(got), len(want))
		}
	}
}

// cloneSummary copies s out of a row the store reuses.
func cloneSummary(s record.Summary) record.Summary {
	s.Deadlines = append([]procedures.Deadline(nil), s.Deadlines...)
	return s
}
