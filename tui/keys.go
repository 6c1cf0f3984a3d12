package tui

import (
	"charm.land/bubbles/v2/key"

	"tramite/i18n"
)

// KeyMap declares every key binding of the app in one place (soft-serve
// pkg/ui/keymap). Screens match keys with key.Matches against these, never
// against raw strings, and disable those that do nothing in the current
// state so help never lies.
type KeyMap struct {
	// Global.
	Quit      key.Binding // q: quit from the dashboard
	ForceQuit key.Binding // ctrl+c: always quits
	Help      key.Binding // ? (or F1, even while typing): the help overlay
	Back      key.Binding // esc: leave the current screen or dialog

	// Navigation (lists and scrollable views).
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Home     key.Binding
	End      key.Binding

	// Dashboard.
	Open            key.Binding // enter: open the case
	SwitchView      key.Binding // tab: deadlines <-> cases
	Search          key.Binding // /: search box
	FilterPerson    key.Binding // p: pick the person filter (type to narrow)
	FilterProcedure key.Binding // t: cycle the procedure (trámite) filter
	ClearFilters    key.Binding // c: clear filters and search
	ShowDone        key.Binding // a: show done and past items
	NewCase         key.Binding // n: new case
	Language        key.Binding // L: English <-> español, remembered
	SearchKeep      key.Binding // enter in the search box: keep the filter
	SearchClear     key.Binding // esc in the search box: clear it
	PickPerson      key.Binding // enter in the person picker: filter by that person
	PickCancel      key.Binding // esc in the person picker: leave the filter as it was

	// Case view.
	Tick        key.Binding // space/x: tick a checklist item
	NextStage   key.Binding // s: move the case forward
	PrevStage   key.Binding // S: move the case back one stage
	Notes       key.Binding // n: edit notes
	EditAnswers key.Binding // E: edit the interview's answers
	Delete      key.Binding // d: delete the case
	Export      key.Binding // e: export the case
	Letter      key.Binding // l: read the case's letters in Spanish
	Guide       key.Binding // g: the guide to the online steps (issue 19)
	Packet      key.Binding // p: write the printable PDF packet
	AddFamily   key.Binding // f: the same procedure for a family member
	History     key.Binding // h: what happened to the case (issue 19)
	Notice      key.Binding // i: INM notice received (issue 19)

	// Dialogs and editors.
	Confirm key.Binding // y: confirm a deletion
	Replace key.Binding // y: replace an existing file
	Save    key.Binding // ctrl+s: save the notes
	Submit  key.Binding // enter in a form: next field, then save

	// Guide view.
	CopyComments key.Binding // c: copy the Comentarios text to the clipboard
	RecordPieza  key.Binding // r: record the número de pieza

	// l words the help of the bindings set while the app runs ("mark
	// filed", "hide done/past") in the keys' language.
	l *i18n.Printer
}

// otherLanguage names the language L switches to, in that language.
func otherLanguage(l *i18n.Printer) string {
	if l.Spanish() {
		return "English"
	}
	return "español"
}

// DefaultKeyMap returns the app's default bindings, their help in English.
func DefaultKeyMap() KeyMap { return KeyMapIn(nil) }

// KeyMapIn returns the app's default bindings with their help in l's
// language; the keys are the same in every language.
func KeyMapIn(l *i18n.Printer) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, l.Text(desc)))
	}
	return KeyMap{
		l: l,

		Quit:      b([]string{"q"}, "q", "quit"),
		ForceQuit: b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Help:      b([]string{"?", "f1"}, "?", "help"),
		Back:      b([]string{"esc"}, "esc", "back"),

		Up:       b([]string{"up", "k"}, "↑/k", "up"),
		Down:     b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown: b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		Home:     b([]string{"home", "g"}, "g/home", "top"),
		End:      b([]string{"end", "G"}, "G/end", "bottom"),

		Open:            b([]string{"enter"}, "enter", "open case"),
		SwitchView:      b([]string{"tab"}, "tab", "deadlines/cases"),
		Search:          b([]string{"/"}, "/", "search"),
		FilterPerson:    b([]string{"p"}, "p", "pick person"),
		FilterProcedure: b([]string{"t"}, "t", "filter procedure"),
		ClearFilters:    b([]string{"c"}, "c", "clear filters"),
		ShowDone:        b([]string{"a"}, "a", "show done/past"),
		NewCase:         b([]string{"n"}, "n", "new case"),
		// The other language, named in itself.
		Language:    key.NewBinding(key.WithKeys("L"), key.WithHelp("L", otherLanguage(l))),
		SearchKeep:  b([]string{"enter"}, "enter", "keep filter"),
		SearchClear: b([]string{"esc"}, "esc", "clear search"),
		PickPerson:  b([]string{"enter"}, "enter", "pick person"),
		PickCancel:  b([]string{"esc"}, "esc", "cancel"),

		Tick:        b([]string{"space", "x"}, "space/x", "tick"),
		NextStage:   b([]string{"s"}, "s", "next stage"),
		PrevStage:   b([]string{"S"}, "S", "stage back"),
		Notes:       b([]string{"n"}, "n", "edit notes"),
		EditAnswers: b([]string{"E"}, "E", "edit answers"),
		Delete:      b([]string{"d"}, "d", "delete case"),
		Export:      b([]string{"e"}, "e", "export"),
		Letter:      b([]string{"l"}, "l", "letter"),
		Guide:       b([]string{"g"}, "g", "online guide"),
		Packet:      b([]string{"p"}, "p", "PDF packet"),
		AddFamily:   b([]string{"f"}, "f", "add family member"),
		History:     b([]string{"h"}, "h", "history"),
		Notice:      b([]string{"i"}, "i", "INM notice"),

		Confirm: b([]string{"y"}, "y", "yes, delete"),
		Replace: b([]string{"y"}, "y", "yes, replace"),
		Save:    b([]string{"ctrl+s"}, "ctrl+s", "save"),
		Submit:  b([]string{"enter"}, "enter", "next/save"),

		CopyComments: b([]string{"c"}, "c", "copy Comentarios"),
		RecordPieza:  b([]string{"r"}, "r", "record pieza"),
	}
}
