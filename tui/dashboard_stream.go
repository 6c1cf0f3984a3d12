package tui

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// rowBuilder makes the dashboard's rows from summaries given one at a
// time (add): the store's streamed read (EachSummary) hands each one over
// and forgets it, so neither the summaries nor an agenda of pointers into
// them are held beside the rows being built; only what the rows keep is
// (compact rows, one caseText a case, one name a person). finish sorts
// them into the agenda's order (casebook.Agenda: every deadline that
// applies today, by date to act by, case id, key; each case's next date
// as casebook.PickNext picks it) and the cases into name order.
type rowBuilder struct {
	today procedures.Date
	names procNames
	tab   *dlTable
	procs []*procInfo
	// procAt, shapeAt, titleAt and personAt find what the build has
	// seen already: dropped by finish.
	procAt   map[string]*procInfo
	shapeAt  map[dlShape]uint32
	titleAt  map[string]int32
	personAt map[uint64]int32
	people   []string // by person number (caseText.pn)
	// cases and rows are filled in blocks that never move (rows point at
	// their case only once finish has placed the cases).
	cases [][]builtCase
	rows  [][]deadlineRow
	nc, n int
	// longCase: a case has more rows than seq counts; the rows are then
	// sorted stably instead of by seq.
	longCase bool
	scratch  []procedures.Deadline

	// What start-up asks of the summaries (startCmd), learnt on the way.
	latest struct {
		id      uint64
		stage   procedures.Stage
		updated time.Time
	}
	hasLatest       bool
	maybeUnfinished []uint64
}

// nextFlag marks, in a row's urgency while the rows are built, the row
// of its case's next date (casebook.PickNext).
const nextFlag = 0x80

// builtCase is a case as added: its text and stage.
type builtCase struct {
	text  caseText
	stage procedures.Stage
}

const buildBlock = 4096

func newRowBuilder(today procedures.Date, l *i18n.Printer) *rowBuilder {
	return &rowBuilder{today: today, names: procNames{l: l}, tab: &dlTable{}, procAt: map[string]*procInfo{},
		shapeAt: map[dlShape]uint32{}, titleAt: map[string]int32{}, personAt: map[uint64]int32{}}
}

// add takes one summary. It keeps its strings, not it nor its deadlines.
func (b *rowBuilder) add(s *record.Summary) {
	ci := int32(b.nc)
	if !b.hasLatest || s.Updated.After(b.latest.updated) {
		b.latest.id, b.latest.stage, b.latest.updated, b.hasLatest = s.CaseID, s.Stage, s.Updated, true
	}
	if s.Stage == procedures.StageDraft && len(s.Deadlines) == 0 {
		b.maybeUnfinished = append(b.maybeUnfinished, s.CaseID)
	}
	pi, ok := b.procAt[s.Procedure]
	if !ok {
		pi = &procInfo{procID: s.Procedure, procName: b.names.name(s.Procedure), pk: int32(len(b.procs)), tab: b.tab}
		b.procAt[s.Procedure] = pi
		b.procs = append(b.procs, pi)
	}
	// A person's cases share one name (a name that differs, as in a
	// summary written before a rename, is its own).
	person := textsafe.Line(s.Person) // stored text: no escape reaches the screen
	pn, ok := b.personAt[s.PersonID]
	if ok && b.people[pn] == person {
		person = b.people[pn]
	} else {
		pn = int32(len(b.people))
		b.people = append(b.people, person)
		b.personAt[s.PersonID] = pn
	}
	if b.nc%buildBlock == 0 {
		if b.nc > 0 {
			roomForLive()
		}
		b.cases = append(b.cases, make([]builtCase, 0, buildBlock))
	}
	blk := &b.cases[len(b.cases)-1]
	*blk = append(*blk, builtCase{text: caseText{caseID: s.CaseID, personID: s.PersonID, person: person, procInfo: pi, pn: pn}, stage: s.Stage})
	b.nc++

	b.scratch = procedures.AppendApplicable(b.scratch[:0], s.Deadlines, b.today)
	ds := b.scratch
	first := b.n
	for i := range ds {
		d := &ds[i]
		u, days := casebook.UrgencyOf(d, b.today)
		if b.n%buildBlock == 0 {
			b.rows = append(b.rows, make([]deadlineRow, 0, buildBlock))
		}
		rb := &b.rows[len(b.rows)-1]
		if i >= math.MaxUint16 {
			b.longCase = true
		}
		*rb = append(*rb, deadlineRow{date: b.tab.pack(d.Date), actBy: b.tab.pack(d.ActBy), d: int32(days),
			shape: b.shape(d), ci: ci, u: uint8(u), seq: uint16(min(i, math.MaxUint16))})
		b.n++
	}
	if k := casebook.PickNext(len(ds), func(i int) (*procedures.Deadline, casebook.Urgency) {
		return &ds[i], b.rowAt(first + i).urg()
	}); k >= 0 {
		b.rowAt(first + k).u |= nextFlag // the case's next date
	}
}

