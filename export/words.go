package export

import (
	"fmt"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
)

// dayName formats d with its weekday: "2026-12-24 (Thu)".
func dayName(d procedures.Date) string { return casebook.DayName(d) }

// when describes a deadline's timing for a person, in the agenda's words
// (casebook.When): the days left to the day to act, "done" once the case
// moved past it.
func when(today procedures.Date, d procedures.Deadline) string {
	return casebook.When(casebook.UrgencyOf(&d, today))
}

// whenSentence is the timing line of a deadline: "In 3 days.", or with an
// act-by date "Act by 2026-12-24 (Thu), in 31 days: the office is closed
// on 2026-12-26." (R-DAYS-CLOSED).
func whenSentence(today procedures.Date, d procedures.Deadline) string {
	w := when(today, d)
	if d.ActBy.IsZero() || d.Done {
		return capitalise(w) + "."
	}
	return fmt.Sprintf("Act by %s, %s: the office is closed on %s.", dayName(d.ActBy), w, d.Date)
}

func plural(n int, unit string) string {
	switch {
	case n == 1:
		return fmt.Sprintf("1 %s", unit)
	case unit == "person":
		return fmt.Sprintf("%d people", n)
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// personLine names a person with what identifies them at the office.
func personLine(name string, birth procedures.Date, nationality string) string {
	var extra []string
	if !birth.IsZero() {
		extra = append(extra, "born "+birth.String())
	}
	if nationality != "" {
		extra = append(extra, nationality)
	}
	if len(extra) == 0 {
		return name
	}
	return name + " (" + strings.Join(extra, ", ") + ")"
}

// kindLabel is a deadline kind as a person reads it.
func kindLabel(k procedures.DeadlineKind) string {
	switch k {
	case procedures.EligibleFrom:
		return "eligible from"
	default:
		return k.String()
	}
}
