package store

import (
	"encoding/json"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// A schema-1 file (no history) is upgraded: every case's history begins
// at the upgrade, and reads "No history recorded before <day>"; this code
// refuses a newer file (refuse_test.go).
func TestSchema1CasesBeginTheirHistory(t *testing.T) {
	path := dbPath(t)
	s := openTest(t, path)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal", Progress: procedures.Progress{Stage: procedures.StageDraft}}
	mustDo(t, s.SaveCase(&c))
	mustDo(t, s.Close())
	// Make it a schema-1 file, as the tramite before the history wrote it.
	rawBolt(t, path, func(tx *bolt.Tx) error {
		old := c
		old.History = nil
		data, err := json.Marshal(old)
		if err != nil {
			return err
		}
		if strings.Contains(string(data), "history") {
			t.Fatal("a case without history still writes the key")
		}
		if err := tx.Bucket(bucketCases).Put(itob(c.ID), data); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("1"))
	})

	s2 := openTest(t, path)
	got, err := s2.Case(c.ID)
	mustDo(t, err)
	if len(got.History) != 1 || got.History[0].Kind != record.EventBegun || got.History[0].At.IsZero() {
		t.Fatalf("history after the upgrade = %+v; want one history-begun entry", got.History)
	}
	lines := casebook.HistoryLines(nil, nil, got)
	if len(lines) != 1 || !strings.HasPrefix(lines[0].Text, "No history recorded before 20") {
		t.Errorf("history lines of an upgraded case = %+v", lines)
	}
	// A change after the upgrade is recorded after the mark.
	mustDo(t, s2.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageReady}))
	got, _ = s2.Case(c.ID)
	if len(got.History) != 2 || got.History[1].Stage != procedures.StageReady {
		t.Errorf("history after a move = %+v", got.History)
	}
}
