package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// palette is the app's few colours, each a light/dark pair resolved once
// per background. Names say what a colour is for, never what it looks like.
type palette struct {
	text, muted, faint, accent, accentText, highlight color.Color
	late, soon, month, ok, warn, errFg                color.Color
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return palette{
		text:       ld(c("235"), c("252")),
		muted:      ld(c("243"), c("245")),
		faint:      ld(c("250"), c("239")),
		accent:     ld(c("#5A56E0"), c("#8B87FF")),
		accentText: ld(c("#FFFDF5"), c("#FFFDF5")),
		highlight:  ld(c("254"), c("237")),
		late:       ld(c("#C4002F"), c("#FF5F7E")),
		soon:       ld(c("#B35900"), c("#FFAF5F")),
		month:      ld(c("#7A6A00"), c("#E5D36A")),
		ok:         ld(c("#00875A"), c("#3FD69A")),
		warn:       ld(c("#B35900"), c("#FFAF5F")),
		errFg:      ld(c("#C4002F"), c("#FF5F7E")),
	}
}

// Styles holds every style the views use, nested per screen (soft-serve
// pkg/ui/styles). Views never call lipgloss.NewStyle themselves.
type Styles struct {
	IsDark bool

	// App-wide.
	Title    lipgloss.Style
	Subtitle lipgloss.Style
	Muted    lipgloss.Style
	Error    lipgloss.Style
	Success  lipgloss.Style
	Warning  lipgloss.Style
	Selected lipgloss.Style
	// Help styles the bubbles help bar.
	Help help.Styles

	// Deadline urgency, shared by the dashboard and the case view. Each is
	// paired with a text marker so meaning never rests on colour alone.
	Overdue  lipgloss.Style
	DueToday lipgloss.Style
	DueSoon  lipgloss.Style
	DueMonth lipgloss.Style
	Later    lipgloss.Style
	Done     lipgloss.Style

	Dashboard DashboardStyles
	Case      CaseStyles
}

// DashboardStyles are the dashboard's own styles.
type DashboardStyles struct {
	Header     lipgloss.Style // column headings
	TabActive  lipgloss.Style
	TabPassive lipgloss.Style
	Filter     lipgloss.Style // "person: Ana" chips
	Empty      lipgloss.Style
	Cursor     lipgloss.Style // the row marker of the selected row
}

// CaseStyles are the case view's own styles.
type CaseStyles struct {
	Section   lipgloss.Style // "Deadlines", "Checklist" headings
	Label     lipgloss.Style
	Value     lipgloss.Style
	Stage     lipgloss.Style
	StageNext lipgloss.Style
	Ticked    lipgloss.Style
	Unticked  lipgloss.Style
	Note      lipgloss.Style
	Eligible  lipgloss.Style
	NotYet    lipgloss.Style
	Refused   lipgloss.Style // not eligible
	Unknown   lipgloss.Style // verify with your INM office
	Dialog    lipgloss.Style // confirmation and form boxes
	// LetterHead heads each letter in the letter view.
	LetterHead lipgloss.Style
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(isDark bool) Styles {
	p := newPalette(isDark)
	base := lipgloss.NewStyle()
	s := Styles{IsDark: isDark}

	s.Title = base.Bold(true).Foreground(p.accent)
	s.Subtitle = base.Foreground(p.muted)
	s.Muted = base.Foreground(p.muted)
	s.Error = base.Bold(true).Foreground(p.errFg)
	s.Success = base.Foreground(p.ok)
	s.Warning = base.Foreground(p.warn)
	s.Selected = base.Background(p.highlight).Bold(true)
	s.Help = help.DefaultStyles(isDark)

	s.Overdue = base.Bold(true).Foreground(p.late)
	s.DueToday = base.Bold(true).Foreground(p.late)
	s.DueSoon = base.Bold(true).Foreground(p.soon)
	s.DueMonth = base.Foreground(p.month)
	s.Later = base.Foreground(p.text)
	s.Done = base.Foreground(p.muted).Strikethrough(true)

	s.Dashboard = DashboardStyles{
		Header:     base.Bold(true).Foreground(p.muted),
		TabActive:  base.Bold(true).Foreground(p.accentText).Background(p.accent).Padding(0, 1),
		TabPassive: base.Foreground(p.muted).Padding(0, 1),
		Filter:     base.Foreground(p.accent),
		Empty:      base.Foreground(p.muted).Padding(1, 2),
		Cursor:     base.Bold(true).Foreground(p.accent),
	}
	s.Case = CaseStyles{
		Section:    base.Bold(true).Foreground(p.accent).MarginTop(1),
		Label:      base.Foreground(p.muted),
		Value:      base.Foreground(p.text),
		Stage:      base.Bold(true).Foreground(p.accent),
		StageNext:  base.Foreground(p.muted),
		Ticked:     base.Foreground(p.ok),
		Unticked:   base.Foreground(p.text),
		Note:       base.Foreground(p.muted).Italic(true),
		Eligible:   base.Bold(true).Foreground(p.ok),
		NotYet:     base.Bold(true).Foreground(p.soon),
		Refused:    base.Bold(true).Foreground(p.late),
		Unknown:    base.Bold(true).Foreground(p.warn),
		Dialog:     base.Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 1),
		LetterHead: base.Bold(true).Foreground(p.accent),
	}
	return s
}

