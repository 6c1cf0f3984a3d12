package tui

import (
	"strings"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

// A dialog taller than the screen keeps the focused field and its error
// in view: at 60x16 the appointment form's refusal of "99:99" used to be
// cut off under the screen's foot, so enter seemed to do nothing.
func TestFormErrorVisibleOnASmallScreen(t *testing.T) {
	for _, tt := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.English, `"99:99" is not a time`},
		{i18n.Spanish, `"99:99" no es una hora`},
	} {
		for _, size := range [][2]int{{60, 16}, {80, 24}, {60, 12}} {
			st := newMemStore()
			id := addCase(t, st, storePerson(t, st, "Ana López"), "renewal", renewalAnswers("2026-12-18"))
			if err := st.SetProgress(id, procedures.Progress{Stage: procedures.StageReady}); err != nil {
				t.Fatal(err)
			}
			a := keys(t, openCaseIn(t, st, id, size[0], size[1], tt.lang), "s")
			if a.caseView.mode != modeForm {
				t.Fatalf("%s %v: s did not open the appointment form:\n%s", tt.lang, size, screenText(a))
			}
			a = fill(t, a, "2026-12-14", "99:99")
			screen := screenText(a)
			flat := strings.Join(strings.Fields(screen), " ")
			if !strings.Contains(flat, tt.want) || !strings.Contains(flat, "99:99") {
				t.Errorf("%s %v: the refusal is not on the screen:\n%s", tt.lang, size, screen)
			}
			if n := strings.Count(screen, "\n") + 1; n > size[1] {
				t.Errorf("%s %v: %d lines on a %d-line screen", tt.lang, size, n, size[1])
			}
			if c, _ := st.Case(id); c.Progress.Stage != procedures.StageReady {
				t.Errorf("%s %v: something was saved: %+v", tt.lang, size, c.Progress)
			}
		}
	}
}
