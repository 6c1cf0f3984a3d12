package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
	"tramite/store"
)

// newCaseModel is the chooser that starts a case: which procedure (with a
// short "which one do I need?" triage built from each procedure's Triage
// line) and who it is for (someone in the household or a new name). It
// creates the person and the draft case in a tea.Cmd, then asks the root
// to open the interview. One small huh form per step, like the wizard.
type newCaseModel struct {
	st     Store
	ctx    procedures.Context
	styles Styles
	keys   KeyMap

	// procID is the chosen (or preselected) procedure.
	procID string
	// fixedProc: the procedure came with the chooser (`tramite new ID`,
	// or a family member's case): no procedure step.
	fixedProc bool
	// fromID, when set, is the case whose Shared answers a family member's
	// new case copies; from is that case once loaded.
	fromID uint64
	from   *store.Case

	people []store.Person
	step   chooserStep
	form   *huh.Form
	// choice and name are the open form's bound values.
	choice *string
	name   *string

	width, height int
	err           error
	hint          string // a line above the form (why this step)
}

type chooserStep int

const (
	stepLoading chooserStep = iota
	stepProcedure
	stepTriage
	stepPerson
	stepName
	stepCreating
)

// Choice values that are not ids.
const (
	choiceTriage    = "\x00triage"
	choiceNewPerson = "\x00new"
)

// chooserDataMsg carries the household (and, for a family member, the
// case to copy from).
type chooserDataMsg struct {
	people []store.Person
	from   *store.Case
	err    error
}

// newNewCaseModel opens the chooser. procedure, when it names a known
// procedure, skips the procedure step (`tramite new renewal`).
func newNewCaseModel(st Store, ctx procedures.Context, styles Styles, keys KeyMap, procedure string) newCaseModel {
	m := newCaseModel{st: st, ctx: ctx, styles: styles, keys: keys}
	if procedure != "" {
		if _, err := procedures.Lookup(procedure); err != nil {
			m.err = err
		} else {
			m.procID, m.fixedProc = procedure, true
		}
	}
	return m
}

// openFamilyCaseMsg asks the root to open the chooser that files the
// procedure of case FromCaseID for another member of the household (the
// case view's "add a family member"): the root answers it with
// newFamilyCaseModel, as it answers openNewCaseMsg with newNewCaseModel.
type openFamilyCaseMsg struct {
	FromCaseID uint64
}

// newFamilyCaseModel opens the chooser to file the procedure of case
// fromCaseID for another person: it asks only who, copies the answers
// listed in the procedure's Shared into the new case, and the interview
// then asks only what differs.
func newFamilyCaseModel(st Store, ctx procedures.Context, styles Styles, keys KeyMap, fromCaseID uint64) newCaseModel {
	m := newCaseModel{st: st, ctx: ctx, styles: styles, keys: keys, fromID: fromCaseID, fixedProc: true}
	return m
}

// Init implements the screen: load the household.
func (m newCaseModel) Init() tea.Cmd { return chooserDataCmd(m.st, m.fromID) }

// SetSize implements the screen.
func (m *newCaseModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.sizeForm()
}

func (m *newCaseModel) sizeForm() {
	if m.form == nil || m.width <= 0 {
		return
	}
	m.form.WithWidth(m.width)
	m.form.Update(tea.WindowSizeMsg{Width: m.width, Height: max(m.height-4, 5)})
}

// Update implements the screen.
func (m newCaseModel) Update(msg tea.Msg) (newCaseModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.sizeForm()
		return m, nil
	case tea.BackgroundColorMsg:
		m.styles = NewStyles(msg.IsDark())
	case chooserDataMsg:
		return m.loaded(msg)
	case caseCreatedMsg:
		if msg.err != nil {
			m.err = msg.err
			return m, m.open(stepPerson)
		}
		return m, emitMsg(openInterviewMsg{CaseID: msg.caseID})
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Back):
			return m, emitMsg(closeScreenMsg{})
		case key.Matches(msg, chooserBackKey):
			return m, m.back()
		}
		m.err = nil
	}
	if m.form == nil {
		return m, nil
	}
	f, cmd := m.form.Update(msg)
	m.form = f.(*huh.Form)
	if m.form.State == huh.StateCompleted {
		return m.next()
	}
	return m, cmd
}

func (m newCaseModel) loaded(msg chooserDataMsg) (newCaseModel, tea.Cmd) {
	if msg.err != nil {
		m.err = msg.err
		return m, nil
	}
	m.people = msg.people
	if msg.from != nil {
		m.from = msg.from
		if _, err := procedures.Lookup(msg.from.Procedure); err != nil {
			m.err = err
			return m, nil
		}
		m.procID = msg.from.Procedure
	}
	if m.fixedProc {
		return m, m.open(stepPerson)
	}
	return m, m.open(stepProcedure)
}

// next moves on once the open form is completed.
func (m newCaseModel) next() (newCaseModel, tea.Cmd) {
	switch m.step {
	case stepProcedure:
		if *m.choice == choiceTriage {
			return m, m.open(stepTriage)
		}
		m.procID = *m.choice
		return m, m.open(stepPerson)
	case stepTriage:
		m.procID = *m.choice
		return m, m.open(stepPerson)
	case stepPerson:
		if *m.choice == choiceNewPerson {
			return m, m.open(stepName)
		}
		var id uint64
		fmt.Sscan(*m.choice, &id)
		m.step, m.form = stepCreating, nil
		return m, createCaseCmd(m.st, store.Person{ID: id}, m.procID, m.sharedAnswers())
	case stepName:
		m.step, m.form = stepCreating, nil
		return m, createCaseCmd(m.st, store.Person{Name: strings.TrimSpace(*m.name)}, m.procID, m.sharedAnswers())
	}
	return m, nil
}

// back re-opens the previous step.
func (m *newCaseModel) back() tea.Cmd {
	switch m.step {
	case stepTriage:
		return m.open(stepProcedure)
	case stepPerson:
		if !m.fixedProc {
			return m.open(stepProcedure)
		}
	case stepName:
		if len(m.otherPeople()) > 0 {
			return m.open(stepPerson)
		}
		if !m.fixedProc {
			return m.open(stepProcedure)
		}
	}
	return nil
}
