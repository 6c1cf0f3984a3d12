package tui

import (
	"cmp"
	"slices"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// The dashboard's rows as first built (a lowercased haystack per row,
// a stable sort of whole rows), kept as the oracle the faster build must
// match.

// oracleDeadlineRow is one line of the deadlines view: one deadline of one case.
type oracleDeadlineRow struct {
	caseID   uint64
	personID uint64
	person   string
	procID   string
	procName string
	dl       procedures.Deadline
	act      procedures.Date
	urg      urgency
	days     int
	// haystack is the lowercased text the search box matches.
	haystack string
}

// oracleCaseRow is one line of the cases list.
type oracleCaseRow struct {
	caseID   uint64
	personID uint64
	person   string
	procID   string
	procName string
	stage    procedures.Stage
	// next is the first deadline not done (late ones first, by date);
	// hasNext is false when the case has none.
	next     oracleDeadlineRow
	hasNext  bool
	haystack string
}

// oracleProcNames maps procedure ids to display names, looked up once per build.
type oracleProcNames map[string]string

func (n oracleProcNames) name(id string) string {
	if s, ok := n[id]; ok {
		return s
	}
	s := id
	if p, err := procedures.Lookup(id); err == nil && p.Name != "" {
		s = p.Name
	}
	n[id] = s
	return s
}

// oracleBuildRows turns the store's summaries into every deadline row (sorted by
// the date to act by, then case and key: casebook.CompareDeadlines) and every case row
// (sorted by person, procedure, case). It runs once per data change, never
// per frame or per keystroke.
func oracleBuildRows(sums []record.Summary, today procedures.Date) ([]oracleDeadlineRow, []oracleCaseRow) {
	names := oracleProcNames{}
	n := 0
	for i := range sums {
		n += len(sums[i].Deadlines)
	}
	dls := make([]oracleDeadlineRow, 0, n)
	cases := make([]oracleCaseRow, 0, len(sums))
	for i := range sums {
		s := &sums[i]
		pname := names.name(s.Procedure)
		caseHay := casebook.FoldName(s.Person) + "\x00" + casebook.FoldName(s.Procedure) + "\x00" + casebook.FoldName(pname)
		cr := oracleCaseRow{caseID: s.CaseID, personID: s.PersonID, person: s.Person,
			procID: s.Procedure, procName: pname, stage: s.Stage, haystack: caseHay}
		for _, d := range procedures.Applicable(s.Deadlines, today) {
			u, days := classify(d, today)
			r := oracleDeadlineRow{caseID: s.CaseID, personID: s.PersonID, person: s.Person,
				procID: s.Procedure, procName: pname, dl: d, act: actDate(d), urg: u, days: days,
				haystack: caseHay + "\x00" + casebook.FoldName(d.Title)}
			dls = append(dls, r)
		}
		if d, ok := casebook.Next(s.Deadlines, today); ok {
			u, days := classify(d, today)
			cr.next = oracleDeadlineRow{caseID: s.CaseID, personID: s.PersonID, person: s.Person,
				procID: s.Procedure, procName: pname, dl: d, act: actDate(d), urg: u, days: days}
			cr.hasNext = true
		}
		cases = append(cases, cr)
	}
	slices.SortStableFunc(dls, func(a, b oracleDeadlineRow) int {
		if c := a.act.Compare(b.act); c != 0 {
			return c
		}
		return casebook.CompareDeadlines(a.act, a.caseID, a.dl.Key, b.act, b.caseID, b.dl.Key)
	})
	order := casebook.NewNameOrder()
	slices.SortStableFunc(cases, func(a, b oracleCaseRow) int {
		if c := order.Compare(a.person, b.person); c != 0 {
			return c
		}
		if c := strings.Compare(a.procName, b.procName); c != 0 {
			return c
		}
		return cmp.Compare(a.caseID, b.caseID)
	})
	return dls, cases
}

// oracleFilter is the dashboard's current selection.
type oracleFilter struct {
	personID uint64 // 0: everyone
	procID   string // "": every procedure
	query    string // folded search text
	showDone bool
}

func (f oracleFilter) active() bool { return f.personID != 0 || f.procID != "" || f.query != "" }

func (f oracleFilter) match(personID uint64, procID, haystack string) bool {
	return (f.personID == 0 || f.personID == personID) &&
		(f.procID == "" || f.procID == procID) &&
		(f.query == "" || strings.Contains(haystack, f.query))
}

// oracleFilterDeadlines returns the indexes of the deadline rows f keeps.
func oracleFilterDeadlines(rows []oracleDeadlineRow, f oracleFilter) []int {
	out := make([]int, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if (f.showDone || r.urg.Pending()) && f.match(r.personID, r.procID, r.haystack) {
			out = append(out, i)
		}
	}
	return out
}

// oracleFilterCases returns the indexes of the case rows f keeps.
func oracleFilterCases(rows []oracleCaseRow, f oracleFilter) []int {
	out := make([]int, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if f.match(r.personID, r.procID, r.haystack) {
			out = append(out, i)
		}
	}
	return out
}
