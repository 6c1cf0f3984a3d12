package tui

import (
	"container/heap"
	"errors"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
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

// previewFrameWait is how long the whole list's build waits after the
// preview arrives: two frames of Bubble Tea's 60 Hz renderer.
const previewFrameWait = 35 * time.Millisecond

// dueOrdered is a store that gives its cases in the order of their
// earliest date to act by (store.Store.EachDueRow).
type dueOrdered interface {
	EachDueRow(fn func(*store.DueRow) error) error
}

// previewMsg carries the head of the deadlines list (nil: none to show).
type previewMsg struct {
	data *dashData
}

// previewThenStart reads the head of the agenda (previewCmd), then the
// whole list (startCmd), one after the other without a round trip
// through Update. When there was a preview, the whole list's build,
// which takes both cores for most of a second at 100,000 cases, waits
// until the preview's frame is out (Bubble Tea draws on a 60 Hz tick),
// or that frame would wait for it.
func previewThenStart(st Store, today procedures.Date, l *i18n.Printer) tea.Cmd {
	var shown atomic.Bool
	preview := previewCmd(st, today, l)
	start := startCmd(st, today, l)
	return tea.Sequence(func() tea.Msg {
		msg := preview()
		if p, ok := msg.(previewMsg); ok && p.data != nil {
			shown.Store(true)
		}
		return msg
	}, func() tea.Msg {
		if shown.Load() {
			time.Sleep(previewFrameWait)
		}
		return start()
	})
}

// errEnough stops the walk of the date-ordered key.
var errEnough = errors.New("enough rows for the first frame")

// previewCmd reads the head of the agenda and builds its rows.
func previewCmd(st Store, today procedures.Date, l *i18n.Printer) tea.Cmd {
	return func() tea.Msg {
		return previewMsg{data: previewData(st, today, l, previewRows)}
	}
}

// previewData is the first rows (need or more) of the deadlines list as
// the default filter shows it (pending deadlines, in the agenda's order),
// or nil when the store cannot give them in order or has fewer.
//
// Cases come in order of their due day, the earliest date to act by of
// their deadlines not done. Before a case with due day d is taken, every
// pending deadline to act by before d is among the cases taken: any other
// case's are on or after its own due day, d or later. So once need of
// them are before d, the rows before d are those of the whole list.
//
// Most cases are looked at without their words (store.DueRow): only those
// with a pending deadline among the need earliest seen so far are decoded
// whole. A case left undecoded has none before the need-th earliest date
// of all (its earliest pending date is later), so the rows shown stop
// before its earliest date too (cut) and still hold need rows.
func previewData(st Store, today procedures.Date, l *i18n.Printer, need int) *dashData {
	do, ok := st.(dueOrdered)
	if !ok || need <= 0 {
		return nil
	}
	var (
		sums    []record.Summary
		later   dayHeap         // act dates of the pending deadlines seen, not yet before due
		before  int             // pending deadlines seen to act by before the last due day
		nearest maxDayHeap      // the need earliest pending act dates seen
		cut     procedures.Date // rows shown are before it
		full    bool
		scratch []procedures.Deadline
	)
	err := do.EachDueRow(func(r *store.DueRow) error {
		for len(later) > 0 && later[0].Before(r.Due) {
			heap.Pop(&later)
			before++
		}
		if before >= need {
			if cut.IsZero() || r.Due.Before(cut) {
				cut = r.Due
			}
			full = true
			return errEnough
		}
		ds := r.Deadlines
		var whole *record.Summary
		if r.Contingent {
			// Which deadlines apply needs their keys (procedures.Applicable).
			var err error
			if whole, err = r.Full(); err != nil {
				return err
			}
			ds = whole.Deadlines
		}
		scratch = procedures.AppendApplicable(scratch[:0], ds, today)
		var earliest procedures.Date
		for i := range scratch {
			if d := &scratch[i]; casebook.IsPending(d, today) {
				act := casebook.ActDate(d)
				heap.Push(&later, act)
				if earliest.IsZero() || act.Before(earliest) {
					earliest = act
				}
				if len(nearest) < need {
					heap.Push(&nearest, act)
				} else if act.Before(nearest[0]) {
					nearest[0] = act
					heap.Fix(&nearest, 0)
				}
			}
		}
		if earliest.IsZero() {
			return nil // nothing pending today
		}
		if len(nearest) == need && nearest[0].Before(earliest) {
			// Not among the need earliest: not shown.
			if cut.IsZero() || earliest.Before(cut) {
				cut = earliest
			}
			return nil
		}
		if whole == nil {
			var err error
			if whole, err = r.Full(); err != nil {
				return err
			}
		}
		sums = append(sums, *whole)
		return nil
	})
	if !full || !errors.Is(err, errEnough) {
		return nil // read fails, or few pending deadlines: the whole list comes soon
	}
	d := buildDashData(sums, today, l)
	// Rows are re-sliced in place: the case rows, which point at them,
	// are not shown (setPreview).
	rows := d.deadlines[:0]
	for _, r := range d.deadlines {
		if r.act().Before(cut) && r.urg().Pending() {
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

// maxDayHeap is a max-heap of dates: its top is the latest.
type maxDayHeap []procedures.Date

func (h maxDayHeap) Len() int           { return len(h) }
func (h maxDayHeap) Less(i, j int) bool { return h[j].Before(h[i]) }
func (h maxDayHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *maxDayHeap) Push(x any)        { *h = append(*h, x.(procedures.Date)) }
func (h *maxDayHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
