//go:build linux

package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// rssFile is the process's resident file-backed memory, in bytes.
func rssFile(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	mustDo(t, err)
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "RssFile:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			mustDo(t, err)
			return kb << 10
		}
	}
	t.Fatal("no RssFile in /proc/self/status")
	return 0
}

// A walk of every page under readLean reads the same bytes, and leaves
// few of the file's pages resident; the same walk without it keeps them
// all (which shows the measure works).
func TestReadLeanKeepsLittleOfTheFileResident(t *testing.T) {
	path := bigFile(t)
	walk := func(lean bool) (sum int, grew int64) {
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
		mustDo(t, err)
		defer db.Close()
		mustDo(t, db.View(func(tx *bolt.Tx) error {
			before := rssFile(t)
			read := func() error {
				c := tx.Bucket([]byte("b")).Cursor()
				for k, v := c.First(); k != nil; k, v = c.Next() {
					for _, x := range v {
						sum += int(x)
					}
				}
				time.Sleep(3 * dropEvery) // the dropper's turn
				grew = rssFile(t) - before
				return nil
			}
			if lean {
				return readLean(tx, read)
			}
			return read()
		}))
		return sum, grew
	}
	sumLean, grewLean := walk(true)
	sum, grew := walk(false)
	if sumLean != sum {
		t.Fatalf("the lean walk read other bytes: sum %d, want %d", sumLean, sum)
	}
	if grew < bigN*bigSize/2 {
		t.Fatalf("the plain walk left only %d KB of the file resident: the measure does not work here", grew>>10)
	}
	if grewLean > bigN*bigSize/8 {
		t.Errorf("the lean walk left %d KB of the %d KB file resident", grewLean>>10, bigN*bigSize>>10)
	}
	t.Logf("resident after the walk: %d KB lean, %d KB plain", grewLean>>10, grew>>10)
}

// bigN values of bigSize bytes: bigFile's 24 MB.
const bigN, bigSize = 6000, 4000

// bigFile is a bbolt file of bigN values of bigSize bytes in one bucket, big
// enough for the file's resident pages to show.
func bigFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "big.db")
	db, err := bolt.Open(path, 0o600, nil)
	mustDo(t, err)
	mustDo(t, db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("b"))
		if err != nil {
			return err
		}
		for i := range bigN {
			if err := b.Put(itob(uint64(i)), bytes.Repeat([]byte{byte(i)}, bigSize)); err != nil {
				return err
			}
		}
		return nil
	}))
	mustDo(t, db.Close())
	return path
}
