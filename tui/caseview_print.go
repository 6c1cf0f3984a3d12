package tui

import (
	"errors"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/casebook"
	"tramite/export"
)

// What the case view prints (issue 9): `l` opens the letter view, `p`
// writes the PDF packet, asking before it replaces a file.

// writesLetters reports whether tramite writes a letter for this case, or
// would once data is given: `l` is disabled for procedures with none.
func (m caseViewModel) writesLetters() bool {
	if m.proc == nil {
		return false
	}
	ls, err := casebook.Letters(m.proc, m.c, m.person, m.opts.Context)
	return err != nil || len(ls) > 0
}

// openLetter opens the letter view (or its details form, when the letter
// needs the person's data).
func (m caseViewModel) openLetter() (caseViewModel, tea.Cmd) {
	m.letter = newLetterViewModel(m.st, m.opts.Context, m.styles, m.keys, m.person, m.c, m.proc,
		m.width, max(m.height-1, 0))
	m.mode, m.status = modeLetter, ""
	return m, m.letter.Init()
}

// updateLetterKey: while a letter is read, esc, p and E are the case
// view's; everything else (and every key while the form is open) goes to
// the letter view.
func (m caseViewModel) updateLetterKey(msg tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	if !m.letter.Capturing() {
		switch {
		case key.Matches(msg, m.keys.Back):
			m.mode = modeView
			m.rebuild()
			return m, nil
		case key.Matches(msg, m.keys.Packet):
			m.mode = modeView
			return m.openPacket()
		case key.Matches(msg, m.keys.EditAnswers):
			m.nav = openInterviewMsg{CaseID: m.c.ID, Review: true}
			return m, nil
		}
	}
	return m.updateLetter(msg)
}

// updateLetter forwards a message to the letter view and takes the
// screen back when its form was cancelled.
func (m caseViewModel) updateLetter(msg tea.Msg) (caseViewModel, tea.Cmd) {
	if m.mode != modeLetter {
		return m, nil
	}
	var cmd tea.Cmd
	m.letter, cmd = m.letter.Update(msg)
	m.status = m.letter.status
	if m.letter.closed {
		m.mode = modeView
		m.rebuild()
	}
	return m, cmd
}

// openPacket asks for the paper and the file of the PDF packet; the
// values of an earlier attempt (a failed write, a name already taken) are
// kept.
func (m caseViewModel) openPacket() (caseViewModel, tea.Cmd) {
	p := m.pend
	if p == nil || p.format != formatPDF {
		// Letter (carta, what Mexican offices use) first in Spanish, as
		// `tramite export` does (issue 21).
		paper := export.PaperA4
		if m.opts.Context.Lang.Spanish() {
			paper = export.PaperLetter
		}
		p = &pendingForm{format: formatPDF, paper: paper,
			path: filepath.Join(m.opts.ExportDir, exportBase(m.person.Name, m.c.Procedure, m.c.ID)+".pdf")}
	}
	m.pend = p
	m.form, m.formFields = m.newForm(m.T("Printable packet (PDF)"),
		huh.NewSelect[string]().Title(m.T("Paper")).Options(
			huh.NewOption("A4", export.PaperA4),
			huh.NewOption(m.T("Letter (tamaño carta)"), export.PaperLetter)).Value(&p.paper),
		huh.NewInput().Title(m.T("File")).
			Description(m.T("asks before replacing a file")).
			Value(&p.path).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return errors.New(m.T("type a file name, such as %s", exportBase(m.person.Name, m.c.Procedure, m.c.ID)+".pdf"))
			}
			return nil
		}),
	)
	m.mode, m.status = modeForm, ""
	return m, m.form.Init()
}

// updateReplaceKey answers "replace the existing file?" for the export
// form and the PDF packet alike: y replaces it, esc writes nothing, any
// other key goes back to the form that named the file.
func (m caseViewModel) updateReplaceKey(msg tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	m.mode = modeView
	switch {
	case key.Matches(msg, m.keys.Replace) && m.pend != nil:
		return m.export(m.pend, true)
	case key.Matches(msg, m.keys.Back):
		m.status = m.T("Not replaced: nothing written")
		m.rebuild()
		return m, nil
	}
	if m.pend != nil && m.pend.format != formatPDF {
		return m.openExport()
	}
	return m.openPacket()
}

func (m caseViewModel) replaceView() string {
	return m.styles.Case.Dialog.Width(max(min(m.width, 76), 20)).Render(
		m.styles.Warning.Render(m.T("That file already exists:")) + "\n" + m.replacing + "\n\n" +
			m.T("Press y to replace it, esc to write nothing,\nany other key to choose another name."))
}
