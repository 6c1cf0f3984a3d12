package tui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"tramite/i18n"
	"tramite/procedures"
)

// goldenApp runs the app in teatest at 80x24 with colours pinned off and
// today fixed at 2026-11-23, sends keys, waits for want on screen, quits
// and compares the final frame (without styling) to the golden file.
// Regenerate with: go test ./tui -run Golden -update
func goldenApp(t *testing.T, st Store, first, want string, msgs ...tea.Msg) {
	t.Helper()
	goldenAppIn(t, testCtx(), 80, 24, st, first, want, msgs...)
}

// goldenAppIn is goldenApp in ctx (its language) at w x h.
func goldenAppIn(t *testing.T, ctx procedures.Context, w, h int, st Store, first, want string, msgs ...tea.Msg) {
	t.Helper()
	tm := teatest.NewTestModel(t, NewApp(st, Options{Context: ctx, ExportDir: t.TempDir()}),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	if len(msgs) > 0 {
		// WaitFor consumes the output it reads: wait for the first frame
		// only when more is to come.
		waitText(t, tm, first)
	}
	for _, m := range msgs {
		tm.Send(m)
	}
	waitText(t, tm, want)
	tm.Send(press("ctrl+c"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(slowdown*5*time.Second)).(*App)
	screen := ansi.Strip(final.View().Content)
	golden.RequireEqual(t, []byte(screen))
	if ctx.Lang.Spanish() {
		noEnglish(t, screen)
	}
}

// englishWord is a common English word that no Spanish line of tramite's
// uses: one on a Spanish screen is English left over.
var englishWord = regexp.MustCompile(`\b(the|you|your|and|with|is|are|this|that|which|when|what|from|every|only|not|for|to|of|on|by)\b`)

// noEnglish fails for each line of a Spanish screen that reads as English
// (rule ids and bracketed asides aside).
func noEnglish(t *testing.T, screen string) {
	t.Helper()
	for _, l := range strings.Split(screen, "\n") {
		if englishWord.MatchString(regexp.MustCompile(`\([^)]*\)`).ReplaceAllString(l, "")) {
			t.Errorf("English on a Spanish screen: %q", l)
		}
	}
}

func waitText(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(slowdown*5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// goldenHousehold has an overdue window, one closing today, one soon, a
// later one, and a booked appointment, across three people.
func goldenHousehold(t *testing.T) *memStore {
	st := household(t)
	// Case 4 (Ana, later) has its appointment booked for next week.
	st.SetProgress(4, procedures.Progress{Stage: procedures.StageBooked,
		AppointmentDate: procedures.MustDate("2026-12-01"), AppointmentTime: "10:00", Office: "INM Mérida"})
	return st
}

func TestGoldenDeadlines(t *testing.T) {
	goldenApp(t, goldenHousehold(t), "today 2026-11-23", "days LATE")
}

func TestGoldenCases(t *testing.T) {
	goldenApp(t, goldenHousehold(t), "today 2026-11-23", "[Cases]", press("tab"))
}

func TestGoldenCaseView(t *testing.T) {
	goldenApp(t, goldenHousehold(t), "today 2026-11-23", "Checklist", openCaseMsg{CaseID: 3})
}

func TestGoldenEmpty(t *testing.T) {
	// With no cases the app opens the chooser; esc shows the empty
	// dashboard and its guidance.
	goldenApp(t, newMemStore(), "New case", "No cases yet", closeScreenMsg{})
}

// The same screens in Spanish, at 80x24 and at 60x16.

func esCtx() procedures.Context {
	c := testCtx()
	c.Lang = i18n.For(i18n.Spanish)
	return c
}

var goldenSizes = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"60x16", 60, 16}}

func TestGoldenEsDeadlines(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			goldenAppIn(t, esCtx(), sz.w, sz.h, goldenHousehold(t), "hoy 2026-11-23", "de RETRASO")
		})
	}
}

func TestGoldenEsCases(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			goldenAppIn(t, esCtx(), sz.w, sz.h, goldenHousehold(t), "hoy 2026-11-23", "[Casos]", press("tab"))
		})
	}
}

func TestGoldenEsCaseView(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			goldenAppIn(t, esCtx(), sz.w, sz.h, goldenHousehold(t), "hoy 2026-11-23", "Etapa", openCaseMsg{CaseID: 3})
		})
	}
}

func TestGoldenEsEmpty(t *testing.T) {
	goldenAppIn(t, esCtx(), 80, 24, newMemStore(), "Nuevo caso", "Aún no hay casos", closeScreenMsg{})
}

// TestGoldenEsQuestion is the first question of a renewal's interview in
// Spanish: its prompt, help, choices and the help bar.
func TestGoldenEsQuestion(t *testing.T) {
	tm := teatest.NewTestModel(t, NewApp(goldenHousehold(t), Options{Context: esCtx(), ExportDir: t.TempDir()}),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitText(t, tm, "hoy 2026-11-23")
	tm.Send(openInterviewMsg{CaseID: 3, Review: true})
	waitText(t, tm, "Confirmar estas respuestas")
	tm.Send(press("enter"))
	waitText(t, tm, "Paso 1 de")
	tm.Send(press("ctrl+c"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	screen := ansi.Strip(final.View().Content)
	golden.RequireEqual(t, []byte(screen))
	noEnglish(t, screen)
}

// TestGoldenEsReview is the review of a complete renewal in Spanish.
func TestGoldenEsReview(t *testing.T) {
	goldenAppIn(t, esCtx(), 80, 24, goldenHousehold(t), "hoy 2026-11-23", "Confirmar estas respuestas",
		openInterviewMsg{CaseID: 3, Review: true})
}

// TestSwitchLanguage: L on the dashboard turns it to Spanish at once and
// asks to remember the choice; L again turns it back.
func TestSwitchLanguage(t *testing.T) {
	var saved []i18n.Lang
	opts := Options{Context: testCtx(), ExportDir: t.TempDir(),
		SaveLanguage: func(l i18n.Lang) error { saved = append(saved, l); return nil }}
	tm := teatest.NewTestModel(t, NewApp(goldenHousehold(t), opts),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitText(t, tm, "today 2026-11-23")
	tm.Send(press("L"))
	waitText(t, tm, "Fechas")
	tm.Send(press("L"))
	waitText(t, tm, "Deadlines")
	tm.Send(press("ctrl+c"))
	tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	if len(saved) != 2 || saved[0] != i18n.Spanish || saved[1] != i18n.English {
		t.Errorf("remembered %v, want [es en]", saved)
	}
}

// TestGoldenWelcome is the first run: the welcome line whole above the
// chooser, at both sizes, in both languages.
func TestGoldenWelcome(t *testing.T) {
	for _, lang := range []struct {
		name string
		ctx  procedures.Context
		last string // the chooser's last procedure: the list is drawn
	}{{"en", testCtx(), "Work permit"}, {"es", esCtx(), "Permiso para trabajar"}} {
		for _, sz := range goldenSizes {
			t.Run(lang.name+"-"+sz.name, func(t *testing.T) {
				goldenAppIn(t, lang.ctx, sz.w, sz.h, newMemStore(), "", lang.last)
			})
		}
	}
}