// HuhTheme derives the forms' theme from the app palette, starting from
// huh.ThemeBase as huh's own ThemeCharm does, so forms match the app.
func HuhTheme(isDark bool) *huh.Styles {
	p := newPalette(isDark)
	t := huh.ThemeBase(isDark)

	t.Focused.Base = t.Focused.Base.BorderForeground(p.faint)
	t.Focused.Card = t.Focused.Base
	t.Focused.Title = t.Focused.Title.Foreground(p.accent).Bold(true)
	t.Focused.NoteTitle = t.Focused.NoteTitle.Foreground(p.accent).Bold(true).MarginBottom(1)
	t.Focused.Description = t.Focused.Description.Foreground(p.muted)
	t.Focused.ErrorIndicator = t.Focused.ErrorIndicator.Foreground(p.errFg)
	t.Focused.ErrorMessage = t.Focused.ErrorMessage.Foreground(p.errFg)
	t.Focused.SelectSelector = t.Focused.SelectSelector.Foreground(p.accent)
	t.Focused.NextIndicator = t.Focused.NextIndicator.Foreground(p.accent)
	t.Focused.PrevIndicator = t.Focused.PrevIndicator.Foreground(p.accent)
	t.Focused.Option = t.Focused.Option.Foreground(p.text)
	t.Focused.MultiSelectSelector = t.Focused.MultiSelectSelector.Foreground(p.accent)
	t.Focused.SelectedOption = t.Focused.SelectedOption.Foreground(p.ok)
	t.Focused.SelectedPrefix = t.Focused.SelectedPrefix.Foreground(p.ok)
	t.Focused.UnselectedOption = t.Focused.UnselectedOption.Foreground(p.text)
	t.Focused.FocusedButton = t.Focused.FocusedButton.Foreground(p.accentText).Background(p.accent)
	t.Focused.Next = t.Focused.FocusedButton
	t.Focused.BlurredButton = t.Focused.BlurredButton.Foreground(p.text).Background(p.highlight)
	t.Focused.TextInput.Cursor = t.Focused.TextInput.Cursor.Foreground(p.accent)
	t.Focused.TextInput.Placeholder = t.Focused.TextInput.Placeholder.Foreground(p.muted)
	t.Focused.TextInput.Prompt = t.Focused.TextInput.Prompt.Foreground(p.accent)

	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Blurred.NextIndicator = lipgloss.NewStyle()
	t.Blurred.PrevIndicator = lipgloss.NewStyle()

	t.Group.Title = t.Focused.Title
	t.Group.Description = t.Focused.Description
	t.Help = help.DefaultStyles(isDark)
	return t
}
