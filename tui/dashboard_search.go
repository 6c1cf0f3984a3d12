package tui

import (
	"strings"

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
