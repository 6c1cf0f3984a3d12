package casebook

import (
	"errors"

	"tramite/procedures"
)

// ErrNoAgendaKey is the answer of an AgendaKeySource that cannot give its
// deadlines from a per-deadline key (a file without one, an index
// computed with other rules, a date the key cannot order), always before
// any deadline is given: the caller reads the rows instead (LoadAgenda).
var ErrNoAgendaKey = errors.New("this file has no per-deadline agenda key to read")

// AgendaKeyQuery says which part of a per-deadline key to read.
type AgendaKeyQuery struct {
	// Until, when Bounded, is the last date to act by to read.
	Until   procedures.Date
	Bounded bool
	// Done reads the deadlines stored done too (a listing of All).
	Done bool
	// From, when not zero and Done is false, lets the source leave out
	// the deadlines that do not StaysPending and whose date to act by is
	// before From: on the day From or later they are not pending
	// (IsPending), so a listing of the pending does not need them.
	From procedures.Date
}

// MayChange reports whether procedures.AppendApplicable may, on some
// day, leave out ds[i] or mark it done: it is contingent on another
// deadline (IfMissed), or another is contingent on it (it is superseded
// once its date passes). Every other deadline it keeps as it is, every
// day: a per-deadline key gives only these with their case's deadlines
// (KeyedDeadline.Contingent).
func MayChange(ds []procedures.Deadline, i int) bool {
	if ds[i].IfMissed != "" {
		return true
	}
	if ds[i].Key == "" {
		return false
	}
	for j := range ds {
		if ds[j].IfMissed == ds[i].Key {
			return true
		}
	}
	return false
}

// StaysPending reports whether d, not done, stays pending once its date
// to act by has passed: a hard date or an appointment (late), a to-do
// (no term). The others, openings and reminders, are history from the
// day after (IsPending): a per-deadline key may keep them apart and read
// them from today on only (AgendaKeyQuery.From).
func StaysPending(d *procedures.Deadline) bool { return pressing(d) || d.Kind == procedures.ToDo }

// KeyedDeadline is one deadline as a per-deadline agenda key holds it:
// what a listing prints, its texts as ids into the source's texts.
type KeyedDeadline struct {
	CaseID uint64
	// Person is the case's person's name, valid during the call only.
	Person string
	// Deadline holds the dates, the kind and Done (as stored: today may
	// make one done, Applicable) only: no texts.
	Deadline procedures.Deadline
	// Procedure, Key, Title, Rule and Note are ids into the texts given
	// with the deadline (0 is "").
	Procedure, Key, Title, Rule, Note uint32
	// Contingent: whether the deadline applies today, or is done as it
	// applies, depends on the case's other deadlines (MayChange: it
	// applies only if another is missed, or another applies if it is):
	// Case gives them with what procedures.AppendApplicable reads of them
	// (Key, Date, IfMissed), and Pos is this deadline's place among them. Case is valid during the call only, and what it
	// returns until its next call; it is read and checked when called
	// (once per case is enough: they are the same for each of its
	// deadlines), and an error from it (damage) is returned by fn as is.
	Contingent bool
	Pos        int
	Case       func() ([]procedures.Deadline, error)
}

// AgendaKeySource is a store with a per-deadline key in the agenda's one
// order (CompareDeadlines: date to act by, case id, key, then the order in
// the case): the bbolt store.
type AgendaKeySource interface {
	// EachAgendaKey calls fn with each deadline q asks for, in the
	// agenda's order, from one consistent snapshot, with the texts its
	// ids name; an error from fn stops it and is returned as is. It
	// returns ErrNoAgendaKey, before any call of fn, when it cannot.
	EachAgendaKey(q AgendaKeyQuery, fn func(texts []string, d *KeyedDeadline) error) error
}

// StreamedDeadline is one row of an agenda streamed from its key
// (StreamAgenda): AgendaRow, with the case's id, person and procedure in
// place of Case.
type StreamedDeadline struct {
	AgendaRow
	CaseID            uint64
	Person, Procedure string
}

