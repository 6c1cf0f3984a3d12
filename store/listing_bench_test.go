package store

import (
	"os"
	"testing"

	"tramite/casebook"
	"tramite/procedures"
)

// BenchmarkListingReads100k is the store's side of the listings: each
// read of the agenda key and of the index a listing makes, with an fn
// that only counts, on the file TRAMITE_BENCH_DB names (a demo of
// 100,000 cases made with --today 2026-11-23), opened read-only as the
// commands open it. Each read opens and maps the file anew, as a process
// does.
//
//	TRAMITE_BENCH_DB=/tmp/a100k.db go test ./store -run XXX -bench ListingReads100k -count 8
func BenchmarkListingReads100k(b *testing.B) {
	path := os.Getenv("TRAMITE_BENCH_DB")
	if path == "" || testing.Short() {
		b.Skip("TRAMITE_BENCH_DB names no file")
	}
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	today := procedures.Date{Year: 2026, Month: 11, Day: 23}
	for _, bc := range []struct {
		name string
		q    casebook.AgendaKeyQuery
	}{
		// From today, as casebook.StreamAgenda asks (index format 4).
		{"within-0", casebook.AgendaKeyQuery{Until: today, Bounded: true, From: today}},
		{"within-30", casebook.AgendaKeyQuery{Until: procedures.Date{Year: 2026, Month: 12, Day: 23}, Bounded: true, From: today}},
		{"not-done", casebook.AgendaKeyQuery{From: today}},
		{"all", casebook.AgendaKeyQuery{Done: true}},
	} {
		b.Run("agenda-"+bc.name, func(b *testing.B) {
			for b.Loop() {
				n := 0
				if err := s.EachAgendaKey(bc.q, func([]string, *casebook.KeyedDeadline) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("summaries-once", func(b *testing.B) {
		for b.Loop() {
			n := 0
			if err := s.EachSummaryOnce(func(*Summary) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
		}
	})
}
