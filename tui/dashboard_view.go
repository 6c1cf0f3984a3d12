package tui

import (
	"cmp"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/procedures"
)

// cols are the widths of a list's columns; 0 hides a column. Narrow
// terminals drop the least important columns first.
type cols struct {
	marker, date, when, person, proc, stage, what int
}

const (
	cursorWidth = 2 // "> " before the selected row, so selection shows without colour
	markerWidth = 2 // "!!"
	dateWidth   = 10
	whenWidth   = 13 // "in 365 days", "123 days LATE"
	whenWidthEs = 19 // "123 días de RETRASO"
	stageWidth  = 20 // "listo para presentar", "resolution received": the most a stage label takes (procedures.Procedure.StageLabel)
)

// layout fits the columns of view v into width w. personW, procW and
// stageW are the widest name, procedure id and stage label in the data:
// their columns take no more than that, and what is left goes to "what to
// do".
func layout(w int, v dashView, personW, procW, stageW, whenW int) cols {
	if v == viewCases {
		return layoutCases(w, personW, procW, procW, stageW, whenW)
	}
	w -= cursorWidth
	c := cols{marker: markerWidth, date: dateWidth, when: whenW}
	fixed := markerWidth + 1 + dateWidth + 1 + whenW + 1
	rest := w - fixed
	switch {
	case rest >= 40:
		c.person = clampInt(rest/4, 10, 30)
		if personW > 0 {
			c.person = min(c.person, max(personW, len("person")))
		}
		c.proc = clampInt(rest/4, 10, 30)
		if procW > 0 {
			c.proc = min(c.proc, max(procW, len("procedure")))
		}
	case rest >= 22 && v == viewCases:
		// The cases list names each case: person and procedure share the room.
		c.person = clampInt(rest/2, 10, 30)
		if personW > 0 {
			c.person = min(c.person, max(personW, len("person")))
		}
		c.proc = rest - c.person - 1
	case rest >= 22:
		// No room for the procedure, and "what to do" needs room (at 60
		// columns it kept 14 cells in English, 8 in Spanish): the date
		// gives way. "When" says it in words that carry LATE and TODAY,
		// and the detail line under the list gives the highlighted row's
		// date ("Act by 2026-12-07 (in 4 days)").
		c.date = 0
		rest += dateWidth + 1
		c.person = clampInt(rest/2, 10, 16)
		if personW > 0 {
			c.person = min(c.person, max(personW, len("person")))
		}
	default:
		// Too narrow for names: keep the marker, the date and what matters.
		c.when = 0
		rest += whenW + 1
		if v == viewCases {
			rest += c.stage + 1
			c.stage = 0
		}
		if rest < 8 {
			c.date = 0
			rest += dateWidth + 1
		}
	}
	if v == viewCases {
		if c.person == 0 && c.proc == 0 {
			// The case's name is the point of the cases list.
			c.person = max(rest, 0)
		}
		return c
	}
	used := 0
	if c.person > 0 {
		used += c.person + 1
	}
	if c.proc > 0 {
		used += c.proc + 1
	}
	c.what = max(rest-used, 0)
	if c.proc > 0 && c.date > 0 && c.what < minWhatWidth {
		// The procedure fits, but "what to do" would be a stub: it takes
		// the date's room, as on a narrower screen.
		c.what += c.date + 1
		c.date = 0
	}
	return c
}

// minWhatWidth is the least "what to do" a deadlines list keeps before it
// gives up the date column: enough for "Appointment at the INM", and
// what 80 columns leave it in Spanish with a "123 días de RETRASO".
const minWhatWidth = 20

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }

