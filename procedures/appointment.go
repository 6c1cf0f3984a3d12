package procedures

import (
	"fmt"
	"strings"
)

// Appointments and filing dates the user records on a case: whether the
// office is open that day (R-APPT-HOW, R-DAYS-BIZ), and whether the date
// comes too late for the procedure's own deadlines (Warnings).

// CheckAppointment refuses an appointment on a day INM offices are closed:
// a weekend (offices open Monday to Friday, R-APPT-HOW), an L-LFT74 rest
// day or a configured closure (R-DAYS-BIZ). The message names the day and
// suggests the open days around it. Past dates are accepted: an
// appointment may be recorded after it happened.
func CheckAppointment(d Date, c Context) error {
	if d.IsZero() {
		return fmt.Errorf("type the date of the appointment, e.g. %s", c.Calendar.nextOpen(c.Today))
	}
	day := d.Weekday().String() + " " + d.String()
	var why, rule string
	switch {
	case isWeekend(d):
		why, rule = "", "R-APPT-HOW"
		if IsRestDay(d) {
			why = " (" + RestDayName(d) + ")"
		}
	case IsRestDay(d):
		why, rule = ", "+RestDayName(d)+", an official rest day", "R-DAYS-BIZ"
	case c.Calendar.Closures[d]:
		why, rule = ", a declared office closure", "R-DAYS-BIZ"
	default:
		return nil
	}
	return fmt.Errorf("INM offices are closed on %s%s: choose a weekday, such as %s (%s)",
		day, why, c.Calendar.openAround(d), rule)
}

// openAround names the open days on either side of the closed day d:
// "Friday 2026-12-18 or Monday 2026-12-21".
// Likely closures are not avoided: INM's own booking system shows the
// days it opens (R-DAYS-LIKELY).
func (c Calendar) openAround(d Date) string {
	before := c.IfOpen(d)
	return fmt.Sprintf("%s %s or %s", before.Weekday(), before, c.nextOpen(d))
}

// nextOpen is the first business day after d, with its weekday.
func (c Calendar) nextOpen(d Date) string {
	d = d.AddDays(1)
	for !c.IsBusinessDay(d) {
		d = d.AddDays(1)
	}
	return d.Weekday().String() + " " + d.String()
}

// Warnings returns, in plain English, what is wrong with the dates the
// user recorded on a case: an appointment, or once filed the filing date,
// later than the last day to act on a hard deadline of the procedure (a
// window that closes, a due date). The last day to act is the act-by date
// when the legal date falls on a closed day (R-DAYS-CLOSED). Deadlines
// that matter after filing (AfterFiling), contingent ones (IfMissed: they
// are the route once the date is missed, and are named in the warning)
// and those already done are not checked. Nil when nothing is wrong.
func Warnings(p *Procedure, a Answers, pr Progress, c Context) []string {
	if p == nil {
		return nil
	}
	var own []string
	if p.ProgressWarnings != nil {
		own = p.ProgressWarnings(p.Canonical(a), pr, c)
	}
	return append(own, datesWarnings(p, a, pr, c)...)
}

// datesWarnings warns of an appointment or a filing that misses one of the
// case's dates, or comes before a window opens.
func datesWarnings(p *Procedure, a Answers, pr Progress, c Context) []string {
	var what string
	var on Date
	switch {
	case pr.StageAtLeast(StageFiled) && !pr.FiledDate.IsZero():
		what, on = "filing", pr.FiledDate
	case pr.StageAtLeast(StageBooked) && !pr.AppointmentDate.IsZero():
		what, on = "appointment", pr.AppointmentDate
	default:
		return nil
	}
	// The procedure's own dates as they stood before filing: Track marks
	// them Done once the case is filed, yet a filing date after them is
	// exactly what must be flagged.
	before := pr
	before.Stage = StageReady
	ds := Track(p, a, before, c)
	var out []string
	for _, d := range ds {
		if early := tooEarly(what, on, d, c); early != "" {
			out = append(out, early)
			continue
		}
		if !d.Kind.Hard() || d.Done || d.AfterFiling || d.IfMissed != "" || !atOffice(d) {
			continue
		}
		last := d.Date
		if !d.ActBy.IsZero() {
			last = d.ActBy
		}
		if !on.After(last) {
			continue
		}
		out = append(out, lateWarning(what, on, d, last, contingentOn(ds, d.Key), c))
	}
	return out
}