// rowAt is the k-th row added.
func (b *rowBuilder) rowAt(k int) *deadlineRow {
	return &b.rows[k/buildBlock][k%buildBlock]
}

// shape is d's shape's id, added to the table when new.
func (b *rowBuilder) shape(d *procedures.Deadline) uint32 {
	s := dlShape{key: d.Key, title: d.Title, note: d.Note, rule: d.Rule, ifMissed: d.IfMissed, kind: d.Kind, done: d.Done, afterFiling: d.AfterFiling}
	if id, ok := b.shapeAt[s]; ok {
		return id
	}
	t, ok := b.titleAt[s.title]
	if !ok {
		t = int32(len(b.tab.titles))
		b.titleAt[s.title] = t
		b.tab.titles = append(b.tab.titles, s.title)
	}
	id := uint32(len(b.tab.shapes))
	b.tab.shapes = append(b.tab.shapes, s)
	b.tab.shapeTitle = append(b.tab.shapeTitle, t)
	b.shapeAt[s] = id
	return id
}

// finish places the cases and sorts the rows: the deadline rows in the
// agenda's order, the case rows in name order, and their search column.
func (b *rowBuilder) finish() ([]deadlineRow, []caseRow, *searchCol) {
	texts := make([]caseText, b.nc)
	stages := make([]procedures.Stage, b.nc)
	for k, blk := range b.cases {
		for j := range blk {
			texts[k*buildBlock+j], stages[k*buildBlock+j] = blk[j].text, blk[j].stage
		}
		b.cases[k] = nil
	}
	b.cases, b.procAt, b.shapeAt, b.titleAt, b.personAt = nil, nil, nil, nil, nil

	// One array of rows, the blocks dropped as they are copied, sorted
	// in place, in a total order (stable where a case has more rows than
	// seq counts).
	rows := make([]deadlineRow, 0, b.n)
	for k, blk := range b.rows {
		rows = append(rows, blk...)
		b.rows[k] = nil
	}
	b.rows = nil
	for i := range rows {
		rows[i].caseText = &texts[rows[i].ci]
	}
	// The agenda's order is casebook.CompareDeadlines (date to act by,
	// case id, key), then the order the case gave its deadlines: two
	// packed dates that differ answer its first question without being
	// unpacked; the rest it answers itself.
	byDay := func(x, y deadlineRow) int {
		if ax, ay := x.actPacked(), y.actPacked(); ax != ay && (ax|ay)&pdateOdd == 0 {
			return cmp.Compare(ax, ay)
		}
		if c := casebook.CompareDeadlines(x.act(), x.caseID, x.key(), y.act(), y.caseID, y.key()); c != 0 {
			return c
		}
		if x.ci != y.ci {
			return cmp.Compare(x.ci, y.ci) // one case id twice: as they came
		}
		return cmp.Compare(x.seq, y.seq)
	}
	if b.longCase {
		slices.SortStableFunc(rows, func(x, y deadlineRow) int {
			x.seq, y.seq = 0, 0
			return byDay(x, y)
		})
	} else {
		slices.SortFunc(rows, byDay)
	}
	// Each case's next date, found in its place.
	nextAt := make([]int32, b.nc)
	for i := range nextAt {
		nextAt[i] = -1
	}
	for p := range rows {
		r := &rows[p]
		if r.u&nextFlag != 0 {
			r.u &^= nextFlag
			nextAt[r.ci] = int32(p)
		}
	}

	// The cases list is in person (Spanish order: "Élodie" beside
	// "elodie", not after "Zoë"), procedure, case order.
	rank := casebook.NewNameOrder().Ranks(b.people)
	for i := range texts {
		texts[i].rank = rank[texts[i].pn]
	}
	order := make([]int32, b.nc)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		a, c := &texts[x], &texts[y]
		if d := cmp.Compare(a.rank, c.rank); d != 0 {
			return d
		}
		if d := strings.Compare(a.procName, c.procName); d != 0 {
			return d
		}
		if d := cmp.Compare(a.caseID, c.caseID); d != 0 {
			return d
		}
		return cmp.Compare(x, y) // as a stable sort would
	})
	cases := make([]caseRow, b.nc)
	for k, ci := range order {
		cases[k] = caseRow{caseText: &texts[ci], stage: stages[ci]}
		if p := nextAt[ci]; p >= 0 {
			cases[k].next = &rows[p]
		}
	}
	col := &searchCol{texts: texts, tab: b.tab, rows: len(rows), caseRow: order, people: b.people, procs: b.procs}
	return rows, cases, col
}

