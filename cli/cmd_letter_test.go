package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/store"
)

// runLetterCLI runs `tramite letter ...` in-process on 2026-11-23 against db.
func runLetterCLI(t *testing.T, db string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	return runExportCLI(t, db, append([]string{"letter"}, args...)...)
}

// seedLetterDB stores a person and a renewal case (R-RENEW-TERMS: two
// years requested); details are the person's Details.
func seedLetterDB(t *testing.T, details map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tramite.db")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := store.Person{Name: "Ana María López Núñez", Nationality: "canadiense", Details: details}
	if err := s.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	c := store.Case{PersonID: p.ID, Procedure: "renewal", Answers: procedures.Answers{
		"card_type": "temporary", "card_expiry": "2026-12-15", "in_mexico": "yes", "holder_minor": "no",
		"first_card_date": "2024-12-15", "years_requested": "2", "grounds": "job", "grounds_hold": "yes"}}
	if err := s.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLetterCommand(t *testing.T) {
	full := map[string]string{"passport_number": "AB1234567", "office": "Querétaro",
		"address": "Calle Independencia 45, Col. Centro, 76000 Santiago de Querétaro, Qro."}

	t.Run("R-LETTER-WHAT the letter is printed, dated the Mexican way", func(t *testing.T) {
		out, _, err := runLetterCLI(t, seedLetterDB(t, full), "1")
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(out), " ") // the letter is wrapped at 78 columns
		for _, want := range []string{"===== Letter 1 of 1", "Querétaro, a 23 de noviembre de 2026",
			"Ana María López Núñez", "pasaporte número AB1234567", "por dos años"} {
			if !strings.Contains(flat, want) {
				t.Errorf("letter 1 lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("missing data: no letter, each key with the command that sets it", func(t *testing.T) {
		out, _, err := runLetterCLI(t, seedLetterDB(t, map[string]string{"office": "Querétaro"}), "1")
		if err == nil {
			t.Fatalf("letter with no passport number succeeded:\n%s", out)
		}
		if exitCode(err) == exitOK || out != "" {
			t.Errorf("exit %d, output %q; want non-zero and nothing printed", exitCode(err), out)
		}
		for _, want := range []string{
			`tramite person set "Ana María López Núñez" passport_number=...`,
			`tramite person set "Ana María López Núñez" address=...`,
		} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error lacks %q:\n%v", want, err)
			}
		}
	})

	t.Run("in Spanish: the letters' headers and the refusal", func(t *testing.T) {
		out, _, err := runLang(t, nil, "--db", seedLetterDB(t, full), "--lang", "es", "letter", "1")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "===== Escrito 1 de 1: D-LETTER =====") || strings.Contains(out, "Letter") {
			t.Errorf("the header is not in Spanish:\n%s", out)
		}
		_, _, err = runLang(t, nil, "--db", seedLetterDB(t, map[string]string{"office": "Querétaro"}), "--lang", "es", "letter", "1")
		if err == nil || !strings.HasSuffix(err.Error(), "No se escribió nada.") || strings.Contains(err.Error(), "Nothing") {
			t.Errorf("the refusal is not in Spanish: %v", err)
		}
	})

	t.Run("a file is 0600 and not replaced without --force", func(t *testing.T) {
		db := seedLetterDB(t, full)
		file := filepath.Join(t.TempDir(), "carta.txt")
		if _, _, err := runLetterCLI(t, db, "1", "-o", file); err != nil {
			t.Fatal(err)
		}
		if st, err := os.Stat(file); err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("stat %s: %v, %v; want mode 0600", file, st, err)
		}
		if err := os.WriteFile(file, []byte("mine"), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, err := runLetterCLI(t, db, "1", "-o", file); err == nil || !strings.Contains(err.Error(), "--force") {
			t.Errorf("overwrite without --force => %v, want an error naming --force", err)
		}
		if b, _ := os.ReadFile(file); string(b) != "mine" {
			t.Errorf("the file was changed without --force: %q", b)
		}
		if _, _, err := runLetterCLI(t, db, "1", "-o", file, "--force"); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(file); !strings.Contains(string(b), "Atentamente") {
			t.Errorf("--force did not write the letter: %q", b)
		}
	})

	t.Run("an unknown case says where the numbers are", func(t *testing.T) {
		_, _, err := runLetterCLI(t, seedLetterDB(t, full), "9")
		if err == nil || !strings.Contains(err.Error(), "tramite cases") {
			t.Errorf("letter 9 => %v, want an error pointing to tramite cases", err)
		}
	})
}
