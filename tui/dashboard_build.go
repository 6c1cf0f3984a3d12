package tui

import (
	"cmp"
	"slices"
	"strings"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// buildRows turns the store's summaries into every deadline row (sorted by
// the date to act by, then person, case and key) and every case row
// (sorted by person, procedure, case). It runs once per data change, never
// per frame or per keystroke, and lowercases nothing: the search text is
// built on the first search (ensureSearchText). Rows point at the
// summaries' deadlines rather than copying them.
func buildRows(sums []record.Summary, today procedures.Date, l *i18n.Printer) ([]deadlineRow, []caseRow) {
	procNamesOf := procNames{l: l}
	texts := make([]caseText, len(sums))
	cases := make([]caseRow, len(sums))
	n := 0
	for i := range sums {
		n += len(sums[i].Deadlines)
	}
	pre := make([]preRow, 0, n)
	// next[i] is the index in pre of case i's next deadline, or -1.
	next := make([]int32, len(sums))
	days := dayCache{today: today, days: map[uint64]int{}}
	var app applicable
	for i := range sums {
		s := &sums[i]
		pname := procNamesOf.name(s.Procedure)
		person := textsafe.Line(s.Person) // stored text: no escape reaches the screen
		texts[i] = caseText{person: person, procID: s.Procedure, procName: pname}
		cases[i] = caseRow{caseID: s.CaseID, personID: s.PersonID, person: person,
			procID: s.Procedure, procName: pname, stage: s.Stage, text: &texts[i]}
		next[i] = -1
		first := len(pre)
		for _, d := range app.of(s.Deadlines, today) {
			act := casebook.ActDate(d)
			left := days.until(act)
			pre = append(pre, preRow{dl: d, act: packDate(act), ci: int32(i), urg: casebook.Classify(d, left), days: int32(left)})
		}
		if k := casebook.PickNext(len(pre)-first, func(k int) (*procedures.Deadline, casebook.Urgency) {
			return pre[first+k].dl, pre[first+k].urg
		}); k >= 0 {
			next[i] = int32(first + k)
		}
	}
	// The cases list is in person (Spanish order: "Élodie" beside
	// "elodie", not after "Zoë"), procedure, case order.
	order := make([]int32, len(cases))
	names := make([]string, len(cases))
	for i := range order {
		order[i] = int32(i)
		names[i] = cases[i].person
	}
	rank := casebook.NewNameOrder().Ranks(names)
	slices.SortFunc(order, func(x, y int32) int {
		a, b := &cases[x], &cases[y]
		if c := cmp.Compare(rank[x], rank[y]); c != 0 {
			return c
		}
		if c := strings.Compare(a.procName, b.procName); c != 0 {
			return c
		}
		if c := cmp.Compare(a.caseID, b.caseID); c != 0 {
			return c
		}
		return cmp.Compare(x, y) // as a stable sort would
	})
	order2 := sortPreRows(pre, caseRanks(cases), cases)
	rows := make([]deadlineRow, len(pre))
	pos := make([]int32, len(pre))
	for p, k := range order2 {
		r, c := &pre[k], &cases[pre[k].ci]
		rows[p] = deadlineRow{caseID: c.caseID, personID: c.personID, person: c.person, procID: c.procID,
			procName: c.procName, dl: r.dl, act: actDate(*r.dl), urg: r.urg, days: int(r.days), text: c.text}
		pos[k] = int32(p)
	}
	sorted := make([]caseRow, len(cases))
	for k, ci := range order {
		sorted[k] = cases[ci]
		if next[ci] >= 0 {
			sorted[k].next = &rows[pos[next[ci]]]
		}
	}
	return rows, sorted
}

// preRow is a deadline row before sorting.
type preRow struct {
	dl   *procedures.Deadline
	act  uint64 // packDate of the date to act by
	ci   int32  // the case's index in the summaries
	days int32
	urg  urgency
}

// caseRanks numbers the cases by case id: the agenda breaks ties on one
// date by case id (casebook.CompareDeadlines), and ranks sort as integers.
func caseRanks(cases []caseRow) []int32 {
	byID := make([]int32, len(cases))
	for i := range byID {
		byID[i] = int32(i)
	}
	slices.SortFunc(byID, func(x, y int32) int { return cmp.Compare(cases[x].caseID, cases[y].caseID) })
	rank := make([]int32, len(cases))
	for k, ci := range byID {
		rank[ci] = int32(k)
	}
	return rank
}

// sortPreRows returns the indexes of pre in the agenda's order
// (casebook.CompareDeadlines): by date to act by, then case (personRank
// holds each case's rank by id), key, and their order in pre, as a stable
// sort would. Each row's date and person rank are packed
// into one integer with its index, and the integers sorted: no pointers
// to move, no names to compare. Only rows of one person on one date are
// then compared field by field. Dates or counts too large to pack fall
// back to comparing rows.
func sortPreRows(pre []preRow, personRank []int32, cases []caseRow) []int32 {
	cmpRest := func(x, y int32) int {
		a, b := &pre[x], &pre[y]
		if c := cmp.Compare(cases[a.ci].caseID, cases[b.ci].caseID); c != 0 {
			return c
		}
		if c := strings.Compare(a.dl.Key, b.dl.Key); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	}
	order := make([]int32, len(pre))
	keys, ok := packRowKeys(pre, personRank)
	if !ok {
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(x, y int32) int {
			if c := cmp.Compare(pre[x].act, pre[y].act); c != 0 {
				return c
			}
			if c := cmp.Compare(personRank[pre[x].ci], personRank[pre[y].ci]); c != 0 {
				return c
			}
			return cmpRest(x, y)
		})
		return order
	}
	slices.Sort(keys)
	for p, k := range keys {
		order[p] = int32(k & (1<<indexBits - 1))
	}
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>indexBits == keys[lo]>>indexBits {
			hi++
		}
		if hi-lo > 1 {
			slices.SortFunc(order[lo:hi], cmpRest)
		}
		lo = hi
	}
	return order
}

