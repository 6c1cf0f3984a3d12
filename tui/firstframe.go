package tui

import (
	"container/heap"
	"errors"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// The first data frame at 100,000 cases. Reading every index row and
// building every row takes most of a second there (startCmd), so start-up
// first reads only the head of the agenda from the store's date-ordered
// key (dueOrdered) and draws those rows: the first screenful, in the
// order and with the words the whole list gives them. The screen stays
// the loading screen meanwhile: keys typed are held (holding) and
// replayed, in order, once the whole list is in, so that a search, a
// filter or the cases tab never works on a part of the rows.

// previewRows is how many rows of the deadlines list the preview needs:
// more than any terminal shows at once. With fewer pending deadlines than
// that the whole list is quick to read, and there is no preview.
const previewRows = 120

// dueOrdered is a store that gives its index rows in the order of each
// case's earliest date to act by (store.Store.EachSummaryByDue).
type dueOrdered interface {
	EachSummaryByDue(fn func(due procedures.Date, row *record.Summary) error) error
}

// previewMsg carries the head of the deadlines list (nil: none to show).
type previewMsg struct {
	data *dashData
}

// errEnough stops the walk of the date-ordered key.
var errEnough = errors.New("enough rows for the first frame")

// previewCmd reads the head of the agenda and builds its rows.
func previewCmd(st Store, today procedures.Date, l *i18n.Printer) tea.Cmd {
	return func() tea.Msg {
		return previewMsg{data: previewData(st, today, l, previewRows)}
	}
}

// previewData is the first need rows of the deadlines list as the
// default filter shows it (pending deadlines, in the agenda's order), or
// nil when the store cannot give them in order or has fewer.
//
// Cases come in order of their earliest pending date (their due day).
// Before a case with due day d is taken, every pending deadline to act by
// before d is already among the cases taken: any other case's are on or
// after its own due day, which is d or later. So once need of them are
// before d, the rows up to d are those of the whole list.
func previewData(st Store, today procedures.Date, l *i18n.Printer, need int) *dashData {
	do, ok := st.(dueOrdered)
	if !ok {
		return nil
	}
	var (
		sums    []record.Summary
		first   []procedures.Date // each taken case's earliest pending date (zero: none)
		later   dayHeap           // act dates of the pending deadlines taken, not yet before due
		before  int               // pending deadlines taken to act by before the last due day
		bound   procedures.Date
		full    bool
		scratch []procedures.Deadline
	)
	err := do.EachSummaryByDue(func(due procedures.Date, s *record.Summary) error {
		for len(later) > 0 && later[0].Before(due) {
			heap.Pop(&later)
			before++
		}
		if before >= need {
			bound, full = due, true
			return errEnough
		}
		scratch = procedures.AppendApplicable(scratch[:0], s.Deadlines, today)
		var earliest procedures.Date
		for i := range scratch {
			if d := &scratch[i]; casebook.IsPending(d, today) {
				act := casebook.ActDate(d)
				heap.Push(&later, act)
				if earliest.IsZero() || act.Before(earliest) {
					earliest = act
				}
			}
		}
		if !earliest.IsZero() {
			sums = append(sums, *s)
			first = append(first, earliest)
		}
		return nil
	})
	if !full || !errors.Is(err, errEnough) {
		return nil // read fails, or few pending deadlines: the whole list comes soon
	}
	// Only the cases with a row before the bound are shown.
	keep := sums[:0]
	for i := range sums {
		if first[i].Before(bound) {
			keep = append(keep, sums[i])
		}
	}
	d := buildDashData(keep, today, l)
	rows := d.deadlines[:0]
	for _, r := range d.deadlines {
		if r.act.Before(bound) && r.urg.Pending() {
			rows = append(rows, r)
		}
	}
	d.deadlines = rows
	d.col = nil // a search waits for the whole list
	return d
}

// setPreview shows the head of the deadlines list while the whole list is
// built; setData replaces it.
func (m *dashboardModel) setPreview(d *dashData) {
	m.deadlines, m.cases, m.col = d.deadlines, nil, nil
	m.people, m.procs = nil, nil
	m.personW, m.procW, m.procNameW, m.stageW, m.whenW = d.personW, d.procW, d.procNameW, d.stageW, d.whenW
	m.preview = true
	m.visValid = false
	m.refilter()
}

// dayHeap is a min-heap of dates (container/heap).
type dayHeap []procedures.Date

func (h dayHeap) Len() int           { return len(h) }
func (h dayHeap) Less(i, j int) bool { return h[i].Before(h[j]) }
func (h dayHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *dayHeap) Push(x any)        { *h = append(*h, x.(procedures.Date)) }
func (h *dayHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
