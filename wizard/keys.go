package wizard

import "charm.land/bubbles/v2/key"

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
}

// DefaultKeyMap returns the wizard's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Back:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		Quit:    key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "save and leave")),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Edit:    key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "change")),
		Confirm: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "confirm")),
	}
}
