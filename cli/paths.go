package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/adrg/xdg"

	"tramite/store/pgstore"
)

// dbEnv names the environment variable that overrides the default database.
const dbEnv = "TRAMITE_DB"

// resolveDBPath picks the database: the --db flag wins, then TRAMITE_DB,
// then a PostgreSQL server named by the PG* environment (PGHOST,
// PGDATABASE or PGSERVICE set: pgEnvAddress), then tramite/tramite.db
// under the XDG data folder. A postgres:// address (or libpq keywords)
// names a PostgreSQL database; anything else is a bbolt file.
func resolveDBPath(flag string, getenv func(string) string) string {
	if flag != "" {
		return flag
	}
	if env := getenv(dbEnv); env != "" {
		return env
	}
	if getenv("PGHOST") != "" || getenv("PGDATABASE") != "" || getenv("PGSERVICE") != "" {
		return pgEnvAddress
	}
	return defaultDBPath(getenv)
}

// pgEnvAddress is the address of a PostgreSQL database given by the PG*
// environment alone (pgx reads PGHOST, PGUSER, PGPASSFILE... itself).
const pgEnvAddress = "postgres://"

// isPostgres reports whether addr names a PostgreSQL database.
func isPostgres(addr string) bool { return pgstore.IsAddress(addr) }

// defaultDBPath is $XDG_DATA_HOME/tramite/tramite.db. XDG_DATA_HOME is read
// through getenv (xdg reads it once at start-up) so a test can point it at a
// temporary folder; a relative value is ignored, as the XDG spec says.
func defaultDBPath(getenv func(string) string) string {
	home := getenv("XDG_DATA_HOME")
	if home == "" || !filepath.IsAbs(home) {
		home = xdg.DataHome
	}
	return filepath.Join(home, "tramite", "tramite.db")
}

// ensureDir creates dir (0700: it holds passport numbers and addresses)
// when it does not exist yet.
func ensureDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create the folder %s for the database: %w (pass --db FILE to put it elsewhere)", dir, err)
	}
	return nil
}
