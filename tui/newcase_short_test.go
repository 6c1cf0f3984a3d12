package tui

import (
	"strings"
	"testing"

	"tramite/procedures"
)

// On a short terminal the chooser keeps the whole line on what the
// highlighted procedure is for: the hint over the list gives way first.
func TestChooserSaysWhatTheProcedureIsForOnAShortTerminal(t *testing.T) {
	for _, ctx := range []procedures.Context{testCtx(), esCtx()} {
		for _, sz := range goldenSizes {
			a := startAppIn(t, goldenHousehold(t), sz.w, sz.h, ctx)
			a = keys(t, a, "n")
			if a.screen != screenNewCase {
				t.Fatalf("n: screen %v", a.screen)
			}
			p, _ := procedures.Lookup("canje")
			about := strings.Join(strings.Fields(ctx.Lang.Text(p.Summary)), " ")
			screen := strings.Join(strings.Fields(screenText(a)), " ")
			if !strings.Contains(screen, about) {
				t.Errorf("%s %s: the screen lacks %q:\n%s", ctx.Lang.Lang(), sz.name, about, screenText(a))
			}
			if sz.h >= 24 && !strings.Contains(screen, strings.Join(strings.Fields(a.newCase.hint), " ")) {
				t.Errorf("%s %s: the hint is gone with room for it:\n%s", ctx.Lang.Lang(), sz.name, screenText(a))
			}
		}
	}
}
