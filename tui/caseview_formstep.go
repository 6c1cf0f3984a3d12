package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
)

// The case view's dialog forms (appointment, filing, card received,
// export, PDF packet) are stepForms (formstep.go): enter, tab and
// shift+tab move between their fields within one Update, so keys typed
// ahead land in the right field.

// updateForm gives msg to the open dialog form.
func (m caseViewModel) updateForm(msg tea.Msg) tea.Cmd {
	return stepForm{form: m.form, fields: m.formFields}.update(msg)
}

// validAppointment accepts a date on which INM offices are open: the rule
// is procedures.CheckAppointment's (R-APPT-HOW, R-DAYS-BIZ).
func (m caseViewModel) validAppointment(s string) error {
	d, err := procedures.ParseDate(s)
	if err != nil {
		return err
	}
	return procedures.CheckAppointment(d, m.opts.Context)
}

// checkStage checks a completed stage form's values again before they
// are saved, with the same rules as its fields: nothing reaches the store
// that the form would have refused.
func (m caseViewModel) checkStage(p *pendingForm) error {
	checks := map[procedures.Stage][]func() error{
		procedures.StageBooked:   {func() error { return m.validAppointment(p.date1) }, func() error { return validTime(p.time1) }},
		procedures.StageFiled:    {func() error { return validDate(p.date1) }, func() error { return optionalDate(p.date2) }},
		procedures.StageReceived: {func() error { return validDate(p.date1) }, func() error { return optionalDate(p.date2) }},
	}
	for _, check := range checks[p.target] {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

// newForm builds a one-group form of fields, themed like the app, and
// returns it with its fields in order (updateForm steps through them).
// Its keys are the form's own; esc (handled here) cancels it.
func (m caseViewModel) newForm(title string, fields ...huh.Field) (*huh.Form, []huh.Field) {
	s := newStepForm(title, "", m.styles.IsDark, fields...)
	s.form.WithWidth(max(min(m.width-4, 70), 10))
	return s.form, s.fields
}
