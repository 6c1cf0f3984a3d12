package casebook

import (
	"cmp"
	"strings"

	"tramite/i18n"
	"tramite/procedures"
)

// ActDate is the day the user must act by: the deadline's ActBy when its
// legal date falls on a day the office is closed (R-DAYS-CLOSED), else the
// legal date. Every listing counts days to it, sorts by it and filters by
// it.
func ActDate(d *procedures.Deadline) procedures.Date {
	if !d.ActBy.IsZero() {
		return d.ActBy
	}
	return d.Date
}

// LegalDateClosed reports whether INM offices are closed on legal, the
// legal date of a deadline that has an act-by day (a weekend, an official
// rest day or an entered closure: R-DAYS-CLOSED). When it is false the act-by
// day comes earlier only because offices usually close then (holy week,
// the year-end vacation: R-DAYS-LIKELY), and the legal date is the last
// day should the user's office be open.
func LegalDateClosed(cal procedures.Calendar, legal procedures.Date) bool {
	return !cal.IsBusinessDay(legal)
}

// Urgency ranks a deadline against today. It is the one rule every screen
// and export uses to say "late", "today" or "in 3 days".
type Urgency int

// The urgencies, from the least pressing.
const (
	// Later: further away than Month.
	Later Urgency = iota
	// Month: within 30 days (the largest lead time of its kind of date:
	// bands.go).
	Month
	// Soon: within 7 days (the second largest lead time), or a window
	// that opens today.
	Soon
	// Today: a hard date or an appointment on today.
	Today
	// Late: a hard date (a window closing, a due date) or an appointment
	// whose day has passed and the case has not moved past it. An
	// appointment counts: until the case is moved to "filed", a passed
	// appointment is something to act on (go, or book again).
	Late
	// Past: an opening or a reminder whose day has passed: history.
	Past
	// Done: the case has moved past it.
	Done
	// NoTerm: something to do now that the rules give no term for (a
	// procedures.ToDo whose day has come): pending until done, never
	// late. Last in this list only so that the values above keep theirs.
	NoTerm
)

var urgencyNames = [...]string{"later", "month", "soon", "today", "late", "past", "done", "no-term"}

// String is the urgency's lowercase id, as JSON output prints it.
func (u Urgency) String() string {
	if u < 0 || int(u) >= len(urgencyNames) {
		return "later"
	}
	return urgencyNames[u]
}

// Pending reports whether a deadline of this urgency is still something to
// act on: listed by default and a candidate for the case's next date.
func (u Urgency) Pending() bool { return u != Done && u != Past }

// IsPending is UrgencyOf(d, today).Pending() without counting days: a
// listing over 100,000 deadlines asks it of each one.
func IsPending(d *procedures.Deadline, today procedures.Date) bool {
	return !d.Done && (!ActDate(d).Before(today) || pressing(d) || d.Kind == procedures.ToDo)
}

// pressing reports whether missing d costs something on its day: a hard
// date or an appointment.
func pressing(d *procedures.Deadline) bool {
	return d.Kind.Hard() || d.Kind == procedures.Appointment
}

// Classify is the urgency of d given the days from today to its ActDate
// (negative once passed).
func Classify(d *procedures.Deadline, days int) Urgency {
	switch {
	case d.Done:
		return Done
	case d.Kind == procedures.ToDo && days <= 0:
		// No term: to do from its day on, never late (R-PAY-TWO).
		return NoTerm
	case days < 0 && pressing(d):
		return Late
	case days < 0:
		return Past
	case days == 0 && pressing(d):
		return Today
	}
	// A window that opens today (or a reminder) is not an emergency: Soon.
	// How far ahead Soon and Month reach follows the lead times (bands.go).
	return band(d.Kind, days)
}

// UrgencyOf is Classify with the days counted from today; it returns the
// days too.
func UrgencyOf(d *procedures.Deadline, today procedures.Date) (Urgency, int) {
	days := DaysBetween(today, ActDate(d))
	return Classify(d, days), days
}

// DaysBetween is from.DaysUntil(to), counted in integers for real
// calendar dates (a listing of 100,000 cases asks it of each deadline)
// and through time otherwise, or beyond 250 years, where DaysUntil's
// count through time.Duration stops.
func DaysBetween(from, to procedures.Date) int {
	a, b := dayNumber(from), dayNumber(to)
	if a == noDay || b == noDay || b-a >= 250*365 || a-b >= 250*365 {
		return from.DaysUntil(to)
	}
	return int(b - a)
}

// When words an urgency and its days: "today", "tomorrow", "in 12 days",
// "3 days late" for a late date, "3 days ago" for one that merely passed,
// "no term" for a to-do the rules give no term for, "done". Front-ends style it (the dashboard writes LATE and TODAY in
// capitals) but never reword it.
func When(u Urgency, days int) string { return WhenIn(nil, u, days) }

// WhenIn is When in l's language: "hoy", "mañana", "en 12 días", "3 días
// de retraso", "hace 3 días", "hecho".
func WhenIn(l *i18n.Printer, u Urgency, days int) string {
	switch {
	case u == Done:
		return l.T("done")
	case u == NoTerm:
		return l.T("no term")
	case days == 0:
		return l.T("today")
	case days == 1:
		return l.T("tomorrow")
	case days > 1:
		return l.T("in %d days", days)
	case u == Late:
		return l.T("%d days late", -days)
	}
	return l.T("%d days ago", -days)
}

// CompareDeadlines is the agenda's one order: by the date to act by, then
// by case id, then by the deadline's key (stable across edits), so that
// every listing puts ties in the same place.
func CompareDeadlines(actA procedures.Date, caseA uint64, keyA string, actB procedures.Date, caseB uint64, keyB string) int {
	if c := actA.Compare(actB); c != 0 {
		return c
	}
	if c := cmp.Compare(caseA, caseB); c != 0 {
		return c
	}
	return strings.Compare(keyA, keyB)
}
