package cli

import (
	"cmp"
	"slices"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

// actDate is the date the user must act by (casebook.ActDate).
func actDate(d *procedures.Deadline) procedures.Date { return casebook.ActDate(d) }

// dateKey packs d so that comparing keys compares dates as Date.Compare
// does: year, then month, then day.
func dateKey(d procedures.Date) uint64 {
	return uint64(uint32(int32(d.Year))^1<<31)<<16 | uint64(uint8(d.Month))<<8 | uint64(uint8(d.Day))
}

// The listing as first written (sorting references into whole summaries
// with a comparison sort), kept as the oracle the streaming list must
// match row for row. Since the usability audit it sorts, filters and
// counts days by the date to act by (R-DAYS-CLOSED), as the dashboard does.

// oracleList is the index's deadlines, filtered and sorted by date, then
// case, then key, as small references into the summaries: rows are built
// one at a time from it, so `deadlines --json` prints 10,000 cases without
// holding every row at once.
type oracleList struct {
	sums []store.Summary
	// ds[si] is sums[si].Deadlines as they apply today
	// (procedures.Applicable: a contingent date shows once the date it
	// depends on has passed).
	ds    [][]procedures.Deadline
	refs  []oracleRef
	today procedures.Date
	// The rows come in act-by order: each distinct act-by date is
	// formatted (and its days left computed) once.
	lastDate procedures.Date
	lastISO  string
	lastLeft int
	legal    map[procedures.Date]string
}

// oracleRef points at ds[si][di], with its sort keys.
type oracleRef struct {
	date   uint64 // dateKey of the act-by date: compares as Date.Compare does
	rank   uint32 // the case's place in case-id order
	si, di int32
}

// oracleListDeadlines filters and sorts the deadlines of sums.
func oracleListDeadlines(sums []store.Summary, f deadlineFilter) *oracleList {
	var limit procedures.Date
	if f.within >= 0 {
		limit = f.today.AddDays(f.within)
	}
	rank := oracleCaseRanks(sums)
	ds := make([][]procedures.Deadline, len(sums))
	n := 0
	for si := range sums {
		ds[si] = procedures.Applicable(sums[si].Deadlines, f.today)
		n += len(ds[si])
	}
	refs := make([]oracleRef, 0, n)
	for si := range ds {
		for di := range ds[si] {
			d := &ds[si][di]
			if (!f.all && !casebook.IsPending(d, f.today)) || (!limit.IsZero() && actDate(d).After(limit)) {
				continue
			}
			refs = append(refs, oracleRef{dateKey(actDate(d)), rank[si], int32(si), int32(di)})
		}
	}
	slices.SortFunc(refs, func(x, y oracleRef) int {
		if x.date != y.date {
			return cmp.Compare(x.date, y.date)
		}
		if x.rank != y.rank {
			return cmp.Compare(x.rank, y.rank)
		}
		if c := strings.Compare(ds[x.si][x.di].Key, ds[y.si][y.di].Key); c != 0 {
			return c
		}
		return cmp.Compare(x.di, y.di)
	})
	return &oracleList{sums: sums, ds: ds, refs: refs, today: f.today, legal: map[procedures.Date]string{}}
}

// oracleCaseRanks gives each summary its place in case-id order. The index is
// read in id order already, so this is usually the identity.
func oracleCaseRanks(sums []store.Summary) []uint32 {
	rank := make([]uint32, len(sums))
	if slices.IsSortedFunc(sums, func(x, y store.Summary) int { return cmp.Compare(x.CaseID, y.CaseID) }) {
		for i := range rank {
			rank[i] = uint32(i)
		}
		return rank
	}
	order := make([]int, len(sums))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(sums[x].CaseID, sums[y].CaseID) })
	for r, si := range order {
		rank[si] = uint32(r)
	}
	return rank
}

func (l *oracleList) len() int { return len(l.refs) }

// row builds the i-th row.
func (l *oracleList) row(i int) deadlineJSON {
	r := l.refs[i]
	s := &l.sums[r.si]
	d := &l.ds[r.si][r.di]
	if ad := actDate(d); l.lastISO == "" || ad != l.lastDate {
		l.lastDate, l.lastISO, l.lastLeft = ad, ad.String(), l.today.DaysUntil(ad)
	}
	date, act := l.lastISO, ""
	if !d.ActBy.IsZero() {
		var ok bool
		act = l.lastISO
		if date, ok = l.legal[d.Date]; !ok {
			date = d.Date.String()
			l.legal[d.Date] = date
		}
	}
	u, _ := casebook.UrgencyOf(d, l.today)
	return deadlineJSON{
		Case: s.CaseID, Person: s.Person, Procedure: s.Procedure, Key: d.Key,
		Date: date, DaysLeft: l.lastLeft, Kind: d.Kind.String(),
		Title: d.Title, Rule: d.Rule, ActBy: act, Note: d.Note, Done: d.Done,
		Urgency: u.String(), urg: u,
	}
}

// rows builds every row.
func (l *oracleList) rows() []deadlineJSON {
	rows := make([]deadlineJSON, len(l.refs))
	for i := range rows {
		rows[i] = l.row(i)
	}
	return rows
}

// oracleDeadlineRows flattens the index into rows sorted by date, then case,
// then key.
func oracleDeadlineRows(sums []store.Summary, f deadlineFilter) []deadlineJSON {
	return oracleListDeadlines(sums, f).rows()
}