// View renders the dashboard in exactly its width and height.
func (m dashboardModel) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lines := make([]string, 0, m.height)
	hdr := m.headerLines()
	if hdr >= 1 {
		if m.searching && hdr < 2 {
			lines = append(lines, ansi.Truncate(m.search.View(), m.width, ""))
		} else {
			lines = append(lines, m.tabsLine())
		}
	}
	if m.picking {
		return m.pickerView()
	}
	if hdr >= 2 {
		if m.searching {
			lines = append(lines, ansi.Truncate(m.search.View(), m.width, ""))
		} else {
			lines = append(lines, m.filterLine())
		}
	}
	// The list takes the width the preview pane leaves (all of it when
	// the detail goes under the list).
	pw := m.previewWidth()
	listW := m.width
	if pw > 0 {
		listW = m.width - pw - 1
	}
	// Full procedure names when a quarter of the free room holds them,
	// else the short ids.
	procW := m.procW
	whenW := cmp.Or(m.whenW, whenWidth)
	if (listW-cursorWidth-markerWidth-dateWidth-whenW-3)/4 >= m.procNameW {
		procW = m.procNameW
	}
	c := layout(listW, m.view, m.personW, procW, m.stageW, whenW)
	if m.view == viewCases {
		// procLabel shows the name where the column holds it, else the id.
		c = layoutCases(listW, m.personW, m.procW, m.procNameW, m.stageW, whenW)
	}
	if len(m.visible) == 0 {
		if hdr >= 3 {
			lines = append(lines, m.styles.Dashboard.Header.Render(fit(m.headingText(c), m.width)))
		}
		lines = append(lines, m.emptyLines()...)
		return padLines(lines, m.height)
	}
	top := len(lines)
	if hdr >= 3 {
		lines = append(lines, m.styles.Dashboard.Header.Render(fit(m.headingText(c), listW)))
	}
	end := min(m.offset+m.pageSize(), len(m.visible))
	for pos := m.offset; pos < end; pos++ {
		lines = append(lines, m.rowLine(pos, c, listW))
	}
	if pw > 0 {
		// The pane runs from the headings to the foot, beside the list.
		for len(lines) < m.height {
			lines = append(lines, strings.Repeat(" ", listW))
		}
		pane := m.detailLines(pw, m.height-top, false)
		bar := m.styles.Muted.Render("│")
		for i, l := range pane {
			lines[top+i] += bar + l
		}
		return padLines(lines, m.height)
	}
	if dh := m.detailHeight(); dh > 0 {
		for len(lines) < m.height-dh {
			lines = append(lines, "")
		}
		// A rule over the detail where the lines can spare it.
		lines = append(lines, m.detailLines(m.width, dh, dh >= 5)...)
	}
	// Every line above was built to the width: only the count needs fixing.
	return padLines(lines, m.height)
}

// pickerView is the dashboard while the person picker is open: the tabs,
// the picker's text box, then the matching names.
func (m dashboardModel) pickerView() string {
	lines := []string{ansi.Truncate(m.picker.input.View(), m.width, "")}
	if m.height >= 3 {
		lines = append([]string{m.tabsLine()}, lines...)
	}
	lines = append(lines, m.picker.lines(m.styles, m.width, m.height-len(lines))...)
	return padLines(lines, m.height)
}

func (m dashboardModel) tabsLine() string {
	s := m.styles.Dashboard
	dl, cs := s.TabPassive, s.TabPassive
	l := m.ctx.Lang
	dlText, csText := l.T("Deadlines"), l.T("Cases")
	if m.view == viewDeadlines {
		dl, dlText = s.TabActive, "["+dlText+"]"
	} else {
		cs, csText = s.TabActive, "["+csText+"]"
	}
	left := dl.Render(dlText) + cs.Render(csText)
	count := l.T("%d of %d · today %s", len(m.visible), m.total(), m.ctx.Today)
	if m.preview {
		count = l.T("counting… · today %s", m.ctx.Today)
	}
	right := m.styles.Muted.Render(count)
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return ansi.Truncate(left, m.width, "")
	}
	return left + strings.Repeat(" ", gap) + right
}

func (m dashboardModel) total() int {
	if m.view == viewCases {
		return len(m.cases)
	}
	return len(m.deadlines)
}

func (m dashboardModel) filterLine() string {
	l := m.ctx.Lang
	person, proc := l.T("everyone"), l.T("all procedures")
	if m.personIdx >= 0 {
		person = m.people[m.personIdx].label
	}
	if m.procIdx >= 0 {
		proc = m.procs[m.procIdx].label
	}
	parts := []string{l.T("person: %s (p)", person), l.T("procedure: %s (t)", proc)}
	if m.filter.query != "" {
		parts = append(parts, l.T("search: %s (/)", m.filter.query))
	}
	if m.view == viewDeadlines {
		if m.filter.showDone {
			parts = append(parts, l.T("showing done/past (a)"))
		} else {
			parts = append(parts, l.T("done/past hidden (a)"))
		}
	}
	style := m.styles.Muted
	if m.filter.active() {
		style = m.styles.Dashboard.Filter
	}
	return style.Render(ansi.Truncate(strings.Join(parts, " · "), m.width, "…"))
}

