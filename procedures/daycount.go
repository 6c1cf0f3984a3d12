package procedures

// Counting "within N days of an event" (R-DAYS-CAL). Sources disagree on
// whether the day of the event is day 1 or day 0; the conservative reading
// counts it as day 1, so the last day is event + N − 1, and the other
// reading (event + N) is shown beside it. A window that opens N days
// before an event ("not sooner") opens, at the earliest safe day, on
// event − N + 1, with event − N as the other reading.

// lastDay is the last day of "within n calendar days of event", the event
// counted as day 1 (R-DAYS-CAL).
func lastDay(event Date, n int) Date { return event.AddDays(n - 1) }

// otherLastDay is the other reading of lastDay: the event is day 0.
func otherLastDay(event Date, n int) Date { return event.AddDays(n) }

// opensBefore is the safe opening of a window that opens n days before
// event, "not sooner": event − n + 1 (R-DAYS-CAL).
func opensBefore(event Date, n int) Date { return event.AddDays(1 - n) }

// countNote states both readings of "within n days of event" (R-DAYS-CAL):
// what names the event ("your entry", "the expiry").
func countNote(c Context, n int, what string, event Date) string {
	return c.T("Counting %s (%s) as day 1, the %d calendar days end on %s (used here); counted from the day after, on %s (R-DAYS-CAL).",
		c.Lang.Text(what), event, n, lastDay(event, n), otherLastDay(event, n))
}

// opensNote states both readings of a window that opens n days before
// event (R-DAYS-CAL).
func opensNote(c Context, n int, what string, event Date) string {
	return c.T("The %d days before %s (%s) begin on %s counting %s as day 1 (used here, the safe day); another reading begins them on %s (R-DAYS-CAL).",
		n, c.Lang.Text(what), event, opensBefore(event, n), c.Lang.Text(what), event.AddDays(-n))
}

// betweenReadings is the verdict on the day after the safe last day of an
// N-day count, which the other reading still allows (R-DAYS-CAL): the
// safe date has passed, so the office's answer is the only safe one.
// then says what to do today; "" means going to the INM office.
func betweenReadings(what string, last Date, then string, rules []string, c Context) Verdict {
	if then == "" {
		then = "Go to your INM office today and ask"
	}
	return Verdict{Status: Unknown, Rules: append(rules, "R-DAYS-CAL"),
		Reason: c.T("The safe last day to %s was %s, counting the day of the event as day 1; counted from the day after, the last day is today, %s. %s: %s.",
			what, last, c.Today, then, VerifyWithOffice)}
}
