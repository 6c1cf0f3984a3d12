package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// The case view's history (issue 19): h opens what happened to the case,
// oldest first (casebook.HistoryLines, as the exports print it); esc goes
// back. The case is read again from the store in a Cmd, so the entries
// the store added with each change are all there.

// historyLoadedMsg carries the case read again for its history.
type historyLoadedMsg struct{ c record.Case }

func (historyLoadedMsg) caseViewMsg() {}

// caseHistory is the history sub-view's state.
type caseHistory struct {
	lines  []casebook.HistoryLine
	offset int
	// loading: the case is being read.
	loading bool
}

// openHistory shows the history, reading the case first.
func (m caseViewModel) openHistory() (caseViewModel, tea.Cmd) {
	m.mode, m.status, m.err = modeHistory, "", nil
	m.history = caseHistory{loading: true, lines: casebook.HistoryLines(m.opts.Context.Lang, m.proc, m.c)}
	st, id := m.st, m.c.ID
	return m, func() tea.Msg {
		c, err := st.Case(id)
		if err != nil {
			return caseFailedMsg{err: wrapf(err, "could not read the case's history")}
		}
		return historyLoadedMsg{c: c}
	}
}

// historyLoaded shows the history of the case as read.
func (m caseViewModel) historyLoaded(msg historyLoadedMsg) (caseViewModel, tea.Cmd) {
	if m.mode != modeHistory {
		return m, nil
	}
	m.history.loading = false
	m.history.lines = casebook.HistoryLines(m.opts.Context.Lang, m.proc, msg.c)
	return m, nil
}

// updateHistoryKey: esc goes back; the arrows and pages scroll.
func (m caseViewModel) updateHistoryKey(msg tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	page := m.historyRoom()
	switch {
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.History):
		m.mode = modeView
		m.rebuild()
	case key.Matches(msg, m.keys.Up):
		m.history.offset--
	case key.Matches(msg, m.keys.Down):
		m.history.offset++
	case key.Matches(msg, m.keys.PageUp):
		m.history.offset -= page
	case key.Matches(msg, m.keys.PageDown):
		m.history.offset += page
	case key.Matches(msg, m.keys.Home):
		m.history.offset = 0
	case key.Matches(msg, m.keys.End):
		m.history.offset = 1 << 30
	}
	m.history.offset = min(max(m.history.offset, 0), max(len(m.historyRows())-m.historyRoom(), 0))
	return m, nil
}

// historyRoom is how many entry rows fit under the title and above the
// status line.
func (m caseViewModel) historyRoom() int { return max(m.height-2, 1) }

// historyRows are the entries, each wrapped under its day.
func (m caseViewModel) historyRows() []string {
	day := len("2026-12-02  ")
	var rows []string
	for _, h := range m.history.lines {
		prefix := strings.Repeat(" ", day)
		if !h.Day.IsZero() {
			prefix = m.styles.Muted.Render(h.Day.String()) + "  "
		}
		for i, l := range wordWrap(h.Text, max(m.width-day, 10)) {
			if i > 0 {
				prefix = strings.Repeat(" ", day)
			}
			rows = append(rows, prefix+l)
		}
	}
	return rows
}

// historyView is the title and the entries from the scroll offset on,
// each wrapped under its day; the status line stays the case view's.
func (m caseViewModel) historyView() string {
	title := m.styles.Title.Render(m.T("History of case %d", m.c.ID))
	rows, room := m.historyRows(), m.historyRoom()
	off := min(m.history.offset, max(len(rows)-room, 0))
	rows = rows[off:]
	if len(rows) > room {
		rows = append(rows[:room-1], m.styles.Muted.Render(m.T("↓ more: ↓/pgdn")))
	}
	return lipgloss.JoinVertical(lipgloss.Left, title, strings.Join(rows, "\n"))
}

// stagesShown are the stages of the case's path on the stage line: the
// approval (card fee to pay, R-PAY-TWO) only for a change of status once
// its first payment is recorded or it was approved.
func (m caseViewModel) stagesShown() []procedures.Stage {
	pr := m.c.Progress
	onPath := m.proc.PaysTwice() && (!pr.FeePaid.IsZero() || !pr.ApprovedDate.IsZero() || pr.Stage == procedures.StageApproved)
	var out []procedures.Stage
	for _, st := range procedures.Stages {
		if st == procedures.StageApproved && !onPath {
			continue
		}
		out = append(out, st)
	}
	return out
}

// paymentLines state the payments and the approval the case records
// (R-PAY-TWO).
func (m caseViewModel) paymentLines() []string {
	pr := m.c.Progress
	var out []string
	if !pr.FeePaid.IsZero() {
		if m.proc.PaysTwice() {
			out = append(out, m.T("First payment (recepción y estudio): %s", pr.FeePaid.String()))
		} else {
			out = append(out, m.T("Fee paid: %s", pr.FeePaid.String()))
		}
	}
	if !pr.ApprovedDate.IsZero() {
		l := m.T("Approved: %s", pr.ApprovedDate.String())
		if !pr.CardFeePaid.IsZero() {
			l += m.T("; card fee paid %s", pr.CardFeePaid.String())
		} else {
			l += m.T("; card fee not paid yet")
		}
		out = append(out, l)
	}
	return out
}
