package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EPlainOutputInPipes: cases, deadlines and person list to a pipe
// are tab-separated under a header, with long names whole (an aligned
// table cut them to 16 or 20 letters), so `tramite cases | grep` finds
// a person by their full name.
func TestE2EPlainOutputInPipes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	long := "María Guadalupe Fernández de la Concepción"
	mustRun(t, db, "new", "renewal", "--person", long,
		"--answer", "card_type=temporary", "--answer", "card_expiry=15/12/2026", "--answer", "in_mexico=yes",
		"--answer", "holder_minor=no", "--answer", "years_requested=1", "--answer", "grounds=job", "--answer", "grounds_hold=yes")
	for _, tt := range []struct {
		args []string
		head string
		cols int
	}{
		{[]string{"cases"}, "ID\tPERSON\tPROCEDURE\tSTAGE\tNEXT", 5},
		{[]string{"deadlines"}, "DATE\tLEFT\tPERSON\tPROCEDURE\tWHAT", 5},
		{[]string{"person", "list"}, "NAME\tNATIONALITY\tBORN\tCASES", 4},
	} {
		out := mustRun(t, db, tt.args...).stdout
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if lines[0] != tt.head {
			t.Errorf("tramite %s: header %q, want %q", strings.Join(tt.args, " "), lines[0], tt.head)
		}
		if len(lines) < 2 || !strings.Contains(out, "\t"+long+"\t") && !strings.HasPrefix(lines[1], long+"\t") {
			t.Errorf("tramite %s: the name is not whole in a field:\n%s", strings.Join(tt.args, " "), out)
		}
		for _, l := range lines {
			if n := strings.Count(l, "\t") + 1; n != tt.cols {
				t.Errorf("tramite %s: %d fields in %q, want %d", strings.Join(tt.args, " "), n, l, tt.cols)
			}
		}
		if strings.Contains(out, "…") {
			t.Errorf("tramite %s: something is cut in a pipe:\n%s", strings.Join(tt.args, " "), out)
		}
	}
}
