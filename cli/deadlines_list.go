package cli

import (
	"strconv"

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
	// frags holds, by field and text id (casebook.AgendaRow), the
	// field's JSON: `,"title":"…"`.
	frags [numFragFields][][]byte
	// touched keeps what Agenda.Prefetch read.
	touched byte
	// kinds and urgencies hold, by value, the JSON of a kind's and an
	// urgency's String: two lookups by index a row, not two calls and
	// two hashes.
	kinds, urgencies []string
}

// enumJSON is the JSON of str(v), remembered in *memo by v (a value
// beyond 64, if one were, is escaped each time, through esc).
func enumJSON[T ~int](esc *strMemo, memo *[]string, v T, str func(T) string) string {
	if v < 0 || v >= 64 {
		return esc.get(str(v))
	}
	for len(*memo) <= int(v) {
		*memo = append(*memo, "")
	}
	out := (*memo)[v]
	if out == "" {
		out = string(appendJSONString(nil, str(v)))
		(*memo)[v] = out
	}
	return out
}

// The fields of a row whose texts rowCache.frag words once each.
const (
	fragKey = iota
	fragTitle
	fragRule
	fragNote
	numFragFields
)

var fragNames = [numFragFields]string{"key", "title", "rule", "note"}

// frag is `,"name":"text"` for text id of the agenda's texts.
func (c *rowCache) frag(texts []string, field int, id uint32) []byte {
	f := &c.frags[field]
	if int(id) >= len(*f) {
		*f = append(*f, make([][]byte, len(texts)-len(*f))...)
	}
	b := (*f)[id]
	if b == nil {
		b = appendField(nil, fragNames[field], texts[id])
		(*f)[id] = b
	}
	return b
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
	id, person, procedure := l.a.CaseText(int(e.Case))
	d := &e.Deadline
	if act := casebook.ActDate(d); c.lastISO == "" || act != c.lastDate {
		c.lastDate, c.lastISO = act, act.String()
	}
	date, act := c.lastISO, ""
	if !d.ActBy.IsZero() {
		var ok bool
		act = c.lastISO
		if date, ok = c.legal[d.Date]; !ok {
			date = d.Date.String()
			c.legal[d.Date] = date
		}
	}
	return deadlineJSON{
		Case: id, Person: person, Procedure: procedure, Key: d.Key,
		Date: date, DaysLeft: int(e.Days), Kind: d.Kind.String(),
		Title: d.Title, Rule: d.Rule, ActBy: act, Note: d.Note, Done: d.Done,
		Urgency: e.Urgency.String(), urg: e.Urgency,
	}
}

// appendRowJSON appends the i-th row (after sort) as appendDeadlineJSON
// appends row(i), byte for byte, without building it: each text is
// escaped once per listing (rowCache.frag), dates appended as they are
// formatted.
func (l *deadlineList) appendRowJSON(buf []byte, c *rowCache, texts []string, i int) []byte {
	r := l.a.Row(i)
	if max(r.Key, r.Title, r.Rule, r.Note) >= uint32(len(texts)) {
		texts = l.a.Texts() // an agenda of AddKept interns as it goes
	}
	id, person, procedure := l.a.CaseText(int(r.Case))
	return appendAgendaRowJSON(buf, c, texts, i > 0, &r, id, person, procedure)
}

// appendAgendaRowJSON appends row r of case id (of person and procedure),
// its texts ids into texts, preceded by a comma when not first.
func appendAgendaRowJSON(buf []byte, c *rowCache, texts []string, notFirst bool, r *casebook.AgendaRow, id uint64, person, procedure string) []byte {
	if notFirst {
		buf = append(buf, ',')
	}
	buf = append(buf, "\n  {\"case\":"...)
	buf = strconv.AppendUint(buf, id, 10)
	buf = appendField(buf, "person", person)
	buf = append(buf, `,"procedure":`...)
	buf = append(buf, c.esc.get(procedure)...)
	buf = append(buf, c.frag(texts, fragKey, r.Key)...)
	buf = append(buf, `,"date":`...)
	buf = appendJSONDate(buf, r.Date)
	buf = append(buf, `,"days_left":`...)
	buf = strconv.AppendInt(buf, int64(r.Days), 10)
	buf = append(buf, `,"kind":`...)
	buf = append(buf, enumJSON(c.esc, &c.kinds, r.Kind, procedures.DeadlineKind.String)...)
	buf = append(buf, c.frag(texts, fragTitle, r.Title)...)
	buf = append(buf, c.frag(texts, fragRule, r.Rule)...)
	if !r.ActBy.IsZero() {
		buf = append(buf, `,"act_by":`...)
		buf = appendJSONDate(buf, r.ActBy)
	}
	if r.Note != 0 {
		buf = append(buf, c.frag(texts, fragNote, r.Note)...)
	}
	buf = append(buf, `,"done":`...)
	buf = strconv.AppendBool(buf, r.Done)
	buf = append(buf, `,"urgency":`...)
	buf = append(buf, enumJSON(c.esc, &c.urgencies, r.Urgency, casebook.Urgency.String)...)
	return append(buf, '}')
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
