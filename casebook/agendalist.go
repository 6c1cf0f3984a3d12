package casebook

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
	"unsafe"

	"tramite/procedures"
	"tramite/record"
)

// AgendaFilter says which deadlines an Agenda lists.
type AgendaFilter struct {
	// Today is the day the urgencies and days left count from.
	Today procedures.Date
	// Within, when >= 0, keeps only the deadlines to act by up to Today +
	// Within days (late ones too); -1 lists every date.
	Within int
	// All keeps the history too: done deadlines, openings and reminders
	// already past. Without it only pending deadlines are listed
	// (Urgency.Pending).
	All bool
}

// Until is the last date to act by the filter lists, and whether it has
// one: only a filter of pending deadlines within N days does. A store's
// date-ordered key (EachSummaryDue) then gives the rows to read.
func (f AgendaFilter) Until() (procedures.Date, bool) {
	if f.Within < 0 || f.All {
		return procedures.Date{}, false
	}
	return f.Today.AddDays(f.Within), true
}

// AgendaSource is what LoadAgenda reads: every engine of package store.
type AgendaSource interface {
	// EachSummary calls fn with every index row in case-id order; fn may
	// keep the row's strings, not the row or its Deadlines.
	EachSummary(fn func(*record.Summary) error) error
	// EachSummaryDue is EachSummary over the cases that have a deadline
	// not done to act by on or before until.
	EachSummaryDue(until procedures.Date, fn func(*record.Summary) error) error
}

// onceSource is an AgendaSource that reads each row once and gives back
// the pages of the file it read as it goes (the bbolt store's
// EachSummaryOnce): a listing of every row then keeps a few of them
// resident, not the whole index.
type onceSource interface {
	EachSummaryOnce(fn func(*record.Summary) error) error
}

// LoadAgenda streams the index rows src holds into the agenda of f,
// sorted. A filter with a date bound (f.Until) reads only the rows of the
// cases with a pending deadline by then.
func LoadAgenda(src AgendaSource, f AgendaFilter) (*Agenda, error) {
	a := NewAgenda(f)
	add := func(s *record.Summary) error { a.Add(s); return nil }
	var err error
	if until, ok := f.Until(); ok {
		err = src.EachSummaryDue(until, add)
	} else if once, ok := src.(onceSource); ok {
		err = once.EachSummaryOnce(add)
	} else {
		err = src.EachSummary(add)
	}
	if err != nil {
		return nil, err
	}
	a.Sort()
	return a, nil
}

// Agenda is the one deadline list every front-end shows: each case's
// deadlines that apply today (procedures.Applicable), those f keeps, with
// their urgency and days left (UrgencyOf), in the agenda's one order
// (CompareDeadlines: date to act by, case id, key), and each case's next
// date (Next). `tramite deadlines` streams the index into it; the
// dashboard builds its rows from it.
type Agenda struct {
	f     AgendaFilter
	limit int64 // day number of the last date listed, when bounded
	today int64 // day number of f.Today
	bound bool
	// cases and entries are filled in chunks, so that growing never
	// copies them.
	cases [][]AgendaCase
	nc    int
	// lcases holds the cases of a streamed agenda instead of cases until
	// full (fullCases).
	lcases  [][]leanCase
	full    bool
	entries [][]AgendaEntry
	n       int
	// copies holds the deadlines AddKept copies (those today marks
	// done: chunks that never move); compact, what Add keeps of each
	// deadline, by entry (compactChunk).
	copies  []procedures.Deadline
	compact [][]agendaCopy
	// keptAny: an entry came from AddKept. lean: every deadline so far
	// came from Add, and entries is empty: compact alone holds them
	// (pointer-free, so the collector never scans a listing's 200,000).
	keptAny bool
	lean    bool
	// strs holds the strings of compact's copies (their ids: strs[0] is
	// ""), interned by intern.
	strs   []string
	byText map[string]uint32
	recent [internSlots]internSlot
	// scratch holds a case's applicable deadlines.
	scratch []procedures.Deadline
	// next[ci] is the entry (before Sort: its index; after: its
	// position) of case ci's next date, or -1.
	next []int32
	// byID: the cases came in increasing case-id order.
	byID   bool
	order  []int32
	sorted bool
	// inOrder: after Sort of an agenda built with Add only, compact holds
	// its copies in the agenda's order (moved in place, in one pass): a
	// listing reads them one after the other instead of one random place
	// a row, and moving them costs loads the processor overlaps.
	inOrder bool
}

