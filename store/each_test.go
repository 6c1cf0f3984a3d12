package store

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// collectEach is EachSummary's rows copied out, deadlines included, the
// way a caller that keeps them must copy them.
func collectEach(t *testing.T, s *Store) []Summary {
	t.Helper()
	var out []Summary
	mustDo(t, s.EachSummary(func(row *Summary) error {
		r := *row
		r.Deadlines = slices.Clone(row.Deadlines)
		out = append(out, r)
		return nil
	}))
	return out
}

// seedCases writes n cases of varied stages for n/2 people (R-RENEW-WINDOW
// and R-APPT-HOW give them dates) and returns the store.
func seedCases(t *testing.T, path string, n int) *Store {
	t.Helper()
	s := openTest(t, path)
	var p Person
	for i := range n {
		if i%2 == 0 {
			p = Person{Name: fmt.Sprintf("Persona %d", i/2)}
			mustDo(t, s.SavePerson(&p))
		}
		c := Case{PersonID: p.ID, Procedure: "renewal"}
		if proc := testProcedure(); proc != nil {
			c.Procedure, c.Answers = proc.ID, renewalAnswers(proc)
		}
		if i%3 == 1 {
			c.Progress = procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03")}
		}
		mustDo(t, s.SaveCase(&c))
	}
	return s
}

// EachSummary yields the same rows as Summaries, in the same order, from
// a current index (R-RENEW-WINDOW dates included), and from cases when a
// read-only store finds the index computed with other rules.
func TestEachSummaryYieldsTheRowsOfSummaries(t *testing.T) {
	path := dbPath(t)
	s := seedCases(t, path, 7)
	want, err := s.Summaries()
	mustDo(t, err)
	if len(want) != 7 {
		t.Fatalf("Summaries = %d rows; want 7", len(want))
	}
	t.Run("a current index", func(t *testing.T) {
		if got := collectEach(t, s); !reflect.DeepEqual(got, want) {
			t.Errorf("EachSummary rows:\n got %+v\nwant %+v", got, want)
		}
	})
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyRules, []byte("2020-01-01;index=0"))
	}))
	mustDo(t, s.Close())
	// stayStale: as when the file could not be taken to rebuild it.
	ro, err := Open(path, Options{ReadOnly: true, stayStale: true})
	mustDo(t, err)
	defer ro.Close()
	t.Run("a read-only store with an index of other rules", func(t *testing.T) {
		if !ro.staleIndex {
			t.Fatal("the store did not see the index as stale")
		}
		if got := collectEach(t, ro); !reflect.DeepEqual(got, want) {
			t.Errorf("EachSummary rows:\n got %+v\nwant %+v", got, want)
		}
	})
}

// Strings a caller keeps stay what they were when the next rows reuse the
// Summary; an error from fn stops the walk and comes back unwrapped.
func TestEachSummaryKeepsStringsAndStopsOnError(t *testing.T) {
	s := seedCases(t, dbPath(t), 6)
	defer s.Close()
	want, err := s.Summaries()
	mustDo(t, err)
	var persons, titles []string
	mustDo(t, s.EachSummary(func(row *Summary) error {
		persons = append(persons, row.Person)
		for _, d := range row.Deadlines {
			titles = append(titles, d.Title)
		}
		return nil
	}))
	var wantPersons, wantTitles []string
	for _, r := range want {
		wantPersons = append(wantPersons, r.Person)
		for _, d := range r.Deadlines {
			wantTitles = append(wantTitles, d.Title)
		}
	}
	if !slices.Equal(persons, wantPersons) || !slices.Equal(titles, wantTitles) {
		t.Errorf("kept strings changed:\n persons %q\n want %q\n titles %q\n want %q", persons, wantPersons, titles, wantTitles)
	}

	stop := errors.New("enough")
	calls := 0
	err = s.EachSummary(func(*Summary) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 2 {
		t.Errorf("EachSummary after fn failed on row 2: err %v after %d calls; want %v after 2", err, calls, stop)
	}
}
