package casebook

import (
	"errors"
	"testing"

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
