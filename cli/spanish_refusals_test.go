package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNameAndVerdictRefusalsInBothLanguages: the refusals that name a
// person (a name that matches someone but for accents, several near
// names), a case the rules say does not apply, and the missing answers of
// `tramite new` read in the language asked for; English as before. Each
// changes nothing.
func TestNameAndVerdictRefusalsInBothLanguages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	// grounds_hold=no: the rules say the renewal does not apply (R-RENEW-GROUNDS).
	mustRun(t, db, anaRenewal("no")...)
	mustRun(t, db, "case", "stage", "1", "ready")
	mustRun(t, db, "person", "set", "Ana Jiménez", "--create", "nationality=argentina")
	mustRun(t, db, "person", "set", "Aoife López", "--create", "nationality=irlandesa")
	tests := map[string]struct {
		args   []string
		en, es []string
	}{
		"a name but for accents": {[]string{"person", "set", "ana lopez", "phone=5512345678"},
			[]string{`did you mean "Ana López"?`, "nothing was saved"},
			[]string{`¿quiso decir "Ana López"?`, "Escriba el nombre exactamente como está guardado", "no se guardó nada"}},
		"several near names": {[]string{"new", "canje", "--person", "López"},
			[]string{`did you mean "Ana López" or "Aoife López"?`, "visa_type: an answer is needed (Which residency visa"},
			[]string{`¿quiso decir "Ana López" o "Aoife López"?`, "para añadir a \"López\" como alguien nuevo", "visa_type: hace falta una respuesta (¿Qué visa", "no se guardó nada"}},
		"a case the rules say does not apply": {[]string{"case", "stage", "1", "filed", "--date", "2026-11-20", "--nut", "X-1"},
			[]string{"the rules say this procedure does not apply to the case", "add --anyway", "nothing was changed"},
			[]string{"caso 1: las reglas dicen que este trámite no aplica al caso", "agregue --anyway", "no se cambió nada"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			for lang, want := range map[string][]string{"en": tc.en, "es": tc.es} {
				r := run(t, db, "", append([]string{"--lang", lang}, tc.args...)...)
				for _, w := range want {
					if r.code == 0 || !strings.Contains(r.stderr, w) {
						t.Errorf("--lang %s: exit %d, %q; want an error with %q", lang, r.code, r.stderr, w)
					}
				}
			}
			if c := showCase(t, db, "1"); c.Progress.Stage != "ready" {
				t.Errorf("the refusal moved case 1 to %q", c.Progress.Stage)
			}
			if r := mustRun(t, db, "person", "list"); strings.Count(r.stdout, "\n") != 4 {
				t.Errorf("the refusal changed the people:\n%s", r.stdout)
			}
		})
	}
	if r := run(t, db, "", append([]string{"--lang", "en"}, anaRenewal("no")...)...); !strings.Contains(r.stderr, "(verdict: not eligible)") {
		t.Errorf("the verdict of a new case reads %q; want it in words, (verdict: not eligible)", r.stderr)
	}
}
