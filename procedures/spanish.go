package procedures

import (
	"strconv"
	"time"
)

// Spanish wording shared by the letters (R-LETTER-WHAT): dates written the
// Mexican way and small numbers in words, as INM letters write them.

var spanishMonths = [...]string{
	time.January: "enero", time.February: "febrero", time.March: "marzo",
	time.April: "abril", time.May: "mayo", time.June: "junio",
	time.July: "julio", time.August: "agosto", time.September: "septiembre",
	time.October: "octubre", time.November: "noviembre", time.December: "diciembre",
}

// FormatSpanish writes d the way Mexican letters date themselves:
// "23 de noviembre de 2026" (no leading zero, lowercase month). The zero
// Date gives "".
func FormatSpanish(d Date) string {
	if d.IsZero() || d.Month < time.January || d.Month > time.December {
		return d.String()
	}
	return strconv.Itoa(d.Day) + " de " + spanishMonths[d.Month] + " de " + strconv.Itoa(d.Year)
}

var spanishYears = [...]string{1: "un año", 2: "dos años", 3: "tres años", 4: "cuatro años"}

// spanishYearsText writes a term in years: "un año", "dos años"; beyond four,
// digits ("5 años"), since no INM term is longer.
func spanishYearsText(n int) string {
	if n >= 1 && n < len(spanishYears) {
		return spanishYears[n]
	}
	return strconv.Itoa(n) + " años"
}
