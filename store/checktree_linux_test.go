//go:build linux

package store

import (
	"bytes"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// checkTx reads the file with plain reads: after it, none of the file is
// resident in the process, where bbolt's Tx.Check over the same
// transaction leaves every page it read (which shows the measure works).
func TestCheckTxLeavesNothingOfTheFileResident(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.db")
	db, err := bolt.Open(path, 0o600, nil)
	mustDo(t, err)
	const n, size = 6000, 4000 // 24 MB of values
	mustDo(t, db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("b"))
		if err != nil {
			return err
		}
		for i := range n {
			if err := b.Put(itob(uint64(i)), bytes.Repeat([]byte{byte(i)}, size)); err != nil {
				return err
			}
		}
		return nil
	}))
	mustDo(t, db.Close())
	db, err = bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	mustDo(t, err)
	defer db.Close()
	var grewOurs, grewBbolt int64
	mustDo(t, db.View(func(tx *bolt.Tx) error {
		before := rssFile(t)
		if err := checkTx(tx); err != nil {
			return err
		}
		grewOurs = rssFile(t) - before
		before = rssFile(t)
		if err := drainCheck(tx); err != nil {
			return err
		}
		grewBbolt = rssFile(t) - before
		return nil
	}))
	if grewBbolt < n*size/4 {
		t.Fatalf("Tx.Check left only %d KB of the file resident: the measure does not work here", grewBbolt>>10)
	}
	if grewOurs > n*size/16 {
		t.Errorf("checkTx left %d KB of the %d KB file resident", grewOurs>>10, n*size>>10)
	}
	t.Logf("resident after the check: %d KB checkTx, %d KB Tx.Check", grewOurs>>10, grewBbolt>>10)
}
