package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The case view's guide to the online steps (issue 19): g opens it, esc
// goes back to the case.

// openGuide opens the guide of the case as the case layer evaluates it.
func (m caseViewModel) openGuide() (caseViewModel, tea.Cmd) {
	m.guide = newGuideViewModel(m.st, m.opts.Context, m.styles, m.keys, m.detail, m.width, max(m.height-1, 0))
	m.mode, m.status, m.err = modeGuide, "", nil
	return m, nil
}

// updateGuideKey: esc is the case view's while no form is open; every
// other key goes to the guide.
func (m caseViewModel) updateGuideKey(msg tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	if key.Matches(msg, m.keys.Back) && !m.guide.Capturing() {
		m.mode, m.status = modeView, ""
		m.rebuild()
		return m, nil
	}
	return m.updateGuide(msg)
}

// updateGuide forwards a message to the guide (its form's messages
// included).
func (m caseViewModel) updateGuide(msg tea.Msg) (caseViewModel, tea.Cmd) {
	if m.mode != modeGuide {
		return m, nil
	}
	var cmd tea.Cmd
	m.guide, cmd = m.guide.Update(msg)
	m.status = m.guide.status
	return m, cmd
}
