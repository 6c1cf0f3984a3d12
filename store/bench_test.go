package store

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// prepareDB writes n realistic cases (a facilitator's clients: renewals
// with varied expiries and stages) in one transaction and returns the
// closed file's path.
func prepareDB(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "tramite.db")
	s, err := Open(path, Options{Now: ticking()})
	mustDo(b, err)
	defer s.Close()
	proc := testProcedure()
	base := procedures.MustDate("2026-11-23")
	stages := []procedures.Progress{
		{Stage: procedures.StageDraft},
		{Stage: procedures.StageBooked, AppointmentDate: base.AddDays(10), Office: "Cuernavaca", AppointmentTime: "10:30"},
		{Stage: procedures.StageFiled, FiledDate: base.AddDays(-5), NUT: "CUE-1"},
	}
	mustDo(b, s.raw().Update(func(tx *bolt.Tx) error {
		var personID uint64
		for i := range n {
			if i%5 == 0 {
				p := Person{Name: fmt.Sprintf("Cliente %d", i/5), Created: start, Updated: start}
				p.ID, _ = tx.Bucket(bucketPeople).NextSequence()
				if err := putLean(tx.Bucket(bucketPeople), p.ID, p); err != nil {
					return err
				}
				if err := tx.Bucket(bucketPeopleByName).Put(nameKey(p.Name), itob(p.ID)); err != nil {
					return err
				}
				personID = p.ID
			}
			c := Case{PersonID: personID, Procedure: "renewal", Answers: procedures.Answers{}, Progress: stages[i%len(stages)],
				Created: start, Updated: start}
			if proc != nil {
				c.Procedure = proc.ID
				preset := procedures.Answers{}
				if proc.ID == "renewal" {
					preset = procedures.Answers{"card_type": "temporary", "card_expiry": base.AddDays(i % 400).String()}
				}
				c.Answers = fillAnswers(proc, preset)
			}
			c.ID, _ = tx.Bucket(bucketCases).NextSequence()
			if err := putCase(tx, &c); err != nil {
				return err
			}
		}
		return nil
	}))
	return path
}

// BenchmarkSummaries10k is `tramite deadlines` over 10,000 cases: open
// read-only, read every index row, close. Target: about 10 ms.
func BenchmarkSummaries10k(b *testing.B) {
	path := prepareDB(b, 10000)
	b.Run("open-read-close", func(b *testing.B) {
		for b.Loop() {
			s, err := Open(path, Options{ReadOnly: true})
			mustDo(b, err)
			rows, err := s.Summaries()
			mustDo(b, err)
			if len(rows) != 10000 {
				b.Fatalf("%d rows", len(rows))
			}
			s.Close()
		}
	})
	s, err := Open(path, Options{ReadOnly: true})
	mustDo(b, err)
	defer s.Close()
	rows, err := s.Summaries()
	mustDo(b, err)
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Summaries(); err != nil {
				b.Fatal(err)
			}
		}
	})
	// EachSummary: the same rows streamed through one reused Summary.
	b.Run("each", func(b *testing.B) {
		for b.Loop() {
			n := 0
			if err := s.EachSummary(func(*Summary) error { n++; return nil }); err != nil || n != 10000 {
				b.Fatalf("%d rows: %v", n, err)
			}
		}
	})
	// The same rows as JSON, for comparison with the hand-rolled codec.
	blobs := make([][]byte, len(rows))
	for i, r := range rows {
		blobs[i], _ = json.Marshal(r)
	}
	b.Run("json-decode-for-comparison", func(b *testing.B) {
		for b.Loop() {
			for _, blob := range blobs {
				var r Summary
				if err := json.Unmarshal(blob, &r); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("whole-cases-for-comparison", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Cases(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSaveAnswer is one answer saved with its index row, fsync
// included.
func BenchmarkSaveAnswer(b *testing.B) {
	s := openTest(b, filepath.Join(b.TempDir(), "tramite.db"))
	p := Person{Name: "Ana"}
	mustDo(b, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	if proc := testProcedure(); proc != nil {
		c.Procedure, c.Answers = proc.ID, renewalAnswers(proc)
	}
	mustDo(b, s.SaveCase(&c))
	// Rewrite an existing answer, so every save runs the procedure's
	// rules on complete answers, as editing a finished interview does.
	key, value := "card_expiry", "2026-12-20"
	for k, v := range c.Answers {
		if _, ok := c.Answers[key]; !ok {
			key, value = k, v
		}
		break
	}
	for b.Loop() {
		if err := s.SaveAnswer(c.ID, key, value); err != nil {
			b.Fatal(err)
		}
	}
}
