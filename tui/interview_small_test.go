package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// smallInterview starts `tramite new <proc>` on a w×h terminal, names the
// person and presses keys to reach the question under test.
func smallInterview(t *testing.T, proc string, w, h int, ks ...string) *App {
	t.Helper()
	a := NewApp(newMemStore(), Options{Context: testCtx(), NewProcedure: proc, ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	a, _ = settle(t, a, a.Init())
	a = typeText(t, a, "Ana")
	a = keys(t, a, "enter")
	a = keys(t, a, ks...)
	if a.screen != screenInterview {
		t.Fatalf("not in the interview at %dx%d:\n%s", w, h, screenText(a))
	}
	return a
}

// fitsIn fails when the frame is taller or wider than the terminal.
func fitsIn(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("%d lines on a %d-line terminal:\n%s", len(lines), h, screen)
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("line %d is %d wide on a %d-wide terminal: %q", i, ansi.StringWidth(l), w, l)
		}
	}
}

// On a short terminal the question still shows what to type into: the
// input line or the highlighted choice, under at least part of the title.
// The help stays when title, help and input fit, and goes when they do not.
func TestInterviewFitsASmallTerminal(t *testing.T) {
	tests := []struct {
		name     string
		proc     string
		keys     []string // from the first question to the one under test
		title    string   // the start of the question's title
		input    string   // the input line or the highlighted choice
		help     string   // a piece of the question's help
		helpFrom int      // the help shows from this height up
	}{
		{
			name: "renewal's card expiry date (R-RENEW-WINDOW)", proc: "renewal", keys: []string{"enter"},
			title: "What expiry date", input: "> e.g. 15/03/2026", help: "VIGENCIA or VENCE", helpFrom: 10,
		},
		{
			name: "status change's route, a choice with a long help (R-STATUS-FAMILY)", proc: "status-change",
			title: "On what grounds", input: "> Four years as a temporary resident", help: "Four years: temporary", helpFrom: 24,
		},
	}
	for _, tc := range tests {
		for _, sz := range [][2]int{{40, 12}, {40, 10}, {80, 24}} {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s at %dx%d", tc.name, w, h), func(t *testing.T) {
				a := smallInterview(t, tc.proc, w, h, tc.keys...)
				screen := screenText(a)
				fitsIn(t, screen, w, h)
				mustContain(t, screen, tc.title, tc.input)
				if got := strings.Contains(screen, tc.help); got != (h >= tc.helpFrom) {
					t.Errorf("help shown = %v at height %d, want %v:\n%s", got, h, h >= tc.helpFrom, screen)
				}
			})
		}
	}
}

// A refused answer's error takes room too: at 40x10 the error and the
// typed date both show (R-RENEW-WINDOW's card expiry).
func TestInterviewErrorFitsASmallTerminal(t *testing.T) {
	a := smallInterview(t, "renewal", 40, 10, "enter")
	a = typeText(t, a, "31/02/2027")
	a = keys(t, a, "enter")
	screen := screenText(a)
	fitsIn(t, screen, 40, 10)
	mustContain(t, screen, "What expiry", "> 31/02/2027", "does not exist")
	if a.interview.wiz.Current() != "card_expiry" {
		t.Fatalf("a refused date moved on to %q", a.interview.wiz.Current())
	}
	// A corrected date clears the error and is taken.
	a = keys(t, a, "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
	a = typeText(t, a, "27/02/2027")
	a = keys(t, a, "enter")
	if got := a.interview.wiz.Answers()["card_expiry"]; got != "2027-02-27" {
		t.Fatalf("card_expiry = %q after the correction, want 2027-02-27:\n%s", got, screenText(a))
	}
}
