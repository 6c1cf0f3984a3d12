package tui

import (
	"errors"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/wizard"
)

// open builds the form of a chooser step (a finished huh form ignores
// every message, so each step gets a new one).
func (m *newCaseModel) open(step chooserStep) tea.Cmd {
	m.step = step
	choice, name := "", ""
	m.choice, m.name, m.options = &choice, &name, nil
	var field huh.Field
	l := m.ctx.Lang
	switch step {
	case stepProcedure:
		m.hint = m.T("Pick the procedure; what it is for shows under the list.")
		opts := []huh.Option[string]{}
		for _, p := range procedures.Catalog() {
			opts = append(opts, huh.NewOption(p.NameIn(l), p.ID))
		}
		opts = append(opts, huh.NewOption(m.T("Not sure? Help me choose"), choiceTriage))
		if m.procID != "" {
			choice = m.procID
		}
		m.options = opts
		field = huh.NewSelect[string]().Title(m.T("What do you need to do?")).Options(opts...).Value(m.choice)
	case stepTriage:
		m.hint = m.T("Which one do I need? Pick the line that describes you.")
		opts := []huh.Option[string]{}
		for _, p := range procedures.Catalog() {
			if p.Triage == "" {
				continue
			}
			// One line each; the whole line of the hovered one shows under
			// the list (huh's wrapped multi-line options scroll badly).
			label := ansi.Truncate(l.Text(p.Triage), max(m.width-8, 30), "…")
			opts = append(opts, huh.NewOption(label, p.ID))
		}
		m.options = opts
		field = huh.NewSelect[string]().Title(m.T("Which of these describes you?")).Options(opts...).Value(m.choice)
	case stepPerson:
		m.hint = ""
		others := m.otherPeople()
		if len(others) == 0 {
			return m.open(stepName)
		}
		opts := []huh.Option[string]{}
		for _, p := range others {
			opts = append(opts, huh.NewOption(p.Name, strconv.FormatUint(p.ID, 10)))
		}
		opts = append(opts, huh.NewOption(m.T("Someone new…"), choiceNewPerson))
		m.options = opts
		field = huh.NewSelect[string]().Title(m.T("Who is it for?")).Options(opts...).Value(m.choice)
	case stepName:
		m.hint = ""
		name = m.typedName
		field = huh.NewInput().
			Title(m.T("Who is it for?")).
			Description(m.T("The person's full name, as on the passport.")).
			Placeholder(m.T("e.g. Ana María López")).
			Value(m.name).
			CharLimit(record.MaxLineRunes).
			Validate(m.validName)
	}
	km := huh.NewDefaultKeyMap()
	wizard.LocalizeHuhKeys(km, l)
	km.Quit.SetEnabled(false)
	km.Select.Filter.SetEnabled(false)
	km.Select.Submit.SetHelp("enter", m.T("choose"))
	km.Input.Submit.SetHelp("enter", m.T("next"))
	m.formKeys = km
	m.form = huh.NewForm(huh.NewGroup(field)).
		WithTheme(interviewTheme{}).
		WithKeyMap(km).
		WithShowHelp(false)
	m.sizeForm()
	cmd := m.form.Init()
	m.form.Update(bgColor(m.styles.IsDark))
	return cmd
}

// validName refuses an empty name and one already in the household (the
// store would refuse it too, later and less helpfully).
func (m newCaseModel) validName(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return errors.New(m.T("A name is needed: type the person's full name."))
	}
	if _, err := record.ValidatePersonValue("name", s, procedures.Date{}); err != nil {
		return errors.New(recordMessage(m.ctx.Lang, err))
	}
	for _, p := range m.people {
		if strings.EqualFold(p.Name, s) {
			if m.isCasePerson(p) {
				return errors.New(m.T("%s is the person of this case: type the family member's name (another case for %s: n on the dashboard).", p.Name, p.Name))
			}
			return errors.New(m.T("%s is already in the household: press shift+tab and pick them from the list.", p.Name))
		}
	}
	// "elodie marchand perez" for "Élodie Marchand Pérez" is the same
	// person typed without accents, not someone new.
	if p, ok := casebook.SimilarPerson(m.people, s); ok {
		if m.isCasePerson(p) {
			return errors.New(m.T("%s is the person of this case: type the family member's name (another case for %s: n on the dashboard).", p.Name, p.Name))
		}
		return errors.New(m.T("%s is already in the household (your spelling differs only in accents or capitals): press shift+tab and pick them from the list.", p.Name))
	}
	return nil
}

// isCasePerson reports whether p is the person of the case a family
// member is being added to: the list of people leaves them out, so
// "pick them from the list" would send the user looking for nothing.
func (m newCaseModel) isCasePerson(p record.Person) bool {
	return m.from != nil && p.ID == m.from.PersonID
}
