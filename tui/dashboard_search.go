package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
	"tramite/record"
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
// procedure's id and name (procInfo, shared by the cases of a procedure).
// Their folded text (casebook.FoldName: no case, no accents, so "muller"
// finds "Müller") is the search column's (searchCol), folded in a Cmd
// after the rows arrive; a search without the column folds it per search
// (caseHits).
type caseText struct {
	caseID, personID uint64
	person           string
	*procInfo
	// rank is the person's place in Spanish name order among the
	// build's names (casebook.NameOrder.Ranks): the people list sorts by
	// it instead of collating names again.
	rank int32
	// pn is the person's number in the build (searchCol.people).
	pn int32
}

// procInfo is a procedure as the rows of a build show it, and the
// build's table of deadlines, which the rows reach through their case.
type procInfo struct {
	procID, procName string
	pk               int32 // its number in the build (searchCol.procs)
	tab              *dlTable
}

// lower is the case's folded search text: its person, procedure id and
// name, folded, joined by NULs.
func (t *caseText) lower() string {
	return casebook.FoldName(t.person) + "\x00" + casebook.FoldName(t.procID) + "\x00" + casebook.FoldName(t.procName)
}

// caseHits remembers, for one search without the search column, whether
// each case's folded text contains the query: a case's deadline rows
// share its text, so it is looked for once per case, not once per row.
type caseHits map[*caseText]bool

func (h caseHits) matches(t *caseText, q string) bool {
	hit, ok := h[t]
	if !ok {
		hit = strings.Contains(t.lower(), q)
		h[t] = hit
	}
	return hit
}

// foldTitles folds the rows' titles, each distinct title once, for a
// search the search column does not serve (a query with a NUL, rows built
// without it): rows keep no folded copy of their own.
func foldTitles(rows []deadlineRow) map[string]string {
	seen := map[string]string{}
	for i := range rows {
		t := rows[i].title()
		if _, ok := seen[t]; !ok {
			seen[t] = casebook.FoldName(t)
		}
	}
	return seen
}

// matchesQuery reports whether a deadline row's text contains q: its
// case's text or its title (folded: titleLow). This is the same as
// searching the case's text and the title joined by a NUL, which a query
// never holds; one that does is searched in that joined text.
func (r *deadlineRow) matchesQuery(h caseHits, q, titleLow string) bool {
	if strings.IndexByte(q, 0) >= 0 {
		return strings.Contains(r.caseText.lower()+"\x00"+titleLow, q)
	}
	return h.matches(r.caseText, q) || strings.Contains(titleLow, q)
}

func (f filter) matchIDs(personID uint64, procID string) bool {
	return (f.personID == 0 || f.personID == personID) && (f.procID == "" || f.procID == procID)
}

// keepsCase is matchIDs for a row's case; with no person or procedure
// chosen it reads nothing of it (a row's case is elsewhere in memory: a
// search over 200,000 rows should not visit 100,000 cases to learn that
// every one is kept).
func (f filter) keepsCase(t *caseText) bool {
	return f.personID == 0 && f.procID == "" || f.matchIDs(t.personID, t.procID)
}

// filterDeadlines returns the indexes of the deadline rows f keeps.
func filterDeadlines(rows []deadlineRow, f filter) []int {
	var titles map[string]string
	h := caseHits{}
	if f.query != "" {
		titles = foldTitles(rows)
	}
	out := make([]int, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if (f.showDone || r.urg().Pending()) && f.keepsCase(r.caseText) &&
			(f.query == "" || r.matchesQuery(h, f.query, titles[r.title()])) {
			out = append(out, i)
		}
	}
	return out
}

// filterCases returns the indexes of the case rows f keeps.
func filterCases(rows []caseRow, f filter) []int {
	h := caseHits{}
	out := make([]int, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if f.keepsCase(r.caseText) && (f.query == "" || h.matches(r.caseText, f.query)) {
			out = append(out, i)
		}
	}
	return out
}

// searchTextMsg is the folded search column of the rows (searchCol),
// prepared in a Cmd after the rows arrive (prepareSearchCmd), so that the
// first search letter at 100,000 cases filters instead of folding 100,000
// names.
type searchTextMsg struct {
	col *searchCol // the column it was prepared for
	low *foldedCol
}

// prepareSearchCmd folds the column's texts off the event loop. It reads
// only the people's names, the procedures and the titles, which nothing
// writes once built; Update installs the result (installSearchText).
func prepareSearchCmd(col *searchCol) tea.Cmd {
	if col == nil || len(col.texts) == 0 {
		return nil
	}
	people, procs, titles := col.people, col.procs, col.titles()
	return func() tea.Msg {
		defer leanHeap()()
		return searchTextMsg{col: col, low: foldColumn(people, procs, titles)}
	}
}

// installSearchText sets the folded column msg prepared, when it is the
// column shown now and a letter has not folded it yet.
func (m *dashboardModel) installSearchText(msg searchTextMsg) {
	if m.col == msg.col && m.col != nil && m.col.low == nil {
		m.col.low = msg.low
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
	var titles map[string]string
	h := caseHits{}
	if f.query != "" {
		titles = foldTitles(rows)
	}
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		r := &rows[i]
		if (f.showDone || r.urg().Pending()) && f.keepsCase(r.caseText) &&
			(f.query == "" || r.matchesQuery(h, f.query, titles[r.title()])) {
			out = append(out, i)
		}
	}
	return out
}

// filterCasesIn is filterCases over the rows in idx only.
func filterCasesIn(rows []caseRow, f filter, idx []int) []int {
	h := caseHits{}
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		r := &rows[i]
		if f.keepsCase(r.caseText) && (f.query == "" || h.matches(r.caseText, f.query)) {
			out = append(out, i)
		}
	}
	return out
}

