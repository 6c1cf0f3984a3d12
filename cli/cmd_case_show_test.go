package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCaseShowInBothLanguages: `tramite case show` words its header and
// labels in the language asked for, while what a script passes back stays
// as stored (the procedure, the stage, the answer keys and values, the
// ticked documents); every line fits 80 columns; the JSON form is the
// same bytes in both languages.
func TestCaseShowInBothLanguages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	// A card expiring within the window: the case has a checklist.
	mustRun(t, db, anaRenewal("yes")...)
	mustRun(t, db, "case", "tick", "1", "D-PASS")
	mustRun(t, db, "case", "note", "1", "Llamar el lunes.\nTraer copias.")

	en := mustRun(t, db, "case", "show", "1").stdout
	es := mustRun(t, db, "--lang", "es", "case", "show", "1").stdout
	for lang, tc := range map[string]struct {
		out        string
		want, gone []string
	}{
		"English": {en, []string{
			"Case 1: renewal for Ana López\n",
			"\n  stage            draft\n",
			"\n  ticked           D-PASS\n",
			"\n  notes            Llamar el lunes.\n                   Traer copias.\n",
			"\n  history          ",
		}, []string{"Caso", "etapa", "marcados", "notas", "historial"}},
		"Spanish": {es, []string{
			"Caso 1: renewal para Ana López\n",
			"\n  etapa            draft\n",
			"\n  marcados         D-PASS\n",
			"\n  notas            Llamar el lunes.\n                   Traer copias.\n",
			"\n  historial        ",
		}, []string{"Case 1", " for ", "stage", "ticked", "notes", "history"}},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.out, w) {
				t.Errorf("%s case show lacks %q:\n%s", lang, w, tc.out)
			}
		}
		for _, w := range tc.gone {
			if strings.Contains(tc.out, w) {
				t.Errorf("%s case show has %q:\n%s", lang, w, tc.out)
			}
		}
		for _, l := range strings.Split(tc.out, "\n") {
			if w := utf8.RuneCountInString(l); w > 80 { // no wide letters here
				t.Errorf("%s case show: a line of %d columns: %q", lang, w, l)
			}
		}
	}
	// The answers' lines are the same in both languages: key and value as
	// `tramite case set` takes them.
	answers := func(out string) []string {
		var lines []string
		for _, k := range []string{"card_type", "card_expiry", "in_mexico", "grounds"} {
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, "  "+k+" ") {
					lines = append(lines, l)
				}
			}
		}
		return lines
	}
	if a, b := answers(en), answers(es); len(a) != 4 || strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("the answers' lines differ or are missing:\nEnglish %q\nSpanish %q", a, b)
	}
	if !strings.Contains(en, "\n  card_type        temporary\n") {
		t.Errorf("English case show lacks the card_type answer as stored:\n%s", en)
	}

	jsonEn := mustRun(t, db, "case", "show", "1", "--json").stdout
	jsonEs := mustRun(t, db, "--lang", "es", "case", "show", "1", "--json").stdout
	if jsonEn != jsonEs || !strings.Contains(jsonEn, `"procedure": "renewal"`) {
		t.Errorf("case show --json differs by language:\nEnglish %s\nSpanish %s", jsonEn, jsonEs)
	}
	help := mustRun(t, db, "--lang", "es", "case", "show", "--help").stdout
	if !strings.Contains(help, "Imprimir JSON") {
		t.Errorf("case show --help in Spanish leaves --json in English:\n%s", help)
	}
}

