package tui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// Full help must show every enabled key at any width (help never lies by
// omission): columns that do not fit go to a new row instead of being cut.
func TestWrappedFullHelpShowsEveryKey(t *testing.T) {
	k := DefaultKeyMap()
	groups := [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{k.Tick, k.NextStage, k.PrevStage, k.Notes},
		{k.EditAnswers, k.Delete, k.Export, k.Letter, k.Packet, k.AddFamily},
		{k.Help, k.ForceQuit},
	}
	disabled := k.Delete
	disabled.SetEnabled(false)
	groups[2][1] = disabled
	h := help.New()
	h.ShowAll = true
	for _, width := range []int{200, 80, 40, 20} {
		out := wrappedFullHelp(h, groups, width)
		for _, g := range groups {
			for _, b := range g {
				desc := b.Help().Desc
				if b.Enabled() && !strings.Contains(out, desc) {
					t.Errorf("width %d: %q missing from full help:\n%s", width, desc, out)
				}
				if !b.Enabled() && strings.Contains(out, desc) {
					t.Errorf("width %d: disabled %q shown", width, desc)
				}
			}
		}
		if width >= 40 && lipgloss.Width(out) > width {
			t.Errorf("width %d: full help is %d wide:\n%s", width, lipgloss.Width(out), out)
		}
	}
}
