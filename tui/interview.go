package tui

import (
	"fmt"
	"maps"
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
	"tramite/wizard"
)

// interviewModel hosts the wizard for one case: it saves every confirmed
// answer at once (one store call in a tea.Cmd, so a keystroke never waits
// on the disk), keeps an answer whose save failed and saves it again with
// the next one, and turns the wizard's done and cancel into the root's
// navigation messages.
//
// What it saves is the wizard's answers as they stand, not the payload of
// each wizard.AnswerMsg or RemoveMsg: those come from separate commands,
// which Bubble Tea runs concurrently, so keys typed ahead (an answer given
// and changed in one burst, a confirm right after the last answer) could
// deliver them out of order. And one save runs at a time, so an older
// write never lands after a newer one.
type interviewModel struct {
	st     Store
	c      record.Case
	proc   *procedures.Procedure
	ctx    procedures.Context
	styles Styles
	keys   KeyMap

	wiz    wizard.Model
	wizH   int    // the wizard's height as last set
	person string // the case's person, once loaded

	width, height int

	// saved is what the store holds once pending is saved: the case's
	// answers as loaded, plus every change queued since.
	saved procedures.Answers
	// pending are the changes not yet known to be saved, in order.
	pending []change
	seq     int
	// saving: a save is running; the next waits for it.
	saving bool
	// then is where to go once everything is saved (done or close); nil
	// while the interview goes on.
	then tea.Msg
	// err is the last failure, shown under the form until a save works.
	err error
	// leaving: the person asked to leave but a save failed; a second esc
	// leaves anyway.
	leaving bool
	// badProc: the case names a procedure this build does not know.
	badProc error
	// rename is the person's name field, open after shift+tab on the
	// first question (interview_rename.go); nil otherwise.
	rename *textinput.Model

	// shown, while an answer just confirmed is being saved, is the wizard
	// as it was when enter was pressed: it is drawn instead of the next
	// question until the save has returned, so whatever is on screen after
	// enter is already on disk (issue 14). held are the keys and pastes
	// typed meanwhile, replayed in order once the save returns.
	shown *wizard.Model
	held  []tea.Msg

	// start is how the interview opened; intro shows its line (resumed,
	// answers copied) until the first key.
	start interviewStart
	intro bool
}

// change is one answer to save (or, with remove, to delete).
type change struct {
	seq    int
	key    string
	value  string
	remove bool
}

// changesSavedMsg reports the outcome of saving changes up to seq.
type changesSavedMsg struct {
	caseID uint64
	seq    int
	err    error
}

// interviewPersonMsg carries the case's person's name for the header.
type interviewPersonMsg struct {
	caseID uint64
	name   string
}

// newInterviewModel opens the interview of case c: at its first unanswered
// question with the earlier answers filled in, or at the review screen when
// review is set ("edit answers") or every question is answered.
func newInterviewModel(st Store, c record.Case, ctx procedures.Context, styles Styles, keys KeyMap, review bool) interviewModel {
	return newInterviewModelFrom(st, c, ctx, styles, keys, review, interviewStart{})
}

// interviewStart says how an interview came to open, for its first
// screen's line (interview_intro.go).
type interviewStart struct {
	// resumed: the interview stopped half way and reopens at start-up.
	resumed bool
	// copied are the answers a family member's case copied from another
	// case (the procedure's Shared keys); from is that case's person.
	copied []string
	from   string
}

// newInterviewModelFrom is newInterviewModel for an interview resumed or
// started with copied answers: the wizard does not stop at the copied
// answers, and the first screen says what happened.
func newInterviewModelFrom(st Store, c record.Case, ctx procedures.Context, styles Styles, keys KeyMap, review bool, start interviewStart) interviewModel {
	m := interviewModel{st: st, c: c, ctx: ctx, styles: styles, keys: keys, saved: c.Answers.Clone(),
		start: start, intro: start.resumed || len(start.copied) > 0}
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		m.badProc = fmt.Errorf("case %d: %w", c.ID, err)
		return m
	}
	m.proc = proc
	m.wiz = wizard.New(proc, c.Answers, wizard.Options{
		Theme:   interviewTheme{},
		Styles:  func(isDark bool) wizard.Styles { return wizardStyles(NewStyles(isDark)) },
		Keys:    wizardKeys(keys),
		Review:  review,
		Given:   start.copied,
		Context: ctx,
	})
	return m
}

// Init implements the screen: the first form's focus, and the person's name.
func (m interviewModel) Init() tea.Cmd {
	if m.badProc != nil {
		return nil
	}
	return tea.Batch(m.wiz.Init(), personNameCmd(m.st, m.c))
}

