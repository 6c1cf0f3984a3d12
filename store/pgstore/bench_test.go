package pgstore

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
	"tramite/store/storetest"
)

// benchData is n renewal cases for n/5 people, with varied expiries and
// stages, as a facilitator's office has them.
func benchData(n int) ([]store.Person, []store.Case) {
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	base := procedures.MustDate("2026-11-23")
	proc, _ := procedures.Lookup("renewal")
	stages := []procedures.Progress{
		{Stage: procedures.StageDraft},
		{Stage: procedures.StageBooked, AppointmentDate: base.AddDays(10), Office: "Cuernavaca", AppointmentTime: "10:30"},
		{Stage: procedures.StageFiled, FiledDate: base.AddDays(-5), NUT: "CUE-1"},
	}
	var people []store.Person
	var cases []store.Case
	for i := range n {
		if i%5 == 0 {
			people = append(people, store.Person{ID: uint64(i/5 + 1), Name: fmt.Sprintf("Cliente %d", i/5), Created: at, Updated: at})
		}
		c := store.Case{ID: uint64(i + 1), PersonID: uint64(i/5 + 1), Procedure: "renewal", Progress: stages[i%len(stages)],
			Created: at, Updated: at, Version: 1, Answers: procedures.Answers{}}
		if proc != nil {
			c.Answers = storetest.FillAnswers(proc, procedures.Answers{"card_type": "temporary", "card_expiry": base.AddDays(i % 400).String()})
		}
		cases = append(cases, c)
	}
	return people, cases
}

// BenchmarkListings compares the listings on both engines with the same
// data in the same run: Summaries (what `tramite deadlines` and the
// dashboard's first frame read), EachSummary (streamed), Cases (whole
// cases), and one Case. 10,000 cases; 100,000 too with
// TRAMITE_BENCH_100K=1. Needs TRAMITE_TEST_PG.
func BenchmarkListings(b *testing.B) {
	sizes := []int{10000}
	if os.Getenv("TRAMITE_BENCH_100K") == "1" {
		sizes = append(sizes, 100000)
	}
	for _, n := range sizes {
		people, cases := benchData(n)
		engines := map[string]store.Engine{}
		file := filepath.Join(b.TempDir(), "tramite.db")
		bs, err := store.Open(file, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := bs.Load(people, cases, nil); err != nil {
			b.Fatal(err)
		}
		engines["bbolt"] = bs
		ps, err := Open(freshSchema(b), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		began := time.Now()
		if err := ps.Load(people, cases, nil); err != nil {
			b.Fatal(err)
		}
		b.Logf("postgres: loaded %d cases in %v", n, time.Since(began))
		engines["postgres"] = ps
		for _, name := range []string{"bbolt", "postgres"} {
			st := engines[name]
			b.Run(fmt.Sprintf("%s/%dk/summaries", name, n/1000), func(b *testing.B) {
				for b.Loop() {
					rows, err := st.Summaries()
					if err != nil || len(rows) != n {
						b.Fatalf("%d rows, %v", len(rows), err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/%dk/each", name, n/1000), func(b *testing.B) {
				for b.Loop() {
					k := 0
					if err := st.EachSummary(func(*store.Summary) error { k++; return nil }); err != nil || k != n {
						b.Fatalf("%d rows, %v", k, err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/%dk/cases", name, n/1000), func(b *testing.B) {
				for b.Loop() {
					if cs, err := st.Cases(); err != nil || len(cs) != n {
						b.Fatalf("%d cases, %v", len(cs), err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/%dk/case", name, n/1000), func(b *testing.B) {
				for b.Loop() {
					if _, err := st.Case(uint64(n / 2)); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/%dk/save-answer", name, n/1000), func(b *testing.B) {
				for b.Loop() {
					if err := st.SetNotes(uint64(n/2), "called"); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		bs.Close()
		ps.Close()
	}
}

// BenchmarkImportIntoStored imports (ImportWith) a batch of 1,000 new cases for 200
// new people (as one `demo` batch, or a small `tramite import`) into a
// database that already holds n cases: the time follows the batch, not
// n. 10,000 cases; 100,000 too with TRAMITE_BENCH_100K=1. Needs
// TRAMITE_TEST_PG.
func BenchmarkImportIntoStored(b *testing.B) {
	sizes := []int{10000}
	if os.Getenv("TRAMITE_BENCH_100K") == "1" {
		sizes = append(sizes, 100000)
	}
	_, batch := benchData(1000)
	for i := range batch {
		batch[i].Created = batch[i].Created.Add(time.Duration(i) * time.Second) // each a case of its own
	}
	for _, n := range sizes {
		people, cases := benchData(n)
		s, err := Open(freshSchema(b), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Load(people, cases, nil); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			round := 0
			for b.Loop() {
				round++
				ps := make([]store.Person, 200)
				for j := range ps {
					ps[j] = store.Person{ID: uint64(j + 1), Name: fmt.Sprintf("Nuevo %d-%d", round, j)}
				}
				res, err := s.ImportWith(ps, batch, store.ImportOptions{})
				if err != nil || res.Count(store.ImportNew) != 1200 {
					b.Fatalf("%d new, %v", res.Count(store.ImportNew), err)
				}
			}
		})
		s.Close()
	}
}