// AgendaCase is what an agenda keeps of a case.
type AgendaCase struct {
	ID, PersonID uint64
	Person       string
	Procedure    string
	Stage        procedures.Stage
}

// agendaCopy is what Add keeps of a deadline: its strings as ids (the
// agenda's strs), its dates packed (packDate), its kind and whether it is
// done, with what an entry holds (day, case, days left, urgency). A
// streamed listing of 200,000 deadlines holds one for each: 48 bytes and
// no pointer (a whole procedures.Deadline takes 144 and holds five).
// day fits 32 bits: dayOf's day numbers span a million years either side
// at most. A kind beyond 16 bits (no kind is) is kept as -1: both are
// "unknown" (procedures.DeadlineKind.String) and urg was classified
// before.
type agendaCopy struct {
	date, actBy            uint64
	day                    int32
	key, title, rule, note uint32
	ci, days               int32
	kind                   int16
	done                   bool
	urg                    uint8
}

// copyKind is k as agendaCopy keeps it.
func copyKind(k procedures.DeadlineKind) int16 {
	if k < 0 || k > math.MaxInt16 {
		return -1
	}
	return int16(k)
}

// internSlots sizes the agenda's cache of recently interned strings: a
// listing's few hundred distinct texts, each handed out as the same
// string (the index's string table), hit it by address.
const internSlots = 1 << 13

type internSlot struct {
	s  string
	id uint32
}

// intern is s's id in strs: found by where its bytes are (the store's
// string table hands out the same string each time), else by its text.
func (a *Agenda) intern(s string) uint32 {
	if s == "" {
		return 0
	}
	p := unsafe.StringData(s)
	h := (uint64(uintptr(unsafe.Pointer(p)))*0x9E3779B97F4A7C15 + uint64(len(s))) >> (64 - 13)
	e := &a.recent[h]
	if len(e.s) == len(s) && unsafe.StringData(e.s) == p {
		return e.id
	}
	if a.byText == nil {
		a.byText = map[string]uint32{}
		if len(a.strs) == 0 {
			a.strs = append(a.strs, "")
		}
	}
	id, ok := a.byText[s]
	if !ok {
		id = uint32(len(a.strs))
		a.strs = append(a.strs, s)
		a.byText[s] = id
	}
	e.s, e.id = s, id
	return id
}

// deadlineOf is the deadline c holds.
func (a *Agenda) deadlineOf(c *agendaCopy) procedures.Deadline {
	return procedures.Deadline{Key: a.strs[c.key], Date: unpackDate(c.date), Kind: procedures.DeadlineKind(c.kind),
		Title: a.strs[c.title], ActBy: unpackDate(c.actBy), Note: a.strs[c.note], Rule: a.strs[c.rule], Done: c.done}
}

// copyAt is compact's copy of entry k (in the order added).
func (a *Agenda) copyAt(k int32) *agendaCopy {
	return &a.compact[k>>agendaChunkBits][k&(1<<agendaChunkBits-1)]
}

// dayAt and caseAt are entry k's day number and case index.
func (a *Agenda) dayAt(k int32) int64 {
	if a.lean {
		return int64(a.copyAt(k).day)
	}
	return a.entry(k).day
}

func (a *Agenda) caseAt(k int32) int32 {
	if a.lean {
		return a.copyAt(k).ci
	}
	return a.entry(k).Case
}

