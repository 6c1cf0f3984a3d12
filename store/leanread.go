package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// A check that reads every page of the file through bbolt's mapping
// (verify's record walk; bbolt's Tx.Check, where checkTx cannot read its
// snapshot with plain reads) leaves every page it touches in the
// process's resident memory until the mapping goes: at 100,000 cases the
// whole file, on top of the dashboard's rows. readLean runs such a walk while
// a goroutine hands the mapping's pages back to the page cache every few
// milliseconds (dropMapped): a page read again is mapped again from the
// cache, with the same bytes (bbolt maps the file read-only and never
// writes through it), so only the pages of the last few milliseconds stay
// resident. Where dropMapped is not available it does nothing.

// dropEvery is how often readLean drops the mapped pages.
const dropEvery = 5 * time.Millisecond

// readLean runs fn, which reads tx, keeping little of tx's mapping
// resident. The dropping stops before readLean returns, while tx (and so
// the mapping) is still open.
func readLean(tx *bolt.Tx, fn func() error) error {
	base, size := tx.DB().Info().Data, uintptr(tx.Size())
	if !canDropMapped || size == 0 {
		return fn()
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(dropEvery)
		defer t.Stop()
		for {
			select {
			case <-stop:
				dropMapped(base, size)
				return
			case <-t.C:
				dropMapped(base, size)
			}
		}
	}()
	defer func() {
		close(stop)
		<-done
	}()
	return fn()
}

// dropRecords is how many records a walk reads between two drops of the
// mapped pages (dropEveryN): a few MB of records.
const dropRecords = 4096

// dropEveryN returns a func for a walk to call once a record: every
// dropRecords calls it drops tx's mapped pages, from the walk's own
// goroutine.
func dropEveryN(tx *bolt.Tx) func() {
	if !canDropMapped {
		return func() {}
	}
	base, size := tx.DB().Info().Data, uintptr(tx.Size())
	n := 0
	return func() {
		if n++; n == dropRecords {
			n = 0
			dropMapped(base, size)
		}
	}
}