// searchCol is the search column of the dashboard's rows, built with
// them: each case's person and procedure by number (caseText.pn, pk),
// each deadline row's case (deadlineRow.ci) and title (titleIdx) as small
// integers, and, once folded (in a Cmd: prepareSearchCmd, or at the first
// letter), each person's name, each procedure and each distinct title
// folded once. A letter looks for the query once per name, procedure and
// title, marks the cases that match in a dense slice, and the rows read
// it by their case's index: at 100,000 cases following each of 250,000
// rows to its case's text took longer than a frame.
type searchCol struct {
	texts []caseText // by case index (the build's order)
	tab   *dlTable   // the titles
	rows  int        // the deadline rows it was built with
	// caseRow maps a case row to its case index.
	caseRow []int32
	// people are the people's names by number (caseText.pn), procs the
	// procedures (procInfo.pk).
	people []string
	procs  []*procInfo
	// low is the folded texts; nil until folded.
	low *foldedCol
	// q is the query caseHit and titleHit answer (qSet: they do).
	q    string
	qSet bool
	// caseHit and shapeHit: the case's text, the title of the row's
	// shape (deadlineRow.shape) contain q.
	caseHit, shapeHit []bool
}

// foldedCol is a search column's texts folded (casebook.FoldName): by
// person, by procedure (its id and name joined by a NUL), by title.
type foldedCol struct {
	people, procs, titles []string
}

// titles are the distinct titles of the column's rows.
func (c *searchCol) titles() []string {
	if c.tab == nil {
		return nil
	}
	return c.tab.titles
}

// usable reports whether c serves a query over rows of these sizes: a
// query with no NUL (see matchesQuery), rows built with c.
func (c *searchCol) usable(q string, rows, cases int) bool {
	return c != nil && q != "" && strings.IndexByte(q, 0) < 0 && c.rows == rows && len(c.caseRow) == cases
}

// fold folds the texts now, when no Cmd has.
func (c *searchCol) fold() {
	if c.low == nil {
		c.low = foldColumn(c.people, c.procs, c.titles())
	}
}

// foldColumn folds each person's name, each procedure and each title,
// through one reused buffer (record.Folder): only the folded strings
// kept are allocated, and a text already folded is the same string.
func foldColumn(people []string, procs []*procInfo, titles []string) *foldedCol {
	var fd record.Folder
	seen := make(map[string]string, len(procs)+len(titles))
	fold := func(s string) string {
		b := fd.Fold(s)
		if string(b) == s {
			return s // already folded: the same string
		}
		if v, ok := seen[string(b)]; ok {
			return v
		}
		v := string(b)
		seen[v] = v
		return v
	}
	out := &foldedCol{people: make([]string, len(people)), procs: make([]string, len(procs)), titles: make([]string, len(titles))}
	for i, p := range people {
		// People's names are mostly distinct: not looked up in seen.
		if b := fd.Fold(p); string(b) == p {
			out.people[i] = p
		} else {
			out.people[i] = string(b)
		}
	}
	for i, p := range procs {
		out.procs[i] = fold(p.procID) + "\x00" + fold(p.procName)
	}
	for i, t := range titles {
		out.titles[i] = fold(t)
	}
	return out
}

// hits answers q for every case and title, once per query.
func (c *searchCol) hits(q string) {
	c.fold()
	if c.qSet && c.q == q {
		return
	}
	if c.caseHit == nil {
		c.caseHit = make([]bool, len(c.texts))
		if c.tab != nil {
			c.shapeHit = make([]bool, len(c.tab.shapes))
		}
	}
	people := make([]bool, len(c.low.people))
	procs := make([]bool, len(c.low.procs))
	for i, s := range c.low.people {
		people[i] = strings.Contains(s, q)
	}
	for i, s := range c.low.procs {
		procs[i] = strings.Contains(s, q)
	}
	for i := range c.texts {
		t := &c.texts[i]
		c.caseHit[i] = people[t.pn] || procs[t.pk]
	}
	titles := make([]bool, len(c.low.titles))
	for i, s := range c.low.titles {
		titles[i] = strings.Contains(s, q)
	}
	for i := range c.shapeHit {
		c.shapeHit[i] = titles[c.tab.shapeTitle[i]]
	}
	c.q, c.qSet = q, true
}

// filterDeadlines is filterDeadlines (f.query set) through the column,
// over the rows in idx when narrow, else over every row.
func (c *searchCol) filterDeadlines(rows []deadlineRow, f filter, idx []int, narrow bool) []int {
	c.hits(f.query)
	keep := func(i int) bool {
		r := &rows[i]
		return (f.showDone || r.urg().Pending()) && (c.caseHit[r.ci] || c.shapeHit[r.shape]) && f.keepsCase(r.caseText)
	}
	if !narrow {
		out := make([]int, 0, len(rows)/4)
		for i := range rows {
			if keep(i) {
				out = append(out, i)
			}
		}
		return out
	}
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		if keep(i) {
			out = append(out, i)
		}
	}
	return out
}

// filterCases is filterCases (f.query set) through the column.
func (c *searchCol) filterCases(rows []caseRow, f filter, idx []int, narrow bool) []int {
	c.hits(f.query)
	keep := func(i int) bool {
		r := &rows[i]
		return c.caseHit[c.caseRow[i]] && f.keepsCase(r.caseText)
	}
	if !narrow {
		out := make([]int, 0, len(rows)/4)
		for i := range rows {
			if keep(i) {
				out = append(out, i)
			}
		}
		return out
	}
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		if keep(i) {
			out = append(out, i)
		}
	}
	return out
}