// packDate packs d losslessly (the year as an int32, month and day as
// bytes, as index rows hold them).
func packDate(d procedures.Date) uint64 {
	return uint64(uint32(int32(d.Year)))<<16 | uint64(uint8(d.Month))<<8 | uint64(uint8(d.Day))
}

func unpackDate(k uint64) procedures.Date {
	return procedures.Date{Year: int(int32(uint32(k >> 16))), Month: time.Month(k >> 8 & 0xff), Day: int(k & 0xff)}
}

// AgendaEntry is one deadline of the agenda.
type AgendaEntry struct {
	// Deadline points into the summary given to AddKept, or to the
	// agenda's own copy; nothing modifies it. It is nil for an entry of
	// Add: Agenda.Deadline gives its deadline.
	Deadline *procedures.Deadline
	// Case is the index of the entry's case (Agenda.Case).
	Case int32
	// Days counts from today to the date to act by (negative once
	// passed).
	Days    int32
	Urgency Urgency
	day     int64
}

// Act is the date to act by (ActDate) of an entry of AddKept.
func (e *AgendaEntry) Act() procedures.Date { return ActDate(e.Deadline) }

// Deadline is the i-th deadline in the agenda's order (after Sort), of
// AddKept or of Add alike. Add's keeps what a listing shows: no
// AfterFiling nor IfMissed.
func (a *Agenda) Deadline(i int) procedures.Deadline { return a.Item(i).Deadline }

// AgendaItem is an entry with its deadline, as Agenda.Item gives it.
type AgendaItem struct {
	Deadline procedures.Deadline
	Case     int32
	Days     int32
	Urgency  Urgency
}

// Item is the i-th entry in the agenda's order (after Sort) with its
// deadline. An agenda built with Add only answers from its compact copy
// alone.
func (a *Agenda) Item(i int) AgendaItem {
	if a.inOrder {
		c := a.copyAt(int32(i))
		return AgendaItem{Deadline: a.deadlineOf(c), Case: c.ci, Days: c.days, Urgency: Urgency(c.urg)}
	}
	k := a.order[i]
	if a.lean {
		c := a.copyAt(k)
		return AgendaItem{Deadline: a.deadlineOf(c), Case: c.ci, Days: c.days, Urgency: Urgency(c.urg)}
	}
	e := a.entry(k)
	it := AgendaItem{Case: e.Case, Days: e.Days, Urgency: e.Urgency}
	if e.Deadline != nil {
		it.Deadline = *e.Deadline
		return it
	}
	it.Deadline = a.deadlineOf(a.copyAt(k))
	return it
}

// AgendaRow is Item with the deadline's texts as ids into the agenda's
// Texts: a listing of 200,000 rows words and escapes each of a few
// thousand distinct texts once, looked up by id, not once a row.
type AgendaRow struct {
	Key, Title, Rule, Note uint32
	Date, ActBy            procedures.Date
	Kind                   procedures.DeadlineKind
	Done                   bool
	Case, Days             int32
	Urgency                Urgency
}

// Row is the i-th entry in the agenda's order (after Sort) as an
// AgendaRow. Safe for concurrent use on an agenda built with Add only
// (a streamed listing); on one built with AddKept it interns the
// deadline's texts, so not.
func (a *Agenda) Row(i int) AgendaRow {
	var c *agendaCopy
	switch {
	case a.inOrder:
		c = a.copyAt(int32(i))
	case a.lean:
		c = a.copyAt(a.order[i])
	default:
		it := a.Item(i)
		d := &it.Deadline
		return AgendaRow{Key: a.intern(d.Key), Title: a.intern(d.Title), Rule: a.intern(d.Rule), Note: a.intern(d.Note),
			Date: d.Date, ActBy: d.ActBy, Kind: d.Kind, Done: d.Done, Case: it.Case, Days: it.Days, Urgency: it.Urgency}
	}
	return AgendaRow{Key: c.key, Title: c.title, Rule: c.rule, Note: c.note, Date: unpackDate(c.date), ActBy: unpackDate(c.actBy),
		Kind: procedures.DeadlineKind(c.kind), Done: c.done, Case: c.ci, Days: c.days, Urgency: Urgency(c.urg)}
}

