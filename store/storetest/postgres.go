package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// PostgresEnv names the server the PostgreSQL tests run on: a postgres://
// address of a role that may create schemas in its database (`.ci/pg
// start` prints one). Without it those tests skip, saying why, unless
// CI_REQUIRE_PG=1 (as .ci/run sets in CI), where they fail.
const PostgresEnv = "TRAMITE_TEST_PG"

// PostgresServer returns the test server's address, or skips the test
// (fails it when CI_REQUIRE_PG=1).
func PostgresServer(t testing.TB) string {
	t.Helper()
	addr := os.Getenv(PostgresEnv)
	if addr == "" {
		msg := "PostgreSQL test skipped: " + PostgresEnv + ` is not set (start a throwaway server with: eval "$(bash .ci/pg start)")`
		if os.Getenv("CI_REQUIRE_PG") == "1" {
			t.Fatal(msg + "; CI_REQUIRE_PG=1 says it must run")
		}
		t.Skip(msg)
	}
	return addr
}

// WithSearchPath is addr using schema sch.
func WithSearchPath(addr, sch string) string {
	if strings.Contains(addr, "://") {
		if u, err := url.Parse(addr); err == nil {
			q := u.Query()
			q.Set("search_path", sch)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return addr + " search_path=" + sch
}

// PostgresSchema creates an empty schema on the test server for one test,
// dropped at its end, and returns the address that uses it.
func PostgresSchema(t testing.TB) string {
	t.Helper()
	addr := PostgresServer(t)
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
	return WithSearchPath(addr, sch)
}
