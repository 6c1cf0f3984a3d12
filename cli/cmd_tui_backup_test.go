package cli

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tramite/store"
)

// TestDashboardDailyBackupKeepsThreeCopies: the dashboard's daily copy
// (app.autoBackup), opened on eight days in a row (twice on one of them),
// writes one copy a day and never leaves more than three automatic copies
// beside the file: the newest three.
func TestDashboardDailyBackupKeepsThreeCopies(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "t.db")
	day := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	now := day
	a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, func() time.Time { return now })
	var dates []string
	for d := range 8 {
		now = day.AddDate(0, 0, d)
		for range 1 + d%5/4 { // twice on the fifth day
			st, err := store.Open(path, store.Options{Now: a.now})
			if err != nil {
				t.Fatal(err)
			}
			if err := a.autoBackup(st); err != nil {
				t.Fatalf("day %d: %v", d, err)
			}
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
		}
		dates = append(dates, now.Format("2006-01-02"))
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var copies []string
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "t.db.backup-") {
				copies = append(copies, strings.TrimPrefix(e.Name(), "t.db.backup-"))
			}
		}
		want := dates[max(0, len(dates)-3):]
		if !slices.Equal(copies, want) {
			t.Errorf("day %d: copies %v, want %v", d, copies, want)
		}
	}
}
