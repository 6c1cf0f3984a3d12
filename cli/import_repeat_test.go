package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"tramite/casebook"
	"tramite/export"
	"tramite/procedures"
	"tramite/record"
)

// dbContent is what a database holds, as the user sees it: people, cases
// and the calendar's event UIDs.
type dbContent struct {
	People []record.Person
	Cases  []record.Case
	UIDs   string
}

func contentOf(t *testing.T, db string) dbContent {
	t.Helper()
	people, cases := readDB(t, db)
	ics, _, err := runStdin(t, db, "", "export", "--household", "--format", "ics")
	if err != nil {
		t.Fatal(err)
	}
	var uids []string
	for _, line := range strings.Split(ics, "\n") {
		if strings.HasPrefix(line, "UID:") {
			uids = append(uids, strings.TrimSpace(line))
		}
	}
	return dbContent{People: people, Cases: cases, UIDs: strings.Join(uids, "\n")}
}

// `tramite import all.json` twice adds nothing the second time: the same
// people, cases and calendar UIDs, and the report says so.
func TestImportTwiceChangesNothing(t *testing.T) {
	src, _, _, _ := duplicatesDB(t)
	file := filepath.Join(t.TempDir(), "all.json")
	if _, _, err := runStdin(t, src, "", "export", "--household", "--format", "json", "-o", file); err != nil {
		t.Fatal(err)
	}
	for name, db := range map[string]string{"into a fresh database": filepath.Join(t.TempDir(), "fresh.db"), "into the database it came from": src} {
		t.Run(name, func(t *testing.T) {
			if _, _, err := runStdin(t, db, "", "import", file); err != nil {
				t.Fatal(err)
			}
			first := contentOf(t, db)
			out, _, err := runStdin(t, db, "", "import", file)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, "7 unchanged, 0 updated, 0 new") {
				t.Errorf("the second import said:\n%s", out)
			}
			if again := contentOf(t, db); !reflect.DeepEqual(again, first) {
				t.Errorf("a repeated import changed the database:\nbefore %+v\nafter  %+v", first, again)
			}
			if src := contentOf(t, src); src.UIDs != first.UIDs {
				t.Errorf("calendar UIDs differ from the source's:\n%s\n%s", src.UIDs, first.UIDs)
			}
		})
	}

	t.Run("a newer file updates, an older one is a conflict, --dry-run writes nothing", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "t.db")
		if _, _, err := runStdin(t, db, "", "import", file); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		b, err := export.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		newer := b
		newer.Cases[0].Notes = "called the office"
		newer.Cases[0].Updated = newer.Cases[0].Updated.Add(time.Hour)
		newer.Cases[1].Notes = "an older edit"
		newer.Cases[1].Updated = newer.Cases[1].Updated.Add(-time.Hour)
		edited := writeBundle(t, newer)
		before := contentOf(t, db)
		out, _, err := runStdin(t, db, "", "import", "--dry-run", edited)
		if err != nil || !strings.Contains(out, "Would import") || !strings.Contains(out, "5 unchanged, 1 updated, 0 new, 1 conflicts") {
			t.Fatalf("dry run: %v\n%s", err, out)
		}
		if after := contentOf(t, db); !reflect.DeepEqual(after, before) {
			t.Errorf("--dry-run changed the database")
		}
		if _, _, err := runStdin(t, db, "", "import", edited); err != nil {
			t.Fatal(err)
		}
		_, cases := readDB(t, db)
		if cases[0].Notes != "called the office" || cases[1].Notes != "" {
			t.Errorf("notes after the import: %q, %q; want the newer edit only", cases[0].Notes, cases[1].Notes)
		}
	})
}

// writeBundle writes b as a tramite JSON file and returns its path.
func writeBundle(t *testing.T, b export.Bundle) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "edited.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	people := map[uint64]record.Person{}
	for _, p := range b.People {
		people[p.ID] = p
	}
	ctx := procedures.Context{Today: procedures.MustDate("2026-11-23")}
	var ds []casebook.Detail
	for _, c := range b.Cases {
		d, err := casebook.NewDetail(people[c.PersonID], c, ctx)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	if err := export.JSON(f, b.People, ds, ctx); err != nil {
		t.Fatal(err)
	}
	return path
}
