package main

import (
	"io"
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
// demo cases, in process, by stage: open the store and read the index,
// build the sorted list, write the JSON, and the whole command.
func BenchmarkDeadlines10k(b *testing.B) {
	db := benchDemoDB(b, 10000)
	today := procedures.MustDate("2026-11-23")
	f := deadlineFilter{today: today, within: -1, all: true}
	b.Run("open-read-close", func(b *testing.B) {
		for b.Loop() {
			st, err := store.Open(db, store.Options{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := st.Summaries(); err != nil {
				b.Fatal(err)
			}
			st.Close()
		}
	})
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	sums, err := st.Summaries()
	st.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("sorted-rows", func(b *testing.B) {
		for b.Loop() {
			if rows := deadlineRows(sums, f); len(rows) == 0 {
				b.Fatal("no rows")
			}
		}
	})
	rows := deadlineRows(sums, f)
	b.Run("write-json", func(b *testing.B) {
		for b.Loop() {
			if err := writeDeadlinesJSON(io.Discard, rows); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write-table", func(b *testing.B) {
		for b.Loop() {
			if err := printDeadlines(io.Discard, rows, 80); err != nil {
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
