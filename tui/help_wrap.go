package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// wrappedFullHelp renders full help with its columns wrapped into as many
// rows as the width needs: bubbles' FullHelpView cuts the columns that do
// not fit, which would hide keys (help must never lie by omission).
func wrappedFullHelp(h help.Model, groups [][]key.Binding, width int) string {
	h.SetWidth(0) // measure whole columns; the rows below keep to width
	var rows []string
	var row [][]key.Binding
	for _, g := range groups {
		if len(enabled(g)) == 0 {
			continue
		}
		try := append(append([][]key.Binding{}, row...), g)
		if len(row) > 0 && width > 0 && lipgloss.Width(h.FullHelpView(try)) > width {
			rows = append(rows, h.FullHelpView(row))
			row = [][]key.Binding{g}
			continue
		}
		row = try
	}
	if len(row) > 0 {
		rows = append(rows, h.FullHelpView(row))
	}
	return strings.Join(rows, "\n\n")
}

func enabled(ks []key.Binding) []key.Binding {
	var out []key.Binding
	for _, k := range ks {
		if k.Enabled() {
			out = append(out, k)
		}
	}
	return out
}