// tooEarly warns of an appointment or filing before the renewal window
// opens: renewal is filed in the 30 days before expiry, "not sooner"
// (R-RENEW-WINDOW). Other openings are not a bar (R-STATUS-WHEN: whether
// the change may be filed earlier is not known), so they are not checked.
func tooEarly(what string, on Date, d Deadline, c Context) string {
	if d.Kind != Opens || d.Rule != "R-RENEW-WINDOW" || d.Done || !on.Before(d.Date) {
		return ""
	}
	if what == "appointment" {
		return c.T("Your appointment on %s is before the renewal window opens on %s: renewal is filed in the 30 days before the card expires, not sooner; ask INM for a date from %s (R-RENEW-WINDOW).", on, d.Date, d.Date)
	}
	return c.T("You filed on %s, before the renewal window opened on %s: renewal is filed in the 30 days before the card expires, not sooner; check the filing date you typed (R-RENEW-WINDOW).", on, d.Date)
}

// atOffice reports whether d is a date to act at an INM office, which an
// appointment or a filing must meet. The canje's "enter Mexico by" date
// is met at the border: the canje itself may be filed up to 30 days
// after entering (R-CANJE-VISA, R-CANJE-30), so a later appointment is
// not late.
func atOffice(d Deadline) bool { return d.Key != "canje-enter-by" }

// contingentOn returns the deadlines that apply once key's date has
// passed (IfMissed): the route left to the user.
func contingentOn(ds []Deadline, key string) []Deadline {
	var out []Deadline
	for _, d := range ds {
		if d.IfMissed == key {
			out = append(out, d)
		}
	}
	return out
}

// lateWarning words one warning: the date, the deadline it misses, what
// to do, and the route once the deadline has passed.
func lateWarning(what string, on Date, d Deadline, last Date, after []Deadline, c Context) string {
	name := shortTitle(TitleIn(c.Lang, d.Title))
	var b strings.Builder
	switch {
	case !on.After(d.Date) && what == "appointment":
		// Between the act-by day and the legal last day: only the safe
		// day is missed (R-DAYS-CLOSED, R-DAYS-LIKELY), not the term.
		b.WriteString(c.T("Your appointment on %s is within %q (last day %s) but after the day to act by, %s, which is earlier because INM offices are or may be closed in between: it is in time if your office is open that day; to be safe, ask INM for an earlier appointment, on or before %s",
			on, name, d.Date, last, last))
	case !on.After(d.Date):
		b.WriteString(c.T("You filed on %s, within %q (last day %s) but after the day to act by, %s: in time if your office received it that day; check the filing date you typed",
			on, name, d.Date, last))
	case what == "appointment":
		b.WriteString(c.T("Your appointment on %s is after %q on %s (act by %s): ask INM for an earlier appointment, on or before %s",
			on, name, d.Date, last, last))
	default:
		b.WriteString(c.T("You filed on %s, after %q on %s (act by %s): check the filing date you typed; if it is right, the deadline was missed",
			on, name, d.Date, last))
	}
	if d.Rule != "" {
		b.WriteString(" (" + d.Rule + ")")
	}
	b.WriteString(".")
	for _, x := range after {
		b.WriteString(c.T(" What applies after %s: %q, %s", d.Date, beforeParen(TitleIn(c.Lang, x.Title)), x.Date))
		if x.Rule != "" {
			b.WriteString(" (" + x.Rule + ")")
		}
		b.WriteString(".")
	}
	return b.String()
}

// beforeParen is a title without its explanation in brackets.
func beforeParen(t string) string {
	if i := strings.Index(t, " ("); i > 0 {
		t = t[:i]
	}
	return t
}

// shortTitle is a deadline's title up to its first explanation (": …" or
// " (…"): "Renewal window closes".
func shortTitle(t string) string {
	if i := strings.IndexAny(t, ":("); i > 0 {
		t = t[:i]
	}
	return strings.TrimSpace(t)
}
