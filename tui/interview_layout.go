package tui

import (
	"charm.land/lipgloss/v2"

	"tramite/textwrap"
)

// The interview's frame: its header over the wizard and the error line
// under it, with blank lines between on a terminal tall enough to spare
// them.

// SetSize gives the wizard the space under the header and over the error
// line.
func (m *interviewModel) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.badProc == nil {
		m.wizH = max(h-m.chromeHeight(), 3)
		m.wiz.SetSize(w, m.wizH)
	}
}

// compactBelow is the height under which the interview drops its blank
// lines and keeps no room for an error it does not have: on a short
// terminal every line goes to the question.
const compactBelow = 16

func (m interviewModel) compact() bool { return m.height < compactBelow }

// chromeHeight is the header line and the gap after it, plus the error
// line and its gap; on a short terminal the header and the error as it
// stands.
func (m interviewModel) chromeHeight() int {
	if !m.compact() {
		return 4
	}
	h := 1
	if m.introText(max(m.width, 20)) != "" {
		h++ // the first screen's line under the title
	}
	if text := m.errText(); text != "" {
		return h + lipgloss.Height(textwrap.Wrap(text, max(m.width, 20)))
	}
	return h
}

// errText is the error line's text, or "".
func (m interviewModel) errText() string {
	if m.err == nil {
		return ""
	}
	text := messageIn(m.ctx.Lang, m.err)
	if m.leaving {
		text += m.ctx.Lang.T(" Press esc again to leave without it.")
	}
	return text
}

// View implements the screen.
func (m interviewModel) View() string {
	if m.badProc != nil {
		return m.styles.Error.Render(textwrap.Wrap(m.badProc.Error(), max(m.width, 20))) +
			"\n\n" + m.styles.Muted.Render(m.ctx.Lang.T("Press esc to go back."))
	}
	body := m.wiz.View()
	if m.shown != nil {
		body = m.shown.View()
	}
	if m.rename != nil {
		body = m.renameView()
	}
	sep := "\n\n"
	if m.compact() {
		sep = "\n"
	}
	out := m.styles.Title.Render(m.titleText(max(m.width, 20)))
	if intro := m.introText(max(m.width, 20)); intro != "" {
		// In the gap under the title (on a short terminal, a line of
		// its own, until the first key).
		out += "\n" + m.styles.Muted.Render(intro) + "\n" + body
	} else {
		out += sep + body
	}
	if text := m.errText(); text != "" {
		out += sep + m.styles.Error.Render(textwrap.Wrap(text, max(m.width, 20)))
	}
	return out
}
