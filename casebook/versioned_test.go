package casebook

import (
	"errors"
	"testing"

	"tramite/procedures"
	"tramite/record"
)

// versionStore keeps one case and refuses a stale save, as the engines
// do (record.CheckVersion).
type versionStore struct {
	Store
	c record.Case
}

func (s *versionStore) Case(uint64) (record.Case, error) { return s.c, nil }
func (s *versionStore) SaveCase(c *record.Case) error {
	if err := record.CheckVersion(*c, &s.c); err != nil {
		return err
	}
	c.Version++
	s.c = *c
	return nil
}

func TestSaveAtRefusesAChangedCase(t *testing.T) {
	st := &versionStore{c: record.Case{ID: 1, Version: 3, Notes: "theirs"}}
	if _, err := SaveAt(st, 1, 2, func(c *record.Case) { c.Notes = "mine" }); !errors.Is(err, record.ErrConflict) {
		t.Fatalf("a save based on version 2 of a case at 3: %v, want ErrConflict", err)
	}
	if st.c.Notes != "theirs" {
		t.Fatalf("a refused save changed the notes to %q", st.c.Notes)
	}
	saved, err := SaveAt(st, 1, 3, func(c *record.Case) { c.Notes = "mine" })
	if err != nil || saved.Version != 4 || st.c.Notes != "mine" {
		t.Fatalf("a save based on the stored version: %+v, %v", saved, err)
	}
}

// A notice recorded over an old version of the case is refused and
// changes nothing; over the stored version it is recorded.
func TestRecordNoticeAtRefusesAChangedCase(t *testing.T) {
	st := &versionStore{c: record.Case{ID: 1, Version: 3, Procedure: "status-change",
		Answers:  procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"},
		Progress: procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-10"), FeePaid: procedures.MustDate("2026-11-09")}}}
	ctx := procedures.Context{Today: procedures.MustDate("2026-11-23")}
	b := New(st)
	if _, err := b.RecordNoticeAt(1, 2, procedures.NoticeCorrections, "2026-11-20", nil, ctx); !errors.Is(err, record.ErrConflict) {
		t.Fatalf("a notice over version 2 of a case at 3: %v, want ErrConflict", err)
	}
	if !st.c.Progress.CorrectionNotice.IsZero() || st.c.Version != 3 {
		t.Fatalf("a refused notice changed the case: %+v", st.c)
	}
	res, err := b.RecordNoticeAt(1, 3, procedures.NoticeCorrections, "2026-11-20", nil, ctx)
	if err != nil || res.Case.Version != 4 || st.c.Progress.CorrectionNotice != procedures.MustDate("2026-11-20") {
		t.Fatalf("a notice over the stored version: %+v, %v", res.Case, err)
	}
}
