package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2ERules: tramite rules lists the rulebook, shows a rule's text,
// confidence, sources and check date in the user's language, and an
// unknown id suggests the nearest.
func TestE2ERules(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	list := mustRun(t, db, "rules").stdout
	for _, want := range []string{"R-RENEW-WINDOW", "D-PASS", "L-LM", "R-CANJE-30"} {
		if !strings.Contains(list, "\n"+want+" ") {
			t.Errorf("rules lacks %s:\n%s", want, list)
		}
	}
	en := mustRun(t, db, "rules", "R-CANJE-30").stdout
	for _, want := range []string{"30 calendar days", "Confidence: law", "Ley de Migración, art. 59", "Checked: 2026-12-02"} {
		if !strings.Contains(en, want) {
			t.Errorf("rules R-CANJE-30 lacks %q:\n%s", want, en)
		}
	}
	es := mustRun(t, db, "--lang", "es", "rules", "r-canje-30").stdout
	for _, want := range []string{"30 días naturales", "Confianza: ley", "Fuentes:", "Ley de Migración, art. 59", "Revisada: 2026-12-02"} {
		if !strings.Contains(es, want) {
			t.Errorf("--lang es rules r-canje-30 lacks %q:\n%s", want, es)
		}
	}
	r := run(t, db, "", "rules", "R-RENEW-WINDO")
	if r.code != exitUsage || !strings.Contains(r.stderr, "no rule R-RENEW-WINDO; did you mean R-RENEW-WINDOW") {
		t.Errorf("unknown rule: exit %d, %q", r.code, r.stderr)
	}
}
