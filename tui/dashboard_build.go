package tui

import (
	"runtime/debug"
	"sync"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// buildRows turns the store's summaries into every deadline row (the
// agenda's, casebook.Agenda: the deadlines that apply today in its order,
// by date to act by, then case, then key) and every case row (sorted by
// person, procedure, case). It runs once per data change, never per frame
// or per keystroke, and lowercases nothing: the search column is folded
// in a Cmd (prepareSearchCmd). Rows keep a compact copy of their
// deadline (dashboard_compact.go), nothing of the summaries.
func buildRows(sums []record.Summary, today procedures.Date, l *i18n.Printer) ([]deadlineRow, []caseRow) {
	rows, cases, _ := buildRowsCol(sums, today, l)
	return rows, cases
}

// buildRowsCol is buildRows with the rows' search column (searchCol).
func buildRowsCol(sums []record.Summary, today procedures.Date, l *i18n.Printer) ([]deadlineRow, []caseRow, *searchCol) {
	b := newRowBuilder(today, l)
	for i := range sums {
		b.add(&sums[i])
	}
	return b.finish()
}

// summaryStream is the stores' streamed read of the deadline index
// (store.Store, pgstore.Store): every row decoded into the same Summary,
// whose strings fn may keep, not the Summary nor its Deadlines.
type summaryStream interface {
	EachSummary(fn func(*record.Summary) error) error
}

// readChunk is how many summaries, and at least how many deadlines, the
// blocks readSummaries fills hold.
const readChunk = 4096

// readSummaries is st.Summaries(), read with less garbage where the store
// streams its rows: Summaries clones each case's deadlines (one
// allocation a case, rounded up to a size class) and grows its slice by
// copying it (at 100,000 cases about four times its final 11 MB in
// garbage, beside the rows being built). Here the deadlines are copied
// into shared blocks and the summaries into fixed blocks, copied once
// into a slice of the right length: the same values, 5 MB less held and
// 40 MB less garbage.
func readSummaries(st Store) ([]record.Summary, error) {
	es, ok := st.(summaryStream)
	if !ok {
		return st.Summaries()
	}
	var (
		blocks [][]record.Summary
		cur    []record.Summary
		slab   []procedures.Deadline
		n      int
	)
	err := es.EachSummary(func(s *record.Summary) error {
		if len(cur) == cap(cur) {
			if cur != nil {
				blocks = append(blocks, cur)
			}
			cur = make([]record.Summary, 0, readChunk)
		}
		r := *s
		r.Deadlines = nil
		if k := len(s.Deadlines); k > 0 {
			if cap(slab)-len(slab) < k {
				slab = make([]procedures.Deadline, 0, max(k, readChunk))
			}
			at := len(slab)
			slab = append(slab, s.Deadlines...)
			r.Deadlines = slab[at:len(slab):len(slab)] // capped: an append copies
		}
		cur = append(cur, r)
		n++
		return nil
	})
	if n == 0 {
		return nil, err
	}
	out := make([]record.Summary, 0, n)
	for _, b := range blocks {
		out = append(out, b...)
	}
	return append(out, cur...), err
}

// buildGCPercent is the collector's pace (GOGC) while a Cmd reads and
// builds the whole list or folds its search column: every 50 MB allocated
// past twice what is live starts a collection instead of every 100. The
// build's garbage (about 130 MB at 100,000 cases, beside 80 to 100 MB of
// summaries and rows) otherwise lets the heap reach twice the rows' size:
// at 100k a peak of 177 MB in BenchmarkDashboardHeldFile, 136 MB at 50,
// for a slower build (25 gave 118 MB, at twice the time).
const buildGCPercent = 50

var lean struct {
	sync.Mutex
	depth int // Cmds building now
	prev  int // the pace before the first of them
}

// leanHeap sets the collector's pace to buildGCPercent until the returned
// func is called (by every caller, when several Cmds build at once); a
// lower pace set by the user (GOGC) stays, and so does none (GOGC=off).
func leanHeap() (restore func()) {
	lean.Lock()
	defer lean.Unlock()
	if lean.depth == 0 {
		lean.prev = debug.SetGCPercent(buildGCPercent)
		if lean.prev < buildGCPercent {
			debug.SetGCPercent(lean.prev)
		}
	}
	lean.depth++
	return func() {
		lean.Lock()
		defer lean.Unlock()
		if lean.depth--; lean.depth == 0 {
			debug.SetGCPercent(lean.prev)
		}
	}
}
