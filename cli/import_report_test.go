package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportReportInBothLanguages: the import's report is in the user's
// language, each record with what became of it (Spanish words agreeing
// with persona and caso); a file of more than importListMax records (a
// whole office's backup) lists only what was updated and the conflicts,
// then the counts, not a line for each of its records.
func TestImportReportInBothLanguages(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src.db")
	if _, _, err := runLang(t, nil, "--db", src, "demo", "--cases", "150"); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "all.json")
	if _, _, err := runLang(t, nil, "--db", src, "export", "--household", "--format", "json", "-o", file); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(t.TempDir(), "one.json")
	if _, _, err := runLang(t, nil, "--db", src, "export", "1", "--format", "json", "-o", small); err != nil {
		t.Fatal(err)
	}

	db := filepath.Join(t.TempDir(), "t.db")
	out, _, err := runLang(t, nil, "--db", db, "import", file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "  person ") || strings.Contains(out, "  case ") ||
		!strings.Contains(out, "not listed one by one: the file has more than 200") ||
		!strings.HasSuffix(out, ": 0 unchanged, 0 updated, 225 new.\n") {
		t.Errorf("a 225-record import into a new file said:\n%s", out)
	}

	if _, _, err := runLang(t, nil, "--db", db, "case", "note", "1", "edited here"); err != nil {
		t.Fatal(err)
	}
	out, _, err = runLang(t, nil, "--lang", "es", "--db", db, "import", file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "  caso 1 ") || !strings.Contains(lines[0], "(conflicto: aquí es distinto") ||
		!strings.Contains(lines[1], "no se listan uno por uno") ||
		!strings.HasSuffix(lines[2], ": sin cambios, 224; actualizados, 0; nuevos, 0; conflictos que se dejan como están aquí, 1.") {
		t.Errorf("the import again, one case edited here since, said in Spanish:\n%s", out)
	}

	out, errOut, err := runLang(t, nil, "--lang", "es", "--db", filepath.Join(t.TempDir(), "new.db"), "import", small, "--dry-run")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "Simulación de ") || !strings.Contains(out, "  persona -     ") || !strings.Contains(out, "(nueva)") ||
		!strings.Contains(out, "  caso -       ") || !strings.Contains(out, "(nuevo)") ||
		!strings.Contains(out, "Se importaría ") || strings.Contains(out, "person ") || errOut != "" {
		t.Errorf("a dry run of one case in Spanish said:\n%s\nstderr: %s", out, errOut)
	}
}

// TestImportRefusalInSpanish: a file with problems is refused in the
// user's language, through the command (es: "el archivo no es válido",
// each place and problem in Spanish; en: as before).
func TestImportRefusalInSpanish(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(file, []byte("person,procedure\n,canje\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	for lang, want := range map[string]string{
		"es": "bad.csv: el archivo no es válido (1 problema), no se importó nada:\n  - línea 2, columna A (person): el nombre está vacío: escriba el nombre completo de la persona",
		"en": "bad.csv: the file is not valid (1 problem), nothing was imported:\n  - line 2, column A (person): the name is empty: type the person's full name",
	} {
		_, _, err := runLang(t, nil, "--db", db, "--lang", lang, "import", file)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", lang, err, want)
		}
	}
}
