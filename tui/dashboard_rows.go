package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"tramite/procedures"
)

// urgency ranks a deadline against today for display. The dates come from
// procedures; only the wording and the emphasis live here.
type urgency int

const (
	urgLater urgency = iota // more than 30 days away
	urgMonth                // within 30 days
	urgSoon                 // within 7 days
	urgToday
	urgLate // a hard date (closes, due) or an appointment that passed
	urgPast // an opening or reminder that passed: history, hidden by default
	urgDone // the case moved past it
)

// classify returns the urgency of d and the days left until the date the
// user must act by (the ActBy business day when the legal date falls on a
// closed day, R-DAYS-CLOSED), negative once passed.
func classify(d procedures.Deadline, today procedures.Date) (urgency, int) {
	return classifyDays(&d, today.DaysUntil(actDate(d)))
}

// classifyDays is classify with the days to the act-by date known.
func classifyDays(d *procedures.Deadline, days int) (urgency, int) {
	switch {
	case d.Done:
		return urgDone, days
	case days < 0 && (d.Kind.Hard() || d.Kind == procedures.Appointment):
		return urgLate, days
	case days < 0:
		return urgPast, days
	case days == 0 && (d.Kind.Hard() || d.Kind == procedures.Appointment):
		return urgToday, days
	case days == 0:
		// A window that opens today (or a reminder) is not an emergency:
		// "!" and "today", not "!!" and "TODAY".
		return urgSoon, days
	case days <= 7:
		return urgSoon, days
	case days <= 30:
		return urgMonth, days
	}
	return urgLater, days
}

// actDate is the date to act by: ActBy when set, else Date.
func actDate(d procedures.Deadline) procedures.Date {
	if !d.ActBy.IsZero() {
		return d.ActBy
	}
	return d.Date
}

// marker is the symbol that, with the days text, carries a row's urgency,
// so its meaning never depends on colour alone (NO_COLOR, colour-blind
// users): "!!" late or due today (hard dates and appointments), "!"
// within 7 days (or an opening today), "·" within 30, "✓" done.
func (u urgency) marker() string {
	switch u {
	case urgLate, urgToday:
		return "!!"
	case urgSoon:
		return "!"
	case urgMonth:
		return "·"
	case urgDone:
		return "✓"
	}
	return ""
}

// daysText words the distance to a date: "TODAY", "in 12 days",
// "3 days LATE" (hard dates and appointments, in capitals so they stand
// out without colour) or "3 days ago" (openings that passed).
func daysText(days int, u urgency) string {
	if u == urgDone {
		return "done"
	}
	late := u == urgLate
	switch {
	case days == 0 && (u == urgToday || u == urgLate):
		return "TODAY"
	case days == 0:
		return "today"
	case days == 1:
		return "tomorrow"
	case days > 1:
		return fmt.Sprintf("in %d days", days)
	case days == -1 && late:
		return "1 day LATE"
	case days == -1:
		return "yesterday"
	case late:
		return fmt.Sprintf("%d days LATE", -days)
	}
	return fmt.Sprintf("%d days ago", -days)
}

// hiddenByDefault reports whether a row only shows with "show done/past":
// done items and openings or reminders already behind us. Passed hard
// dates are never hidden: they are what the user most needs to see.
func (u urgency) hiddenByDefault() bool { return u == urgDone || u == urgPast }

// deadlineRow is one line of the deadlines view: one deadline of one case.
type deadlineRow struct {
	caseID   uint64
	personID uint64
	person   string
	procID   string
	procName string
	// dl points into the summaries (or the case's applicable deadlines),
	// which nothing modifies: a pointer instead of a copy keeps the
	// 20,000 rows of a large household small to build and to sort.
	dl   *procedures.Deadline
	act  procedures.Date
	urg  urgency
	days int
	// text is the case's search text, shared with its case row;
	// titleLow is the lowercased title, set (with lowered) on the first
	// search.
	text     *caseText
	titleLow string
	lowered  bool
}

// caseRow is one line of the cases list.
type caseRow struct {
	caseID   uint64
	personID uint64
	person   string
	procID   string
	procName string
	stage    procedures.Stage
	// next is the first deadline not done (late ones first, by date);
	// nil when the case has none.
	next *deadlineRow
	text *caseText
}

// procNames maps procedure ids to display names, looked up once per build.
type procNames map[string]string

func (n procNames) name(id string) string {
	if s, ok := n[id]; ok {
		return s
	}
	s := id
	if p, err := procedures.Lookup(id); err == nil && p.Name != "" {
		s = p.Name
	}
	n[id] = s
	return s
}

// choice is one value a filter key cycles through.
type choice struct {
	id    uint64
	key   string
	label string
}

// filterChoices lists the people and procedures present in the data, in
// a stable order, for the p and t keys to cycle through.
func filterChoices(cases []caseRow) (people, procs []choice) {
	seenP := map[uint64]bool{}
	seenR := map[string]bool{}
	for _, c := range cases {
		if !seenP[c.personID] {
			seenP[c.personID] = true
			people = append(people, choice{id: c.personID, label: c.person})
		}
		if !seenR[c.procID] {
			seenR[c.procID] = true
			procs = append(procs, choice{key: c.procID, label: c.procName})
		}
	}
	slices.SortFunc(people, func(a, b choice) int {
		if c := strings.Compare(a.label, b.label); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	slices.SortFunc(procs, func(a, b choice) int { return strings.Compare(a.label, b.label) })
	return people, procs
}
