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
	k := PickNext(len(ds), func(i int) (*procedures.Deadline, Urgency) {
		u, _ := UrgencyOf(&ds[i], today)
		return &ds[i], u
	})
	if k < 0 {
		return procedures.Deadline{}, false
	}
	return ds[k], true
}

// PickNext is Next over n deadlines of one case that already apply today,
// given with their urgencies by at: the index of the next date, -1 when
// n is 0. Listings that have classified the deadlines call it directly.
func PickNext(n int, at func(i int) (*procedures.Deadline, Urgency)) int {
	best, latest := -1, -1
	var bestD, latestD *procedures.Deadline
	for i := range n {
		d, u := at(i)
		act := ActDate(d)
		if u.Pending() && (best < 0 || CompareDeadlines(act, 0, d.Key, ActDate(bestD), 0, bestD.Key) < 0) {
			best, bestD = i, d
		}
		if latest < 0 || !act.Before(ActDate(latestD)) {
			latest, latestD = i, d
		}
	}
	if best >= 0 {
		return best
	}
	return latest
}
