package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tramite/procedures"
)

// TestGoldenInterviewResumed is the first screen of an interview resumed
// at start-up, at 80x24 and 60x16 in English and Spanish: the title with
// the person's whole name, the line saying it resumes (and esc), the step
// counter ("about" while the route can change) and the question's Sources
// line under it.
func TestGoldenInterviewResumed(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ctx    procedures.Context
		w, h   int
		step   string
		resume string
	}{
		{"en_80x24", testCtx(), 80, 24, "Step 2 of about", "Mary Ann Smith"},
		{"en_60x16", testCtx(), 60, 16, "Step 2 of about", "Mary Ann Smith"},
		{"es_80x24", esCtx(), 80, 24, "Paso 2 de unos", "Mary Ann Smith"},
		{"es_60x16", esCtx(), 60, 16, "Paso 2 de unos", "Mary Ann Smith"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := newMemStore()
			id := storePerson(t, st, "Mary Ann Smith")
			addCase(t, st, id, "renewal", procedures.Answers{"card_type": "temporary"})
			goldenAppIn(t, tc.ctx, tc.w, tc.h, st, tc.step, tc.resume)
		})
	}
}

// TestGoldenInterviewSources is a question whose help cites a rule, at
// 80x24 and 60x16 in English and Spanish: the help reads without the id,
// gathered on the Sources line under the choices.
func TestGoldenInterviewSources(t *testing.T) {
	for _, tc := range []struct {
		name string
		ctx  procedures.Context
		w, h int
		want string
	}{
		{"en_80x24", testCtx(), 80, 24, "Sources: R-RENEW-WHO"},
		{"en_60x16", testCtx(), 60, 16, "Sources: R-RENEW-WHO"},
		{"es_80x24", esCtx(), 80, 24, "Fuentes: R-RENEW-WHO"},
		{"es_60x16", esCtx(), 60, 16, "Fuentes: R-RENEW-WHO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := newMemStore()
			id := storePerson(t, st, "Mary Ann Smith")
			addCase(t, st, id, "renewal", procedures.Answers{})
			// The Sources line is in the first frame; the person's name
			// (read in a Cmd) comes after it: wait for the name.
			goldenAppIn(t, tc.ctx, tc.w, tc.h, st, "", "Mary Ann Smith")
			if b, err := os.ReadFile(filepath.Join("testdata", t.Name()+".golden")); err != nil || !strings.Contains(string(b), tc.want) {
				t.Errorf("the golden lacks %q (%v)", tc.want, err)
			}
		})
	}
}