// Update implements the screen. On a short terminal the error line's
// room follows the error, so the wizard is sized again when it changes.
func (m interviewModel) Update(msg tea.Msg) (interviewModel, tea.Cmd) {
	m, cmd := m.update(msg)
	if m.badProc == nil && m.compact() && m.wizH != max(m.height-m.chromeHeight(), 3) {
		m.SetSize(m.width, m.height)
	}
	return m, cmd
}

func (m interviewModel) update(msg tea.Msg) (interviewModel, tea.Cmd) {
	if m.badProc != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Back) {
			return m, emitMsg(closeScreenMsg{})
		}
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		// The root sized us already (SetSize); the raw terminal size would
		// overflow the frame, so the wizard gets ours.
		m.SetSize(m.width, m.height)
		return m, nil
	case tea.BackgroundColorMsg:
		m.styles = NewStyles(msg.IsDark())
	case tea.PasteMsg:
		if m.shown != nil {
			m.held = append(m.held, msg)
			return m, nil
		}
	case tea.KeyPressMsg:
		if m.shown != nil {
			m.held = append(m.held, msg)
			return m, nil
		}
		m.intro = false
		if m.rename != nil {
			return m.updateRename(msg)
		}
		if key.Matches(msg, renameKey) && m.canRename() {
			return m.openRename()
		}
		if !key.Matches(msg, m.keys.Back) {
			m.leaving = false
		}
	case personRenamedMsg:
		return m.renamed(msg)
	case interviewPersonMsg:
		if msg.caseID == m.c.ID {
			m.person = msg.name
		}
		return m, nil
	case wizard.AnswerMsg, wizard.RemoveMsg:
		return m.sync(m.wiz.Answers())
	case wizard.DoneMsg:
		m.then = interviewDoneMsg{CaseID: m.c.ID}
		return m.sync(msg.Answers)
	case wizard.CancelMsg:
		if m.leaving {
			return m, emitMsg(closeScreenMsg{})
		}
		m.then = closeScreenMsg{}
		return m.sync(m.wiz.Answers())
	case changesSavedMsg:
		return m.savedChanges(msg)
	}
	before := m.wiz
	var cmd tea.Cmd
	m.wiz, cmd = m.wiz.Update(msg)
	if m.wiz.Submits() != before.Submits() {
		// The key took an answer: save it now, in this Update (not on
		// the wizard's AnswerMsg, a round trip later), and keep the
		// answered question on screen until the save returns.
		var save tea.Cmd
		m, save = m.sync(m.wiz.Answers())
		if m.saving {
			m.shown = &before
		}
		cmd = tea.Batch(save, cmd)
	}
	return m, cmd
}

// release ends the wait for a save: the next question shows, and the keys
// typed meanwhile reach it in order. A replayed enter that takes another
// answer starts another wait; the keys after it stay held for the end of
// that one.
func (m interviewModel) release() (interviewModel, tea.Cmd) {
	m.shown = nil
	var cmds []tea.Cmd
	for len(m.held) > 0 && m.shown == nil {
		msg := m.held[0]
		m.held = m.held[1:]
		var cmd tea.Cmd
		m, cmd = m.update(msg)
		cmds = append(cmds, cmd)
	}
	if len(m.held) == 0 {
		m.held = nil
	}
	return m, tea.Batch(cmds...)
}

// waiting reports whether an answer's save is being waited for.
func (m interviewModel) waiting() bool { return m.shown != nil }

