package cli

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

// deadlineList is the index's deadlines, filtered and sorted by the date to
// act by (R-DAYS-CLOSED: the business day before a closed legal date, else
// the legal date), then case, then key, kept as compact items (the strings shared with the
// index's string table, dates packed) rather than whole summaries: rows
// are built one at a time from it, so `deadlines --json` prints 10,000
// cases without holding a Summary, a Deadline or a row for each.
type deadlineList struct {
	f     deadlineFilter
	limit procedures.Date
	// cases and items are filled in chunks, so that growing never
	// copies them (nor touches fresh memory twice).
	cases [][]listCase
	nc    int
	items [][]listItem
	n     int
	// scratch holds a contingent case's applicable deadlines.
	scratch []procedures.Deadline
	order   []int32
	// cache serves row; each goroutine building rows has its own.
	cache rowCache
}

// rowCache formats the dates of rows that come in act-by order: each
// distinct act-by date is formatted (and its days left computed) once, and
// each legal date that differs from it once.
type rowCache struct {
	lastDate uint64
	lastISO  string
	lastLeft int
	legal    map[uint64]string
}

// listCase is what a row needs of its case.
type listCase struct {
	id                uint64
	person, procedure string
}

// listItem is one deadline to list.
type listItem struct {
	// date is the dateKey of the date to act by: the deadline's ActBy
	// when set (R-DAYS-CLOSED), else its legal date. It drives the sort,
	// --within and the days left, as on the dashboard.
	date uint64
	// legal is the dateKey of the legal date when ActBy is set, else 0
	// (the legal date is date).
	legal uint64
	ci    uint32 // index in cases, which come in case-id order
	kind  procedures.DeadlineKind
	done  bool
	key   string
	title string
	rule  string
	note  string
}

const chunkBits = 12

// newDeadlineList starts an empty list for f.
func newDeadlineList(f deadlineFilter) *deadlineList {
	l := &deadlineList{f: f, cache: rowCache{legal: map[uint64]string{}}}
	if f.within >= 0 {
		l.limit = f.today.AddDays(f.within)
	}
	return l
}

// actDate is the date the user must act by (casebook.ActDate): the listing
// counts days to it, sorts by it and filters --within by it.
func actDate(d *procedures.Deadline) procedures.Date { return casebook.ActDate(d) }

// add lists the deadlines of one case that apply today and pass the
// filter. Cases must come in case-id order (store.EachSummary's); add
// keeps no reference to s or its Deadlines slice, only their strings.
func (l *deadlineList) add(s *store.Summary) {
	ci := uint32(l.nc)
	if l.nc>>chunkBits == len(l.cases) {
		l.cases = append(l.cases, make([]listCase, 0, 1<<chunkBits))
	}
	cs := &l.cases[l.nc>>chunkBits]
	*cs = append(*cs, listCase{id: s.CaseID, person: s.Person, procedure: s.Procedure})
	l.nc++
	l.scratch = procedures.AppendApplicable(l.scratch[:0], s.Deadlines, l.f.today)
	for i := range l.scratch {
		d := &l.scratch[i]
		act := actDate(d)
		if (!l.f.all && !casebook.IsPending(d, l.f.today)) || (!l.limit.IsZero() && act.After(l.limit)) {
			continue
		}
		it := listItem{date: dateKey(act), ci: ci, kind: d.Kind, done: d.Done,
			key: d.Key, title: d.Title, rule: d.Rule, note: d.Note}
		if !d.ActBy.IsZero() {
			it.legal = dateKey(d.Date)
		}
		if l.n>>chunkBits == len(l.items) {
			l.items = append(l.items, make([]listItem, 0, 1<<chunkBits))
		}
		c := &l.items[l.n>>chunkBits]
		*c = append(*c, it)
		l.n++
	}
}

func (l *deadlineList) item(i int32) *listItem {
	return &l.items[i>>chunkBits][i&(1<<chunkBits-1)]
}

// sort orders the items by act-by date, then case, then key, then their order in
// the case. Items were added by case, so a stable sort by date alone
// leaves each date's items in case order; only a case's items on the same
// date still need ordering by key.
func (l *deadlineList) sort() {
	l.order = make([]int32, l.n)
	if !l.countingSort() {
		for i := range l.order {
			l.order[i] = int32(i)
		}
		slices.SortStableFunc(l.order, func(x, y int32) int { return cmp.Compare(l.item(x).date, l.item(y).date) })
	}
	for lo := 0; lo < len(l.order); {
		a := l.item(l.order[lo])
		hi := lo + 1
		for hi < len(l.order) {
			b := l.item(l.order[hi])
			if b.date != a.date || b.ci != a.ci {
				break
			}
			hi++
		}
		if hi-lo > 1 {
			slices.SortStableFunc(l.order[lo:hi], func(x, y int32) int { return strings.Compare(l.item(x).key, l.item(y).key) })
		}
		lo = hi
	}
}

