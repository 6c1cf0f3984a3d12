package wizard

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"

	"tramite/i18n"
)

// KeyMap holds the wizard's own bindings. The huh fields bring theirs
// (enter to confirm, ↑/↓ to choose); these are the ones huh does not have.
type KeyMap struct {
	// Back re-opens the previous question with its answer filled in.
	// shift+tab is huh's own "previous field" key; every wizard form has a
	// single field, so huh never uses it and the meaning stays the same.
	Back key.Binding
	// Quit leaves the interview; every confirmed answer is already saved.
	Quit key.Binding
	// Review screen.
	Up      key.Binding
	Down    key.Binding
	Edit    key.Binding
	Confirm key.Binding
	// Letter is help only: on a choice question a typed letter moves to
	// the next option starting with it (letterJump).
	Letter key.Binding
}

// DefaultKeyMap returns the wizard's default bindings, their help in
// English.
func DefaultKeyMap() KeyMap { return KeyMapIn(nil) }

// KeyMapIn is DefaultKeyMap with the help in l's language.
func KeyMapIn(l *i18n.Printer) KeyMap {
	return KeyMap{
		Back:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", l.T("back"))),
		Quit:    key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", l.T("save and leave"))),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", l.T("up"))),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", l.T("down"))),
		Edit:    key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", l.T("change"))),
		Confirm: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", l.T("confirm"))),
		Letter:  key.NewBinding(key.WithKeys("a-z"), key.WithHelp("a–z", l.T("go to the option starting with it"))),
	}
}

// LocalizeHuhKeys words the help of a huh key map's bindings that forms
// show (moving, choosing, going on) in l's language; the keys stay.
func LocalizeHuhKeys(km *huh.KeyMap, l *i18n.Printer) {
	for _, b := range []*key.Binding{
		&km.Select.Up, &km.Select.Down, &km.Select.Next, &km.Select.Prev, &km.Select.Submit,
		&km.Select.HalfPageUp, &km.Select.HalfPageDown, &km.Select.GotoTop, &km.Select.GotoBottom,
		&km.Select.Filter, &km.Input.Next, &km.Input.Prev, &km.Input.Submit, &km.Input.AcceptSuggestion,
		&km.Text.Next, &km.Text.Prev, &km.Text.Submit, &km.Text.NewLine, &km.Confirm.Next, &km.Confirm.Prev,
		&km.Confirm.Submit, &km.Confirm.Toggle, &km.Quit,
	} {
		h := b.Help()
		b.SetHelp(h.Key, l.Text(h.Desc))
	}
}
