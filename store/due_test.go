package store

import (
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// dueRows collects EachSummaryDue's case ids.
func dueRows(t *testing.T, s *Store, until procedures.Date) []uint64 {
	t.Helper()
	var ids []uint64
	mustDo(t, s.EachSummaryDue(until, func(r *Summary) error { ids = append(ids, r.CaseID); return nil }))
	return ids
}

// dueOracle is the case ids with a deadline not done to act by on or
// before until, from every row.
func dueOracle(t *testing.T, s *Store, until procedures.Date) []uint64 {
	t.Helper()
	sums, err := s.Summaries()
	mustDo(t, err)
	var ids []uint64
	for _, r := range sums {
		if slices.ContainsFunc(r.Deadlines, func(d procedures.Deadline) bool {
			act := d.Date
			if !d.ActBy.IsZero() {
				act = d.ActBy
			}
			return !d.Done && !act.After(until)
		}) {
			ids = append(ids, r.CaseID)
		}
	}
	return ids
}

// A schema-1 file (no date-ordered key) is read as it is by a read-only
// open, and upgraded once, in place, by the first read-write open: the key
// then holds every case with a pending deadline, and a bounded listing
// reads only those rows.
func TestSchema1FileGainsTheDateOrderedKey(t *testing.T) {
	needProcedure(t)
	path := dbPath(t)
	s := seedCases(t, path, 20)
	mustDo(t, s.Close())
	rawBolt(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketDue); err != nil {
			return err
		}
		if err := tx.DeleteBucket(bucketPeopleWords); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("1"))
	})
	until := procedures.MustDate("2027-01-31")

	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open of a schema-1 file: %v", err)
	}
	got, want := dueRows(t, ro, until), dueOracle(t, ro, until)
	if ps, err := ro.PeopleMatching("persona 3"); err != nil || len(ps) != 1 || ps[0].Name != "Persona 3" {
		t.Errorf("schema 1, read-only: PeopleMatching(persona 3) = %+v, %v; want Persona 3", ps, err)
	}
	mustDo(t, ro.Close())
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Fatalf("schema 1, read-only: EachSummaryDue = %v; want %v (not empty)", got, want)
	}

	rw := openTest(t, path)
	defer rw.Close()
	if v := string(mustView(t, rw, func(tx *bolt.Tx) []byte { return tx.Bucket(bucketMeta).Get(keySchema) })); v != "2" {
		t.Fatalf("schema after a read-write open = %q; want 2", v)
	}
	keys := 0
	mustDo(t, rw.raw().View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDue).ForEach(func(k, v []byte) error { keys++; return nil })
	}))
	if all := dueOracle(t, rw, procedures.MustDate("2099-12-31")); keys != len(all) {
		t.Errorf("the migrated due bucket holds %d keys; want one per case with a pending deadline, %d", keys, len(all))
	}
	if got, want := dueRows(t, rw, until), dueOracle(t, rw, until); !slices.Equal(got, want) {
		t.Errorf("migrated: EachSummaryDue = %v; want %v", got, want)
	}
	if ps, err := rw.PeopleMatching("persona 3"); err != nil || len(ps) != 1 || ps[0].Name != "Persona 3" {
		t.Errorf("migrated: PeopleMatching(persona 3) = %+v, %v; want Persona 3", ps, err)
	}
	words := 0
	mustDo(t, rw.raw().View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPeopleWords).ForEach(func(k, v []byte) error { words++; return nil })
	}))
	if words != 2*10 { // "persona" and a number for each of 10 people
		t.Errorf("the migrated words bucket holds %d keys; want 20", words)
	}
}

func mustView(t *testing.T, s *Store, fn func(tx *bolt.Tx) []byte) []byte {
	t.Helper()
	var out []byte
	mustDo(t, s.raw().View(func(tx *bolt.Tx) error { out = slices.Clone(fn(tx)); return nil }))
	return out
}

// rowDue reads the same day as dueOf over the decoded row.
func TestRowDueMatchesTheDecodedRow(t *testing.T) {
	d := func(s string) procedures.Date { return procedures.MustDate(s) }
	for _, ds := range [][]procedures.Deadline{
		nil,
		{{Key: "a", Date: d("2026-12-26"), ActBy: d("2026-12-24"), Title: "x"}},
		{{Key: "a", Date: d("2026-12-01"), Done: true}, {Key: "b", Date: d("2027-01-05"), Note: "n"}},
		{{Key: "a", Date: d("2026-12-01"), Done: true}},
		{{Key: "a", Date: d("2028-02-29")}, {Key: "b", Date: d("2027-03-01"), ActBy: d("2027-02-26")}},
	} {
		s := Summary{CaseID: 7, PersonID: 3, Person: "Ana", Procedure: "renewal", Deadlines: ds}
		row := encodeSummary(s, nil)
		day, ok, err := rowDue(row)
		wday, wok := dueOf(ds)
		if err != nil || day != wday || ok != wok {
			t.Errorf("rowDue(%+v) = %d, %v, %v; want %d, %v", ds, day, ok, err, wday, wok)
		}
	}
}