// countingSort sorts order by date in one pass over the items when the
// dates are real calendar dates a few decades apart at most; it reports
// false, leaving the sort to a comparison sort, otherwise.
func (l *deadlineList) countingSort() bool {
	const maxSpan = 40 * 372
	lo, hi := int64(1)<<62, int64(-1)<<62
	for _, c := range l.items {
		for i := range c {
			day, ok := dayIndex(c[i].date)
			if !ok {
				return false
			}
			lo, hi = min(lo, day), max(hi, day)
		}
	}
	if l.n == 0 || hi-lo >= maxSpan {
		return l.n == 0
	}
	count := make([]int32, hi-lo+2)
	for _, c := range l.items {
		for i := range c {
			day, _ := dayIndex(c[i].date)
			count[day-lo+1]++
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	var i int32
	for _, c := range l.items {
		for j := range c {
			day, _ := dayIndex(c[j].date)
			l.order[count[day-lo]] = i
			count[day-lo]++
			i++
		}
	}
	return true
}

// dayIndex numbers the dates of a dateKey in order, 372 a year (gaps for
// short months do no harm); false for a month or day out of range.
func dayIndex(k uint64) (int64, bool) {
	y := int64(int32(uint32(k>>16) ^ 1<<31))
	m, d := int64(k>>8&0xff), int64(k&0xff)
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	return y*372 + (m-1)*31 + d - 1, true
}

// dateKey packs d so that comparing keys compares dates as Date.Compare
// does: year, then month, then day (each field fits: dates come from the
// rules or from index rows, whose month and day are single bytes).
func dateKey(d procedures.Date) uint64 {
	return uint64(uint32(int32(d.Year))^1<<31)<<16 | uint64(uint8(d.Month))<<8 | uint64(uint8(d.Day))
}

// keyDate unpacks a dateKey.
func keyDate(k uint64) procedures.Date {
	return procedures.Date{Year: int(int32(uint32(k>>16) ^ 1<<31)), Month: time.Month(k >> 8 & 0xff), Day: int(k & 0xff)}
}

func (l *deadlineList) len() int { return len(l.order) }

// row builds the i-th row (after sort).
func (l *deadlineList) row(i int) deadlineJSON { return l.rowWith(&l.cache, i) }

// rowWith is row with the date cache c.
func (l *deadlineList) rowWith(c *rowCache, i int) deadlineJSON {
	it := l.item(l.order[i])
	cs := &l.cases[it.ci>>chunkBits][it.ci&(1<<chunkBits-1)]
	if c.lastISO == "" || it.date != c.lastDate {
		d := keyDate(it.date)
		c.lastDate, c.lastISO, c.lastLeft = it.date, isoDate(d), l.f.today.DaysUntil(d)
	}
	date, act := c.lastISO, ""
	if it.legal != 0 {
		var ok bool
		act = c.lastISO
		if date, ok = c.legal[it.legal]; !ok {
			date = isoDate(keyDate(it.legal))
			c.legal[it.legal] = date
		}
	}
	r := deadlineJSON{
		Case: cs.id, Person: cs.person, Procedure: cs.procedure, Key: it.key,
		Date: date, DaysLeft: c.lastLeft, Kind: it.kind.String(),
		Title: it.title, Rule: it.rule, ActBy: act, Note: it.note, Done: it.done,
	}
	r.urg = casebook.Classify(&procedures.Deadline{Kind: it.kind, Done: it.done}, c.lastLeft)
	r.Urgency = r.urg.String()
	return r
}

// rows builds every row.
func (l *deadlineList) rows() []deadlineJSON {
	rows := make([]deadlineJSON, len(l.order))
	for i := range rows {
		rows[i] = l.row(i)
	}
	return rows
}

// listDeadlines filters and sorts the deadlines of sums, which may come in
// any order.
func listDeadlines(sums []store.Summary, f deadlineFilter) *deadlineList {
	order := make([]int, len(sums))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(sums[x].CaseID, sums[y].CaseID) })
	l := newDeadlineList(f)
	for _, i := range order {
		l.add(&sums[i])
	}
	l.sort()
	return l
}

// deadlineRows flattens the index into rows sorted by date, then case,
// then key.
func deadlineRows(sums []store.Summary, f deadlineFilter) []deadlineJSON {
	return listDeadlines(sums, f).rows()
}
