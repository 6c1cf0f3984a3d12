package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tramite/procedures"
)

var isoDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2} `)

func TestE2EDemoAndBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	mustRun(t, db, "demo", "--cases", "14")
	var cases []caseJSON
	decode(t, mustRun(t, db, "cases", "--json"), &cases)
	procs := map[string]bool{}
	for _, c := range cases {
		procs[c.Procedure] = true
	}
	if len(cases) != 14 || len(procs) != len(procedures.Catalog()) {
		t.Errorf("demo made %d cases over %d procedures, want 14 over all %d", len(cases), len(procs), len(procedures.Catalog()))
	}
	t.Run("a second demo is refused without --force", func(t *testing.T) {
		r := run(t, db, "", "demo", "--cases", "3")
		if r.code != exitError || !strings.Contains(r.stderr, "--force") {
			t.Errorf("exit %d, stderr %q; want 1 suggesting --force", r.code, r.stderr)
		}
	})
	t.Run("the deadlines table fits in 80 columns", func(t *testing.T) {
		out := mustRun(t, db, "deadlines", "--all").stdout
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[0], "DATE") {
			t.Fatalf("no table:\n%s", out)
		}
		for _, l := range lines {
			if n := len([]rune(l)); n > 80 {
				t.Errorf("%d columns: %q", n, l)
			}
		}
		if !isoDateRE.MatchString(lines[1]) {
			t.Errorf("first row %q does not start with a date", lines[1])
		}
	})
	t.Run("backup writes a copy and never overwrites without --force", func(t *testing.T) {
		r := mustRun(t, db, "backup")
		want := filepath.Join(dir, "demo-backup-"+e2eToday+".db")
		if strings.TrimSpace(r.stdout) != want {
			t.Errorf("backup printed %q, want %q", r.stdout, want)
		}
		if r := run(t, db, "", "backup"); r.code != exitError || !strings.Contains(r.stderr, "--force") {
			t.Errorf("second backup: exit %d, stderr %q; want 1 suggesting --force", r.code, r.stderr)
		}
		mustRun(t, db, "backup", "--force")
		var copied []caseJSON
		decode(t, mustRun(t, want, "cases", "--json"), &copied)
		if len(copied) != 14 {
			t.Errorf("the copy has %d cases, want 14", len(copied))
		}
	})
}

func TestE2EPersonSet(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "person", "set", "Ana López", "--create", "nationality=Española")
	tests := map[string]struct {
		args    []string
		wantKey string
	}{
		"30 February is refused and named":  {[]string{"birth_date=30/02/1990"}, "birth_date"},
		"an e-mail without @ is refused":    {[]string{"phone=+52 55 1234 5678", "email=ana"}, "email"},
		"an unknown key lists the keys":     {[]string{"shoe_size=42"}, "passport_number"},
		"a key=value without = is a misuse": {[]string{"birth_date"}, "key=value"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := run(t, db, "", append([]string{"person", "set", "Ana López"}, tt.args...)...)
			if r.code == 0 || !strings.Contains(r.stderr, tt.wantKey) {
				t.Errorf("exit %d, stderr %q; want an error naming %s", r.code, r.stderr, tt.wantKey)
			}
		})
	}
	t.Run("good values are saved, and nothing from the bad runs", func(t *testing.T) {
		mustRun(t, db, "person", "set", "ana lópez", "birth_date=12/04/1985", "email=ana@example.com")
		var p personJSON
		decode(t, mustRun(t, db, "person", "show", "Ana López", "--json"), &p)
		if p.BirthDate != "1985-04-12" || p.Details["email"] != "ana@example.com" || p.Details["phone"] != "" || p.Nationality != "Española" {
			t.Errorf("person = %+v", p)
		}
	})
	t.Run("an unknown person is not created without --create", func(t *testing.T) {
		r := run(t, db, "", "person", "set", "Nobody", "email=n@example.com")
		if r.code == 0 || !strings.Contains(r.stderr, "--create") {
			t.Errorf("exit %d, stderr %q; want a hint about --create", r.code, r.stderr)
		}
	})
}
