package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

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

func chooserDataCmd(st Store, fromID uint64) tea.Cmd {
	return func() tea.Msg {
		people, err := st.People()
		if err != nil {
			return chooserDataMsg{err: fmt.Errorf("could not read the household: %w", err)}
		}
		msg := chooserDataMsg{people: people}
		if fromID != 0 {
			c, err := st.Case(fromID)
			if err != nil {
				return chooserDataMsg{err: fmt.Errorf("could not read case %d: %w", fromID, err)}
			}
			msg.from = &c
		}
		return msg
	}
}

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

// sharedAnswers are the answers a family member's case starts with: those
// of the procedure's Shared keys that the first case has.
func (m newCaseModel) sharedAnswers() procedures.Answers {
	a := procedures.Answers{}
	if m.from == nil {
		return a
	}
	p, err := procedures.Lookup(m.from.Procedure)
	if err != nil {
		return a
	}
	for _, k := range p.Shared {
		if v, ok := m.from.Answers[k]; ok {
			a[k] = v
		}
	}
	return a
}

// otherPeople are the household members offered: for a family member,
// everyone but the person of the first case.
func (m newCaseModel) otherPeople() []store.Person {
	var out []store.Person
	for _, p := range m.people {
		if m.from != nil && p.ID == m.from.PersonID {
			continue
		}
		out = append(out, p)
	}
	return out
}

// caseCreatedMsg reports the new draft case (or why it failed).
type caseCreatedMsg struct {
	caseID uint64
	err    error
}

// createCaseCmd saves the person when new (ID 0), then the draft case.
func createCaseCmd(st Store, p store.Person, procID string, answers procedures.Answers) tea.Cmd {
	return func() tea.Msg {
		if p.ID == 0 {
			if err := st.SavePerson(&p); err != nil {
				return caseCreatedMsg{err: fmt.Errorf("could not save %s: %w", p.Name, err)}
			}
		}
		c := store.Case{PersonID: p.ID, Procedure: procID, Answers: answers,
			Progress: procedures.Progress{Stage: procedures.StageDraft}}
		if err := st.SaveCase(&c); err != nil {
			return caseCreatedMsg{err: fmt.Errorf("could not create the case: %w", err)}
		}
		return caseCreatedMsg{caseID: c.ID}
	}
}

// View implements the screen.
func (m newCaseModel) View() string {
	w := max(m.width, 20)
	var b strings.Builder
	b.WriteString(m.styles.Title.Render(ansi.Truncate(m.heading(), w, "…")) + "\n")
	if m.hint != "" {
		b.WriteString(m.styles.Muted.Render(ansi.Wrap(m.hint, w, "")) + "\n")
	}
	b.WriteString("\n")
	switch {
	case m.step == stepLoading && m.err == nil:
		b.WriteString(m.styles.Muted.Render("Reading the household…"))
	case m.step == stepCreating:
		b.WriteString(m.styles.Muted.Render("Creating the case…"))
	case m.form != nil:
		b.WriteString(m.form.View())
		if about := m.hovered(); about != "" {
			b.WriteString("\n" + m.styles.Muted.Render(ansi.Wrap(about, w, "")))
		}
	}
	if m.err != nil {
		b.WriteString("\n" + m.styles.Error.Render(ansi.Wrap(m.err.Error(), w, "")))
	}
	return b.String()
}

// hovered explains the option under the cursor of a procedure list: the
// procedure's Summary, or the whole Triage line and where it leads.
func (m newCaseModel) hovered() string {
	if m.choice == nil {
		return ""
	}
	switch m.step {
	case stepProcedure:
		if *m.choice == choiceTriage {
			return "Answer one question about where you are, and tramite suggests the procedure."
		}
		if p, err := procedures.Lookup(*m.choice); err == nil {
			return p.Summary
		}
	case stepTriage:
		if p, err := procedures.Lookup(*m.choice); err == nil {
			return p.Triage + " → " + p.Name
		}
	}
	return ""
}

func (m newCaseModel) heading() string {
	if m.from != nil {
		if p, err := procedures.Lookup(m.from.Procedure); err == nil {
			return "Add a family member to " + p.Name
		}
	}
	if p, err := procedures.Lookup(m.procID); err == nil && m.step >= stepPerson {
		return "New case: " + p.Name
	}
	return "New case"
}

// ShortHelp implements help.KeyMap.
func (m newCaseModel) ShortHelp() []key.Binding {
	var out []key.Binding
	if m.form != nil {
		out = append(out, m.form.KeyBinds()...)
	}
	back := chooserBackKey
	back.SetEnabled(m.canGoBack())
	return append(out, back, closeKey(m.keys))
}

// FullHelp implements help.KeyMap.
func (m newCaseModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (m newCaseModel) canGoBack() bool {
	switch m.step {
	case stepTriage:
		return true
	case stepPerson:
		return !m.fixedProc
	case stepName:
		return len(m.otherPeople()) > 0 || !m.fixedProc
	}
	return false
}

// chooserBackKey goes back one step, as shift+tab does in the wizard.
var chooserBackKey = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous step"))

func closeKey(k KeyMap) key.Binding {
	return key.NewBinding(key.WithKeys(k.Back.Keys()...), key.WithHelp(k.Back.Help().Key, "cancel"))
}
