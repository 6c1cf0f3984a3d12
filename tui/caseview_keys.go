package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
)

// updateKey handles a key press: dialogs first, then the view's keys.
func (m caseViewModel) updateKey(msg tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	if m.mode != modeView {
		return m.updateDialogKey(msg)
	}
	k := m.keys
	m.err = nil
	switch {
	case key.Matches(msg, k.Back):
		m.nav = closeScreenMsg{}
	case !m.loaded:
		return m, nil
	case key.Matches(msg, k.Up):
		m.moveCursor(-1)
	case key.Matches(msg, k.Down):
		m.moveCursor(1)
	case key.Matches(msg, k.Guide):
		return m.openGuide()
	case key.Matches(msg, messageKeysIn(m.opts.Context.Lang).Open) && m.proc != nil:
		return m.openMessages()
	case key.Matches(msg, k.History):
		return m.openHistory()
	case key.Matches(msg, k.Notice):
		return m.openNotice()
	case pageViewport(&m.vp, k, msg):
	case key.Matches(msg, k.Tick):
		return m.tick()
	case key.Matches(msg, k.NextStage):
		return m.advance()
	case key.Matches(msg, k.PrevStage):
		return m.stepBack()
	case key.Matches(msg, k.Notes):
		m.mode = modeNotes
		m.notes.SetValue(m.c.Notes)
		m.notesBase = m.c.Version
		return m, m.notes.Focus()
	case key.Matches(msg, k.EditAnswers):
		m.nav = openInterviewMsg{CaseID: m.c.ID, Review: true}
	case key.Matches(msg, k.Delete):
		m.mode = modeDelete
	case key.Matches(msg, k.Export):
		return m.openExport()
	case key.Matches(msg, k.Letter):
		return m.openLetter()
	case key.Matches(msg, k.Packet):
		return m.openPacket()
	case key.Matches(msg, k.AddFamily):
		m.nav = openFamilyCaseMsg{FromCaseID: m.c.ID}
	}
	return m, nil
}

// moveCursor moves the checklist cursor; past either end of the
// checklist, or when the checklist is off screen, it scrolls instead.
func (m *caseViewModel) moveCursor(delta int) {
	n := len(m.docLines)
	next := m.docCursor + delta
	if n == 0 || next < 0 || next >= n || !m.lineVisible(m.docLines[m.docCursor]) {
		if delta < 0 {
			m.vp.ScrollUp(1)
		} else {
			m.vp.ScrollDown(1)
		}
		return
	}
	m.docCursor = next
	m.rebuild()
	m.showDoc(next)
}

// showDoc scrolls checklist item i into view: its wrapped text whole
// when the viewport holds it, its first line always.
func (m *caseViewModel) showDoc(i int) {
	if i >= len(m.docLines) {
		return
	}
	if i < len(m.docLast) {
		m.vp.EnsureVisible(m.docLast[i], 0, 0)
	}
	m.vp.EnsureVisible(m.docLines[i], 0, 0)
}

func (m caseViewModel) lineVisible(line int) bool {
	top := m.vp.YOffset()
	return line >= top && line < top+m.vp.Height()
}

// tick flips the checklist item under the cursor at once and saves it in
// a Cmd; if the save fails the tick is put back and the error shown.
func (m caseViewModel) tick() (caseViewModel, tea.Cmd) {
	docs := m.outcome.Documents
	if m.docCursor >= len(docs) {
		return m, nil
	}
	doc := docs[m.docCursor].ID
	// The status names the document as the checklist does, not by the
	// DOMAIN.md id the tick is stored under.
	name := docs[m.docCursor].Name
	if name == "" {
		name = doc
	}
	was := m.c.Ticks[doc]
	m.setTick(doc, !was)
	m.rebuild()
	m.showDoc(m.docCursor)
	st, id, base := m.st, m.c.ID, m.c.Version
	status := m.T("Ticked: %s", name)
	if was {
		status = m.T("Unticked: %s", name)
	}
	return m, func() tea.Msg {
		if err := st.SetTick(id, doc, !was); err != nil {
			return caseFailedMsg{err: wrapf(err, "could not save the tick"), undoTick: doc, undoDone: was}
		}
		// The tick is already in the view's copy (set optimistically); the
		// store moved the case's version by one. A copy reloaded meanwhile
		// (caseview_refresh.go) keeps its version: the watcher reads the
		// case again after this tick too.
		return caseSavedMsg{status: status, apply: func(c *record.Case) {
			if c.Version == base {
				bumpVersion(c)
			}
		}}
	}
}

// setTick changes a tick in the model's copy of the case. The map is
// copied first: the case value may share it with an earlier message.
func (m *caseViewModel) setTick(doc string, done bool) {
	ticks := make(map[string]bool, len(m.c.Ticks)+1)
	for k, v := range m.c.Ticks {
		ticks[k] = v
	}
	if done {
		ticks[doc] = true
	} else {
		delete(ticks, doc)
	}
	m.c.Ticks = ticks
}

// saveProgressCmd saves pr over version base of the case and reports the
// case as it now stands; a case changed at another desk since is not
// saved but reloaded (caseConflictMsg), the stage form's values kept.
func saveProgressCmd(st Store, id, base uint64, pr procedures.Progress, status string) tea.Cmd {
	return versionedSaveCmd(st, id, base, conflictStage, func(c *record.Case) { c.Progress = pr },
		"could not save the stage (nothing changed; press s to try again)",
		func(saved record.Case) tea.Msg {
			return caseSavedMsg{status: status, progress: true, apply: func(c *record.Case) {
				c.Progress, c.Version, c.Updated = pr, saved.Version, saved.Updated
			}}
		})
}

// stepBack moves the case back one stage, keeping the dates entered, for
// a stage marked by mistake.
func (m caseViewModel) stepBack() (caseViewModel, tea.Cmd) {
	prev, ok := procedures.PrevStage(m.c.Progress.Stage)
	if !ok {
		return m, nil
	}
	pr := m.c.Progress
	pr.Stage = prev
	return m, saveProgressCmd(m.st, m.c.ID, m.c.Version, pr, m.T("Back to %s", m.proc.StageLabelIn(m.opts.Context.Lang, prev)))
}
