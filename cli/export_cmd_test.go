package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
)

// runExportCLI runs tramite in-process with args against the database db,
// on 2026-11-23, and returns its output and error.
func runExportCLI(t *testing.T, db string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	now := func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }
	a := newApp(strings.NewReader(""), &out, &errb, func(string) string { return "" }, now)
	root := newRootCmd(a)
	root.SetArgs(append([]string{"--db", db, "--today", "2026-11-23"}, args...))
	err = root.Execute()
	return out.String(), errb.String(), err
}

// seedExportDB writes one person with one renewal case (R-RENEW-WINDOW:
// the card expires on 2026-12-26) and returns the database path.
func seedExportDB(t *testing.T) string {
	t.Helper()
	if _, err := procedures.Lookup("renewal"); err != nil {
		t.Skip("renewal is not registered")
	}
	path := filepath.Join(t.TempDir(), "tramite.db")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := store.Person{Name: "Ana García López"}
	if err := s.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	c := store.Case{PersonID: p.ID, Procedure: "renewal", Answers: procedures.Answers{
		"card_type": "temporary", "card_expiry": "2026-12-26", "in_mexico": "yes", "holder_minor": "no",
		"first_card_date": "2024-01-10", "years_requested": "1", "grounds": "job", "grounds_hold": "yes"}}
	if err := s.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExportCommand(t *testing.T) {
	db := seedExportDB(t)

	t.Run("text goes to stdout by default, with the rules' date", func(t *testing.T) {
		out, _, err := runExportCLI(t, db, "export", "1")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"CHECKLIST: ", "Ana García López", "Checked: " + procedures.RulesChecked, "[ ] "} {
			if !strings.Contains(out, want) {
				t.Errorf("export 1 lacks %q", want)
			}
		}
	})

	t.Run("a file is 0600 and not replaced without --force", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "renewal.ics")
		if _, _, err := runExportCLI(t, db, "export", "1", "-o", file); err != nil {
			t.Fatal(err)
		}
		first, _ := os.ReadFile(file)
		if !bytes.HasPrefix(first, []byte("BEGIN:VCALENDAR\r\n")) {
			t.Errorf("-o x.ics did not pick the ics format: %.40q", first)
		}
		if st, _ := os.Stat(file); st.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want 0600", st.Mode().Perm())
		}
		os.WriteFile(file, []byte("mine"), 0o600)
		_, _, err := runExportCLI(t, db, "export", "1", "-o", file)
		if err == nil || !strings.Contains(err.Error(), "--force") {
			t.Errorf("export over an existing file: %v, want a message naming --force", err)
		}
		if b, _ := os.ReadFile(file); string(b) != "mine" {
			t.Errorf("the existing file was changed to %.40q", b)
		}
		if _, _, err := runExportCLI(t, db, "export", "1", "-o", file, "--force"); err != nil {
			t.Errorf("export --force: %v", err)
		}
	})

	t.Run("bad input changes nothing and says what to type", func(t *testing.T) {
		for _, args := range [][]string{{"export"}, {"export", "abc"}, {"export", "9"}, {"export", "1", "--format", "pdf", "--paper", "legal"}} {
			_, _, err := runExportCLI(t, db, args...)
			if err == nil {
				t.Errorf("%q succeeded", args)
			}
		}
	})
}

func TestImportCommand(t *testing.T) {
	db := seedExportDB(t)
	file := filepath.Join(t.TempDir(), "all.json")
	if _, _, err := runExportCLI(t, db, "export", "--household", "--format", "json", "-o", file); err != nil {
		t.Fatal(err)
	}

	t.Run("into a fresh database: the same household", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "other.db")
		out, _, err := runExportCLI(t, other, "import", file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "0 unchanged, 0 updated, 2 new") {
			t.Errorf("import said %q", out)
		}
		again, _, err := runExportCLI(t, other, "export", "--household", "--format", "json")
		if err != nil {
			t.Fatal(err)
		}
		orig, _ := os.ReadFile(file)
		if a, b := stripTimes(t, orig), stripTimes(t, []byte(again)); a != b {
			t.Errorf("export → import → export differs:\n%s\n%s", a, b)
		}
	})

	t.Run("into the same database: nothing is added", func(t *testing.T) {
		out, _, err := runExportCLI(t, db, "import", file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "2 unchanged, 0 updated, 0 new") {
			t.Errorf("import said %q", out)
		}
	})

	t.Run("an invalid file creates nothing", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.json")
		os.WriteFile(bad, []byte(`{"format":"tramite","version":7,"people":[],"cases":[]}`), 0o600)
		fresh := filepath.Join(t.TempDir(), "fresh.db")
		_, _, err := runExportCLI(t, fresh, "import", bad)
		if err == nil || !strings.Contains(err.Error(), `"version" is 7`) {
			t.Errorf("import of version 7: %v", err)
		}
		if _, err := os.Stat(fresh); !os.IsNotExist(err) {
			t.Errorf("a refused import created %s", fresh)
		}
	})
}

// stripTimes drops the created/updated stamps of a JSON export (ids match:
// both databases numbered from 1).
func stripTimes(t *testing.T, data []byte) string {
	t.Helper()
	var f map[string]any
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	for _, list := range []string{"people", "cases"} {
		for _, x := range f[list].([]any) {
			delete(x.(map[string]any), "created")
			delete(x.(map[string]any), "updated")
		}
	}
	b, _ := json.Marshal(f)
	return string(b)
}
