package cli

import (
	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

// deadlineList is the listing's agenda (casebook.Agenda: the one
// deadline list, its filter, order, urgencies and days left) and what
// formats its rows: rows are built one at a time from it, so `deadlines
// --json` prints 100,000 cases without holding a row for each.
type deadlineList struct {
	a     *casebook.Agenda
	today procedures.Date
	// cache serves row; each goroutine building rows has its own.
	cache rowCache
}

// agendaFilter is f as the agenda takes it.
func (f deadlineFilter) agendaFilter() casebook.AgendaFilter {
	return casebook.AgendaFilter{Today: f.today, Within: f.within, All: f.all}
}

// rowCache formats the dates of rows that come in act-by order: each
// distinct act-by date is formatted once, and each legal date that
// differs from it once.
type rowCache struct {
	lastDate procedures.Date
	lastISO  string
	legal    map[procedures.Date]string
	// esc holds the JSON of the texts rows share (newJSONMemo).
	esc *strMemo
	// touched keeps what Agenda.Prefetch read.
	touched byte
}

func newRowCache() rowCache { return rowCache{legal: map[procedures.Date]string{}, esc: newJSONMemo()} }

// newDeadlineList starts an empty list for f.
func newDeadlineList(f deadlineFilter) *deadlineList {
	return &deadlineList{a: casebook.NewAgenda(f.agendaFilter()), today: f.today, cache: newRowCache()}
}

// loadDeadlineList reads the list of f from st: through the store's
// date-ordered key when f is bounded (--within without --all).
func loadDeadlineList(st casebook.AgendaSource, f deadlineFilter) (*deadlineList, error) {
	a, err := casebook.LoadAgenda(st, f.agendaFilter())
	if err != nil {
		return nil, err
	}
	return &deadlineList{a: a, today: f.today, cache: newRowCache()}, nil
}

// add lists the deadlines of one case (casebook.Agenda.Add).
func (l *deadlineList) add(s *store.Summary) { l.a.Add(s) }

// sort puts the list in the agenda's order.
func (l *deadlineList) sort() { l.a.Sort() }

func (l *deadlineList) len() int { return l.a.Len() }

// row builds the i-th row (after sort).
func (l *deadlineList) row(i int) deadlineJSON { return l.rowWith(&l.cache, i) }

// rowWith is row with the date cache c.
func (l *deadlineList) rowWith(c *rowCache, i int) deadlineJSON {
	e := l.a.Item(i)
	cs := l.a.Case(int(e.Case))
	d := &e.Deadline
	if act := casebook.ActDate(d); c.lastISO == "" || act != c.lastDate {
		c.lastDate, c.lastISO = act, isoDate(act)
	}
	date, act := c.lastISO, ""
	if !d.ActBy.IsZero() {
		var ok bool
		act = c.lastISO
		if date, ok = c.legal[d.Date]; !ok {
			date = isoDate(d.Date)
			c.legal[d.Date] = date
		}
	}
	return deadlineJSON{
		Case: cs.ID, Person: cs.Person, Procedure: cs.Procedure, Key: d.Key,
		Date: date, DaysLeft: int(e.Days), Kind: d.Kind.String(),
		Title: d.Title, Rule: d.Rule, ActBy: act, Note: d.Note, Done: d.Done,
		Urgency: e.Urgency.String(), urg: e.Urgency,
	}
}

// rows builds every row.
func (l *deadlineList) rows() []deadlineJSON {
	rows := make([]deadlineJSON, l.len())
	for i := range rows {
		rows[i] = l.row(i)
	}
	return rows
}

// listDeadlines filters and sorts the deadlines of sums, which may come in
// any order.
func listDeadlines(sums []store.Summary, f deadlineFilter) *deadlineList {
	l := newDeadlineList(f)
	for i := range sums {
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
