package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkFinishOpen measures what the dashboard runs after its whole
// list is in (AfterStart): the deferred damage check of a file changed
// since tramite closed it (FinishOpen: checkPages, verify, the switch to
// writing), its parts (the whole-file check both ways), and the daily backup's check of its kept copies,
// at 10,000 and 100,000 cases (100k skipped under -short). Its B/op is the
// garbage the check leaves while the app holds its rows: issue 15's peak
// memory.
func BenchmarkFinishOpen(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		if n > 10_000 && testing.Short() {
			continue
		}
		path := prepareDB(b, n)
		info, _ := os.Stat(path)
		b.Logf("%d cases: %.1f MB", n, float64(info.Size())/1e6)
		b.Run(fmt.Sprintf("finish-open/%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				dropStamp(path) // changed since tramite closed it: the check is due
				s, err := OpenCheckLater(path, Options{})
				mustDo(b, err)
				if s.later == nil {
					b.Fatal("the check was not deferred")
				}
				mustDo(b, s.FinishOpen())
				mustDo(b, s.Close())
			}
		})
		b.Run(fmt.Sprintf("pages/%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				mustDo(b, checkPages(path))
			}
		})
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
		mustDo(b, err)
		b.Run(fmt.Sprintf("records/%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				mustDo(b, guard(func() error { return db.View(checkRecords) }))
			}
		})
		b.Run(fmt.Sprintf("verify/%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				mustDo(b, verify(db))
			}
		})
		// The whole-file check: bbolt's Tx.Check over the mapping (its
		// pages given back by readLean), as before, and checkTx's plain
		// reads of the same checks.
		b.Run(fmt.Sprintf("check-bbolt/%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				mustDo(b, db.View(func(tx *bolt.Tx) error { return readLean(tx, func() error { return drainCheck(tx) }) }))
			}
		})
		b.Run(fmt.Sprintf("check-tx/%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				mustDo(b, db.View(checkTx))
			}
		})
		mustDo(b, db.Close())
		// The daily backup on a day whose copy exists: the rotation checks
		// the three kept copies.
		s, err := Open(path, Options{ReadOnly: true})
		mustDo(b, err)
		day := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
		for i := range 3 {
			copyFile(b, path, path+".backup-"+day.AddDate(0, 0, -i).Format(autoBackupLayout))
		}
		b.Run(fmt.Sprintf("backup-rotation/%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				written, err := s.AutoBackup(day, 3)
				mustDo(b, err)
				if written != "" {
					b.Fatalf("wrote %s: today's copy exists", written)
				}
			}
		})
		mustDo(b, s.Close())
		matches, _ := filepath.Glob(path + ".backup-*")
		for _, m := range matches {
			os.Remove(m)
		}
	}
}

func copyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	mustDo(b, err)
	defer in.Close()
	out, err := os.Create(to)
	mustDo(b, err)
	_, err = io.Copy(out, in)
	mustDo(b, err)
	mustDo(b, out.Close())
}
