package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"tramite/store/storetest"
)

// `tramite import` works on PostgreSQL as on a bbolt file: the same
// matching (a repeated import adds nothing, a spreadsheet's stored person
// is updated, not added), the same summary, all or nothing.
func TestImportOnPostgresMatchesBbolt(t *testing.T) {
	pg := storetest.PostgresSchema(t)
	src, _, _, _ := duplicatesDB(t)
	bundle := filepath.Join(t.TempDir(), "all.json")
	mustRun(t, src, "export", "--household", "--format", "json", "-o", bundle)
	sheet := writeCSV(t, csvHead+
		"ELODIE MARCHAND PEREZ,,\"Calle 60 No. 500, Centro, Mérida\",,,,,,,,,\n"+
		"Luis Ibáñez,G7654321,,renewal,temporary,10/12/2026,yes,no,2024-01-15,1,job,yes\n")
	bad := writeCSV(t, csvHead+
		"Nguyễn Văn An,,,renewal,temporary,10/12/2026,yes,no,2024-01-15,1,job,yes\n"+
		"José Núñez,,,renewal,temporary,10/12/2026,maybe,no,2024-01-15,1,job,yes\n")
	file := filepath.Join(t.TempDir(), "t.db")
	script := []struct {
		args []string
		want string // in the output of both
	}{
		{[]string{"import", "--dry-run", bundle}, "Would import"},
		{[]string{"import", bundle}, "0 unchanged, 0 updated, 7 new"},
		{[]string{"import", bundle}, "7 unchanged, 0 updated, 0 new"},
		{[]string{"import", sheet}, "0 unchanged, 1 updated, 2 new"},
		{[]string{"import", sheet, "--apply"}, "0 unchanged, 1 updated, 2 new"},
		{[]string{"import", sheet, "--apply"}, "3 unchanged, 0 updated, 0 new"},
		{[]string{"import", bad, "--apply"}, ""},
		{[]string{"person", "list"}, "Luis Ibáñez"},
		{[]string{"cases", "--json"}, ""},
	}
	for _, step := range script {
		want := run(t, file, "", step.args...)
		got := run(t, pg, "", step.args...)
		name := strings.Join(step.args, " ")
		if !strings.Contains(want.stdout, step.want) {
			t.Fatalf("bbolt: tramite %s: exit %d\n%s%s\nwant %q", name, want.code, want.stdout, want.stderr, step.want)
		}
		if got.code != want.code || stamps(got.stdout) != stamps(want.stdout) {
			t.Errorf("tramite %s on PostgreSQL: exit %d\n%s%s\nwant exit %d\n%s%s", name, got.code, got.stdout, got.stderr, want.code, want.stdout, want.stderr)
		}
		if strings.Contains(got.stdout+got.stderr, pgPassword(pg)) {
			t.Errorf("tramite %s shows the password", name)
		}
	}
}
