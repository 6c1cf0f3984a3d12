package casebook

import "tramite/procedures"

// dayMemo remembers the day numbers (dayNumber) of the dates a listing
// meets again and again: `cases --json` counts the days left of every
// deadline of every case, a few hundred distinct dates among 400,000 at
// 100,000 cases, and counting each took 5% of the listing. 256 slots by
// the packed date; a date it cannot pack is counted each time.
type dayMemo struct {
	keys [256]uint32 // packed date + 1; 0 is free
	days [256]int64
}

// dayNumber is dayNumber(d).
func (m *dayMemo) dayNumber(d procedures.Date) int64 {
	if d.Year < 0 || d.Year >= 1<<22 || d.Month < 0 || d.Month > 15 || d.Day < 0 || d.Day > 31 {
		return dayNumber(d)
	}
	k := uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day) + 1
	i := k * 2654435761 >> 24
	if m.keys[i] == k {
		return m.days[i]
	}
	n := dayNumber(d)
	m.keys[i], m.days[i] = k, n
	return n
}

// UrgencyOf is UrgencyOf(d, today), its days counted with the finder's
// memo of day numbers.
func (f *NextFinder) UrgencyOf(d *procedures.Deadline, today procedures.Date) (Urgency, int) {
	days := f.days(today, ActDate(d))
	return Classify(d, days), days
}
