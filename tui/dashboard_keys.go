package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
)

// updateKey handles a key press while the search box is closed.
func (m dashboardModel) updateKey(msg tea.KeyPressMsg) (dashboardModel, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.PageUp):
		m.move(-m.pageSize())
	case key.Matches(msg, k.PageDown):
		m.move(m.pageSize())
	case key.Matches(msg, k.Home):
		m.move(-len(m.visible))
	case key.Matches(msg, k.End):
		m.move(len(m.visible))
	case key.Matches(msg, k.Open):
		if id, _ := m.selected(); id != 0 {
			m.nav = openCaseMsg{CaseID: id}
		}
	case key.Matches(msg, k.NewCase):
		m.nav = openNewCaseMsg{Procedure: m.filter.procID}
	case key.Matches(msg, k.SwitchView):
		id, dl := m.selected()
		if m.view == viewDeadlines {
			m.view = viewCases
		} else {
			m.view = viewDeadlines
		}
		m.cursor, m.offset = 0, 0
		m.refilter()
		m.selectCase(id, dl)
	case key.Matches(msg, k.Search):
		m.searching = true
		m.updateKeys()
		return m, m.search.Focus()
	case key.Matches(msg, k.FilterPerson):
		m.picker = newPersonPicker(m.ctx.Lang, m.people, m.filter.personID)
		// Sized, or bubbles' text box shows one letter of its placeholder
		// ("persona: e").
		m.picker.input.SetWidth(max(m.width-ansi.StringWidth(m.picker.input.Prompt)-1, 1))
		m.picking = true
		return m, m.picker.input.Focus()
	case key.Matches(msg, k.FilterProcedure):
		m.procIdx = cycle(m.procIdx, len(m.procs))
		m.filter.procID = ""
		if m.procIdx >= 0 {
			m.filter.procID = m.procs[m.procIdx].key
		}
		m.refilterKeep()
	case key.Matches(msg, k.ClearFilters):
		m.filter = filter{showDone: m.filter.showDone}
		m.personIdx, m.procIdx = -1, -1
		m.search.SetValue("")
		m.refilterKeep()
	case key.Matches(msg, k.ShowDone):
		m.filter.showDone = !m.filter.showDone
		m.refilterKeep()
	}
	return m, nil
}

// updatePicker handles a key press while the person picker is open:
// enter filters by the person picked (or everyone), esc leaves the filter
// as it was.
func (m dashboardModel) updatePicker(msg tea.KeyPressMsg) (dashboardModel, tea.Cmd) {
	p, res, cmd := m.picker.update(msg, m.keys, m.pageSize())
	m.picker = p
	switch res {
	case pickChosen:
		id, _ := p.chosen()
		m.filter.personID = id
		m.personIdx = indexOfChoice(m.people, id, "")
		fallthrough
	case pickCanceled:
		m.picking = false
		m.picker.input.Blur()
		m.refilterKeep()
	}
	return m, cmd
}

// updateSearch handles a key press while the search box has focus: enter
// keeps the filter, esc clears it, arrows still move the cursor, anything
// else edits the text and refilters.
func (m dashboardModel) updateSearch(msg tea.KeyPressMsg) (dashboardModel, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.SearchKeep):
		m.searching = false
		m.search.Blur()
		m.updateKeys()
		return m, nil
	case key.Matches(msg, m.keys.SearchClear):
		m.searching = false
		m.search.Blur()
		m.search.SetValue("")
		m.filter.query = ""
		m.refilterKeep()
		return m, nil
	case msg.Code == tea.KeyUp || msg.Code == tea.KeyDown:
		// Only the arrows: j and k are letters of the search text here.
		if msg.Code == tea.KeyUp {
			m.move(-1)
		} else {
			m.move(1)
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	if q := casebook.FoldName(m.search.Value()); q != m.filter.query {
		m.filter.query = q
		m.refilterKeep()
	}
	return m, cmd
}

// refilterKeep refilters and keeps the cursor on the same row if it stays.
func (m *dashboardModel) refilterKeep() {
	id, dl := m.selected()
	m.refilter()
	m.selectCase(id, dl)
}

// cycle steps i through -1 (all), 0..n-1, then back to -1.
func cycle(i, n int) int {
	if i+1 >= n {
		return -1
	}
	return i + 1
}

// move shifts the cursor by delta rows, clamped, scrolling as needed: O(1).
func (m *dashboardModel) move(delta int) {
	if len(m.visible) == 0 {
		return
	}
	m.cursor = max(0, min(len(m.visible)-1, m.cursor+delta))
	m.clampOffset()
}

// clampOffset scrolls so the cursor row is on screen.
func (m *dashboardModel) clampOffset() {
	page := m.pageSize()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+page {
		m.offset = m.cursor - page + 1
	}
	m.offset = max(0, min(m.offset, max(len(m.visible)-page, 0)))
}

// pageSize is how many rows fit below the dashboard's header lines and
// above the highlighted row's detail (dashboard_detail.go).
func (m dashboardModel) pageSize() int {
	return max(m.height-m.headerLines()-m.detailHeight(), 1)
}

// headerLines is the number of lines above the rows: tabs, filters and
// column headings, dropped one by one on very short terminals.
func (m dashboardModel) headerLines() int {
	switch {
	case m.height >= 8:
		return 3
	case m.height >= 5:
		return 2
	case m.height >= 3:
		return 1
	}
	return 0
}