// ConcurrentRows reports whether Row and CaseText are safe for concurrent
// use: on an agenda built with Add only (and not since asked for an
// entry or a case: At, Case).
func (a *Agenda) ConcurrentRows() bool { return a.lean && !a.full }

// Texts are the texts AgendaRow's ids name: Texts()[0] is "". Call it
// after the rows asked (Row may add to it).
func (a *Agenda) Texts() []string {
	if len(a.strs) == 0 {
		return []string{""}
	}
	return a.strs
}

// Prefetch reads, for the items lo to hi-1 (in the agenda's order, after
// Sort), where their case and person's name are, so that the processor
// fetches those scattered cache lines for several items at once before a
// listing formats them one by one: in date order each item's case lies
// anywhere in memory, and a row waiting for it is most of a long
// listing's time. It changes nothing; the byte it returns only keeps the
// reads from being optimized away.
func (a *Agenda) Prefetch(lo, hi int) byte {
	var x byte
	for i := max(lo, 0); i < min(hi, a.n); i++ {
		var ci int32
		if a.inOrder {
			ci = a.copyAt(int32(i)).ci
		} else {
			ci = a.caseAt(a.order[i])
		}
		if _, p, _ := a.CaseText(int(ci)); p != "" {
			x ^= p[0]
		}
	}
	return x
}

const agendaChunkBits = 12

// NewAgenda starts an empty agenda for f.
func NewAgenda(f AgendaFilter) *Agenda {
	a := &Agenda{f: f, byID: true, today: dayNumber(f.Today), lean: true}
	if f.Within >= 0 {
		// --within bounds the history too (--all --within 30).
		a.limit, _ = a.dayOf(f.Today.AddDays(f.Within))
		a.bound = true
	}
	return a
}

// Add lists the deadlines of one case. It keeps no reference to s or its
// Deadlines slice (the store's EachSummary reuses them), only their
// strings: the deadlines it lists are copied.
func (a *Agenda) Add(s *record.Summary) { a.add(s, false) }

// AddKept is Add for a summary that outlives the agenda unchanged: its
// entries point into s.Deadlines instead of copying them (only those that
// today marks done are copied).
func (a *Agenda) AddKept(s *record.Summary) { a.add(s, true) }

