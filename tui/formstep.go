package tui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// The app's multi-field forms (the case view's appointment, filing, card
// received, export and PDF packet dialogs; the letter view's details
// form) hold several fields in one huh group. huh answers enter, tab and
// shift+tab with a NextField or PrevField command: focus moves, and the
// form completes, only one or two round trips through the runtime later.
// Keys typed in the meantime (a paste, a fast typist, a screen reader's
// tools) land in the field just left: "colombiana" then "AB123456" was
// saved as "colombianaA" and "B123456". So, as the wizard does with its
// one-question forms, stepForm takes those keys itself: the field checks
// its value, and focus moves, or the form completes, within the same
// Update, before the next key is read.

// stepForm is a one-group huh form with its fields in order, which it
// steps through itself. The form is a pointer huh updates in place, so a
// stepForm can be rebuilt from a model's fields whenever it is needed.
type stepForm struct {
	form   *huh.Form
	fields []huh.Field
}

// newStepForm builds a one-group form of fields, themed like the app,
// with no help line (the screen's help lists its keys). It sends no
// command on completion or on cancel: its owner reads the form's State
// after each update, and takes esc itself. An empty description shows
// none.
func newStepForm(title, description string, isDark bool, fields ...huh.Field) stepForm {
	g := huh.NewGroup(fields...).Title(title).Description(description)
	f := huh.NewForm(g).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return HuhTheme(isDark) })).
		WithShowHelp(false)
	f.SubmitCmd, f.CancelCmd = nil, nil
	return stepForm{form: f, fields: fields}
}

// formKey is what step does with a key.
type formKey int

const (
	keyOther  formKey = iota
	keyNext           // enter or tab: check the field, then the next field
	keySubmit         // enter on the last field: check it, then complete
	keyPrev           // shift+tab: the field before
)

// update gives msg to the form: a key that takes goes through step, any
// other message to huh as it is.
func (s stepForm) update(msg tea.Msg) tea.Cmd {
	if s.form == nil {
		return nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && s.takes(k) {
		return s.step(k)
	}
	_, cmd := s.form.Update(msg)
	return cmd
}

// takes reports whether step takes k: enter, tab or shift+tab on a field
// of the open form, except in a Select being filtered, where enter
// belongs to the filter.
func (s stepForm) takes(k tea.KeyPressMsg) bool {
	return s.keyOf(k) != keyOther
}

func (s stepForm) keyOf(k tea.KeyPressMsg) formKey {
	if s.form == nil || s.form.State != huh.StateNormal {
		return keyOther
	}
	fld := s.form.GetFocusedField()
	i := slices.Index(s.fields, fld)
	if i < 0 {
		return keyOther
	}
	if f, ok := fld.(interface{ GetFiltering() bool }); ok && f.GetFiltering() {
		return keyOther
	}
	last := i == len(s.fields)-1
	switch k.String() {
	case "enter":
		if last {
			return keySubmit
		}
		return keyNext
	case "tab":
		// As in huh, tab does not submit from the last field.
		if !last {
			return keyNext
		}
	case "shift+tab":
		if i > 0 {
			return keyPrev
		}
	}
	return keyOther
}

// step gives k to the focused field, so that it checks and stores its
// value (a Select takes the highlighted option), then moves focus or
// completes the form at once instead of through huh's command. A value
// that fails its check keeps the focus, with the error shown inline.
func (s stepForm) step(k tea.KeyPressMsg) tea.Cmd {
	what := s.keyOf(k)
	fld := s.form.GetFocusedField()
	// The command huh returns holds its NextField or PrevField, done here
	// instead, and the field's cursor command, which focusing the next
	// field replaces: it is dropped.
	s.form.Update(k)
	switch what {
	case keyPrev:
		return s.form.PrevField()
	case keyNext:
		if fld.Error() != nil {
			return nil
		}
		// NextField on a field before the last blurs it, focuses the next
		// one and returns only their focus commands.
		return s.form.NextField()
	case keySubmit:
		if fld.Error() != nil {
			return nil
		}
		// On the last field NextField blurs it (checking it once more) and
		// would complete the form through a nextGroup command: NextGroup
		// completes it here instead, unless a field holds an error.
		s.form.NextField()
		s.form.NextGroup()
		if s.form.State != huh.StateCompleted {
			return fld.Focus()
		}
	}
	return nil
}

// fitFormView is f's view in at most h lines, frame (the dialog's border)
// included. A form taller than that gets a scrolling height, so that the
// focused field and the error under the form stay on the screen instead
// of being cut off at its foot (at 60x16 a refused "99:99" was invisible).
func fitFormView(f *huh.Form, frame lipgloss.Style, h int) string {
	v := frame.Render(f.View())
	room := h - frame.GetVerticalFrameSize()
	if lipgloss.Height(v) > h && room >= 3 {
		f.WithHeight(room)
		v = frame.Render(f.View())
	}
	return v
}