// summaryOnce is a store that reads each index row once and gives back
// the pages of the file it has read as it goes (store.Store's
// EachSummaryOnce): the read then keeps a few MB of the file resident,
// not the whole index.
type summaryOnce interface {
	EachSummaryOnce(fn func(*record.Summary) error) error
}

// streamDashData builds the dashboard's data from st's index rows as the
// store reads them, when it streams them (ok); the data has no summaries
// (streamed). The collector is paced for the build (leanHeap) from the
// start of the read: the read and the build are one pass.
func streamDashData(st Store, today procedures.Date, l *i18n.Printer) (d *dashData, ok bool, err error) {
	var each func(func(*record.Summary) error) error
	if o, ok := st.(summaryOnce); ok {
		each = o.EachSummaryOnce
	} else if es, ok := st.(summaryStream); ok {
		each = es.EachSummary
	} else {
		return nil, false, nil
	}
	defer leanHeap()()
	b := newRowBuilder(today, l)
	if err := each(func(s *record.Summary) error { b.add(s); return nil }); err != nil {
		return nil, true, err
	}
	d = b.dashData(l)
	d.streamed = true
	return d, true, nil
}

// latestCase is the most recently updated case of a build: start-up
// resumes its interview when it is an unfinished draft.
type latestCase struct {
	id    uint64
	stage procedures.Stage
}

// noCases reports whether the start found no case at all.
func (m startMsg) noCases() bool {
	if m.sums == nil && m.data != nil && m.data.streamed {
		return m.data.n == 0
	}
	return len(m.sums) == 0
}

// unfinishedCandidates are the drafts without a date among what a
// message carries: its summaries', or, streamed, its data's.
func unfinishedCandidates(sums []record.Summary, d *dashData) []uint64 {
	if sums == nil && d != nil && d.streamed {
		return d.maybeUnfinished
	}
	var maybe []uint64
	for i := range sums {
		if sums[i].Stage == procedures.StageDraft && len(sums[i].Deadlines) == 0 {
			maybe = append(maybe, sums[i].CaseID)
		}
	}
	return maybe
}
