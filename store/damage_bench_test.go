package store

import (
	"fmt"
	"os"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkVerify measures the check every read-write Open runs before it
// may write (verify: every page read, Tx.Check, every record's shape), at
// 10,000 and 100,000 cases, and a whole read-write Open for comparison.
func BenchmarkVerify(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		if n > 10_000 && testing.Short() {
			continue
		}
		path := prepareDB(b, n)
		info, _ := os.Stat(path)
		b.Run(fmt.Sprintf("verify/%dk", n/1000), func(b *testing.B) {
			db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
			mustDo(b, err)
			defer db.Close()
			b.Logf("%d cases: %.1f MB", n, float64(info.Size())/1e6)
			for b.Loop() {
				mustDo(b, verify(db))
			}
		})
		b.Run(fmt.Sprintf("pages/%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				mustDo(b, checkPages(path))
			}
		})
		b.Run(fmt.Sprintf("open-ro/%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				s, err := Open(path, Options{ReadOnly: true})
				mustDo(b, err)
				s.Close()
			}
		})
		b.Run(fmt.Sprintf("open-rw/%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				s, err := Open(path, Options{})
				mustDo(b, err)
				s.Close()
			}
		})
	}
}
