package store_test

import (
	"path/filepath"
	"testing"

	"tramite/store"
	"tramite/store/storetest"
)

// The engine contract (package storetest) on the embedded bbolt file.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Name:  "bbolt",
		Fresh: func(t *testing.T) string { return filepath.Join(t.TempDir(), "tramite.db") },
		Open: func(addr string, opt store.Options) (store.Engine, error) {
			return store.Open(addr, opt)
		},
	})
}
