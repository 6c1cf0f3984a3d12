package store_test

import (
	"path/filepath"
	"testing"
	"time"

	"tramite/store"
	"tramite/store/storetest"
)

// The engine contract (package storetest) on the embedded bbolt file.
func TestContract(t *testing.T) { storetest.Run(t, bboltHarness()) }

// The contract again with every import into an empty file written as a
// bulk (its secondary buckets at the end, in key order: bulk.go), as
// imports of 512 records or more are.
func TestContractBulkImports(t *testing.T) {
	defer store.SetBulkFloor(store.SetBulkFloor(1))
	storetest.Run(t, bboltHarness())
}

func bboltHarness() storetest.Harness {
	return storetest.Harness{
		Name:  "bbolt",
		Fresh: func(t *testing.T) string { return filepath.Join(t.TempDir(), "tramite.db") },
		Open: func(addr string, opt store.Options) (store.Engine, error) {
			// Desks wait for each other's writes: on a loaded test machine
			// (the race detector, other packages' tests) longer than the
			// second a person would wait.
			if opt.Timeout == 0 {
				opt.Timeout = 20 * time.Second
			}
			return store.Open(addr, opt)
		},
	}
}
