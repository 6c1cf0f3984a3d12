package tui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
)

// The case view's dialog forms (appointment, filing, card received,
// export, PDF packet) hold several fields in one huh group. huh answers
// enter, tab and shift+tab with a NextField or PrevField command: focus
// moves, and the form completes, only one or two round trips through the
// runtime later. Keys typed in the meantime (a paste, a fast typist, a
// screen reader's tools) land in the field just left. So, as the wizard
// does with its one-question forms, the case view takes those keys
// itself: the field checks its value, and focus moves, or the form
// completes, within the same Update, before the next key is read.

// formKey is what stepForm does with a key.
type formKey int

const (
	keyOther  formKey = iota
	keyNext           // enter or tab: check the field, then the next field
	keySubmit         // enter on the last field: check it, then complete
	keyPrev           // shift+tab: the field before
)

// stepsOn reports whether stepForm takes k: enter, tab or shift+tab on a
// field of the open form, except in a Select being filtered, where enter
// belongs to the filter.
func (m caseViewModel) stepsOn(k tea.KeyPressMsg) bool {
	return m.formKeyOf(k) != keyOther
}

func (m caseViewModel) formKeyOf(k tea.KeyPressMsg) formKey {
	if m.form == nil || m.form.State != huh.StateNormal {
		return keyOther
	}
	fld := m.form.GetFocusedField()
	i := slices.Index(m.formFields, fld)
	if i < 0 {
		return keyOther
	}
	if f, ok := fld.(interface{ GetFiltering() bool }); ok && f.GetFiltering() {
		return keyOther
	}
	last := i == len(m.formFields)-1
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

// stepForm gives k to the focused field, so that it checks and stores its
// value (a Select takes the highlighted option), then moves focus or
// completes the form at once instead of through huh's command. A value
// that fails its check keeps the focus, with the error shown inline.
func (m caseViewModel) stepForm(k tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	what := m.formKeyOf(k)
	fld := m.form.GetFocusedField()
	// The command huh returns holds its NextField or PrevField, done here
	// instead, and the field's cursor command, which focusing the next
	// field replaces: it is dropped.
	f, _ := m.form.Update(k)
	m.form = f.(*huh.Form)
	switch what {
	case keyPrev:
		return m, m.form.PrevField()
	case keyNext:
		if fld.Error() != nil {
			return m, nil
		}
		// NextField on a field before the last blurs it, focuses the next
		// one and returns only their focus commands.
		return m, m.form.NextField()
	case keySubmit:
		if fld.Error() != nil {
			return m, nil
		}
		// On the last field NextField blurs it (checking it once more) and
		// would complete the form through a nextGroup command: NextGroup
		// completes it here instead, unless a field holds an error.
		m.form.NextField()
		m.form.NextGroup()
		if m.form.State != huh.StateCompleted {
			return m, fld.Focus()
		}
		return m, nil
	}
	return m, nil
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
// returns it with its fields in order (stepForm moves through them). Its
// keys are the form's own; esc (handled here) cancels it.
func (m caseViewModel) newForm(title string, fields ...huh.Field) (*huh.Form, []huh.Field) {
	isDark := m.styles.IsDark
	f := huh.NewForm(huh.NewGroup(fields...).Title(title)).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return HuhTheme(isDark) })).
		WithShowHelp(false).
		WithWidth(max(min(m.width-4, 70), 10))
	// The form's state is read after each Update; no command on completion.
	f.SubmitCmd, f.CancelCmd = nil, nil
	return f, fields
}
