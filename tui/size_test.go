package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Every screen of D's renders at any size without panicking, and never
// draws wider or taller than the terminal.
func TestRenderAtAnySize(t *testing.T) {
	sizes := [][2]int{{0, 0}, {1, 1}, {20, 5}, {80, 24}, {200, 60}, {3, 40}, {120, 2}}
	screens := map[string][]tea.Msg{
		"deadlines":        nil,
		"cases":            {press("tab")},
		"full help":        {press("?")},
		"search":           {press("/")},
		"case view":        {openCaseMsg{CaseID: 2}},
		"case notes":       {openCaseMsg{CaseID: 2}, press("n")},
		"case delete":      {openCaseMsg{CaseID: 2}, press("d")},
		"appointment form": {openCaseMsg{CaseID: 4}, press("s"), press("s")},
	}
	for name, msgs := range screens {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s at %dx%d", name, sz[0], sz[1]), func(t *testing.T) {
				a := startApp(t, household(t), 80, 24)
				for _, m := range msgs {
					a, _ = send(t, a, m)
				}
				a, _ = send(t, a, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				out := a.View().Content
				if sz[0] == 0 || sz[1] == 0 {
					if out != "" {
						t.Errorf("drew %q on a 0-size terminal", out)
					}
					return
				}
				lines := strings.Split(out, "\n")
				if len(lines) > sz[1] {
					t.Errorf("%d lines on a %d-line terminal", len(lines), sz[1])
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > sz[0] {
						t.Errorf("line %d is %d wide on a %d-wide terminal: %q", i, w, sz[0], ansi.Strip(l))
					}
				}
			})
		}
	}
}

// At 200x60 the dashboard uses the room: full names and titles.
func TestWideLayoutShowsFullNames(t *testing.T) {
	a := startApp(t, household(t), 200, 60)
	mustContain(t, screenText(a), "Bruno Müller-Łukasiewicz 🇩🇪", "Renewal window closes: the card expires")
}