// sync queues what differs between answers (the wizard's, as they stand)
// and what is saved, and starts saving.
func (m interviewModel) sync(answers procedures.Answers) (interviewModel, tea.Cmd) {
	for _, k := range slices.Sorted(maps.Keys(answers)) {
		if old, ok := m.saved[k]; !ok || old != answers[k] {
			m.seq++
			m.pending = append(m.pending, change{seq: m.seq, key: k, value: answers[k]})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(m.saved)) {
		if _, ok := answers[k]; !ok {
			m.seq++
			m.pending = append(m.pending, change{seq: m.seq, key: k, remove: true})
		}
	}
	m.saved = answers.Clone()
	return m.kick()
}

// kick starts saving every pending change, oldest first, unless a save is
// running (its end kicks again); with nothing pending it goes where then
// says.
func (m interviewModel) kick() (interviewModel, tea.Cmd) {
	if m.saving {
		return m, nil
	}
	if len(m.pending) == 0 {
		then := m.then
		m.then = nil
		if then == nil {
			return m, nil
		}
		return m, emitMsg(then)
	}
	m.saving = true
	return m, saveChangesCmd(m.st, m.c.ID, m.pending, m.ctx.Lang)
}

func (m interviewModel) savedChanges(msg changesSavedMsg) (interviewModel, tea.Cmd) {
	if msg.caseID != m.c.ID {
		return m, nil
	}
	m.saving = false
	if msg.err != nil {
		m.err = msg.err
		// The answer is kept and saved again with the next one; the
		// person goes on, with the error on screen.
		var replay tea.Cmd
		if m.shown != nil {
			m, replay = m.release()
		}
		then := m.then
		m.then = nil
		switch then.(type) {
		case closeScreenMsg:
			m.leaving = true
		case interviewDoneMsg:
			// The wizard finished; reopen its review so nothing is lost and
			// the person can confirm again once the disk is back.
			m.wiz = wizard.New(m.proc, m.wiz.Answers(), wizard.Options{
				Theme:   interviewTheme{},
				Styles:  func(isDark bool) wizard.Styles { return wizardStyles(NewStyles(isDark)) },
				Keys:    wizardKeys(m.keys),
				Review:  true,
				Context: m.ctx,
			})
			m.SetSize(m.width, m.height)
		}
		return m, replay
	}
	kept := m.pending[:0]
	for _, c := range m.pending {
		if c.seq > msg.seq {
			kept = append(kept, c)
		}
	}
	m.pending = kept
	if len(m.pending) == 0 {
		m.err = nil
	}
	m, cmd := m.kick()
	if m.shown != nil && !m.saving {
		var replay tea.Cmd
		m, replay = m.release()
		cmd = tea.Batch(cmd, replay)
	}
	return m, cmd
}

// saveChangesCmd applies changes in order, one store call each, stopping at
// the first failure, which names the answer in l's words, not its key.
func saveChangesCmd(st Store, caseID uint64, changes []change, l *i18n.Printer) tea.Cmd {
	todo := append([]change(nil), changes...)
	return func() tea.Msg {
		for _, c := range todo {
			var err error
			if c.remove {
				err = st.DeleteAnswer(caseID, c.key)
			} else {
				err = st.SaveAnswer(caseID, c.key, c.value)
			}
			if err != nil {
				return changesSavedMsg{caseID: caseID,
					err: wrapf(err, "could not save the answer %s (it is kept, and saved again with your next answer)", wizard.KeyLabel(l, c.key))}
			}
		}
		last := 0
		if len(todo) > 0 {
			last = todo[len(todo)-1].seq
		}
		return changesSavedMsg{caseID: caseID, seq: last}
	}
}

// personNameCmd reads the name of the case's person for the header.
func personNameCmd(st Store, c record.Case) tea.Cmd {
	return func() tea.Msg {
		people, err := st.People()
		if err != nil {
			return nil // the header simply goes without the name
		}
		for _, p := range people {
			if p.ID == c.PersonID {
				return interviewPersonMsg{caseID: c.ID, name: p.Name}
			}
		}
		return nil
	}
}

// ShortHelp implements help.KeyMap: the wizard's keys for its screen.
func (m interviewModel) ShortHelp() []key.Binding {
	if m.badProc != nil {
		return []key.Binding{m.keys.Back}
	}
	if m.rename != nil {
		keep := m.keys.Back
		keep.SetHelp(keep.Help().Key, m.ctx.Lang.T("keep the name"))
		done := renameDone
		done.SetHelp("enter", m.ctx.Lang.T("save the name"))
		return []key.Binding{done, keep}
	}
	ks := m.wiz.ShortHelp()
	if m.canRename() {
		rk := renameKey
		rk.SetHelp("shift+tab", m.ctx.Lang.T("change the name"))
		// After the way to answer (enter), which a narrow bar must keep.
		at := 0
		for i, b := range ks {
			if b.Enabled() && slices.Contains(b.Keys(), "enter") {
				at = i + 1
				break
			}
		}
		ks = slices.Insert(slices.Clone(ks), at, rk)
	}
	return ks
}

// FullHelp implements help.KeyMap.
func (m interviewModel) FullHelp() [][]key.Binding {
	if m.badProc != nil {
		return [][]key.Binding{{m.keys.Back}}
	}
	if m.rename != nil {
		return [][]key.Binding{m.ShortHelp()}
	}
	if m.canRename() {
		if letter := m.wiz.ChoiceHelp(); letter != nil {
			return [][]key.Binding{m.ShortHelp(), letter}
		}
		return [][]key.Binding{m.ShortHelp()}
	}
	return m.wiz.FullHelp()
}

// emitMsg returns a command that delivers msg: how a screen asks the root
// to navigate.
func emitMsg(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
