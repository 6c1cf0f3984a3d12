package tui

import (
	"errors"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// caseMode is what the case view is doing: showing the case, or one of
// its dialogs, which take the keyboard.
type caseMode int

const (
	modeView        caseMode = iota
	modeForm                 // a stage form or the export form
	modeNotes                // the notes editor
	modeDelete               // "delete this case?"
	modeLetter               // the letter view (letterview.go)
	modeReplace              // "replace the existing file?" (the PDF packet)
	modeNotApplying          // "this procedure does not apply: go on anyway?"
	modeGuide                // the guide to the online steps (guideview.go)
	modeMessages             // the messages to the client (caseview_messages.go)
	modeHistory              // the case's history (caseview_history.go)
	modeNotice               // "INM notice received" (caseview_notice.go)
)

// caseViewModel shows one case in depth: answers, verdict, deadlines,
// checklist, stage and notes, in a scrollable viewport. It moves the case
// through its stages; every change is saved through the store in a Cmd.
type caseViewModel struct {
	st     Store
	opts   Options
	styles Styles
	keys   KeyMap
	id     uint64

	width, height int

	loaded bool
	c      record.Case
	person record.Person
	proc   *procedures.Procedure
	// detail is the case evaluated by the case layer, whenever the answers
	// or the progress change; outcome, deadlines and warnings are its
	// parts, named for the code that reads them.
	detail    casebook.Detail
	outcome   procedures.Outcome
	deadlines []procedures.Deadline
	warnings  []string

	vp        viewport.Model
	docCursor int
	// docLines holds the content line of each checklist item, for
	// scrolling; docLast the last line of its (wrapped) text.
	docLines, docLast []int

	mode   caseMode
	letter letterViewModel
	guide  guideViewModel
	// history and notice: caseview_history.go, caseview_notice.go.
	history caseHistory
	notice  *noticeForm
	// replacing is the existing file the PDF packet would replace.
	replacing string
	form      *huh.Form
	// formFields are the open form's fields in order: stepForm moves
	// through them itself.
	formFields []huh.Field
	pend       *pendingForm
	notes      textarea.Model
	// notesBase is the version of the case the notes editor opened on:
	// the notes save goes over it, so a change made at another desk while
	// typing (shown by caseview_refresh.go) is refused, not overwritten.
	notesBase uint64
	// conflict is set while the notes editor shows the notes another desk
	// saved above the text typed here (caseview_conflict.go).
	conflict *conflictError
	// msgs are the messages to the client on show in modeMessages.
	msgs   messagesView
	status string
	err    error
	// nav is a screen a key asked to open (or closeScreenMsg): the root
	// takes it in the same Update (app_nav.go).
	nav tea.Msg
}

// caseViewMsg marks the messages the root routes to the case view
// whatever has focus.
type caseViewMsg interface{ caseViewMsg() }

// caseLoadedMsg carries the case and its person.
type caseLoadedMsg struct {
	c      record.Case
	person record.Person
}

// caseSavedMsg reports a saved change; status says what, for the user.
// apply makes the same change to the view's copy of the case: only the
// field saved, so saves finishing out of order never undo each other.
type caseSavedMsg struct {
	status string
	apply  func(c *record.Case)
	// progress marks a stage save: the pending form values can go.
	progress bool
}

// caseFailedMsg reports a failed load or save. undoTick, when set, is the
// tick to put back as it was.
type caseFailedMsg struct {
	err      error
	undoTick string
	undoDone bool
}

// caseDeletedMsg reports that the case is gone.
type caseDeletedMsg struct{}

// exportedMsg reports a written export file.
type exportedMsg struct{ path string }

// fileExistsMsg reports that the file the PDF packet was to go to exists:
// the case view asks before replacing it.
type fileExistsMsg struct{ path string }

func (caseLoadedMsg) caseViewMsg()  {}
func (caseSavedMsg) caseViewMsg()   {}
func (caseFailedMsg) caseViewMsg()  {}
func (caseDeletedMsg) caseViewMsg() {}
func (exportedMsg) caseViewMsg()    {}
func (fileExistsMsg) caseViewMsg()  {}

func newCaseViewModel(st Store, opts Options, styles Styles, keys KeyMap, id uint64) caseViewModel {
	ta := textarea.New()
	ta.Placeholder = opts.Context.Lang.T("Anything to remember: office visits, phone calls, who helped…")
	ta.ShowLineNumbers = false
	ta.CharLimit = 4000
	m := caseViewModel{st: st, opts: opts, styles: styles, keys: keys, id: id,
		vp: viewport.New(), notes: ta}
	m.vp.KeyMap = viewport.KeyMap{} // keys are handled here, from KeyMap
	// g opens the guide here (issue 19): home alone goes to the top.
	m.keys.Home = key.NewBinding(key.WithKeys("home"), key.WithHelp("home", opts.Context.Lang.T("top")))
	m.updateKeys()
	return m
}

// Init loads the case.
func (m caseViewModel) Init() tea.Cmd { return loadCaseCmd(m.st, m.id) }

// loadCaseCmd reads the case and its person.
func loadCaseCmd(st Store, id uint64) tea.Cmd {
	return func() tea.Msg {
		c, err := st.Case(id)
		if err != nil {
			return caseFailedMsg{err: wrapf(err, "could not open case %d", id)}
		}
		p, err := st.Person(c.PersonID)
		if err != nil && !errors.Is(err, record.ErrNotFound) {
			return caseFailedMsg{err: wrapf(err, "could not read the person of case %d", id)}
		}
		return caseLoadedMsg{c: c, person: p}
	}
}

func (m *caseViewModel) setStyles(s Styles) {
	m.styles = s
	m.letter.setStyles(s)
	m.guide.setStyles(s)
	m.rebuild()
}

// SetSize sets the area the case view may draw in.
func (m *caseViewModel) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.vp.SetWidth(m.width)
	m.vp.SetHeight(max(m.height-1, 0)) // one line for the status
	m.notes.SetWidth(max(m.width-2, 1))
	m.notes.SetHeight(max(min(m.height-6, 12), 1))
	if m.mode == modeLetter {
		m.letter.SetSize(m.width, max(m.height-1, 0))
	}
	if m.mode == modeGuide {
		m.guide.SetSize(m.width, max(m.height-1, 0))
	}
	if m.mode == modeMessages {
		m.sizeMessages()
	}
	if m.form != nil {
		m.form.WithWidth(max(min(m.width-4, 70), 10))
	}
	m.rebuild()
}

