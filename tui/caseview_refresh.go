package tui

import (
	"errors"
	"maps"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
	"tramite/record"
)

// Several desks on one database (issue 18): an open case follows the
// changes made elsewhere. When the store's change counter moves (watch.go:
// LISTEN/NOTIFY on PostgreSQL, the file's counter on bbolt) the case view
// reads its case again, off the event loop, and shows what is stored now,
// keeping the cursor, the scroll and the mode, with a status line that says
// so. What is being typed (the notes editor, a stage form, the notice form)
// is not touched: only the case behind it is reloaded, and the save still
// goes over the version the typing began from (notesBase, pendingForm.base),
// so the version check decides at save (caseview_conflict.go) and nobody's
// change is overwritten unseen.

// caseRefreshedMsg is the open case as stored after a change somewhere.
type caseRefreshedMsg struct {
	id     uint64
	c      record.Case
	person record.Person
	err    error
}

func (caseRefreshedMsg) caseViewMsg() {}

// refreshCaseCmd reads case id and its person again.
func refreshCaseCmd(st Store, id uint64) tea.Cmd {
	return func() tea.Msg {
		c, err := st.Case(id)
		if err != nil {
			return caseRefreshedMsg{id: id, err: err}
		}
		p, err := st.Person(c.PersonID)
		if err != nil && !errors.Is(err, record.ErrNotFound) {
			return caseRefreshedMsg{id: id, err: err}
		}
		return caseRefreshedMsg{id: id, c: c, person: p}
	}
}

// refreshOpenCase is the watcher's read of the open case, nil when no
// case view is open.
func (a *App) refreshOpenCase() tea.Cmd {
	if a.screen != screenCase || !a.caseView.loaded {
		return nil
	}
	return refreshCaseCmd(a.st, a.caseView.id)
}

const (
	updatedElsewhere       = "Updated at another desk at %s"
	updatedElsewhereTyping = "Updated at another desk at %s; what you are typing is kept"
)

// refreshed shows the case as stored now. A read older than the view's
// copy, or one that shows nothing new (this desk's own save coming back),
// changes nothing; a store without versions (0) is compared by what the
// view shows.
func (m caseViewModel) refreshed(msg caseRefreshedMsg) (caseViewModel, tea.Cmd) {
	if msg.id != m.id || !m.loaded {
		return m, nil
	}
	if msg.err != nil {
		// Deleted at another desk: say so; any other error is the
		// watcher's to show (the database cannot be reached).
		if errors.Is(msg.err, record.ErrNotFound) {
			m.err, m.status = wrapf(msg.err, "could not open case %d", m.id), ""
			m.rebuild()
		}
		return m, nil
	}
	read := msg.c // with the history the store keeps
	if msg.c.Version != 0 && msg.c.Version == m.c.Version {
		// The case as the view has it (or a read from before this desk's
		// own change still on its way): only its person, changed at
		// another desk without touching the case, is news.
		if !personDiffers(m.person, msg.person) {
			return m, nil
		}
		msg.c = m.c
	}
	if msg.c.Version != 0 && msg.c.Version < m.c.Version {
		return m, nil
	}
	differs := shownDiffers(m.c, m.person, msg.c, msg.person)
	if !differs && msg.c.Version == 0 {
		return m, nil
	}
	m.person = msg.person
	m.setCase(msg.c) // keeps the viewport's offset and clamps the cursor
	cmd := m.followSubScreen(read)
	if !differs {
		return m, cmd // this desk's own change: only the version moved
	}
	at := msg.c.Updated
	if msg.person.Updated.After(at) {
		at = msg.person.Updated // the change was the person's
	}
	clock := at.Local().Format("15:04")
	if m.typing() {
		m.status = m.T(updatedElsewhereTyping, clock)
	} else {
		m.status = m.T(updatedElsewhere, clock)
	}
	// An error about the old copy (a refused save) is answered by the
	// reload; a conflict in the notes editor stays until saved or closed.
	if m.conflict == nil {
		m.err = nil
	}
	m.rebuild()
	return m, cmd
}

// typing reports whether the keyboard is in a form or editor whose text a
// reload must not touch.
func (m caseViewModel) typing() bool {
	switch m.mode {
	case modeNotes, modeForm, modeNotice:
		return true
	case modeLetter:
		return m.letter.Capturing()
	case modeGuide:
		return m.guide.Capturing()
	}
	return false
}

// shownDiffers reports whether the stored case shows anything the view's
// copy does not: what this desk saved itself comes back the same.
func shownDiffers(was record.Case, wasP record.Person, now record.Case, nowP record.Person) bool {
	return was.Procedure != now.Procedure || was.PersonID != now.PersonID ||
		was.Notes != now.Notes || was.Progress != now.Progress ||
		!maps.Equal(was.Answers, now.Answers) || !maps.Equal(was.Ticks, now.Ticks) ||
		personDiffers(wasP, nowP)
}

// personDiffers reports whether the person shows anything new: a name, a
// nationality or a detail a letter or a message uses.
func personDiffers(was, now record.Person) bool {
	return was.Name != now.Name || was.Nationality != now.Nationality || !maps.Equal(was.Details, now.Details)
}

// followSubScreen brings the open sub-screen up to the case as stored now
// (c, as read; m.c may be the view's copy), keeping its scroll, which
// message or letter is on show and anything typed in it.
func (m *caseViewModel) followSubScreen(c record.Case) tea.Cmd {
	switch m.mode {
	case modeGuide:
		m.guide.setDetail(m.detail) // the viewport keeps its offset
	case modeMessages:
		m.followMessages()
	case modeHistory:
		m.history.loading = false
		m.history.lines = casebook.HistoryLines(m.opts.Context.Lang, m.proc, c)
		m.history.offset = min(m.history.offset, max(len(m.historyRows())-m.historyRoom(), 0))
	case modeLetter:
		return m.letter.follow(m.person, m.c, m.proc)
	}
	return nil
}
