package pgstore

import (
	"testing"

	"tramite/store"
	"tramite/store/storetest"
)

func serverAddr(t testing.TB) string  { return storetest.PostgresServer(t) }
func freshSchema(t testing.TB) string { return storetest.PostgresSchema(t) }

func harness() storetest.Harness {
	return storetest.Harness{
		Name:  "postgres",
		Fresh: func(t *testing.T) string { return freshSchema(t) },
		Open: func(addr string, opt store.Options) (store.Engine, error) {
			return Open(addr, opt)
		},
	}
}

// The engine contract (package storetest) on PostgreSQL.
func TestContract(t *testing.T) {
	serverAddr(t)
	storetest.Run(t, harness())
}
