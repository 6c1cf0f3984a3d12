package tui

import (
	"image/color"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/wizard"
)

// interviewTheme gives the wizard's forms the app's palette.
type interviewTheme struct{}

// Theme implements huh.Theme.
func (interviewTheme) Theme(isDark bool) *huh.Styles { return HuhTheme(isDark) }

// wizardStyles maps the app's styles onto the wizard's.
func wizardStyles(s Styles) wizard.Styles {
	return wizard.Styles{
		Progress: s.Muted,
		Title:    s.Title,
		Muted:    s.Muted,
		Error:    s.Error,
		Cursor:   s.Dashboard.Cursor,
		Label:    s.Case.Value,
		Value:    s.Case.Value.Bold(true),
		Missing:  s.Warning,
	}
}

// wizardKeys are the wizard's bindings with the app's esc; ctrl+c belongs
// to the root (it quits the app, every confirmed answer being saved).
func wizardKeys(k KeyMap) *wizard.KeyMap {
	w := wizard.KeyMapIn(k.l)
	w.Quit = key.NewBinding(key.WithKeys(k.Back.Keys()...), key.WithHelp(k.Back.Help().Key, k.l.T("save & leave")))
	w.Up = k.Up
	w.Down = k.Down
	return &w
}

// bgColor is a background message for a dark or light terminal, replayed to
// a new form so it starts with the right theme.
func bgColor(isDark bool) tea.BackgroundColorMsg {
	if isDark {
		return tea.BackgroundColorMsg{Color: color.Black}
	}
	return tea.BackgroundColorMsg{Color: color.White}
}
