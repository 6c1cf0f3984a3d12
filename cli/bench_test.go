package cli

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
)

// benchDemoDB fills a fresh database with n demo cases through the demo
// command, as `tramite demo --cases n` would, and returns its path.
func benchDemoDB(b *testing.B, n int) string {
	b.Helper()
	db := filepath.Join(b.TempDir(), "bench.db")
	a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
	root := newRootCmd(a)
	root.SetArgs([]string{"--db", db, "--today", "2026-11-23", "demo", "--cases", strconv.Itoa(n)})
	if err := root.Execute(); err != nil {
		b.Fatalf("demo --cases %d: %v", n, err)
	}
	return db
}

func benchNow() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }

// BenchmarkDeadlines10k is `tramite deadlines --all --json` over 10,000
// demo cases, in process, by stage: open the store and stream the index
// into the list, sort it, write the JSON (two goroutines), the same rows
// as the text table, and the whole command.
func BenchmarkDeadlines10k(b *testing.B) { benchDeadlineStages(b, benchDemoDB(b, 10000)) }

// BenchmarkDeadlines100k is BenchmarkDeadlines10k over 100,000 demo cases
// (benchDB100k: TRAMITE_BENCH_DB or a generated file; not under -short).
func BenchmarkDeadlines100k(b *testing.B) { benchDeadlineStages(b, benchDB100k(b)) }

func benchDeadlineStages(b *testing.B, db string) {
	today := procedures.MustDate("2026-11-23")
	f := deadlineFilter{today: today, within: -1, all: true}
	stream := func() *deadlineList {
		st, err := store.Open(db, store.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		l := newDeadlineList(f)
		if err := st.EachSummary(func(s *store.Summary) error { l.add(s); return nil }); err != nil {
			b.Fatal(err)
		}
		return l
	}
	b.Run("open-stream-close", func(b *testing.B) {
		for b.Loop() {
			if l := stream(); l.len() == 0 {
				b.Fatal("no rows")
			}
		}
	})
	b.Run("sort", func(b *testing.B) {
		l := stream()
		for b.Loop() {
			l.sort()
		}
	})
	l := stream()
	l.sort()
	b.Run("write-json", func(b *testing.B) {
		for b.Loop() {
			if err := l.writeJSON(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write-json-one-goroutine", func(b *testing.B) {
		for b.Loop() {
			if err := writeDeadlineList(io.Discard, l.len(), l.row); err != nil {
				b.Fatal(err)
			}
		}
	})
	rows := l.rows()
	b.Run("write-table", func(b *testing.B) {
		for b.Loop() {
			if err := printDeadlines(nil, io.Discard, rows, 80); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("whole-command", func(b *testing.B) {
		for b.Loop() {
			a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
			root := newRootCmd(a)
			root.SetArgs([]string{"--db", db, "--today", "2026-11-23", "deadlines", "--all", "--json"})
			if err := root.Execute(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCasesJSON is `tramite cases --json`, in process, at 10,000 and
// (without -short) 100,000 demo cases: the rows streamed from the index.
func BenchmarkCasesJSON(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		if n > 10000 && testing.Short() {
			continue
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			db := benchDemoDB(b, n)
			for b.Loop() {
				a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
				root := newRootCmd(a)
				root.SetArgs([]string{"--db", db, "--today", "2026-11-23", "cases", "--json"})
				if err := root.Execute(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchDB100k is a database of 100,000 demo cases: the file named by
// TRAMITE_BENCH_DB when set (made with `tramite demo --cases 100000
// --today 2026-11-23`), else one generated for the run (a minute).
// Skipped under -short.
func benchDB100k(b *testing.B) string {
	b.Helper()
	if testing.Short() {
		b.Skip("100,000 cases: not under -short")
	}
	if p := os.Getenv("TRAMITE_BENCH_DB"); p != "" {
		return p
	}
	return benchDemoDB(b, 100000)
}

// BenchmarkListings100k is each listing command over 100,000 demo cases,
// in process, as a whole command (open, read, sort, print).
func BenchmarkListings100k(b *testing.B) { benchListings(b, benchDB100k(b)) }

// BenchmarkListings10k is BenchmarkListings100k over 10,000 demo cases:
// side by side, they show whether each listing grows linearly.
func BenchmarkListings10k(b *testing.B) { benchListings(b, benchDemoDB(b, 10000)) }

func benchListings(b *testing.B, db string) {
	for _, args := range [][]string{
		{"deadlines", "--within", "30"},
		{"deadlines", "--within", "30", "--json"},
		{"deadlines", "--all", "--json"},
		{"deadlines"},
		{"deadlines", "--all"},
		{"cases", "--json"},
	} {
		b.Run(strings.Join(args, "_"), func(b *testing.B) {
			for b.Loop() {
				a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
				root := newRootCmd(a)
				root.SetArgs(append([]string{"--db", db, "--today", "2026-11-23"}, args...))
				if err := root.Execute(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// The same listings read from every index row (the agenda, sorted),
	// as before the per-deadline agenda key, and as PostgreSQL does.
	today := procedures.MustDate("2026-11-23")
	for name, c := range map[string]struct {
		f      deadlineFilter
		asJSON bool
	}{
		"from-rows/deadlines_--within_30":  {deadlineFilter{today: today, within: 30}, false},
		"from-rows/deadlines_--all_--json": {deadlineFilter{today: today, within: -1, all: true}, true},
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
				st, err := store.Open(db, store.Options{ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				list, err := loadDeadlineList(st, c.f)
				if err == nil {
					err = a.printDeadlineList(list, c.asJSON, 0)
				}
				st.Close()
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNewPerson100k is `tramite new renewal` for a person not yet in
// a database of 100,000 demo cases (a copy of it: each run adds one).
func BenchmarkNewPerson100k(b *testing.B) {
	src := benchDB100k(b)
	db := filepath.Join(b.TempDir(), "new.db")
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(db, data, 0o600); err != nil {
		b.Fatal(err)
	}
	answers, err := filepath.Abs(filepath.Join("testdata", "renewal-answers.json"))
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
		root := newRootCmd(a)
		root.SetArgs([]string{"--db", db, "--today", "2026-11-23", "new", "renewal", "--person", "Zacarías Quintero " + strconv.Itoa(i), "--answers", answers})
		if err := root.Execute(); err != nil {
			b.Fatal(err)
		}
	}
}
