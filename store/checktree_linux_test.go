//go:build linux

package store

import (
	"testing"

	bolt "go.etcd.io/bbolt"
)

// checkTx reads the file with plain reads: after it, none of the file is
// resident in the process, where bbolt's Tx.Check over the same
// transaction leaves every page it read (which shows the measure works).
func TestCheckTxLeavesNothingOfTheFileResident(t *testing.T) {
	path := bigFile(t)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
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
	if grewBbolt < bigN*bigSize/4 {
		t.Fatalf("Tx.Check left only %d KB of the file resident: the measure does not work here", grewBbolt>>10)
	}
	if grewOurs > bigN*bigSize/16 {
		t.Errorf("checkTx left %d KB of the %d KB file resident", grewOurs>>10, bigN*bigSize>>10)
	}
	t.Logf("resident after the check: %d KB checkTx, %d KB Tx.Check", grewOurs>>10, grewBbolt>>10)
}
