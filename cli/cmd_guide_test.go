package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tramite/export"
)

func TestGuideCommand(t *testing.T) {
	db := seedLetterDB(t, map[string]string{"passport_number": "AB1234567", "office": "Querétaro",
		"address": "Calle Independencia #45, Col. Centro, 76000 Santiago de Querétaro, Qro."})

	t.Run("text to stdout: the form's fields, the Comentarios between markers, the payment", func(t *testing.T) {
		out, _, err := runExportCLI(t, db, "guide", "1")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"GUIDE TO THE ONLINE STEPS: Renewal", "Number: 45 (R-FORM-FIELDS",
			`"#" removed`, "Telephone: to fill in", export.CommentsBegin, export.CommentsEnd,
			"1. Formato para solicitar trámite migratorio de estancia", "(R-PAY-E5CINCO)", "hoja de ayuda",
			"16,693 MXN", "(R-INM-CONTACT)"} {
			if !strings.Contains(out, want) {
				t.Errorf("guide 1 lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("markdown to a file, by --format or by the extension; no replacing without --force", func(t *testing.T) {
		dir := t.TempDir()
		for _, args := range [][]string{{"--format", "markdown", "-o", filepath.Join(dir, "a.txt")}, {"-o", filepath.Join(dir, "b.md")}} {
			_, stderr, err := runExportCLI(t, db, append([]string{"guide", "1"}, args...)...)
			if err != nil {
				t.Fatal(err)
			}
			file := args[len(args)-1]
			b, _ := os.ReadFile(file)
			if !strings.HasPrefix(string(b), "# Guide to the online steps: ") || !strings.Contains(string(b), "```text\n") {
				t.Errorf("%v did not write Markdown: %.60q", args, b)
			}
			if st, _ := os.Stat(file); st.Mode().Perm() != 0o600 {
				t.Errorf("mode %v, want 0600", st.Mode().Perm())
			}
			if !strings.Contains(stderr, "Wrote "+file) {
				t.Errorf("stderr %q", stderr)
			}
		}
		_, _, err := runExportCLI(t, db, "guide", "1", "-o", filepath.Join(dir, "b.md"))
		if err == nil || !strings.Contains(err.Error(), "--force") {
			t.Errorf("an existing file was replaced without --force: %v", err)
		}
	})

	t.Run("errors name what to type", func(t *testing.T) {
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"guide", "9"}, "there is no case 9"},
			{[]string{"guide", "x"}, "is not a case number"},
			{[]string{"guide", "1", "--format", "pdf"}, "use text or markdown"},
		} {
			_, _, err := runExportCLI(t, db, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%v: error %v, want %q", tc.args, err, tc.want)
			}
		}
	})
}
