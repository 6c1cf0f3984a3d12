package procedures

import "time"

// Calendar tells business days from rest days (R-DAYS-BIZ) and knows the
// likely closures (R-DAYS-LIKELY).
//
// Rest days are those of the Ley Federal del Trabajo art. 74 (L-LFT74)
// plus 5 May (L-CAL), computed for any year. Closures are extra days an INM
// office or its Secretaría declared non-working in the DOF (holy week,
// year-end vacation), as the user entered them; none by default. Likely
// closures are tramite's guess where the user entered none for the year:
// Holy Thursday and Good Friday, and 19 December to 6 January.
type Calendar struct {
	Closures map[Date]bool
}

// IsRestDay reports whether d is an official rest day of federal offices:
// the L-LFT74 days, as reformed by the DOF decree of 30 Sep 2024, and
// 5 May, which the Calendario Oficial adds for federal staff (L-CAL;
// R-DAYS-BIZ, R-DAYS-EXAMPLES). A rest day that falls on a weekend is not
// moved.
func IsRestDay(d Date) bool {
	switch {
	case d.Month == time.January && d.Day == 1,
		d.Month == time.May && d.Day == 1,
		d.Month == time.May && d.Day == 5,
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

// RestDayName names the rest day d (IsRestDay), or "" when d is not one.
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
		if d.Day == 5 {
			return "5 May (Batalla de Puebla, a federal offices' day off)"
		}
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

// Easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous computus), from which holy week follows (R-DAYS-LIKELY).
func Easter(y int) Date {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return Date{y, time.Month(n / 31), n%31 + 1}
}

// Year-end span of the likely closures, the widest reported
// (R-DAYS-LIKELY): 19 December to 6 January.
const (
	yearEndFromDay = 19 // December
	yearEndToDay   = 6  // January
)

// likelyName names the day d when federal offices usually close on it
// (R-DAYS-LIKELY): Holy Thursday, Good Friday, the year-end vacation; ""
// otherwise. It ignores what the user entered; LikelyClosure does not.
func likelyName(d Date) string {
	switch {
	case d.Month == time.December && d.Day >= yearEndFromDay,
		d.Month == time.January && d.Day <= yearEndToDay:
		return "the year-end vacation"
	case d.Month == time.March || d.Month == time.April:
		switch e := Easter(d.Year); d {
		case e.AddDays(-3):
			return "Holy Thursday"
		case e.AddDays(-2):
			return "Good Friday"
		}
	}
	return ""
}

// enteredIn reports whether the user entered any closure in year y: the
// dates entered for a year replace the guess for that year (R-DAYS-LIKELY).
func (c Calendar) enteredIn(y int) bool {
	for d, on := range c.Closures {
		if on && d.Year == y {
			return true
		}
	}
	return false
}

// LikelyClosure names the likely closure d falls on (R-DAYS-LIKELY), or ""
// when d is not one: a weekday that is not a rest day, in holy week or the
// year-end vacation, in a year for which the user entered no closures.
func (c Calendar) LikelyClosure(d Date) string {
	if isWeekend(d) || IsRestDay(d) {
		return ""
	}
	n := likelyName(d)
	if n == "" || c.enteredIn(d.Year) {
		return ""
	}
	return n
}

// IsBusinessDay reports whether INM offices work on d: not a weekend, not
// a rest day, not an entered closure (R-DAYS-BIZ). Likely closures are
// not counted: INM's own deadlines never skip them (R-DAYS-LIKELY).
func (c Calendar) IsBusinessDay(d Date) bool {
	return !isWeekend(d) && !IsRestDay(d) && !c.Closures[d]
}

// likelyOpen reports whether an office is likely open on d: a business
// day that is no likely closure either. Deadlines the user must meet at an
// office are met on such a day (R-DAYS-CLOSED, R-DAYS-LIKELY).
func (c Calendar) likelyOpen(d Date) bool {
	return c.IsBusinessDay(d) && c.LikelyClosure(d) == ""
}

// isUserBusinessDay ignores closures: counting them forward would make a
// deadline the user must meet later, which is not safe (R-DAYS-USER-BIZ).
func isUserBusinessDay(d Date) bool { return !isWeekend(d) && !IsRestDay(d) }

// AddINMBusinessDays counts n business days after d for a deadline INM must
// meet: day 1 is the next business day, and rest days and entered closures
// are skipped, likely closures are not (R-DAYS-USER-BIZ, R-CASE-DECIDE,
// R-DAYS-LIKELY).
func (c Calendar) AddINMBusinessDays(d Date, n int) Date {
	return addBusinessDays(d, n, c.IsBusinessDay)
}

// AddUserBusinessDays counts n business days after d for a deadline the
// user must meet, forward from an event (R-CASE-CORRECT): only weekends and
// rest days are skipped (R-DAYS-USER-BIZ). Counting backward from an event
// is Calendar.UserBusinessDaysBefore, which skips closures too.
func AddUserBusinessDays(d Date, n int) Date {
	return addBusinessDays(d, n, isUserBusinessDay)
}

// UserBusinessDaysBefore counts n business days backward from d for a
// deadline the user must meet ("ask 5 business days before departure",
// R-EXIT-ASK): weekends, rest days, entered closures and likely closures
// are all skipped, which makes the date earlier (R-DAYS-USER-BIZ).
func (c Calendar) UserBusinessDaysBefore(d Date, n int) Date {
	return addBusinessDays(d, -n, c.likelyOpen)
}

// UserBusinessDaysBeforeIfOpen is UserBusinessDaysBefore without the
// likely closures: the last day should the user's office be open in holy
// week or the year-end vacation after all (R-DAYS-LIKELY: "if yours is
// open, the last day is …").
func (c Calendar) UserBusinessDaysBeforeIfOpen(d Date, n int) Date {
	return addBusinessDays(d, -n, c.IsBusinessDay)
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

// ActBy returns the last day on or before d when an INM office is likely
// open: where a deadline to act at an office falls on a closed day, the
// user is told to act by then (R-DAYS-CLOSED). Entered closures count, and
// so do likely closures (R-DAYS-LIKELY); IfOpen gives the day without them.
func (c Calendar) ActBy(d Date) Date {
	for !c.likelyOpen(d) {
		d = d.AddDays(-1)
	}
	return d
}

// IfOpen is ActBy without the likely closures: the last day to act if the
// user's office is open in holy week or the year-end vacation after all
// (R-DAYS-LIKELY: "if yours is open, the last day is …").
func (c Calendar) IfOpen(d Date) Date {
	for !c.IsBusinessDay(d) {
		d = d.AddDays(-1)
	}
	return d
}

// ClosureDay is one day on the closures list: entered by the user, or
// tramite's guess (R-DAYS-LIKELY).
type ClosureDay struct {
	Date Date
	// Likely is true for a built-in guess, false for a date the user
	// entered with `closures`.
	Likely bool
	// Name says what the day is: "Good Friday", "the year-end vacation",
	// or "entered closure".
	Name string
}

// ClosureDays lists the closures of year y in date order, for the
// closures list (R-DAYS-LIKELY): the dates the user entered, or, for a
// year with none entered, the likely closures on weekdays that are not
// rest days (the only ones that change a date).
func (c Calendar) ClosureDays(y int) []ClosureDay {
	var out []ClosureDay
	for d := NewDate(y, time.January, 1); d.Year == y; d = d.AddDays(1) {
		switch {
		case c.Closures[d]:
			out = append(out, ClosureDay{Date: d, Name: "entered closure"})
		case c.LikelyClosure(d) != "":
			out = append(out, ClosureDay{Date: d, Likely: true, Name: c.LikelyClosure(d)})
		}
	}
	return out
}