func (a *Agenda) add(s *record.Summary, kept bool) {
	a.undense()
	if kept && a.lean {
		a.unlean()
	}
	ci := int32(a.nc)
	if a.nc > 0 && s.CaseID <= a.caseID(a.nc-1) {
		a.byID = false
	}
	if kept {
		a.fullCases()
	}
	if a.full {
		if a.nc>>agendaChunkBits == len(a.cases) {
			a.cases = append(a.cases, make([]AgendaCase, 0, 1<<agendaChunkBits))
		}
		cs := &a.cases[a.nc>>agendaChunkBits]
		*cs = append(*cs, AgendaCase{ID: s.CaseID, PersonID: s.PersonID, Person: s.Person, Procedure: s.Procedure, Stage: s.Stage})
	} else {
		if a.nc>>agendaChunkBits == len(a.lcases) {
			a.lcases = append(a.lcases, make([]leanCase, 0, 1<<agendaChunkBits))
		}
		cs := &a.lcases[a.nc>>agendaChunkBits]
		*cs = append(*cs, leanCase{id: s.CaseID, personID: s.PersonID, person: s.Person,
			procedure: a.intern(s.Procedure), stage: a.intern(string(s.Stage))})
	}
	a.nc++
	if !a.lean || kept {
		// A streamed agenda (Add) knows no case's next: Next says -1.
		for len(a.next) < a.nc {
			a.next = append(a.next, -1)
		}
	}
	// Without a contingent deadline every one applies as it is
	// (procedures.AppendApplicable copies them): read them in place.
	ds := s.Deadlines
	if contingent(ds) {
		a.scratch = procedures.AppendApplicable(a.scratch[:0], s.Deadlines, a.f.Today)
		ds = a.scratch
	}
	first := a.n
	j := 0 // the next of s.Deadlines that may be ds[i]'s original
	for i := range ds {
		d := &ds[i]
		day, days := a.dayOf(ActDate(d))
		u := Classify(d, days)
		if (!a.f.All && !u.Pending()) || (a.bound && day > a.limit) {
			continue
		}
		if a.lean {
			if a.n>>agendaChunkBits == len(a.compact) {
				a.compact = append(a.compact, make([]agendaCopy, 0, 1<<agendaChunkBits))
			}
			c := &a.compact[a.n>>agendaChunkBits]
			*c = append(*c, agendaCopy{key: a.intern(d.Key), title: a.intern(d.Title), rule: a.intern(d.Rule), note: a.intern(d.Note),
				date: packDate(d.Date), actBy: packDate(d.ActBy), day: int32(day), kind: copyKind(d.Kind), done: d.Done,
				ci: ci, days: int32(days), urg: uint8(u)})
			a.n++
			continue
		}
		if a.n>>agendaChunkBits == len(a.entries) {
			a.entries = append(a.entries, make([]AgendaEntry, 0, 1<<agendaChunkBits))
		}
		var dl *procedures.Deadline
		if !kept {
			// compact's chunks follow the entries' (an entry of
			// AddKept has an empty place in them).
			for len(a.compact) < len(a.entries) {
				a.compact = append(a.compact, make([]agendaCopy, 0, 1<<agendaChunkBits))
			}
			c := &a.compact[a.n>>agendaChunkBits]
			for len(*c) < a.n&(1<<agendaChunkBits-1) {
				*c = append(*c, agendaCopy{})
			}
			*c = append(*c, agendaCopy{key: a.intern(d.Key), title: a.intern(d.Title), rule: a.intern(d.Rule), note: a.intern(d.Note),
				date: packDate(d.Date), actBy: packDate(d.ActBy), day: int32(day), kind: copyKind(d.Kind), done: d.Done,
				ci: ci, days: int32(days), urg: uint8(u)})
		} else {
			a.keptAny = true
			// Applicable keeps s.Deadlines' order: find d's original.
			for j < len(s.Deadlines) && s.Deadlines[j].Key != d.Key {
				j++
			}
			if j < len(s.Deadlines) && s.Deadlines[j] == *d {
				dl = &s.Deadlines[j]
				j++
			}
			if dl == nil {
				if len(a.copies) == cap(a.copies) {
					a.copies = make([]procedures.Deadline, 0, 1024)
				}
				a.copies = append(a.copies, *d)
				dl = &a.copies[len(a.copies)-1]
			}
		}
		c := &a.entries[a.n>>agendaChunkBits]
		*c = append(*c, AgendaEntry{Deadline: dl, Case: ci, Days: int32(days), Urgency: u, day: day})
		a.n++
	}
	if !a.f.All || a.bound || !kept {
		// Next is a case's among all its applicable deadlines: a
		// filtered agenda does not know it (Agenda.Next says so), nor
		// does a streamed one (Add), which no screen asks.
		a.sorted = false
		return
	}
	if k := PickNext(a.n-first, func(k int) (*procedures.Deadline, Urgency) {
		e := a.entry(int32(first + k))
		return e.Deadline, e.Urgency
	}); k >= 0 {
		a.next[ci] = int32(first + k)
	}
	a.sorted = false
}

func (a *Agenda) entry(i int32) *AgendaEntry {
	return &a.entries[i>>agendaChunkBits][i&(1<<agendaChunkBits-1)]
}