// A packed row key: day (21 bits) | person rank (21 bits) | index (22 bits).
const (
	indexBits  = 22
	personBits = 21
	yearLimit  = 2800 // (2*2800+1) * 372 days fit in 21 bits
)

// packRowKeys packs each row's date, person rank and index, or reports
// false when one does not fit (a damaged date, millions of rows).
func packRowKeys(pre []preRow, personRank []int32) ([]uint64, bool) {
	if len(pre) >= 1<<indexBits || len(personRank) >= 1<<personBits {
		return nil, false
	}
	keys := make([]uint64, len(pre))
	for i := range pre {
		k := pre[i].act
		y := int64(int32(uint32(k>>16) ^ 1<<31))
		m, d := int64(k>>8&0xff), int64(k&0xff)
		if y < -yearLimit || y > yearLimit || m < 1 || m > 12 || d < 1 || d > 31 {
			return nil, false
		}
		day := uint64((y+yearLimit)*372 + (m-1)*31 + d - 1)
		keys[i] = day<<(personBits+indexBits) | uint64(personRank[pre[i].ci])<<indexBits | uint64(i)
	}
	return keys, true
}

// packDate packs d into an integer that orders as Date.Compare does.
func packDate(d procedures.Date) uint64 {
	return uint64(uint32(int32(d.Year))^1<<31)<<16 | uint64(uint8(d.Month))<<8 | uint64(uint8(d.Day))
}

// applicable gives pointers to the deadlines of a case that apply today
// (procedures.Applicable). Those Applicable returns unchanged point into
// the summary; only those it marks done (superseded by a contingent date)
// are copied, into chunks that never move.
type applicable struct {
	scratch []procedures.Deadline
	ptrs    []*procedures.Deadline
	copies  []procedures.Deadline
}

// of returns ds's applicable deadlines; the slice is reused by the next call.
func (a *applicable) of(ds []procedures.Deadline, today procedures.Date) []*procedures.Deadline {
	a.scratch = procedures.AppendApplicable(a.scratch[:0], ds, today)
	a.ptrs = a.ptrs[:0]
	j := 0
	for k := range a.scratch {
		d := &a.scratch[k]
		// Applicable keeps ds's order: find d's original.
		for j < len(ds) && ds[j].Key != d.Key {
			j++
		}
		if j < len(ds) && ds[j] == *d {
			a.ptrs = append(a.ptrs, &ds[j])
			j++
			continue
		}
		if len(a.copies) == cap(a.copies) {
			a.copies = make([]procedures.Deadline, 0, 256)
		}
		a.copies = append(a.copies, *d)
		a.ptrs = append(a.ptrs, &a.copies[len(a.copies)-1])
	}
	return a.ptrs
}

// dayCache counts the days from today to each distinct date once:
// thousands of deadlines share a few hundred dates, and counting goes
// through time.Time.
type dayCache struct {
	today procedures.Date
	days  map[uint64]int
}

func (c *dayCache) until(d procedures.Date) int {
	k := packDate(d)
	n, ok := c.days[k]
	if !ok {
		n = c.today.DaysUntil(d)
		c.days[k] = n
	}
	return n
}
