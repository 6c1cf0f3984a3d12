package wizard

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// Styles are the wizard's own styles (the fields use the huh theme).
type Styles struct {
	Progress lipgloss.Style // "Renewal · step 3 of 7"
	Title    lipgloss.Style // review heading
	Muted    lipgloss.Style
	Error    lipgloss.Style
	Cursor   lipgloss.Style // the selected review row
	Label    lipgloss.Style
	Value    lipgloss.Style
	Missing  lipgloss.Style // an asked question with no answer
}

// DefaultStyles returns plain styles that work on any background; hosts
// pass their own, derived from their palette, through Options.Styles.
func DefaultStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#8B87FF"))
	muted := ld(lipgloss.Color("243"), lipgloss.Color("245"))
	errFg := ld(lipgloss.Color("#C4002F"), lipgloss.Color("#FF5F7E"))
	base := lipgloss.NewStyle()
	return Styles{
		Progress: base.Foreground(muted),
		Title:    base.Bold(true).Foreground(accent),
		Muted:    base.Foreground(muted),
		Error:    base.Foreground(errFg),
		Cursor:   base.Bold(true).Foreground(accent),
		Label:    base,
		Value:    base.Bold(true),
		Missing:  base.Foreground(errFg).Italic(true),
	}
}

// defaultTheme is huh's Charm theme, used when the host gives none.
func defaultTheme() huh.Theme { return huh.ThemeFunc(huh.ThemeCharm) }
