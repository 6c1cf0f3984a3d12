package casebook

import "tramite/procedures"

// Next is a case's next date: among its deadlines that apply today
// (procedures.Applicable), the pending one (Urgency.Pending: not done, not
// an opening already behind us; late hard dates and appointments count)
// with the earliest date to act by, ties broken by key; when none is
// pending, the latest deadline of all, so a finished case still shows its
// last date. ok is false when the case has no deadline.
func Next(ds []procedures.Deadline, today procedures.Date) (next procedures.Deadline, ok bool) {
	ds = procedures.Applicable(ds, today)
	var latest *procedures.Deadline
	var best *procedures.Deadline
	for i := range ds {
		d := &ds[i]
		act := ActDate(d)
		if u, _ := UrgencyOf(d, today); u.Pending() {
			if best == nil || CompareDeadlines(act, 0, d.Key, ActDate(best), 0, best.Key) < 0 {
				best = d
			}
		}
		if latest == nil || !act.Before(ActDate(latest)) {
			latest = d
		}
	}
	switch {
	case best != nil:
		return *best, true
	case latest != nil:
		return *latest, true
	}
	return procedures.Deadline{}, false
}