// keyOf is the key of entry k (in the order added).
func (a *Agenda) keyOf(k int32) string {
	if a.lean {
		return a.strs[a.copyAt(k).key]
	}
	if e := a.entry(k); e.Deadline != nil {
		return e.Deadline.Key
	}
	return a.strs[a.copyAt(k).key]
}

// unlean gives every deadline of Add so far its entry, before the agenda
// takes one of AddKept or hands out entries (At).
func (a *Agenda) unlean() {
	if !a.lean {
		return
	}
	a.undense()
	for k := range int32(a.n) {
		if int(k)>>agendaChunkBits == len(a.entries) {
			a.entries = append(a.entries, make([]AgendaEntry, 0, 1<<agendaChunkBits))
		}
		c := a.copyAt(k)
		e := &a.entries[k>>agendaChunkBits]
		*e = append(*e, AgendaEntry{Case: c.ci, Days: c.days, Urgency: Urgency(c.urg), day: int64(c.day)})
	}
	a.lean = false
}

// Len is the number of deadlines listed.
func (a *Agenda) Len() int { return a.n }

// Cases is the number of cases added.
func (a *Agenda) Cases() int { return a.nc }

// Case is the ci-th case added.
func (a *Agenda) Case(ci int) *AgendaCase {
	a.fullCases()
	return &a.cases[ci>>agendaChunkBits][ci&(1<<agendaChunkBits-1)]
}

// leanCase is what a streamed agenda (Add only) keeps of a case until
// one asks for its AgendaCase: 40 bytes, its procedure and stage by id
// (strs), where an AgendaCase takes 64.
type leanCase struct {
	id, personID     uint64
	person           string
	procedure, stage uint32
}

func (a *Agenda) leanCaseAt(ci int) *leanCase {
	return &a.lcases[ci>>agendaChunkBits][ci&(1<<agendaChunkBits-1)]
}

// fullCases gives every case its AgendaCase, before one is asked for
// (Case) or an AddKept: the agenda keeps them so from then on.
func (a *Agenda) fullCases() {
	if a.full {
		return
	}
	for ci := range a.nc {
		if ci>>agendaChunkBits == len(a.cases) {
			a.cases = append(a.cases, make([]AgendaCase, 0, 1<<agendaChunkBits))
		}
		c := a.leanCaseAt(ci)
		cs := &a.cases[ci>>agendaChunkBits]
		*cs = append(*cs, AgendaCase{ID: c.id, PersonID: c.personID, Person: c.person,
			Procedure: a.strs[c.procedure], Stage: procedures.Stage(a.strs[c.stage])})
	}
	a.lcases, a.full = nil, true
}

// caseID is case ci's id.
func (a *Agenda) caseID(ci int) uint64 {
	if a.full {
		return a.cases[ci>>agendaChunkBits][ci&(1<<agendaChunkBits-1)].ID
	}
	return a.leanCaseAt(ci).id
}

// CaseText is what a listing prints of case ci: its id, its person's name
// and its procedure, without making its AgendaCase. Safe for concurrent
// use on an agenda built with Add only.
func (a *Agenda) CaseText(ci int) (id uint64, person, procedure string) {
	if a.full {
		c := &a.cases[ci>>agendaChunkBits][ci&(1<<agendaChunkBits-1)]
		return c.ID, c.Person, c.Procedure
	}
	c := a.leanCaseAt(ci)
	return c.id, c.person, a.strs[c.procedure]
}

// At is the i-th deadline in the agenda's order (after Sort). An entry of
// Add has no Deadline: Item gives it.
func (a *Agenda) At(i int) *AgendaEntry {
	if a.lean {
		dense := a.inOrder
		a.unlean()
		if dense {
			a.sorted = false
			a.Sort()
		}
	}
	return a.entry(a.order[i])
}

// Next is the position (in the agenda's order, after Sort) of case ci's
// next date (Next, PickNext), or -1 when it has none. Only an agenda of
// every deadline (All, no Within) built with AddKept knows it: another
// says -1.
func (a *Agenda) Next(ci int) int {
	if ci >= len(a.next) {
		return -1
	}
	return int(a.next[ci])
}