// TestCaseEditsSayWhatTheyDidInSpanish: each `tramite case` edit says what
// it did in the language asked for, in English as before.
func TestCaseEditsSayWhatTheyDidInSpanish(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, anaRenewal("yes")...)
	mustRun(t, db, "person", "set", "Bruno Díaz", "--create", "nationality=argentina")
	for _, step := range []struct {
		args   []string
		en, es string
	}{
		{[]string{"case", "set", "1", "years_requested=1"}, "Saved 1 answer on case 1.\n", "1 respuesta guardada en el caso 1.\n"},
		{[]string{"case", "set", "1", "years_requested=1", "grounds=job"}, "Saved 2 answers on case 1.\n", "2 respuestas guardadas en el caso 1.\n"},
		{[]string{"case", "tick", "1", "D-PASS"}, "Ticked D-PASS (", ") marcado en el caso 1.\n"},
		{[]string{"case", "tick", "1", "D-PASS", "--off"}, "Unticked D-PASS (", ") desmarcado en el caso 1.\n"},
		{[]string{"case", "note", "1", "llamar"}, "Added the note to case 1.\n", "Nota añadida al caso 1.\n"},
		{[]string{"case", "stage", "1", "ready", "--anyway"}, "Case 1 is now at stage ready.\n", "El caso 1 está ahora en la etapa ready.\n"},
	} {
		for _, lang := range []string{"en", "es"} {
			want := step.en
			if lang == "es" {
				want = step.es
			}
			r := mustRun(t, db, append([]string{"--lang", lang}, step.args...)...)
			if !strings.Contains(r.stderr, want) {
				t.Errorf("tramite --lang %s %s: %q; want %q", lang, strings.Join(step.args, " "), r.stderr, want)
			}
		}
	}
	if r := mustRun(t, db, "case", "move", "1", "Bruno Díaz"); !strings.Contains(r.stderr, "Case 1 is now Bruno Díaz's.\n") {
		t.Errorf("case move: %q", r.stderr)
	}
	if r := mustRun(t, db, "--lang", "es", "case", "move", "1", "Ana López"); !strings.Contains(r.stderr, "El caso 1 es ahora de Ana López.\n") {
		t.Errorf("case move in Spanish: %q", r.stderr)
	}
	r := mustRun(t, db, "--lang", "es", "case", "delete", "1", "--yes")
	if !strings.Contains(r.stderr, "Caso 1 borrado (renewal para Ana López).\n") {
		t.Errorf("case delete in Spanish: %q", r.stderr)
	}
}

// TestCaseRefusalsInBothLanguages: a value the rules refuse is refused in
// the language asked for, with "nothing was changed", and changes nothing.
func TestCaseRefusalsInBothLanguages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, anaRenewal("yes")...)
	mustRun(t, db, "case", "stage", "1", "ready")
	before := showCase(t, db, "1")
	tests := map[string]struct {
		args   []string
		en, es string
	}{
		"a filing after today": {[]string{"case", "stage", "1", "filed", "--date", "2030-01-01", "--nut", "X-1", "--anyway"},
			"filed date: 2030-01-01 is after today", "fecha de presentación: 2030-01-01 es posterior a hoy"},
		"an answer that is not a date": {[]string{"case", "set", "1", "card_expiry=mañana"},
			`"mañana" is not a date`, `"mañana" no es una fecha`},
		"a document not on the checklist": {[]string{"case", "tick", "1", "D-NOPE"},
			"D-NOPE is not on case 1's checklist", "D-NOPE no está en la lista de documentos del caso 1"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			en := run(t, db, "", tc.args...)
			es := run(t, db, "", append([]string{"--lang", "es"}, tc.args...)...)
			if en.code != 1 || !strings.Contains(en.stderr, tc.en) || !strings.Contains(en.stderr, "nothing was changed") {
				t.Errorf("English: exit %d, %q; want 1 and %q, nothing was changed", en.code, en.stderr, tc.en)
			}
			if es.code != 1 || !strings.Contains(es.stderr, tc.es) || !strings.Contains(es.stderr, "no se cambió nada") {
				t.Errorf("Spanish: exit %d, %q; want 1 and %q, no se cambió nada", es.code, es.stderr, tc.es)
			}
			if after := showCase(t, db, "1"); after.Progress.Stage != before.Progress.Stage || after.Answers["card_expiry"] != before.Answers["card_expiry"] {
				t.Errorf("the refusal changed the case: stage %q, card_expiry %q", after.Progress.Stage, after.Answers["card_expiry"])
			}
		})
	}
}

// anaRenewal is `tramite new` of Ana López's renewal of a temporary card
// expiring 2026-12-10, granted on a job; hold is grounds_hold ("no": the
// rules say the renewal does not apply).
func anaRenewal(hold string) []string {
	return []string{"new", "renewal", "--person", "Ana López", "--answer", "card_type=temporary", "--answer", "card_expiry=2026-12-10",
		"--answer", "in_mexico=yes", "--answer", "holder_minor=no", "--answer", "status_since=2024-01-15",
		"--answer", "years_requested=1", "--answer", "grounds=job", "--answer", "grounds_hold=" + hold}
}
