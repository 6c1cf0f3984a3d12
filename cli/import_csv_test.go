package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeCSV(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "clients.csv")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const csvHead = "person,passport_number,address,procedure,card_type,card_expiry,in_mexico,holder_minor,status_since,years_requested,grounds,grounds_hold\n"

func TestImportCSV(t *testing.T) {
	db, _, _, _ := duplicatesDB(t)
	sheet := writeCSV(t, csvHead+
		"ELODIE MARCHAND PEREZ,,\"Calle 60 No. 500, Centro, Mérida\",,,,,,,,,\n"+
		"Luis Ibáñez,G7654321,,renewal,temporary,10/12/2026,yes,no,2024-01-15,1,job,yes\n")

	out, errOut, err := runStdin(t, db, "", "import", sheet)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Would import") || !strings.Contains(out, "0 unchanged, 1 updated, 2 new") || !strings.Contains(errOut, "--apply") {
		t.Errorf("dry run said:\n%s\n%s", out, errOut)
	}
	if people, _ := readDB(t, db); len(people) != 3 {
		t.Fatalf("the dry run wrote: people %s", names(people))
	}

	if _, _, err := runStdin(t, db, "", "import", sheet, "--apply"); err != nil {
		t.Fatal(err)
	}
	people, cases := readDB(t, db)
	if got := names(people); got != "Élodie Marchand Pérez, elodie marchand, Zoë Adams, Luis Ibáñez" || len(cases) != 5 {
		t.Fatalf("after --apply: %s, %d cases", got, len(cases))
	}
	if d := people[0].Details; d["address"] != "Calle 60 No. 500, Centro, Mérida" || d["passport_number"] != "XA1234567" {
		t.Errorf("Élodie's details = %v: want the sheet's address added, her passport kept", d)
	}

	out, _, err = runStdin(t, db, "", "import", sheet, "--apply")
	if err != nil || !strings.Contains(out, "3 unchanged, 0 updated, 0 new") {
		t.Errorf("a repeated import: %v\n%s", err, out)
	}
	if people, cases := readDB(t, db); len(people) != 4 || len(cases) != 5 {
		t.Errorf("a repeated import added records: %d people, %d cases", len(people), len(cases))
	}

	t.Run("one bad row imports nothing and names its line and column", func(t *testing.T) {
		bad := writeCSV(t, csvHead+
			"Nguyễn Văn An,,,renewal,temporary,10/12/2026,yes,no,2024-01-15,1,job,yes\n"+
			"José Núñez,,,renewal,temporary,10/12/2026,maybe,no,2024-01-15,1,job,yes\n")
		_, _, err := runStdin(t, db, "", "import", bad, "--apply")
		if err == nil || !strings.Contains(err.Error(), "line 3, column G (in_mexico)") {
			t.Fatalf("err = %v", err)
		}
		if people, _ := readDB(t, db); len(people) != 4 {
			t.Errorf("a refused sheet added people: %s", names(people))
		}
	})
	t.Run("--template writes the columns", func(t *testing.T) {
		out, _, err := runStdin(t, db, "", "import", "--template", "renewal")
		if err != nil || !strings.HasPrefix(out, "person,nationality,") {
			t.Errorf("template: %v %q", err, out)
		}
	})
}

// TestImportCSV10000Rows imports a sheet of 10,000 rows and imports it
// again unchanged. Its time is logged, not asserted (a limit in a test
// failed the race run at load 14: figures belong in benchmarks).
// Under the race detector it takes 1,000 rows.
func TestImportCSV10000Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 rows")
	}
	rows := 10000
	if raceDetector {
		rows = 1000
	}
	var b strings.Builder
	b.WriteString(csvHead)
	for i := range rows {
		fmt.Fprintf(&b, "Cliente %05d,G%07d,,renewal,temporary,10/12/2026,yes,no,2024-01-15,1,job,yes\n", i, i)
	}
	sheet := writeCSV(t, b.String())
	db := filepath.Join(t.TempDir(), "big.db")
	start := time.Now()
	out, _, err := runStdin(t, db, "", "import", sheet, "--apply")
	took := time.Since(start)
	if err != nil || !strings.Contains(out, fmt.Sprintf("0 unchanged, 0 updated, %d new", 2*rows)) {
		t.Fatalf("%v\n%s", err, out[max(0, len(out)-200):])
	}
	t.Logf("%d rows imported in %v", rows, took)
	start = time.Now()
	out, _, err = runStdin(t, db, "", "import", sheet, "--apply")
	if err != nil || !strings.Contains(out, fmt.Sprintf("%d unchanged, 0 updated, 0 new", 2*rows)) {
		t.Fatalf("again: %v", err)
	}
	t.Logf("and again (all unchanged) in %v", time.Since(start))
}
