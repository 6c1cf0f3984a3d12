package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
	"tramite/record"
	"tramite/wizard"
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
	from   *record.Case

	people []record.Person
	step   chooserStep
	form   *huh.Form
	// formKeys are the open form's keys: Enter is read from them.
	formKeys *huh.KeyMap
	// choice and name are the open form's bound values.
	choice *string
	name   *string
	// options are the open select's choices, for a typed letter to pick
	// one (wizard.LetterMoves); nil on the name step.
	options []huh.Option[string]
	// typedName is the last name confirmed, offered again when the
	// creation failed and the name step reopens.
	typedName string

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
	// stepFailed: the household could not be read; only esc is left.
	stepFailed
)

// Choice values that are not ids.
const (
	choiceTriage    = "\x00triage"
	choiceNewPerson = "\x00new"
)

// chooserDataMsg carries the household (and, for a family member, the
// case to copy from).
type chooserDataMsg struct {
	people []record.Person
	from   *record.Case
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
			if msg.person.ID != 0 {
				// The person was saved before the case failed: offer them,
				// as a second "new" person of that name would be refused.
				m.people = append(m.people, msg.person)
			}
			return m, m.open(stepPerson)
		}
		return m, emitMsg(openInterviewMsg{CaseID: msg.caseID, Copied: m.copiedKeys(), From: m.fromName()})
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Back):
			if m.fromID != 0 {
				// Adding a family member was asked from a case: esc goes
				// back to it, not to the dashboard.
				return m, emitMsg(openCaseMsg{CaseID: m.fromID})
			}
			return m, emitMsg(closeScreenMsg{})
		case key.Matches(msg, chooserBackKey):
			return m, m.back()
		}
		m.err = nil
	}
	if m.form == nil {
		return m, nil
	}
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey && m.options != nil {
		if moves := m.letterMoves(k); moves != nil {
			var cmd tea.Cmd
			m.form, cmd = wizard.PressAll(m.form, moves)
			return m, cmd
		}
	}
	f, cmd := m.form.Update(msg)
	m.form = f.(*huh.Form)
	// Enter is taken here, not through huh, as the wizard does (see
	// wizard.Model.Update): huh answers it with a NextField command and
	// completes the form only a round trip or two later, and keys typed
	// ahead in the meantime (a paste, a fast typist) would go to the step
	// already answered, or be lost. The field has just validated its
	// value (its error shows inline when it fails) and set its bound value
	// (a Select's is the highlighted option), so when it passed, the next
	// step's form is built and focused in this same Update, or the case
	// creation starts. The dropped command held only that NextField.
	if isKey && key.Matches(k, m.formKeys.Input.Submit, m.formKeys.Select.Submit) {
		if fld := m.form.GetFocusedField(); fld != nil && fld.Error() == nil {
			return m.next()
		}
		return m, cmd
	}
	if m.form.State == huh.StateCompleted {
		// Not expected any more (Enter is taken above), but a form that
		// finished on its own must still move on.
		return m.next()
	}
	return m, cmd
}

// letterMoves moves the open select's highlight to the next option
// starting with the letter typed, as the interview's questions do.
func (m newCaseModel) letterMoves(k tea.KeyPressMsg) []tea.Msg {
	labels := make([]string, len(m.options))
	now := 0
	for i, o := range m.options {
		labels[i] = o.Key
		if o.Value == *m.choice {
			now = i
		}
	}
	return wizard.LetterMoves(k, m.formKeys.Select, labels, now)
}

// busy reports whether the chooser is reading the household or creating
// the case: keys pressed meanwhile have no form to go to, so the root
// holds them and replays them, in order, once the next screen is up.
func (m newCaseModel) busy() bool {
	return m.step == stepLoading || m.step == stepCreating
}

func (m newCaseModel) loaded(msg chooserDataMsg) (newCaseModel, tea.Cmd) {
	if msg.err != nil {
		m.err = msg.err
		m.step = stepFailed
		return m, nil
	}
	m.people = msg.people
	if msg.from != nil {
		m.from = msg.from
		if _, err := procedures.Lookup(msg.from.Procedure); err != nil {
			m.err = err
			m.step = stepFailed
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
		return m, createCaseCmd(m.st, record.Person{ID: id}, m.procID, m.sharedAnswers())
	case stepName:
		m.typedName = strings.TrimSpace(*m.name)
		m.step, m.form = stepCreating, nil
		return m, createCaseCmd(m.st, record.Person{Name: m.typedName}, m.procID, m.sharedAnswers())
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