// StreamAgenda calls fn with each row of f's agenda read from src's
// per-deadline key, in the agenda's order: the rows LoadAgenda's Agenda
// gives (Row), the same urgencies and days left (Classify), without
// holding or sorting them. A bounded filter (Within without All) reads the
// key only up to its last date. It returns ErrNoAgendaKey, before any call
// of fn, when src cannot. The row and its Person are valid during the
// call only.
func StreamAgenda(src AgendaKeySource, f AgendaFilter, fn func(texts []string, r *StreamedDeadline) error) error {
	if dayNumber(f.Today) == noDay {
		return ErrNoAgendaKey
	}
	q := AgendaKeyQuery{Done: f.All}
	if !f.All {
		q.From = f.Today
	}
	if f.Within >= 0 {
		// --within bounds the history too (--all --within 30).
		q.Until, q.Bounded = f.Today.AddDays(f.Within), true
	}
	var (
		scratch []procedures.Deadline
		row     StreamedDeadline
		// The key comes in date order: the days left of the last date
		// serve the next deadline of the same date.
		lastAct  procedures.Date
		lastDays int
		counted  bool
		applied  caseMasks
	)
	return src.EachAgendaKey(q, func(texts []string, k *KeyedDeadline) error {
		d := &k.Deadline
		if k.Contingent {
			if k.Pos >= 32 {
				ds, err := k.Case()
				if err != nil {
					return err
				}
				var done, ok bool
				if scratch, done, ok = applicableAt(scratch, ds, k.Pos, f.Today); !ok {
					return nil
				}
				d.Done = d.Done || done
			} else {
				// Which of a case's deadlines apply is worked out once
				// per case (its deadlines come apart, by date): two
				// bits a deadline, applies and done, for its first 32.
				b, seen := applied.get(k.CaseID, k.Pos)
				if !seen {
					ds, err := k.Case()
					if err != nil {
						return err
					}
					var mask uint64
					scratch, mask = applicableMask(scratch, ds, f.Today)
					applied.set(k.CaseID, mask, len(ds))
					b = mask >> (2 * k.Pos) & 3
				}
				if b&1 == 0 {
					return nil
				}
				d.Done = d.Done || b&2 != 0
			}
		}
		if act := ActDate(d); !counted || act != lastAct {
			lastAct, lastDays, counted = act, DaysBetween(f.Today, act), true
		}
		days := lastDays
		u := Classify(d, days)
		if !f.All && !u.Pending() {
			return nil
		}
		// Field by field: the row has no pointer but its two strings,
		// and a whole StreamedDeadline written at once is copied with
		// the collector's barrier over all of it.
		row.AgendaRow = AgendaRow{Key: k.Key, Title: k.Title, Rule: k.Rule, Note: k.Note, Date: d.Date, ActBy: d.ActBy,
			Kind: d.Kind, Done: d.Done, Days: int32(days), Urgency: u}
		row.CaseID, row.Person, row.Procedure = k.CaseID, k.Person, texts[k.Procedure]
		return fn(texts, &row)
	})
}

// applicableAt reports whether ds[pos] applies today
// (procedures.AppendApplicable), and whether it is done as it applies;
// scratch is reused and returned.
func applicableAt(scratch, ds []procedures.Deadline, pos int, today procedures.Date) (app []procedures.Deadline, done, ok bool) {
	if pos < 0 || pos >= len(ds) {
		return scratch, false, false
	}
	app = procedures.AppendApplicable(scratch[:0], ds, today)
	// Applicable keeps ds's order, dropping some and marking some done:
	// walk both. Deadlines alike but for Done are treated alike.
	j := 0
	for i := range ds {
		if j < len(app) && sameButDone(&app[j], &ds[i]) {
			if i == pos {
				return app, app[j].Done, true
			}
			j++
		} else if i == pos {
			return app, false, false
		}
	}
	return app, false, false
}

// applicableMask is applicableAt for the first 32 of ds at once: bit 2i
// says ds[i] applies, bit 2i+1 that it is done as it applies.
func applicableMask(scratch, ds []procedures.Deadline, today procedures.Date) (app []procedures.Deadline, mask uint64) {
	app = procedures.AppendApplicable(scratch[:0], ds, today)
	j := 0
	for i := range min(len(ds), 32) {
		if j < len(app) && sameButDone(&app[j], &ds[i]) {
			mask |= 1 << (2 * i)
			if app[j].Done {
				mask |= 2 << (2 * i)
			}
			j++
		}
	}
	return app, mask
}

func sameButDone(a, b *procedures.Deadline) bool {
	if a.Done == b.Done {
		return *a == *b // no copy: most are
	}
	x := *a
	x.Done = b.Done
	return x == *b
}
