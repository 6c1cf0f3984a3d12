package procedures

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Date is a calendar date with no time of day and no time zone.
// The zero Date means "not given".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d. It does not validate: use ParseDate for
// user input.
func NewDate(y int, m time.Month, d int) Date { return Date{y, m, d} }

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d was not given.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as ISO 8601 (YYYY-MM-DD), or "" for the zero Date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Year < 0 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 99:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	// Without fmt: every listing, export and demo answer formats dates by
	// the hundred thousand.
	b := [10]byte{'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'}
	y, m := d.Year, int(d.Month)
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[8], b[9] = byte('0'+d.Day/10), byte('0'+d.Day%10)
	return string(b[:])
}

// t is d at noon UTC: safe for day arithmetic.
func (d Date) t() time.Time { return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC) }

// AddDays returns d plus n calendar days (n may be negative).
func (d Date) AddDays(n int) Date { return DateOf(d.t().AddDate(0, 0, n)) }

// AddMonths returns the same day n months later; where that day does not
// exist, the last day of that month (R-DAYS-MONTHS). Unlike time.AddDate,
// 31 January plus one month is 28 or 29 February, never March.
func (d Date) AddMonths(n int) Date {
	total := int(d.Month) - 1 + n
	y := d.Year + floorDiv(total, 12)
	m := time.Month(total - floorDiv(total, 12)*12 + 1)
	day := d.Day
	if last := daysIn(y, m); day > last {
		day = last
	}
	return Date{y, m, day}
}

// AddYears returns the same day n years later (29 February becomes
// 28 February in a common year), per R-DAYS-MONTHS.
func (d Date) AddYears(n int) Date { return d.AddMonths(12 * n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.t().Weekday() }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// DaysUntil returns the number of calendar days from d to e (negative when
// e is before d).
func (d Date) DaysUntil(e Date) int {
	return int(e.t().Sub(d.t()).Round(time.Hour).Hours() / 24)
}

// MarshalText implements encoding.TextMarshaler (ISO, "" for zero).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts "" as the
// zero Date and otherwise what ParseDate accepts.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DateFormatsHelp tells the user which date forms ParseDate accepts.
const DateFormatsHelp = "type a date as 2026-03-15, 15/03/2026 or 15 mar 2026"

var monthNames = sync.OnceValue(func() map[string]time.Month {
	return map[string]time.Month{
		"jan": 1, "ene": 1, "january": 1, "enero": 1,
		"feb": 2, "february": 2, "febrero": 2,
		"mar": 3, "march": 3, "marzo": 3,
		"apr": 4, "abr": 4, "april": 4, "abril": 4,
		"may": 5, "mayo": 5,
		"jun": 6, "june": 6, "junio": 6,
		"jul": 7, "july": 7, "julio": 7,
		"aug": 8, "ago": 8, "august": 8, "agosto": 8,
		"sep": 9, "sept": 9, "september": 9, "septiembre": 9, "set": 9, "setiembre": 9,
		"oct": 10, "october": 10, "octubre": 10,
		"nov": 11, "november": 11, "noviembre": 11,
		"dec": 12, "dic": 12, "december": 12, "diciembre": 12,
	}
})

// ParseDate reads a date typed by a person: ISO "2026-03-15", day first
// "15/03/2026" (Mexican usage, also with - or .), or "15 mar 2026" with an
// English or Spanish month name. Impossible dates (30 February) are refused
// with a message that says what to type instead.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, problemf("no date given: %s", DateFormatsHelp)
	}
	var y, m, d int
	var ok bool
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		y, m, d, ok = atoi3(s[0:4], s[5:7], s[8:10])
	// A month name with a dot ("15 mar. 2026") is not a numeric date.
	case !strings.ContainsFunc(s, unicode.IsLetter) && (strings.ContainsAny(s, "/.") || strings.Count(s, "-") == 2):
		// Split keeps empty parts, so "-1/03/2026" or "15//03/2026" is refused.
		parts := strings.Split(strings.NewReplacer(".", "/", "-", "/").Replace(s), "/")
		if len(parts) == 3 && len(parts[2]) == 4 {
			d, m, y, ok = atoi3(parts[0], parts[1], parts[2])
		}
	default:
		f := strings.Fields(strings.ReplaceAll(strings.ToLower(s), " de ", " "))
		if len(f) == 3 {
			mon, found := monthNames()[strings.TrimSuffix(f[1], ".")]
			var yy, dd int
			dd, yy, _, ok = atoi3(f[0], f[2], "0")
			ok = ok && found && len(f[2]) == 4
			d, m, y = dd, int(mon), yy
		}
	}
	if !ok {
		return Date{}, problemf("%q is not a date: %s", s, DateFormatsHelp)
	}
	if y < 1900 || y > 2200 {
		return Date{}, problemf("year %d is out of range: %s", y, DateFormatsHelp)
	}
	if m < 1 || m > 12 {
		return Date{}, problemf("%q has no month %d: months run from 1 to 12", s, m)
	}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		n := daysIn(y, time.Month(m))
		return Date{}, problemf("%q does not exist: %s %d has %d days: type a day from 1 to %d", s, time.Month(m).String(), y, n, n)
	}
	return Date{y, time.Month(m), d}, nil
}

// MustDate parses an ISO date and panics on error; for tests and tables.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func atoi3(a, b, c string) (int, int, int, bool) {
	x, e1 := strconv.Atoi(a)
	y, e2 := strconv.Atoi(b)
	z, e3 := strconv.Atoi(c)
	// Digits only: Atoi would read "-1/03/2026" as 1 March.
	digits := strings.Trim(a+b+c, "0123456789") == ""
	return x, y, z, e1 == nil && e2 == nil && e3 == nil && digits
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
