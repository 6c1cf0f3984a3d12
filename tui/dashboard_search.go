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
	caseID, personID         uint64
	person, procID, procName string
	low                      string
	// rank is the person's place in Spanish name order among the
	// build's names (casebook.NameOrder.Ranks): the people list sorts by
	// it instead of collating names again.
	rank  int32
	built bool
	// q and hit remember whether low contains the query q: a case's
	// deadline rows share its text, so each query is looked for once per
	// case, not once per row (qSet: q is meaningful).
	q         string
	hit, qSet bool
}

// matches reports whether the case's folded text contains q, looking
// once per query.
func (t *caseText) matches(q string) bool {
	if !t.qSet || t.q != q {
		t.q, t.hit, t.qSet = q, strings.Contains(t.lower(), q), true
	}
	return t.hit
}

// lower returns the case's folded search text, building it once.
func (t *caseText) lower() string {
	if !t.built {
		t.low, t.built = casebook.FoldName(t.person)+"\x00"+casebook.FoldName(t.procID)+"\x00"+casebook.FoldName(t.procName), true
	}
	return t.low
}

// foldTitles folds the rows' titles, each distinct title once, for a
// search the search column does not serve (a query with a NUL, rows built
// without it): rows keep no folded copy of their own.
func foldTitles(rows []deadlineRow) map[string]string {
	seen := map[string]string{}
	for i := range rows {
		t := rows[i].dl.Title
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
func (r *deadlineRow) matchesQuery(q, titleLow string) bool {
	if strings.IndexByte(q, 0) >= 0 {
		return strings.Contains(r.caseText.lower()+"\x00"+titleLow, q)
	}
	return r.caseText.matches(q) || strings.Contains(titleLow, q)
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
	if f.query != "" {
		titles = foldTitles(rows)
	}
	out := make([]int, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if (f.showDone || r.urg.Pending()) && f.keepsCase(r.caseText) &&
			(f.query == "" || r.matchesQuery(f.query, titles[r.dl.Title])) {
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
		if f.keepsCase(r.caseText) && (f.query == "" || r.caseText.matches(f.query)) {
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
	col               *searchCol // the column it was prepared for
	caseLow, titleLow []string
}

// prepareSearchCmd folds the column's texts off the event loop. It reads
// only the cases' names and procedures and the titles, which nothing
// writes once built; Update installs the result (installSearchText).
func prepareSearchCmd(col *searchCol) tea.Cmd {
	if col == nil || len(col.texts) == 0 {
		return nil
	}
	texts, titles := col.texts, col.titles
	return func() tea.Msg {
		defer leanHeap()()
		caseLow, titleLow := foldColumn(texts, titles)
		return searchTextMsg{col: col, caseLow: caseLow, titleLow: titleLow}
	}
}

// installSearchText sets the folded column msg prepared, when it is the
// column shown now and a letter has not folded it yet.
func (m *dashboardModel) installSearchText(msg searchTextMsg) {
	if m.col == msg.col && m.col != nil && m.col.caseLow == nil {
		m.col.caseLow, m.col.titleLow = msg.caseLow, msg.titleLow
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
	if f.query != "" {
		titles = foldTitles(rows)
	}
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		r := &rows[i]
		if (f.showDone || r.urg.Pending()) && f.keepsCase(r.caseText) &&
			(f.query == "" || r.matchesQuery(f.query, titles[r.dl.Title])) {
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
		if f.keepsCase(r.caseText) && (f.query == "" || r.caseText.matches(f.query)) {
			out = append(out, i)
		}
	}
	return out
}

// searchCol is the search column of the dashboard's rows, built with
// them: each deadline row's case and title as small integers, and, once
// folded (in a Cmd: prepareSearchCmd, or at the first letter), each case's
// and each distinct title's folded text in dense slices. A letter then
// looks for the query once per case and once per title, in arrays that fit
// the cache, instead of following each of 250,000 rows to its case's
// text: at 100,000 cases that walk alone took longer than a frame.
type searchCol struct {
	texts    []caseText // by case index (the summaries' order)
	rowCase  []int32    // deadline row → case index
	rowTitle []int32    // deadline row → index in titles
	caseRow  []int32    // case row → case index
	titles   []string
	// caseLow and titleLow are the folded texts, by case and title
	// index; nil until folded.
	caseLow, titleLow []string
	// q is the query caseHit and titleHit answer (qSet: they do).
	q                 string
	qSet              bool
	caseHit, titleHit []bool
}

// usable reports whether c serves a query over rows of these sizes: a
// query with no NUL (see matchesQuery), rows built with c.
func (c *searchCol) usable(q string, rows, cases int) bool {
	return c != nil && q != "" && strings.IndexByte(q, 0) < 0 && len(c.rowCase) == rows && len(c.caseRow) == cases
}

// fold folds the texts now, when no Cmd has.
func (c *searchCol) fold() {
	if c.caseLow != nil {
		return
	}
	caseLow, titleLow := foldColumn(c.texts, c.titles)
	c.caseLow, c.titleLow = caseLow, titleLow
}

// foldColumn folds each case's search text and each title.
func foldColumn(texts []caseText, titles []string) (caseLow, titleLow []string) {
	folded := map[string]string{}
	fold := func(s string) string {
		v, ok := folded[s]
		if !ok {
			v = casebook.FoldName(s)
			folded[s] = v
		}
		return v
	}
	caseLow = make([]string, len(texts))
	for i := range texts {
		t := &texts[i]                                                                    // its lazy fields (low, q) are Update's: not read here
		caseLow[i] = fold(t.person) + "\x00" + fold(t.procID) + "\x00" + fold(t.procName) // a person's cases fold their name once
	}
	titleLow = make([]string, len(titles))
	for i, t := range titles {
		titleLow[i] = fold(t)
	}
	return caseLow, titleLow
}

// hits answers q for every case and title, once per query.
func (c *searchCol) hits(q string) {
	c.fold()
	if c.qSet && c.q == q {
		return
	}
	if c.caseHit == nil {
		c.caseHit, c.titleHit = make([]bool, len(c.caseLow)), make([]bool, len(c.titleLow))
	}
	for i, s := range c.caseLow {
		c.caseHit[i] = strings.Contains(s, q)
	}
	for i, s := range c.titleLow {
		c.titleHit[i] = strings.Contains(s, q)
	}
	c.q, c.qSet = q, true
}

// filterDeadlines is filterDeadlines (f.query set) through the column,
// over the rows in idx when narrow, else over every row.
func (c *searchCol) filterDeadlines(rows []deadlineRow, f filter, idx []int, narrow bool) []int {
	c.hits(f.query)
	keep := func(i int) bool {
		r := &rows[i]
		return (f.showDone || r.urg.Pending()) && f.keepsCase(r.caseText) &&
			(c.caseHit[c.rowCase[i]] || c.titleHit[c.rowTitle[i]])
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
		return f.keepsCase(r.caseText) && c.caseHit[c.caseRow[i]]
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