// Sort puts the deadlines in the agenda's order (CompareDeadlines): by
// date to act by, then case id, then key, then their order in the case.
func (a *Agenda) Sort() {
	if a.sorted {
		return
	}
	a.order = make([]int32, a.n)
	if !a.countingSort() {
		for i := range a.order {
			a.order[i] = int32(i)
		}
		slices.SortStableFunc(a.order, func(x, y int32) int { return cmp.Compare(a.dayAt(x), a.dayAt(y)) })
	}
	// The entries of one day are in the order they were added: by case
	// id when the cases came so (the store's order), and each case's in
	// its order. What is left is the key within a case and day, and the
	// case id when the cases came in another order.
	for lo := 0; lo < len(a.order); {
		d := a.dayAt(a.order[lo])
		hi := lo + 1
		for hi < len(a.order) && a.dayAt(a.order[hi]) == d {
			hi++
		}
		if hi-lo > 1 && a.byID {
			// Already by case (the order added): only each case's
			// deadlines of the day are left to put in key order.
			for clo := lo; clo < hi; {
				ci := a.caseAt(a.order[clo])
				chi := clo + 1
				for chi < hi && a.caseAt(a.order[chi]) == ci {
					chi++
				}
				if chi-clo > 1 {
					slices.SortStableFunc(a.order[clo:chi], func(x, y int32) int { return strings.Compare(a.keyOf(x), a.keyOf(y)) })
				}
				clo = chi
			}
		} else if hi-lo > 1 {
			slices.SortStableFunc(a.order[lo:hi], func(x, y int32) int {
				cx, cy := a.caseAt(x), a.caseAt(y)
				if cx != cy {
					if a.byID {
						return cmp.Compare(cx, cy)
					}
					return cmp.Compare(a.caseID(int(cx)), a.caseID(int(cy)))
				}
				return strings.Compare(a.keyOf(x), a.keyOf(y))
			})
		}
		lo = hi
	}
	if !a.lean {
		pos := make([]int32, a.n)
		for p, k := range a.order {
			pos[k] = int32(p)
		}
		for ci, k := range a.next {
			if k >= 0 {
				a.next[ci] = pos[k]
			}
		}
	}
	a.sorted = true
	if a.lean && a.n > 0 {
		a.permute()
	}
}

// permute moves compact's copies into the agenda's order in place,
// following each cycle of the order once (a bit a copy marks those
// placed): no second array of 200,000 copies.
func (a *Agenda) permute() {
	placed := make([]uint64, (a.n+63)/64)
	for start := range int32(a.n) {
		if placed[start>>6]&(1<<(start&63)) != 0 {
			continue
		}
		t := *a.copyAt(start)
		p := start
		for {
			placed[p>>6] |= 1 << (p & 63)
			k := a.order[p]
			if k == start {
				*a.copyAt(p) = t
				break
			}
			*a.copyAt(p) = *a.copyAt(k)
			p = k
		}
	}
	a.inOrder, a.order = true, nil
}

// undense lets an agenda sorted already take more deadlines: the copies
// Sort put in its order are taken as if added in that order. Sorting
// again gives the same order as from the order added: Sort's order is a
// total one (day, case, key) but for ties in the order added, which a
// stable sort keeps; and within a day the copies stay by case, those
// added later after (byID: their cases come later).
func (a *Agenda) undense() {
	a.inOrder = false
}

// countingSort orders a.order by day in one pass over the entries when
// their dates lie a few decades apart at most; false leaves the sort to a
// comparison sort.
func (a *Agenda) countingSort() bool {
	if a.lean {
		return countingSortBy(a.compact, func(c *agendaCopy) int64 { return int64(c.day) }, a.order)
	}
	return countingSortBy(a.entries, func(e *AgendaEntry) int64 { return e.day }, a.order)
}

