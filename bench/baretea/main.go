// Command baretea is the floor of the TUI's first-frame benchmark: a
// Bubble Tea v2 program, built with the same module versions as tramite,
// that draws one static line in the alternate screen and quits on q. It
// opens no file and reads nothing.
//
//	go build -o /tmp/baretea ./bench/baretea
//	python3 bench/firstframe.py --marker '[Deadlines]' --vs /tmp/baretea -- ./tramite --db FILE
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView("tramite  [Deadlines]  days LATE  (bare Bubble Tea program)")
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
