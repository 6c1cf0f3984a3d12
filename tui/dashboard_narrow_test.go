package tui

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Typing a search narrows the rows visible before instead of filtering
// every row again: the rows kept are the same as filtering them all, for
// letters added, removed (backspace widens: all rows again), the view
// switched and the done rows shown, with the search text prepared in its
// Cmd or folded on the first letter.
func TestSearchNarrowingKeepsWhatFilteringAllKeeps(t *testing.T) {
	sums := bigSummaries(t, 3000)
	for _, prepared := range []bool{false, true} {
		a := NewApp(newMemStore(), Options{Context: testCtx()})
		m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m, cmd := m.Update(startMsg{sums: sums, data: buildDashData(sums, today, nil)})
		a = m.(*App)
		if prepared {
			if cmd == nil {
				t.Fatal("no Cmd prepares the search text")
			}
			msg := searchTextFrom(cmd)
			if msg == nil {
				t.Fatal("the start's Cmd gave no searchTextMsg")
			}
			m, _ = a.Update(msg)
			a = m.(*App)
			if a.dash.col == nil || a.dash.col.low == nil {
				t.Fatal("the prepared search column was not installed")
			}
		}
		check := func(step string) {
			t.Helper()
			d := &a.dash
			var want []int
			if d.view == viewCases {
				want = filterCases(d.cases, d.filter)
			} else {
				want = filterDeadlines(d.deadlines, d.filter)
			}
			if !slices.Equal(d.visible, want) {
				t.Fatalf("prepared %v, after %s (query %q): %d rows visible; filtering all keeps %d", prepared, step, d.filter.query, len(d.visible), len(want))
			}
		}
		for _, k := range []string{"/", "p", "e", "r", "s", "o", "n", "a", " ", "1", "2", "backspace", "backspace", "z", "backspace",
			"backspace", "backspace", "enter", "a", "tab", "/", "9", "esc", "tab", "/", "n", "u", "m", "esc", "/", "w", "i", "n", "d", "o", "w"} {
			m, _ = a.Update(press(k))
			a = m.(*App)
			check(k)
		}
	}
}

// searchTextFrom runs cmd (and the commands of a batch) and returns the
// searchTextMsg it gives, or nil.
func searchTextFrom(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case searchTextMsg:
		return msg
	case tea.BatchMsg:
		for _, c := range msg {
			if m := searchTextFrom(c); m != nil {
				return m
			}
		}
	}
	return nil
}