func (m dashboardModel) headingText(c cols) string {
	var b strings.Builder
	b.WriteString("  ")
	l := m.ctx.Lang
	if m.view == viewCases {
		joinCells(&b, cell{"", c.marker}, cell{l.T("next date"), c.date}, cell{l.T("when"), c.when},
			cell{l.T("person"), c.person}, cell{l.T("procedure"), c.proc}, cell{l.T("stage"), c.stage})
		return b.String()
	}
	joinCells(&b, cell{"", c.marker}, cell{l.T("date"), c.date}, cell{l.T("when"), c.when},
		cell{l.T("person"), c.person}, cell{l.T("procedure"), c.proc}, cell{l.T("what to do"), c.what})
	return b.String()
}

// rowLine renders the row at position pos of the visible list in w cells.
func (m dashboardModel) rowLine(pos int, c cols, w int) string {
	var b strings.Builder
	b.Grow(w + 8)
	sel := pos == m.cursor
	if sel {
		b.WriteString("> ")
	} else {
		b.WriteString("  ")
	}
	var u urgency
	l := m.ctx.Lang
	if m.view == viewCases {
		r := &m.cases[m.visible[pos]]
		marker, date, when := "", "—", l.T("no date")
		u = urgLater
		if r.next != nil {
			u = r.next.urg()
			marker, date, when = urgencyMarker(u), r.next.act().String(), daysText(l, r.next.days(), u)
		}
		stage := m.caseStage(r)
		if m.unfinished[r.caseID] {
			marker = "…" // the interview stopped half way (unfinished.go)
		}
		joinCells(&b, cell{marker, c.marker}, cell{date, c.date}, cell{when, c.when},
			cell{fitName(r.person, c.person), c.person}, cell{m.procLabel(r.procName, r.procID, c.proc), c.proc},
			cell{stage, c.stage})
	} else {
		r := &m.deadlines[m.visible[pos]]
		u = r.urg()
		what := procedures.TitleIn(l, r.title())
		if r.hasActBy() {
			if legal := r.tab.date(r.date); casebook.LegalDateClosed(m.ctx.Calendar, legal) {
				what += l.T(" (legal date %s: office closed)", legal.String())
			} else {
				what += l.T(" (%s if your office is open)", legal.String())
			}
		}
		joinCells(&b, cell{urgencyMarker(u), c.marker}, cell{r.act().String(), c.date}, cell{daysText(l, r.days(), u), c.when},
			cell{fitName(r.person, c.person), c.person}, cell{m.procLabel(r.procName, r.procID, c.proc), c.proc}, cell{what, c.what})
	}
	style := m.urgencyStyle(u)
	if sel {
		style = style.Inherit(m.styles.Selected)
	}
	return style.Render(fit(b.String(), w))
}

// procLabel is the procedure's name when the column holds every name,
// else its short id: one or the other for the whole column, never mixed.
func (m dashboardModel) procLabel(name, id string, w int) string {
	if w >= m.procNameW {
		return name
	}
	return procedures.ShortIn(m.ctx.Lang, id)
}

func (m dashboardModel) urgencyStyle(u urgency) lipgloss.Style {
	switch u {
	case urgLate:
		return m.styles.Overdue
	case urgToday:
		return m.styles.DueToday
	case urgSoon, urgNoTerm:
		return m.styles.DueSoon
	case urgMonth:
		return m.styles.DueMonth
	case urgDone, urgPast:
		return m.styles.Done
	}
	return m.styles.Later
}

// emptyLines says why the list is empty and what to press.
func (m dashboardModel) emptyLines() []string {
	var msg string
	l := m.ctx.Lang
	switch {
	case !m.loaded:
		msg = l.T("Loading your cases…")
	case len(m.cases) == 0:
		msg = l.T("No cases yet. Press n to start one: tramite asks a few questions, " +
			"tells you whether you can file, and lists your documents and deadlines.")
	case m.searching && m.filter.personID == 0 && m.filter.procID == "":
		// In the search box c is a letter: esc is what clears.
		msg = l.T("Nothing matches this search. Press esc to clear it.")
	case m.searching:
		msg = l.T("Nothing matches. Press esc to clear the search, then c to clear the filters.")
	case m.filter.active():
		msg = l.T("Nothing matches these filters. Press c to clear them.")
	case m.view == viewDeadlines && !m.filter.showDone:
		msg = l.T("No upcoming deadlines. Press a to show done and past items, or tab for your cases.")
	default:
		msg = l.T("Nothing to show.")
	}
	w := max(m.width-4, 1)
	return strings.Split(m.styles.Dashboard.Empty.Width(w).Render(msg), "\n")
}
