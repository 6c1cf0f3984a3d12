package procedures

import "time"

// Calendar tells business days from rest days (R-DAYS-BIZ).
//
// Rest days are those of the Ley Federal del Trabajo art. 74 (L-LFT74),
// computed for any year. Closures are extra days an INM office or its
// Secretaría declared non-working in the DOF (holy week, year-end vacation);
// the list is configurable and empty by default.
type Calendar struct {
	Closures map[Date]bool
}

// IsRestDay reports whether d is an official rest day under L-LFT74, as
// reformed by the DOF decree of 30 Sep 2024 (R-DAYS-BIZ, R-DAYS-EXAMPLES).
// A rest day that falls on a weekend is not moved.
func IsRestDay(d Date) bool {
	switch {
	case d.Month == time.January && d.Day == 1,
		d.Month == time.May && d.Day == 1,
		d.Month == time.September && d.Day == 16,
		d.Month == time.December && d.Day == 25:
		return true
	case d.Month == time.February:
		return d == nthMonday(d.Year, time.February, 1)
	case d.Month == time.March:
		return d == nthMonday(d.Year, time.March, 3)
	case d.Month == time.November:
		return d == nthMonday(d.Year, time.November, 3)
	case d.Month == time.October && d.Day == 1:
		// Change of federal government: 1 October of each sixth year from 2024.
		return d.Year >= 2024 && (d.Year-2024)%6 == 0
	}
	return false
}

// RestDayName names the L-LFT74 rest day d, or "" when d is not one.
func RestDayName(d Date) string {
	if !IsRestDay(d) {
		return ""
	}
	switch d.Month {
	case time.January:
		return "New Year's Day"
	case time.February:
		return "Constitution Day"
	case time.March:
		return "Benito Juárez's birthday"
	case time.May:
		return "Labour Day"
	case time.September:
		return "Independence Day"
	case time.October:
		return "change of federal government"
	case time.November:
		return "Revolution Day"
	default:
		return "Christmas Day"
	}
}

func nthMonday(y int, m time.Month, n int) Date {
	first := Date{y, m, 1}
	offset := (int(time.Monday) - int(first.Weekday()) + 7) % 7
	return first.AddDays(offset + 7*(n-1))
}

func isWeekend(d Date) bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// IsBusinessDay reports whether INM offices work on d: not a weekend, not
// an L-LFT74 rest day, not a configured closure (R-DAYS-BIZ).
func (c Calendar) IsBusinessDay(d Date) bool {
	return !isWeekend(d) && !IsRestDay(d) && !c.Closures[d]
}

// isUserBusinessDay ignores configured closures: counting them would make a
// deadline the user must meet later, which is not safe (R-DAYS-USER-BIZ).
func isUserBusinessDay(d Date) bool { return !isWeekend(d) && !IsRestDay(d) }

// AddINMBusinessDays counts n business days after d for a deadline INM must
// meet, skipping configured closures too (R-DAYS-USER-BIZ, R-CASE-DECIDE).
func (c Calendar) AddINMBusinessDays(d Date, n int) Date {
	return addBusinessDays(d, n, c.IsBusinessDay)
}

// AddUserBusinessDays counts n business days after d for a deadline the
// user must meet: only weekends and L-LFT74 days are skipped
// (R-DAYS-USER-BIZ). A negative n counts backwards (e.g. "ask 4 business
// days before departure", R-EXIT-ASK).
func AddUserBusinessDays(d Date, n int) Date {
	return addBusinessDays(d, n, isUserBusinessDay)
}

func addBusinessDays(d Date, n int, business func(Date) bool) Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if business(d) {
			n--
		}
	}
	return d
}

// ActBy returns the last business day on or before d: where a deadline to
// act at an INM office falls on a closed day, the user is told to act by
// then (R-DAYS-CLOSED). Configured closures count here, since an office
// closed on the legal date cannot receive the user.
func (c Calendar) ActBy(d Date) Date {
	for !c.IsBusinessDay(d) {
		d = d.AddDays(-1)
	}
	return d
}
