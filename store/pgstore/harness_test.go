package pgstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"tramite/store"
	"tramite/store/storetest"
)

// testEnv names the server the PostgreSQL half of the suite runs on: a
// postgres:// address of a role that may create schemas in its database
// (.ci/pg start prints one). Without it the tests skip, saying why,
// unless CI_REQUIRE_PG=1 (as in .ci/run), where they fail.
const testEnv = "TRAMITE_TEST_PG"

// serverAddr returns the test server's address or skips (fails in CI).
func serverAddr(t testing.TB) string {
	t.Helper()
	addr := os.Getenv(testEnv)
	if addr == "" {
		msg := "PostgreSQL half of the contract skipped: " + testEnv + ` is not set (start a throwaway server with: eval "$(bash .ci/pg start)")`
		if os.Getenv("CI_REQUIRE_PG") == "1" {
			t.Fatal(msg + "; CI_REQUIRE_PG=1 says it must run")
		}
		t.Skip(msg)
	}
	return addr
}

// withSearchPath is addr using schema sch.
func withSearchPath(addr, sch string) string {
	if IsAddress(addr) && strings.Contains(addr, "://") {
		u, err := url.Parse(addr)
		if err == nil {
			q := u.Query()
			q.Set("search_path", sch)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return addr + " search_path=" + sch
}

// freshSchema creates an empty schema for one test, dropped at its end,
// and returns the address that uses it.
func freshSchema(t testing.TB) string {
	t.Helper()
	addr := serverAddr(t)
	b := make([]byte, 6)
	rand.Read(b)
	sch := "t_" + hex.EncodeToString(b)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatalf("connecting to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+sch); err != nil {
		t.Fatalf("creating schema %s: %v", sch, err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, addr)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		conn.Exec(ctx, "DROP SCHEMA "+sch+" CASCADE")
	})
	return withSearchPath(addr, sch)
}

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
