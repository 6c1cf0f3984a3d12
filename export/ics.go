package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// ErrNoDeadlines is returned by ICS when no case has an open deadline: an
// iCalendar file must hold at least one event (RFC 5545, section 3.4).
var ErrNoDeadlines = errors.New("no open deadlines to put in a calendar")

// UID is the calendar identity of a case's deadline. It is stable across
// exports ("case-12-renewal-window-closes@tramite"), so importing a newer
// export into a calendar updates the events instead of duplicating them.
func UID(caseID uint64, key string) string {
	return fmt.Sprintf("case-%d-%s@tramite", caseID, key)
}

// CaseUID is the calendar identity of deadline key of case c: derived
// from the case's stable uid when it has one, so the same case imported
// into another database (with another id) keeps its events' identities;
// a case stored before uids existed keeps UID's form.
func CaseUID(c record.Case, key string) string {
	if c.UID == "" {
		return UID(c.ID, key)
	}
	return fmt.Sprintf("case-%s-%s@tramite", c.UID, key)
}

// ICS writes every deadline that is not done as an all-day event
// (DTSTART;VALUE=DATE on the day to act, DTEND the next day) with the
// default lead times' reminders (ICSWith).
func ICS(w io.Writer, cs []casebook.Detail, ctx procedures.Context) error {
	return ICSWith(w, cs, ctx, ICSOptions{})
}

// ICSOptions tune ICSWith.
type ICSOptions struct {
	// Leads are the reminders' lead times per kind of date; nil is
	// casebook.DefaultLeadTimes.
	Leads casebook.LeadTimes
	// AllowEmpty writes a calendar without events when no deadline is
	// open, instead of returning ErrNoDeadlines: a calendar file that
	// apps subscribe to must be able to empty.
	AllowEmpty bool
}

// ICSWith writes every deadline that is not done as an all-day event
// (DTSTART;VALUE=DATE on the day to act, DTEND the next day) with one
// reminder per lead time of its kind: n days before the day (-PnD, at
// midnight starting it), or at 09:00 on the day for a lead time of 0.
// DTSTAMP is midnight UTC of ctx.Today, so the same export on the same
// day gives the same bytes. Lines end in CRLF and are folded at 75 octets
// as RFC 5545 requires (icsProp).
func ICSWith(w io.Writer, cs []casebook.Detail, ctx procedures.Context, o ICSOptions) error {
	return ICSFrom(context.Background(), w, Cases(nil, cs), ctx, o)
}

// ICSFrom is ICSWith over a Source, one case at a time: the calendar's
// head is written with the first event (or, with AllowEmpty, at the end),
// so a calendar without events writes nothing before ErrNoDeadlines. It
// stops when run is cancelled.
func ICSFrom(run context.Context, w io.Writer, src Source, ctx procedures.Context, o ICSOptions) error {
	leads := o.Leads
	if leads == nil {
		leads = casebook.DefaultLeadTimes()
	}
	l := ctx.Lang
	name := l.T("tramite: household deadlines")
	if src.Len() == 1 {
		e := src.Entry(0)
		name = "tramite: " + e.Person + ", " + e.Procedure.NameIn(l)
	}
	var head strings.Builder
	head.WriteString("BEGIN:VCALENDAR\r\n")
	icsProp(&head, "VERSION", "", "2.0", true)
	icsProp(&head, "PRODID", "", "-//tramite//INM deadlines//EN", true)
	icsProp(&head, "METHOD", "", "PUBLISH", true)
	icsProp(&head, "CALSCALE", "", "GREGORIAN", true)
	icsProp(&head, "X-WR-CALNAME", "", textsafe.Line(name), true)
	icsProp(&head, "X-WR-CALDESC", "", l.T("INM deadlines exported by tramite on %s. Checked: %s. %s.",
		ctx.Today, procedures.RulesChecked, capitalise(l.Text(procedures.VerifyWithOffice))), true)
	cw := &checkedWriter{w: w}
	bw := bufio.NewWriterSize(cw, 64<<10)
	started := false
	start := func() {
		if !started {
			started = true
			bw.WriteString(head.String())
		}
	}
	stamp := midnight(ctx.Today)
	var buf strings.Builder
	err := eachCase(run, src, src.Len(), func(_ int, v casebook.Detail) error {
		open := v.OpenDeadlines()
		if len(open) == 0 {
			return nil
		}
		buf.Reset()
		for _, d := range open {
			writeEvent(&buf, l, v, d, stamp, leads.Days(d.Kind))
		}
		start()
		_, err := bw.WriteString(buf.String())
		return err
	})
	if err != nil {
		if run.Err() != nil && errors.Is(err, run.Err()) {
			return err
		}
		return fmt.Errorf("writing the calendar: %w", err)
	}
	if !started && !o.AllowEmpty {
		return ErrNoDeadlines
	}
	start()
	bw.WriteString("END:VCALENDAR\r\n")
	if err := bw.Flush(); err != nil || cw.err != nil {
		return fmt.Errorf("writing the calendar: %w", errors.Join(err, cw.err))
	}
	return nil
}

