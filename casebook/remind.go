package casebook

import (
	"fmt"
	"slices"
	"strings"

	"tramite/procedures"
	"tramite/record"
)

// LeadTimes are, per kind of date, the days before it that the user wants
// to hear of it: `tramite remind` lists a date from the largest on, its
// notifications and the calendar's alarms come on each of them. A kind
// with no lead time is heard of only on its day (a hard date or an
// appointment) or not at all (an opening). The lists run from the largest
// down, without repeats.
type LeadTimes map[procedures.DeadlineKind][]int

// MaxLeadDays bounds a lead time: a year ahead.
const MaxLeadDays = 366

// DefaultLeadTimes are 30, 7 and 1 days before a date that costs something
// when missed (a window that closes, a due date) and before an
// appointment; the day itself for an opening, an eligibility date or a
// reminder.
func DefaultLeadTimes() LeadTimes {
	hard := []int{30, 7, 1}
	return LeadTimes{
		procedures.Closes:       hard,
		procedures.Due:          hard,
		procedures.Appointment:  hard,
		procedures.Opens:        {0},
		procedures.EligibleFrom: {0},
		procedures.Reminder:     {0},
		procedures.ToDo:         {0},
	}
}

// deadlineKinds are every kind of date, in their order.
func deadlineKinds() []procedures.DeadlineKind {
	var ks []procedures.DeadlineKind
	for k := procedures.DeadlineKind(0); k.String() != "unknown"; k++ {
		ks = append(ks, k)
	}
	return ks
}

// KindNames are the kinds' ids, as the settings file names them.
func KindNames() []string {
	var names []string
	for _, k := range deadlineKinds() {
		names = append(names, k.String())
	}
	return names
}

// ParseLeadTimes is the defaults with the lead times given by kind id
// ("closes": {30, 7, 1}) in their place. An unknown kind or a day out of
// range is an error that says what to type.
func ParseLeadTimes(days map[string][]int) (LeadTimes, error) {
	lt := DefaultLeadTimes()
	ids := make([]string, 0, len(days))
	for id := range days {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		k, ok := kindOf(id)
		if !ok {
			return nil, fmt.Errorf("lead_days: %q is not a kind of date: use %s", id, strings.Join(KindNames(), ", "))
		}
		list := make([]int, 0, len(days[id]))
		for _, n := range days[id] {
			if n < 0 || n > MaxLeadDays {
				return nil, fmt.Errorf("lead_days: %s = %v: %d is not a number of days before the date: type whole days from 0 to %d, e.g. %s = [30, 7, 1]",
					id, days[id], n, MaxLeadDays, id)
			}
			list = append(list, n)
		}
		slices.Sort(list)
		slices.Reverse(list)
		lt[k] = slices.Compact(list)
	}
	return lt, nil
}

func kindOf(id string) (procedures.DeadlineKind, bool) {
	for _, k := range deadlineKinds() {
		if k.String() == id {
			return k, true
		}
	}
	return 0, false
}

// Days are the lead times of kind k, largest first.
func (lt LeadTimes) Days(k procedures.DeadlineKind) []int { return lt[k] }

// Horizon is the largest lead time of kind k, -1 when it has none.
func (lt LeadTimes) Horizon(k procedures.DeadlineKind) int {
	if ds := lt[k]; len(ds) > 0 {
		return ds[0]
	}
	return -1
}

// Due says whether a date needs the user's attention today, by its
// lead times.
type Due int

// The states of a date against today and its lead times, the least
// pressing first.
const (
	// NotDue: done, past history, or further away than its lead times.
	NotDue Due = iota
	// DueSoon: on or within its largest lead time (a window that opens
	// today, with a lead time of 0, is due soon).
	DueSoon
	// DueToday: a hard date or an appointment on today (Urgency Today).
	DueToday
	// DueLate: a hard date or an appointment passed (Urgency Late).
	DueLate
)

var dueNames = [...]string{"not-due", "soon", "today", "late"}

// String is the state's id, as `tramite remind --json` prints it.
func (d Due) String() string {
	if d < 0 || int(d) >= len(dueNames) {
		return "not-due"
	}
	return dueNames[d]
}

// DueOf is the state of d on today by lead times lt, with the days to its
// ActDate. Lateness and "today" are the agenda's (UrgencyOf): lead times
// only decide how early a coming date is due.
func DueOf(d *procedures.Deadline, today procedures.Date, lt LeadTimes) (Due, int) {
	u, days := UrgencyOf(d, today)
	switch u {
	case Done, Past:
		return NotDue, days
	case Late:
		return DueLate, days
	case Today:
		return DueToday, days
	}
	if days <= lt.Horizon(d.Kind) {
		return DueSoon, days
	}
	return NotDue, days
}

// OnLeadDay reports whether today is one of the lead times of a date due
// in days, or the date is late or on today, or a to-do with no term has
// waited a whole number of weeks: the days a reminder is sent, so that a
// daily timer does not repeat a coming date every day.
func (lt LeadTimes) OnLeadDay(k procedures.DeadlineKind, due Due, days int) bool {
	if k == procedures.ToDo && due == DueSoon && days <= 0 {
		// No term and never late: on its day, then once a week until done.
		return days%7 == 0
	}
	return due == DueLate || due == DueToday || (due == DueSoon && slices.Contains(lt[k], days))
}

// DueItem is one date to remind of.
type DueItem struct {
	CaseID    uint64
	PersonID  uint64
	Person    string
	Procedure string
	Deadline  procedures.Deadline
	Due       Due
	// Days counts from today to the date to act by (ActDate); negative
	// once passed.
	Days int
	// LeadDay: today is a day to send a reminder (LeadTimes.OnLeadDay).
	LeadDay bool
}

// Reminders collects, from the deadline index, the dates due on a day by
// the lead times: the one rule `tramite remind`, its notifications and
// its messages share.
type Reminders struct {
	today   procedures.Date
	lt      LeadTimes
	items   []DueItem
	scratch []procedures.Deadline
}

// NewReminders starts an empty collection for today and lt.
func NewReminders(today procedures.Date, lt LeadTimes) *Reminders {
	return &Reminders{today: today, lt: lt}
}

// Add keeps the due dates among those of s that apply today
// (procedures.Applicable). It copies what it keeps, so s may be reused.
func (r *Reminders) Add(s *record.Summary) {
	r.scratch = procedures.AppendApplicable(r.scratch[:0], s.Deadlines, r.today)
	for _, d := range r.scratch {
		due, days := DueOf(&d, r.today, r.lt)
		if due == NotDue {
			continue
		}
		r.items = append(r.items, DueItem{
			CaseID: s.CaseID, PersonID: s.PersonID, Person: s.Person, Procedure: s.Procedure,
			Deadline: d, Due: due, Days: days, LeadDay: r.lt.OnLeadDay(d.Kind, due, days),
		})
	}
}

// Items are the due dates in the agenda's order (CompareDeadlines).
func (r *Reminders) Items() []DueItem {
	slices.SortStableFunc(r.items, func(a, b DueItem) int {
		return CompareDeadlines(ActDate(&a.Deadline), a.CaseID, a.Deadline.Key, ActDate(&b.Deadline), b.CaseID, b.Deadline.Key)
	})
	return r.items
}

// Worst is the most pressing state among items, NotDue when there is none.
func Worst(items []DueItem) Due {
	w := NotDue
	for _, it := range items {
		w = max(w, it.Due)
	}
	return w
}