// Capturing reports whether a dialog has the keyboard. The letter view
// takes it only while its details form is open: reading a letter leaves
// ? and the other global keys working.
func (m caseViewModel) Capturing() bool {
	if m.mode == modeLetter {
		return m.letter.Capturing()
	}
	if m.mode == modeGuide {
		return m.guide.Capturing()
	}
	if m.mode == modeMessages {
		return false
	}
	return m.mode != modeView
}

// setCase stores a fresh copy of the case and evaluates it through the case
// layer (casebook.NewDetail), as every export does.
func (m *caseViewModel) setCase(c record.Case) {
	m.c = c
	m.loaded = true
	d, err := casebook.NewDetail(m.person, c, m.opts.Context)
	if err != nil {
		m.err = err
	}
	m.detail = d
	m.proc, m.outcome, m.deadlines, m.warnings = d.Procedure, d.Outcome, d.Deadlines, d.Warnings
	m.docCursor = min(m.docCursor, max(len(m.outcome.Documents)-1, 0))
	m.updateKeys()
	m.rebuild()
}

// Update handles the case view's messages.
func (m caseViewModel) Update(msg tea.Msg) (caseViewModel, tea.Cmd) {
	switch msg := msg.(type) {
	case caseLoadedMsg:
		m.person = msg.person
		m.setCase(msg.c)
		return m, nil
	case caseSavedMsg:
		m.status, m.err = msg.status, nil
		m.endConflict()
		if m.mode == modeNotes {
			m.mode = modeView
			m.notes.Blur()
		}
		if msg.progress {
			m.pend = nil
		}
		c := m.c
		if msg.apply != nil {
			msg.apply(&c)
		}
		m.setCase(c)
		if m.mode == modeGuide {
			m.guide.setDetail(m.detail)
		}
		return m, func() tea.Msg { return dataChangedMsg{} }
	case caseConflictMsg:
		return m.conflicted(msg)
	case caseRefreshedMsg:
		return m.refreshed(msg)
	case historyLoadedMsg:
		return m.historyLoaded(msg)
	case noticeFailedMsg:
		return m.noticeFailed(msg)
	case caseFailedMsg:
		m.err, m.status = msg.err, ""
		if msg.undoTick != "" {
			m.setTick(msg.undoTick, msg.undoDone)
		}
		m.rebuild()
		return m, nil
	case caseDeletedMsg:
		return m, tea.Batch(
			func() tea.Msg { return dataChangedMsg{} },
			func() tea.Msg { return closeScreenMsg{} })
	case exportedMsg:
		m.status, m.err, m.pend = m.T("Saved %s", msg.path), nil, nil
		m.rebuild()
		return m, nil
	case fileExistsMsg:
		m.mode, m.status, m.replacing = modeReplace, "", msg.path
		return m, nil
	case personSavedMsg:
		m.person = msg.person
		m.updateKeys()
		return m.updateLetter(msg)
	case personSaveFailedMsg:
		return m.updateLetter(msg)
	case tea.KeyPressMsg:
		return m.updateKey(msg)
	}
	return m.updateDialog(msg)
}

