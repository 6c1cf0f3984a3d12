package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
)

// filter is the dashboard's current selection.
type filter struct {
	personID uint64 // 0: everyone
	procID   string // "": every procedure
	query    string // folded search text (casebook.FoldName)
	showDone bool
}

func (f filter) active() bool { return f.personID != 0 || f.procID != "" || f.query != "" }

// caseText is what the search box matches in a case: its person, its
// procedure's id and name. low, their folded text (casebook.FoldName: no
// case, no accents, so "muller" finds "Müller"), is built on the first
// search, not at start-up: folding every row of a large household was
// most of the cost of loading the dashboard.
type caseText struct {
	person, procID, procName string
	low                      string
	built                    bool
}

// lower returns the case's folded search text, building it once.
func (t *caseText) lower() string {
	if !t.built {
		t.low, t.built = casebook.FoldName(t.person)+"\x00"+casebook.FoldName(t.procID)+"\x00"+casebook.FoldName(t.procName), true
	}
	return t.low
}

// ensureSearchText folds the rows' titles, each distinct title once,
// the first time a query filters them; rows are built and lowered as a
// whole, so the first row tells.
func ensureSearchText(rows []deadlineRow) {
	if len(rows) == 0 || rows[0].lowered {
		return
	}
	seen := map[string]string{}
	for i := range rows {
		r := &rows[i]
		r.lowered = true
		low, ok := seen[r.dl.Title]
		if !ok {
			low = casebook.FoldName(r.dl.Title)
			seen[r.dl.Title] = low
		}
		r.titleLow = low
	}
}

// matchesQuery reports whether a deadline row's text contains q: its
// case's text or its title. This is the same as searching the case's text
// and the title joined by a NUL, which a query never holds; one that does
// is searched in that joined text.
func (r *deadlineRow) matchesQuery(q string) bool {
	if strings.IndexByte(q, 0) >= 0 {
		return strings.Contains(r.text.lower()+"\x00"+r.titleLow, q)
	}
	return strings.Contains(r.text.lower(), q) || strings.Contains(r.titleLow, q)
}

func (f filter) matchIDs(personID uint64, procID string) bool {
	return (f.personID == 0 || f.personID == personID) && (f.procID == "" || f.procID == procID)
}

// filterDeadlines returns the indexes of the deadline rows f keeps.
func filterDeadlines(rows []deadlineRow, f filter) []int {
	if f.query != "" {
		ensureSearchText(rows)
	}
	out := make([]int, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if (f.showDone || r.urg.Pending()) && f.matchIDs(r.personID, r.procID) &&
			(f.query == "" || r.matchesQuery(f.query)) {
			out = append(out, i)
		}
	}
	return out
}

// filterCases returns the indexes of the case rows f keeps.
func filterCases(rows []caseRow, f filter) []int {
	out := make([]int, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if f.matchIDs(r.personID, r.procID) && (f.query == "" || strings.Contains(r.text.lower(), f.query)) {
			out = append(out, i)
		}
	}
	return out
}

// searchTextMsg is the folded search text of every row, prepared in a
// Cmd after the rows arrive (prepareSearchCmd), so that the first search
// letter at 100,000 cases filters instead of folding 300,000 texts.
type searchTextMsg struct {
	rows  []deadlineRow // the rows it was prepared for
	cases []caseRow
	// caseLow[i] is cases[i].text's folded text; titleLow[i] is rows[i]'s
	// folded title.
	caseLow, titleLow []string
}

// prepareSearchCmd folds the search text of rows and cases off the event
// loop. It only reads them: what it folds is installed by Update
// (installSearchText). Reading the rows' names and titles while Update
// folds some itself (a letter typed before it is done) touches different
// fields.
func prepareSearchCmd(rows []deadlineRow, cases []caseRow) tea.Cmd {
	if len(cases) == 0 {
		return nil
	}
	return func() tea.Msg {
		msg := searchTextMsg{rows: rows, cases: cases, caseLow: make([]string, len(cases)), titleLow: make([]string, len(rows))}
		folded := map[string]string{}
		fold := func(s string) string {
			v, ok := folded[s]
			if !ok {
				v = casebook.FoldName(s)
				folded[s] = v
			}
			return v
		}
		for i := range cases {
			t := cases[i].text
			msg.caseLow[i] = casebook.FoldName(t.person) + "\x00" + fold(t.procID) + "\x00" + fold(t.procName)
		}
		for i := range rows {
			msg.titleLow[i] = fold(rows[i].dl.Title)
		}
		return msg
	}
}

// installSearchText sets the folded text msg prepared, when it was
// prepared for the rows shown now and they have not been folded yet.
func (m *dashboardModel) installSearchText(msg searchTextMsg) {
	if len(msg.rows) != len(m.deadlines) || len(msg.cases) != len(m.cases) ||
		(len(m.cases) > 0 && &msg.cases[0] != &m.cases[0]) || (len(m.deadlines) > 0 && &msg.rows[0] != &m.deadlines[0]) {
		return // other rows arrived meanwhile
	}
	for i := range m.cases {
		if t := m.cases[i].text; !t.built {
			t.low, t.built = msg.caseLow[i], true
		}
	}
	if len(m.deadlines) > 0 && !m.deadlines[0].lowered {
		for i := range m.deadlines {
			r := &m.deadlines[i]
			r.titleLow, r.lowered = msg.titleLow[i], true
		}
	}
}

// narrowFrom reports whether the rows f keeps are among those prev kept:
// the same person, procedure and done filter, and a query that contains
// the previous one (a letter typed at the end, or anywhere).
func narrowFrom(prev, f filter) bool {
	return prev.personID == f.personID && prev.procID == f.procID && prev.showDone == f.showDone &&
		strings.Contains(f.query, prev.query)
}

// filterDeadlinesIn is filterDeadlines over the rows in idx only.
func filterDeadlinesIn(rows []deadlineRow, f filter, idx []int) []int {
	if f.query != "" {
		ensureSearchText(rows)
	}
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		r := &rows[i]
		if (f.showDone || r.urg.Pending()) && f.matchIDs(r.personID, r.procID) &&
			(f.query == "" || r.matchesQuery(f.query)) {
			out = append(out, i)
		}
	}
	return out
}

// filterCasesIn is filterCases over the rows in idx only.
func filterCasesIn(rows []caseRow, f filter, idx []int) []int {
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		r := &rows[i]
		if f.matchIDs(r.personID, r.procID) && (f.query == "" || strings.Contains(r.text.lower(), f.query)) {
			out = append(out, i)
		}
	}
	return out
}
