package tui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
)

// englishKey is a key named in English where the Spanish keyboard (and
// the Spanish texts) name it otherwise (i18n KeyName).
var englishKey = regexp.MustCompile(`(^|[\s/+])(space|home|end|pgup|pgdn|pgdown|backspace|delete)($|[\s/+])`)

// startAppIn is startApp in ctx's language.
func startAppIn(t *testing.T, st Store, w, h int, ctx procedures.Context) *App {
	t.Helper()
	a := NewApp(st, Options{Context: ctx, ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	if a.screen == screenLoading {
		a, _ = send(t, a, startCmd(st, ctx.Today, ctx.Lang)())
		return a
	}
	a, _ = settle(t, a, a.Init())
	return a
}

// In Spanish every help bar and every help overlay names the keys as a
// Spanish keyboard does ("espacio/x marcar", "g/inicio"), on every screen
// TestHelpOnEveryScreen opens, at both golden sizes.
func TestSpanishHelpNamesKeysInSpanish(t *testing.T) {
	for _, sz := range goldenSizes {
		for _, c := range helpScreens() {
			t.Run(sz.name+" "+c.name, func(t *testing.T) {
				a := startAppIn(t, c.store(t), sz.w, sz.h, esCtx())
				for _, m := range c.msgs {
					a = sendLoaded(t, a, m)
				}
				bar := ansi.Strip(a.helpView())
				if m := englishKey.FindString(bar); m != "" {
					t.Errorf("the help bar names %q in English: %q", strings.TrimSpace(m), bar)
				}
				a = keys(t, a, "?")
				if !a.overlay.open {
					t.Fatalf("? did not open the help:\n%s", screenText(a))
				}
				for _, l := range append(a.helpLines(), screenText(a)) {
					if m := englishKey.FindString(ansi.Strip(l)); m != "" {
						t.Errorf("the help names %q in English: %q", strings.TrimSpace(m), ansi.Strip(l))
					}
				}
			})
		}
	}
	// And the words are there: the case view's tick and the scroll keys.
	a := startAppIn(t, goldenHousehold(t), 80, 24, esCtx())
	a = sendLoaded(t, a, openCaseMsg{CaseID: 3})
	mustContain(t, ansi.Strip(a.helpView()), "espacio/x marcar")
	a = keys(t, a, "?")
	mustContain(t, ansi.Strip(strings.Join(a.helpLines(), "\n")), "inicio al principio", "G/fin  al final", "repág", "avpág")
}