// writeEvent writes deadline d of case v as an all-day VEVENT, with one
// VALARM per lead time.
func writeEvent(b *strings.Builder, l *i18n.Printer, v casebook.Detail, d procedures.Deadline, stamp time.Time, leads []int) {
	day := casebook.ActDate(&d)
	b.WriteString("BEGIN:VEVENT\r\n")
	icsProp(b, "UID", "", CaseUID(v.Case, d.Key), true)
	icsProp(b, "DTSTAMP", "", stamp.UTC().Format("20060102T150405Z"), false)
	icsProp(b, "DTSTART", "VALUE=DATE", midnight(day).Format("20060102"), false)
	icsProp(b, "DTEND", "VALUE=DATE", midnight(day.AddDays(1)).Format("20060102"), false)
	// Stored text is made safe for a terminal (textsafe): a calendar file
	// is often printed, and export without -o writes it to one.
	summary := textsafe.Line(v.Person.Name + ": " + d.Title)
	icsProp(b, "SUMMARY", "", summary, true)
	icsProp(b, "DESCRIPTION", "", textsafe.Text(eventDescription(l, v, d)), true)
	icsProp(b, "TRANSP", "", "TRANSPARENT", true)
	icsProp(b, "CATEGORIES", "", "INM", true)
	if v.Case.Progress.Office != "" {
		icsProp(b, "LOCATION", "", textsafe.Line(v.Case.Progress.Office), true)
	}
	for _, n := range leads {
		b.WriteString("BEGIN:VALARM\r\n")
		icsProp(b, "ACTION", "", "DISPLAY", true)
		icsProp(b, "DESCRIPTION", "", summary, true)
		icsProp(b, "TRIGGER", "", alarmTrigger(n), false)
		b.WriteString("END:VALARM\r\n")
	}
	b.WriteString("END:VEVENT\r\n")
}

// alarmTrigger is the TRIGGER of a reminder n days before an all-day
// event: -PnD, or PT9H (09:00 on the day) for 0, since a reminder at the
// midnight that starts the day goes unseen.
func alarmTrigger(n int) string {
	if n == 0 {
		return "PT9H"
	}
	return fmt.Sprintf("-P%dD", n)
}

// eventDescription is the event's body: what the date is, the act-by
// reading, both readings of a contested rule, the rule id and the date the
// rules were checked.
func eventDescription(l *i18n.Printer, v casebook.Detail, d procedures.Deadline) string {
	var b strings.Builder
	if l.Spanish() {
		b.WriteString(l.T("%s, case %d of %s.", v.Procedure.NameIn(l), v.Case.ID, textsafe.Line(v.Person.Name)) + "\n")
	} else {
		fmt.Fprintf(&b, "%s (%s), case %d of %s.\n", v.Procedure.Name, v.Procedure.Spanish, v.Case.ID, textsafe.Line(v.Person.Name))
	}
	switch {
	case d.ActBy.IsZero():
	case casebook.LegalDateClosed(v.Calendar, d.Date):
		b.WriteString(l.T("Legal date %s; the office is closed that day: act by %s.", dayName(l, d.Date), dayName(l, d.ActBy)) + "\n")
	default:
		b.WriteString(l.T("INM offices usually close around the legal date %s: act by %s; if yours is open, the last day is the legal date.", dayName(l, d.Date), dayName(l, d.ActBy)) + "\n")
	}
	if d.Note != "" {
		b.WriteString(d.Note + "\n")
	}
	if d.Rule != "" {
		b.WriteString(l.T("Rule: %s (%s).", d.Rule, kindLabel(l, d.Kind)) + "\n")
	}
	b.WriteString(l.T("Checked: %s. %s.", procedures.RulesChecked, capitalise(l.Text(procedures.VerifyWithOffice))))
	return b.String()
}

// midnight is d at 00:00 UTC: all-day values carry no zone, and a fixed
// DTSTAMP keeps exports reproducible.
func midnight(d procedures.Date) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
