package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// The case view's dialog forms (appointment, filing, card received,
// export, PDF packet) are stepForms (formstep.go): enter, tab and
// shift+tab move between their fields within one Update, so keys typed
// ahead land in the right field.

// updateForm gives msg to the open dialog form.
func (m caseViewModel) updateForm(msg tea.Msg) tea.Cmd {
	return stepForm{form: m.form, fields: m.formFields}.update(msg)
}

// newForm builds a one-group form of fields, themed like the app, and
// returns it with its fields in order (updateForm steps through them).
// Its keys are the form's own; esc (handled here) cancels it.
func (m caseViewModel) newForm(title string, fields ...huh.Field) (*huh.Form, []huh.Field) {
	s := newStepForm(title, "", m.styles.IsDark, fields...)
	s.form.WithWidth(max(min(m.width-4, 70), 10))
	return s.form, s.fields
}