// countingSortBy is countingSort over chunks of entries or copies.
func countingSortBy[T any](chunks [][]T, day func(*T) int64, order []int32) bool {
	const maxSpan = 40 * 366
	if len(order) == 0 {
		return true
	}
	lo, hi := int64(1)<<62, int64(-1)<<62
	for _, c := range chunks {
		for i := range c {
			d := day(&c[i])
			lo, hi = min(lo, d), max(hi, d)
		}
	}
	if hi-lo >= maxSpan {
		return false
	}
	count := make([]int32, hi-lo+2)
	for _, c := range chunks {
		for i := range c {
			count[day(&c[i])-lo+1]++
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	var i int32
	for _, c := range chunks {
		for j := range c {
			k := day(&c[j]) - lo
			order[count[k]] = i
			count[k]++
			i++
		}
	}
	return true
}

// dayOf is d's day number and the days from today to it: in integers
// for real calendar dates, through time otherwise.
func (a *Agenda) dayOf(d procedures.Date) (int64, int) {
	if a.today == noDay {
		days := a.f.Today.DaysUntil(d)
		return int64(days), days
	}
	// procedures.Date.DaysUntil counts through time.Duration, which stops
	// at about 292 years: beyond 250 its count is the truth.
	if day := dayNumber(d); day != noDay && day-a.today < 250*365 && a.today-day < 250*365 {
		return day, int(day - a.today)
	} else if day != noDay {
		return day, a.f.Today.DaysUntil(d)
	}
	days := a.f.Today.DaysUntil(d)
	return a.today + int64(days), days
}

// noDay marks a date dayNumber does not count (not a real calendar date).
const noDay = int64(-1) << 62

// dayNumber numbers the days of the proleptic Gregorian calendar (days
// from 1970-01-01), in integers: an agenda of 200,000 deadlines counts
// each one's days left without going through time. A date that is not a
// real calendar date gives noDay.
func dayNumber(d procedures.Date) int64 {
	y, m, day := int64(d.Year), int64(d.Month), int64(d.Day)
	if m < 1 || m > 12 || day < 1 || day > int64(daysIn(d.Year, d.Month)) || y < -1e6 || y > 1e6 {
		return noDay
	}
	// Howard Hinnant's days_from_civil.
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// contingent reports whether a deadline of ds applies only if another is
// missed (IfMissed): only then does procedures.AppendApplicable change
// anything.
func contingent(ds []procedures.Deadline) bool {
	for i := range ds {
		if ds[i].IfMissed != "" {
			return true
		}
	}
	return false
}

// NextFinder is Next for a listing that asks it of every case: it keeps
// one scratch slice of applicable deadlines instead of one a case, and
// today's day number. The zero value is ready.
type NextFinder struct {
	scratch  []procedures.Deadline
	today    procedures.Date
	todayDay int64
	counted  bool
	memo     dayMemo
}

// days is DaysBetween(today, to), today's day number counted once.
func (f *NextFinder) days(today, to procedures.Date) int {
	if !f.counted || today != f.today {
		f.today, f.todayDay, f.counted = today, dayNumber(today), true
	}
	a, b := f.todayDay, f.memo.dayNumber(to)
	if a == noDay || b == noDay || b-a >= 250*365 || a-b >= 250*365 {
		return today.DaysUntil(to)
	}
	return int(b - a)
}

// Next is Next(ds, today), the deadline given as a pointer into the
// finder's scratch or into ds, valid until the next call.
func (f *NextFinder) Next(ds []procedures.Deadline, today procedures.Date) (*procedures.Deadline, bool) {
	if contingent(ds) {
		f.scratch = procedures.AppendApplicable(f.scratch[:0], ds, today)
		ds = f.scratch
	}
	k := PickNext(len(ds), func(i int) (*procedures.Deadline, Urgency) {
		return &ds[i], Classify(&ds[i], f.days(today, ActDate(&ds[i])))
	})
	if k < 0 {
		return nil, false
	}
	return &ds[k], true
}