// updateKeys enables only the bindings that do something now.
func (m *caseViewModel) updateKeys() {
	ok := m.loaded && m.proc != nil
	m.keys.Tick.SetEnabled(ok && len(m.outcome.Documents) > 0)
	_, hasNext := m.proc.NextStageFor(m.c.Progress, m.outcome.Appointment)
	m.keys.NextStage.SetEnabled(ok && hasNext)
	m.keys.PrevStage.SetEnabled(ok && m.c.Progress.Stage != procedures.StageDraft && m.c.Progress.Stage != "")
	m.keys.Notes.SetEnabled(m.loaded)
	m.keys.EditAnswers.SetEnabled(ok)
	m.keys.Delete.SetEnabled(m.loaded)
	m.keys.Export.SetEnabled(ok)
	m.keys.Packet.SetEnabled(ok)
	m.keys.AddFamily.SetEnabled(ok)
	m.keys.Letter.SetEnabled(ok && m.writesLetters())
	m.keys.Guide.SetEnabled(ok)
	m.keys.History.SetEnabled(m.loaded)
	m.keys.Notice.SetEnabled(ok && m.c.Progress.StageAtLeast(procedures.StageFiled) && m.c.Progress.Stage != procedures.StageReceived && !m.c.Progress.Refused())
	if next, ok := m.proc.NextStageFor(m.c.Progress, m.outcome.Appointment); ok {
		m.keys.NextStage.SetHelp("s", m.T("mark %s", m.proc.StageLabelIn(m.opts.Context.Lang, next)))
	}
}

// ShortHelp implements help.KeyMap.
func (m caseViewModel) ShortHelp() []key.Binding {
	switch m.mode {
	case modeNotes:
		done := m.keys.Back
		done.SetHelp(done.Help().Key, m.T("save and close"))
		return []key.Binding{m.keys.Save, done}
	case modeDelete:
		return []key.Binding{m.keys.Confirm, m.keys.Back}
	case modeNotApplying:
		goOn := m.keys.Confirm
		goOn.SetHelp(goOn.Help().Key, m.T("go on anyway"))
		return []key.Binding{goOn, m.keys.Back}
	case modeForm:
		return []key.Binding{m.keys.Submit, m.keys.Back}
	case modeReplace:
		keep := m.keys.Back
		keep.SetHelp(keep.Help().Key, m.T("keep the file"))
		return []key.Binding{m.keys.Replace, keep}
	case modeLetter:
		return m.letter.ShortHelp()
	case modeGuide:
		return m.guide.ShortHelp()
	case modeMessages:
		return m.messagesHelp()
	case modeHistory:
		return []key.Binding{m.keys.Back, m.keys.Up, m.keys.Down}
	case modeNotice:
		return []key.Binding{m.keys.Submit, m.keys.Back}
	}
	// The way out first, then in the order a newcomer needs them: the
	// root drops the last ones first on a narrow terminal.
	return []key.Binding{m.keys.Back, m.keys.Tick, m.keys.NextStage, m.keys.Guide, m.keys.Letter, m.keys.Packet, m.keys.Notes, m.keys.EditAnswers, m.keys.History, m.keys.Notice}
}

// FullHelp implements help.KeyMap, grouped by intent.
func (m caseViewModel) FullHelp() [][]key.Binding {
	if m.mode == modeLetter {
		return m.letter.FullHelp()
	}
	if m.mode == modeGuide {
		return m.guide.FullHelp()
	}
	if m.mode != modeView {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown, m.keys.Home, m.keys.End},
		{m.keys.Tick, m.keys.NextStage, m.keys.PrevStage, m.keys.Notes, m.keys.History, m.keys.Notice},
		{m.keys.Letter, m.keys.Guide, m.keys.Packet, m.keys.Export, messageKeysIn(m.opts.Context.Lang).Open},
		{m.keys.EditAnswers, m.keys.AddFamily, m.keys.Delete, m.keys.Back},
	}
}
