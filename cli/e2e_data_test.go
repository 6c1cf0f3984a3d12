package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tramite/procedures"
)

var isoDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[ \t]`)

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
	t.Run("piped, the deadlines table cuts no title", func(t *testing.T) {
		out := mustRun(t, db, "deadlines", "--all").stdout
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[0], "DATE") {
			t.Fatalf("no table:\n%s", out)
		}
		if !isoDateRE.MatchString(lines[1]) {
			t.Errorf("first row %q does not start with a date", lines[1])
		}
		var rows []deadlineJSON
		decode(t, mustRun(t, db, "deadlines", "--all", "--json"), &rows)
		if len(rows) != len(lines)-1 {
			t.Fatalf("%d table rows, %d JSON rows", len(lines)-1, len(rows))
		}
		for i, r := range rows {
			if !strings.Contains(lines[i+1], r.Title) {
				t.Errorf("row %q lacks the whole title %q", lines[i+1], r.Title)
			}
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
	t.Run("a name that matches but for accents suggests the stored name, not --create", func(t *testing.T) {
		for _, args := range [][]string{
			{"person", "set", "Ana Lopez", "email=a@example.com"},
			{"person", "set", "ANA LOPEZ", "--create", "email=a@example.com"},
			{"person", "show", "Ana Lopez"},
		} {
			r := run(t, db, "", args...)
			if r.code == 0 || !strings.Contains(r.stderr, `did you mean "Ana López"?`) || strings.Contains(r.stderr, "--create") {
				t.Errorf("%v: exit %d, stderr %q; want an error suggesting \"Ana López\" and not --create", args, r.code, r.stderr)
			}
		}
		var people []personJSON
		decode(t, mustRun(t, db, "person", "list", "--json"), &people)
		if len(people) != 1 {
			t.Errorf("people = %+v; want Ana López alone (no duplicate)", people)
		}
	})
	t.Run("new --person refuses a name that matches but for accents", func(t *testing.T) {
		r := run(t, db, "", "new", "renewal", "--person", "Ana Lopez", "--answer", "card_type=temporary")
		if r.code != exitError || !strings.Contains(r.stderr, `did you mean "Ana López"?`) || !strings.Contains(r.stderr, "nothing was saved") {
			t.Errorf("exit %d, stderr %q; want 1, the suggestion and nothing saved", r.code, r.stderr)
		}
		var people []personJSON
		decode(t, mustRun(t, db, "person", "list", "--json"), &people)
		if len(people) != 1 || len(people[0].Cases) != 0 {
			t.Errorf("people = %+v; want Ana López alone, without cases", people)
		}
	})
	t.Run("an unknown person is not created without --create", func(t *testing.T) {
		r := run(t, db, "", "person", "set", "Nobody", "email=n@example.com")
		if r.code == 0 || !strings.Contains(r.stderr, "--create") {
			t.Errorf("exit %d, stderr %q; want a hint about --create", r.code, r.stderr)
		}
	})
}
