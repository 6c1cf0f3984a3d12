package tui

import (
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/record"
)

// Several desks on one database (issue 18): the case view saves its notes
// and stage changes over the version of the case it shows
// (casebook.SaveAt). When another desk changed the case meanwhile the
// save is refused (record.ErrConflict); the view then reloads the case
// and keeps what was typed: the notes editor stays open with the text,
// under the notes as now stored, and a stage form opens again with its
// values. Saving again saves them over the other desk's version, which
// the person has now seen.

// conflictKind is what a refused save was.
type conflictKind int

const (
	conflictOther conflictKind = iota // nothing typed to keep (ready, back a stage)
	conflictNotes                     // the notes editor's text
	conflictStage                     // a stage form's values (caseViewModel.pend)
)

// caseConflictMsg reports a save refused because the case changed at
// another desk, with the case as now stored (reloadErr when it could not
// be read again).
type caseConflictMsg struct {
	conflict  *record.ConflictError
	kind      conflictKind
	c         record.Case
	person    record.Person
	reloadErr error
}

func (caseConflictMsg) caseViewMsg() {}

// versionedSaveCmd saves edit over version base of case id; ok makes the
// message of a saved case; failed words any other failure.
func versionedSaveCmd(st Store, id, base uint64, kind conflictKind, edit func(c *record.Case), failed string, ok func(saved record.Case) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		saved, err := casebook.SaveAt(st, id, base, edit)
		var ce *record.ConflictError
		if errors.As(err, &ce) {
			msg := caseConflictMsg{conflict: ce, kind: kind}
			msg.c, msg.reloadErr = st.Case(id)
			if msg.reloadErr == nil {
				msg.person, _ = st.Person(msg.c.PersonID)
			}
			return msg
		}
		if err != nil {
			return caseFailedMsg{err: wrapf(err, failed)}
		}
		return ok(saved)
	}
}

// bumpVersion is the view's copy after a single-field edit of the store's
// (a tick): the stored version moved by one. A store without versions
// (0) stays at 0.
func bumpVersion(c *record.Case) {
	if c.Version != 0 {
		c.Version++
	}
}

// conflicted reloads the case another desk changed and keeps what was
// typed: the notes in their editor, a stage form's values in the form,
// opened again.
func (m caseViewModel) conflicted(msg caseConflictMsg) (caseViewModel, tea.Cmd) {
	ce := &conflictError{at: msg.conflict.At, kind: msg.kind, err: msg.conflict}
	m.status = ""
	if msg.reloadErr != nil {
		m.err = wrapf(msg.reloadErr, "could not open case %d", m.id)
		m.rebuild()
		return m, nil
	}
	m.person = msg.person
	m.setCase(msg.c)
	m.err = ce
	switch {
	case msg.kind == conflictNotes && m.mode == modeNotes:
		m.conflict = ce
		m.notesBase = msg.c.Version // the person now sees the stored notes
		m.notes.SetHeight(max(min(m.height-12, 12), 1))
	case msg.kind == conflictStage && m.mode == modeView && m.pend != nil && m.pend.target != "":
		m.pend.base = msg.c.Version
		m.form, m.formFields = m.stageForm(m.pend)
		m.mode = modeForm
		m.rebuild()
		return m, tea.Batch(m.form.Init(), func() tea.Msg { return dataChangedMsg{} })
	}
	m.rebuild()
	// The dashboard behind shows the other desk's change too.
	return m, func() tea.Msg { return dataChangedMsg{} }
}

// endConflict forgets a notes conflict: the notes were saved, or the
// editor closed.
func (m *caseViewModel) endConflict() {
	if m.conflict == nil {
		return
	}
	m.conflict = nil
	m.notes.SetHeight(max(min(m.height-6, 12), 1))
}

// conflictNotesLines is how many lines of the stored notes show above the
// editor after a conflict (the rest scrolls out of sight, not lost: they
// are stored).
const conflictNotesLines = 4

// notesView is the notes editor; after a conflict, the notes another desk
// saved above it, and the text typed here in it.
func (m caseViewModel) notesView() string {
	head := m.styles.Case.Section.Render(m.T("Notes"))
	if m.conflict == nil {
		return head + "\n" + m.notes.View()
	}
	stored := m.c.Notes
	if strings.TrimSpace(stored) == "" {
		stored = m.T("(no notes)")
	}
	lines := wordWrap(stored, max(m.width-2, 10))
	if len(lines) > conflictNotesLines {
		lines = append(lines[:conflictNotesLines-1], "…")
	}
	var b strings.Builder
	b.WriteString(m.styles.Case.Section.Render(m.T("Notes as stored now (changed at another desk at %s)", m.conflict.clock())))
	for _, l := range lines {
		b.WriteString("\n" + m.styles.Muted.Render(l))
	}
	b.WriteString("\n" + m.styles.Case.Section.Render(m.T("Your text, not saved yet (%s saves it in their place)", m.keys.Save.Help().Key)))
	b.WriteString("\n" + m.notes.View())
	return b.String()
}

// conflictError is the status line's word for a refused save: what
// happened and what was kept, in the user's language.
type conflictError struct {
	at   time.Time
	kind conflictKind
	err  *record.ConflictError
}

const (
	conflictTyped   = "This case was changed at another desk at %s; your change was not saved. The case was reloaded and what you typed is kept: save again to keep it."
	conflictNothing = "This case was changed at another desk at %s; your change was not saved. The case was reloaded: look at it and try again."
)

func (e *conflictError) clock() string { return e.at.Local().Format("15:04") }

func (e *conflictError) text() string {
	if e.kind == conflictOther {
		return conflictNothing
	}
	return conflictTyped
}

func (e *conflictError) Error() string { return strings.Replace(e.text(), "%s", e.clock(), 1) }
func (e *conflictError) Unwrap() error { return e.err }
func (e *conflictError) messageIn(l *i18n.Printer) string {
	return l.T(e.text(), e.clock())
}
