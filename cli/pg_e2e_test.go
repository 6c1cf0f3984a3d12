package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tramite/store"
	"tramite/store/storetest"
)

// The same commands on a bbolt file and on a PostgreSQL database (chosen
// by --db postgres://...) print the same output: the engine changes
// nothing a user sees.
func TestE2EPostgresMatchesBbolt(t *testing.T) {
	pg := storetest.PostgresSchema(t)
	file := filepath.Join(t.TempDir(), "t.db")
	script := [][]string{
		{"new", "renewal", "--person", "Ana López", "--answers", filepath.Join("testdata", "renewal-answers.json")},
		{"new", "renewal", "--person", "Bruno Müller", "--answers", filepath.Join("testdata", "renewal-answers.json")},
		{"closures", "add", "2026-12-24"},
		{"person", "set", "Ana López", "phone=+52 55 1234 5678"},
		{"cases", "--json"},
		{"cases"},
		{"deadlines", "--json"},
		{"deadlines", "--all"},
		{"closures", "--json"},
		{"person", "list"},
		{"export", "--household", "--format", "json"},
		{"export", "1", "--format", "text"},
	}
	for _, args := range script {
		want := run(t, file, "", args...)
		got := run(t, pg, "", args...)
		name := strings.Join(args, " ")
		if want.code != 0 {
			t.Fatalf("bbolt: tramite %s: exit %d: %s", name, want.code, want.stderr)
		}
		if got.code != want.code || stamps(got.stdout) != stamps(want.stdout) {
			t.Errorf("tramite %s on PostgreSQL: exit %d\n%s\n%s\nwant exit %d\n%s", name, got.code, got.stdout, got.stderr, want.code, want.stdout)
		}
		if strings.Contains(got.stderr, "xxxxx") || strings.Contains(got.stdout+got.stderr, pgPassword(pg)) {
			t.Errorf("tramite %s shows the password: %s", name, got.stderr)
		}
	}
	if r := run(t, pg, "", "backup"); r.code == 0 || !strings.Contains(r.stderr, "pg_dump") {
		t.Errorf("backup of a PostgreSQL database: exit %d %q; want a refusal naming pg_dump", r.code, r.stderr)
	}
}

// pgPassword is the password in addr ("\x00" when none, to match nothing).
func pgPassword(addr string) string {
	if i := strings.Index(addr, "://"); i >= 0 {
		rest := addr[i+3:]
		if at := strings.Index(rest, "@"); at >= 0 {
			if c := strings.Index(rest[:at], ":"); c >= 0 {
				return rest[c+1 : at]
			}
		}
	}
	return "\x00"
}

// stamps blanks the lines of creation, update and history times and of uids, which
// differ from run to run and from one database to another.
func stamps(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		switch {
		case strings.Contains(l, `"created"`) || strings.Contains(l, `"updated"`) || strings.Contains(l, `"exported"`) ||
			strings.Contains(l, `"at"`): // a history entry's time
			lines[i] = "(time)"
		case strings.Contains(l, `"uid"`):
			lines[i] = "(uid)" // random per database, as stable ids are
		}
	}
	return strings.Join(lines, "\n")
}

func TestPostgresIsChosenByTheAddress(t *testing.T) {
	for name, tt := range map[string]struct {
		flag   string
		getenv func(string) string
		pg     bool
	}{
		"--db postgres://":          {flag: "postgres://ana@db.office/tramite", getenv: env(), pg: true},
		"TRAMITE_DB=postgresql://":  {getenv: env("TRAMITE_DB", "postgresql://db.office/tramite"), pg: true},
		"PGHOST alone":              {getenv: env("PGHOST", "db.office"), pg: true},
		"PGDATABASE alone":          {getenv: env("PGDATABASE", "tramite"), pg: true},
		"a file in TRAMITE_DB wins": {getenv: env("TRAMITE_DB", "/x/t.db", "PGHOST", "db.office"), pg: false},
		"--db FILE wins":            {flag: "/x/t.db", getenv: env("PGHOST", "db.office"), pg: false},
		"nothing: the XDG file":     {getenv: env("XDG_DATA_HOME", t.TempDir()), pg: false},
	} {
		if got := isPostgres(resolveDBPath(tt.flag, tt.getenv)); got != tt.pg {
			t.Errorf("%s: PostgreSQL %v, want %v", name, got, tt.pg)
		}
	}
}

