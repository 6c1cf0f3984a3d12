package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestPaperFor(t *testing.T) {
	for _, tc := range []struct {
		name    string
		flag    string
		given   bool
		env     map[string]string
		spanish bool
		want    string
		ok      bool
	}{
		{"English, no locale: A4", "", false, nil, false, "a4", true},
		{"Spanish, no locale: Letter (carta)", "", false, nil, true, "letter", true},
		{"C.UTF-8 names no country", "", false, map[string]string{"LANG": "C.UTF-8"}, true, "letter", true},
		{"a Mexican locale: Letter", "", false, map[string]string{"LANG": "es_MX.UTF-8"}, false, "letter", true},
		{"LC_PAPER es_MX beats LANG en_GB", "", false, map[string]string{"LANG": "en_GB.UTF-8", "LC_PAPER": "es_MX.UTF-8"}, false, "letter", true},
		{"LC_ALL de_DE beats LC_PAPER", "", false, map[string]string{"LC_ALL": "de_DE.UTF-8", "LC_PAPER": "es_MX.UTF-8"}, true, "a4", true},
		{"Spanish from Spain: A4 as the locale says", "", false, map[string]string{"LANG": "es_ES.UTF-8"}, true, "a4", true},
		{"en_US: Letter", "", false, map[string]string{"LANG": "en_US.UTF-8"}, false, "letter", true},
		{"--paper a4 wins over es_MX", "a4", true, map[string]string{"LANG": "es_MX.UTF-8"}, true, "a4", true},
		{"--paper carta", "carta", true, nil, false, "letter", true},
		{"--paper legal is refused", "legal", true, nil, false, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := paperFor(tc.flag, tc.given, func(k string) string { return tc.env[k] }, tc.spanish)
			if got != tc.want || ok != tc.ok {
				t.Errorf("paperFor = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// mediaBox is the first page size a PDF declares.
var mediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]`)

// TestE2EPacket: the printed packet of issue 21 through the built binary:
// Letter by default in Spanish, A4 in English, a PDF to a pipe, an
// extension tramite does not write refused, missing letter data named on
// the terminal.
func TestE2EPacket(t *testing.T) {
	db := seedExportDB(t)

	size := func(pdf string) string {
		t.Helper()
		if !strings.HasPrefix(pdf, "%PDF-") {
			t.Fatalf("not a PDF: %.40q", pdf)
		}
		m := mediaBox.FindStringSubmatch(pdf)
		if m == nil {
			t.Fatal("no MediaBox in the PDF")
		}
		return strings.TrimSuffix(strings.TrimSuffix(m[1], ".00"), ".0") + "x" + strings.TrimSuffix(strings.TrimSuffix(m[2], ".00"), ".0")
	}
	t.Run("Spanish: Letter, to a pipe", func(t *testing.T) {
		r := mustRun(t, db, "--lang", "es", "export", "1", "--format", "pdf")
		if got := size(r.stdout); got != "612x792" {
			t.Errorf("page %s, want US Letter 612x792", got)
		}
	})
	t.Run("English: A4; --paper letter wins", func(t *testing.T) {
		if got := size(mustRun(t, db, "export", "1", "--format", "pdf").stdout); got != "595.28x841.89" && got != "595x842" {
			t.Errorf("page %s, want A4", got)
		}
		if got := size(mustRun(t, db, "export", "1", "--format", "pdf", "--paper", "letter").stdout); got != "612x792" {
			t.Errorf("page %s with --paper letter, want 612x792", got)
		}
	})
	t.Run("missing letter data is named on the terminal", func(t *testing.T) {
		r := mustRun(t, db, "export", "1", "--format", "pdf")
		if !strings.Contains(r.stderr, "tramite person set") {
			t.Errorf("stderr does not say how to fill the letters' data:\n%s", r.stderr)
		}
	})
	t.Run(".docx is refused with the formats", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "x.docx")
		r := run(t, db, "", "export", "1", "-o", out)
		if r.code != 2 || !strings.Contains(r.stderr, ".docx") || !strings.Contains(r.stderr, "pdf (.pdf)") {
			t.Errorf("exit %d, stderr %q; want 2 and the list of formats", r.code, r.stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Error("x.docx was written")
		}
	})
}
