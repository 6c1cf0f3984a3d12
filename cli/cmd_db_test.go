package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// db copy between two files speaks the chosen language throughout: the
// report and its counts with their own plurals (it said "Copied 4
// people, 5 casos and 1 office closure(s)" in Spanish), and its refusals.
func TestE2EDBCopySaysItInSpanish(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.db")
	mustRun(t, src, "demo", "--cases", "5")
	mustRun(t, src, "closures", "add", "2026-12-24")

	es := mustRun(t, src, "--lang", "es", "db", "copy", "--to", filepath.Join(dir, "es.db")).stdout
	for _, want := range []string{"Se copiaron ", " personas, 5 casos y 1 día inhábil de ", "conteos e ids verificados"} {
		if !strings.Contains(es, want) {
			t.Errorf("Spanish report %q lacks %q", es, want)
		}
	}
	for _, english := range []string{"Copied", "cases", "office closure", "verified"} {
		if strings.Contains(es, english) {
			t.Errorf("Spanish report %q still says %q", es, english)
		}
	}
	en := mustRun(t, src, "db", "copy", "--to", filepath.Join(dir, "en.db")).stdout
	if !strings.Contains(en, " people, 5 cases and 1 office closure from ") || !strings.Contains(en, "counts and ids verified") {
		t.Errorf("English report %q", en)
	}

	if r := run(t, src, "", "--lang", "es", "db", "copy", "--to", filepath.Join(dir, "es.db")); r.code != 1 ||
		!strings.Contains(r.stderr, "no está vacía: ya tiene ") || !strings.Contains(r.stderr, " personas y 5 casos") || strings.Contains(r.stderr, "not empty") {
		t.Errorf("copy into a database that holds records, in Spanish: exit %d %q", r.code, r.stderr)
	}
	if r := run(t, src, "", "--lang", "es", "db", "copy", "--to", src); r.code != 2 || !strings.Contains(r.stderr, "--from y --to indican la misma base de datos") {
		t.Errorf("copy onto itself in Spanish: exit %d %q", r.code, r.stderr)
	}
	if r := run(t, src, "", "--lang", "es", "db", "copy"); r.code != 2 || !strings.Contains(r.stderr, "indique la base de datos de destino") {
		t.Errorf("copy without --to in Spanish: exit %d %q", r.code, r.stderr)
	}
}
