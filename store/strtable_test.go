package store

import (
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// tableSize is the number of ids the index's string table has handed out.
func tableSize(t *testing.T, s *Store) uint64 {
	t.Helper()
	var n uint64
	mustDo(t, s.raw().View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketIndex).Bucket(bucketStrings).Sequence()
		return nil
	}))
	return n
}

// The string table only grows between rebuilds; once it holds far more
// strings than the rows use, the next write re-encodes every row against
// a fresh table, and the rows read the same (R-RENEW-WINDOW dates, from
// the procedure's rules, are the oracle).
func TestStringTableCompacts(t *testing.T) {
	proc := needProcedure(t)
	s := openTest(t, dbPath(t))
	ana := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&ana))
	var cases []Case
	for range 3 {
		c := Case{PersonID: ana.ID, Procedure: proc.ID, Answers: renewalAnswers(proc)}
		mustDo(t, s.SaveCase(&c))
		cases = append(cases, c)
	}
	checkIndex(t, s, "SaveCase")
	inUse := tableSize(t, s)

	// Strings no row uses any more, as edits leave behind (a note with an
	// old date), up to just below the compaction threshold.
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		w, err := newTableWriter(tx.Bucket(bucketIndex))
		if err != nil {
			return err
		}
		for i := range compactSlack + int(inUse) - 1 {
			w.id(fmt.Sprintf("an old note %d", i))
		}
		return w.err
	}))
	grown := tableSize(t, s)
	if grown <= inUse {
		t.Fatalf("table size %d after adding strings; want more than %d", grown, inUse)
	}
	// A write that adds no string leaves the table alone.
	mustDo(t, s.SetNotes(cases[0].ID, "hello"))
	if n := tableSize(t, s); n != grown {
		t.Errorf("table size %d after a write adding no string; want %d", n, grown)
	}
	// A write that adds strings crosses the threshold: compaction.
	mustDo(t, s.SetProgress(cases[1].ID, procedures.Progress{Stage: procedures.StageBooked,
		AppointmentDate: procedures.MustDate("2026-12-03"), Office: "Cuernavaca", AppointmentTime: "10:30"}))
	if n := tableSize(t, s); n > inUse+10 {
		t.Errorf("table size %d after compaction; want about the %d strings in use", n, inUse)
	}
	checkIndex(t, s, "compaction")
	// And reopening read-only reads the same rows.
	want := checkIndex(t, s, "compaction")
	mustDo(t, s.Close())
	ro, err := Open(s.Path(), Options{ReadOnly: true})
	mustDo(t, err)
	defer ro.Close()
	got, err := ro.Summaries()
	mustDo(t, err)
	if len(got) != len(want) || got[1].Stage != procedures.StageBooked {
		t.Errorf("read-only rows after compaction = %+v; want %+v", got, want)
	}
}
