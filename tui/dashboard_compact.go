package tui

import (
	"time"

	"tramite/procedures"
)

// Compact deadline rows. At 100,000 cases the dashboard lists about
// 220,000 deadlines: a row that pointed at a whole procedures.Deadline
// (144 bytes and five strings each, kept in the summaries' blocks) held
// 32 MB of deadlines behind 12 MB of rows. A row now keeps its dates
// packed in 4 bytes each and the rest of its deadline (key, title, note,
// rule, the key it is contingent on, kind, done, after filing) as the id
// of a shape in its build's table of shapes, which the rows of every
// case of the same procedure share: 32 bytes a row, nothing else. The
// few rows on screen and the detail line decode their deadline (dl).

// dlShape is what a deadline holds besides its dates: what is the same for
// the same deadline of every case of a procedure.
type dlShape struct {
	key, title, note, rule, ifMissed string
	kind                             procedures.DeadlineKind
	done, afterFiling                bool
}

// dlTable is a build's shared table: its shapes, the distinct titles
// (the search column folds each once) and the dates too odd to pack.
type dlTable struct {
	shapes []dlShape
	// shapeTitle is each shape's title's index in titles.
	shapeTitle []int32
	titles     []string
	// odd are the dates pack could not pack (pdateOdd|index).
	odd []procedures.Date
}

// pdate is a packed date: year+32768 (16 bits), month (4 bits) and day
// (6 bits), so that two packed dates compare as procedures.Date.Compare
// compares them; or, with pdateOdd set, the index of a date in its
// table's odd dates (a year beyond ±32,767, a month or day out of any
// calendar's range: none a rule gives).
type pdate uint32

const pdateOdd pdate = 1 << 31

// packedZero is the zero Date packed.
const packedZero = pdate(32768 << 10)

// pack packs d, adding it to the odd dates when it does not fit.
func (t *dlTable) pack(d procedures.Date) pdate {
	if d.Year >= -32768 && d.Year <= 32767 && d.Month >= 0 && d.Month <= 15 && d.Day >= 0 && d.Day <= 63 {
		return pdate(uint32(d.Year+32768)<<10 | uint32(d.Month)<<6 | uint32(d.Day))
	}
	t.odd = append(t.odd, d)
	return pdateOdd | pdate(len(t.odd)-1)
}

// date unpacks p.
func (t *dlTable) date(p pdate) procedures.Date {
	if p&pdateOdd != 0 {
		return t.odd[p&^pdateOdd]
	}
	return procedures.Date{Year: int(p>>10) - 32768, Month: time.Month(p >> 6 & 15), Day: int(p & 63)}
}

// dl is the row's deadline, decoded: equal, field by field, to the
// deadline of the agenda the row was built from.
func (r *deadlineRow) dl() procedures.Deadline {
	t := r.tab
	s := &t.shapes[r.shape]
	return procedures.Deadline{Key: s.key, Date: t.date(r.date), Kind: s.kind, Title: s.title, ActBy: t.date(r.actBy),
		Note: s.note, Rule: s.rule, Done: s.done, AfterFiling: s.afterFiling, IfMissed: s.ifMissed}
}

// shapeOf is the row's shape: its key, title and note without decoding
// its dates.
func (r *deadlineRow) shapeOf() *dlShape { return &r.tab.shapes[r.shape] }

// title is the deadline's title (as stored: procedures.TitleIn words it).
func (r *deadlineRow) title() string { return r.shapeOf().title }

// key is the deadline's key within its case.
func (r *deadlineRow) key() string { return r.shapeOf().key }

// titleIdx is the row's title's index in its table's titles.
func (r *deadlineRow) titleIdx() int32 { return r.tab.shapeTitle[r.shape] }

// act is the date to act by (casebook.ActDate: the date the office is
// open before a closed legal date, else the legal date).
func (r *deadlineRow) act() procedures.Date { return r.tab.date(r.actPacked()) }

// actPacked is the date to act by, packed.
func (r *deadlineRow) actPacked() pdate {
	if r.actBy != packedZero {
		return r.actBy
	}
	return r.date
}

// hasActBy reports whether the legal date falls on a day the office is
// closed (the deadline has an ActBy: R-DAYS-CLOSED).
func (r *deadlineRow) hasActBy() bool { return r.actBy != packedZero }

// urg is the row's urgency (casebook.UrgencyOf, at the build).
func (r *deadlineRow) urg() urgency { return urgency(r.u) }

// days are the days from the build's today to the date to act by.
func (r *deadlineRow) days() int { return int(r.d) }
