package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestDeleteNamesTheCase: the delete confirmation names the case it
// deletes (its number, person and procedure) in English and Spanish, at
// 80 and 60 columns, wrapped inside its box.
func TestDeleteNamesTheCase(t *testing.T) {
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"Delete case 3, Chloé Dupont: Renewal of a resident card?", "Press y to delete"}},
		{"es", []string{"¿Borrar el caso 3, Chloé Dupont: Renovación de documento migratorio?", "Pulse y para borrar"}},
	} {
		for _, w := range []int{80, 60} {
			ctx := testCtx()
			if c.lang == "es" {
				ctx = esCtx()
			}
			a := NewApp(goldenHousehold(t), Options{Context: ctx, ExportDir: t.TempDir()})
			a, _ = send(t, a, tea.WindowSizeMsg{Width: w, Height: 24})
			a, _ = send(t, a, startCmd(a.st, ctx.Today, ctx.Lang)())
			a = sendLoaded(t, a, openCaseMsg{CaseID: 3})
			a = keys(t, a, "d")
			// The box's borders and line breaks aside, the words.
			var words []string
			for _, l := range strings.Split(screenText(a), "\n") {
				words = append(words, strings.Fields(strings.Trim(l, " │╭╮╰╯─"))...)
			}
			text := strings.Join(words, " ")
			for _, want := range c.want {
				if !strings.Contains(text, want) {
					t.Errorf("%s at %d: the dialog lacks %q:\n%s", c.lang, w, want, screenText(a))
				}
			}
		}
	}
}