// db copy: a file to PostgreSQL and back gives the same JSON export, ids
// and times included; the source is left untouched; a target that holds
// records is refused.
func TestE2EDBCopyRoundTrip(t *testing.T) {
	pg := storetest.PostgresSchema(t)
	dir := t.TempDir()
	src, back := filepath.Join(dir, "src.db"), filepath.Join(dir, "back.db")
	mustRun(t, src, "demo", "--cases", "30")
	mustRun(t, src, "closures", "add", "2026-12-24")
	mustRun(t, src, "person", "set", "Ana López", "phone=5512345678")
	want := mustRun(t, src, "export", "--household", "--format", "json").stdout
	srcBytes := readFile(t, src)

	r := mustRun(t, src, "db", "copy", "--to", pg)
	if !strings.Contains(r.stdout, "counts and ids verified") || strings.Contains(r.stdout, pgPassword(pg)) {
		t.Errorf("db copy to PostgreSQL said %q", r.stdout)
	}
	if got := mustRun(t, pg, "export", "--household", "--format", "json").stdout; got != want {
		t.Errorf("the export from PostgreSQL differs from the file's:\n%s\nwant\n%s", got, want)
	}
	mustRun(t, src, "db", "copy", "--from", pg, "--to", back)
	if got := mustRun(t, back, "export", "--household", "--format", "json").stdout; got != want {
		t.Errorf("the export after the round trip differs:\n%s\nwant\n%s", got, want)
	}
	for _, args := range [][]string{{"deadlines", "--all", "--json"}, {"cases", "--json"}, {"closures", "--json"}} {
		if a, b := mustRun(t, src, args...).stdout, mustRun(t, back, args...).stdout; a != b {
			t.Errorf("tramite %s differs after the round trip", strings.Join(args, " "))
		}
	}
	if string(readFile(t, src)) != string(srcBytes) {
		t.Error("db copy changed the source file")
	}
	if r := run(t, src, "", "db", "copy", "--to", pg); r.code == 0 || !strings.Contains(r.stderr, "not empty") {
		t.Errorf("a second copy into the same database: exit %d %q; want a refusal", r.code, r.stderr)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// With the file open as the dashboard has it, a script in another
// terminal runs cases, deadlines --json, new and export.
func TestE2ECommandsBesideAnOpenDashboard(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "new", "renewal", "--person", "Ana López", "--answers", filepath.Join("testdata", "renewal-answers.json"))
	dash, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer dash.Close()
	g0, err := dash.Generation()
	if err != nil {
		t.Fatal(err)
	}
	mustRun(t, db, "cases")
	mustRun(t, db, "deadlines", "--json")
	mustRun(t, db, "new", "renewal", "--person", "Bruno Müller", "--answers", filepath.Join("testdata", "renewal-answers.json"))
	mustRun(t, db, "export", "2", "--format", "text")
	mustRun(t, db, "export", "--household", "--format", "json")
	if g, err := dash.Generation(); err != nil || g == g0 {
		t.Errorf("the open store's Generation did not move after `new` in another process (%d, %v)", g, err)
	}
	if rows, err := dash.Summaries(); err != nil || len(rows) != 2 {
		t.Errorf("the open store sees %d cases (%v), want 2", len(rows), err)
	}
	// The open store writes after them.
	if err := dash.SetNotes(2, "seen from the dashboard"); err != nil {
		t.Error(err)
	}
}
