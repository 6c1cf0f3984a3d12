package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

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
// as RFC 5545 requires (golang-ical does the folding).
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
	cal := ics.NewCalendarFor("tramite")
	cal.SetProductId("-//tramite//INM deadlines//EN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	l := ctx.Lang
	name := l.T("tramite: household deadlines")
	if src.Len() == 1 {
		e := src.Entry(0)
		name = "tramite: " + e.Person + ", " + e.Procedure.NameIn(l)
	}
	cal.SetXWRCalName(textsafe.Line(name))
	cal.SetXWRCalDesc(l.T("INM deadlines exported by tramite on %s. Checked: %s. %s.",
		ctx.Today, procedures.RulesChecked, capitalise(l.Text(procedures.VerifyWithOffice))))
	const end = "END:VCALENDAR\r\n"
	var head strings.Builder
	if err := cal.SerializeTo(&head, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("writing the calendar: %w", err)
	}
	// golang-ical ignores the errors of some writes (BEGIN and END:VCALENDAR):
	// the checked writer keeps them.
	cw := &checkedWriter{w: w}
	bw := bufio.NewWriterSize(cw, 64<<10)
	started := false
	start := func() {
		if !started {
			started = true
			bw.WriteString(strings.TrimSuffix(head.String(), end))
		}
	}
	stamp := midnight(ctx.Today)
	var buf strings.Builder
	err := eachCase(run, src, src.Len(), func(_ int, v casebook.Detail) error {
		open := v.OpenDeadlines()
		if len(open) == 0 {
			return nil
		}
		// The case's events, serialised by golang-ical in a calendar of
		// their own, without its BEGIN and END lines.
		one := ics.NewCalendarFor("tramite")
		one.CalendarProperties = nil
		for _, d := range open {
			addEvent(l, one, v, d, stamp, leads.Days(d.Kind))
		}
		buf.Reset()
		if err := one.SerializeTo(&buf, ics.WithNewLineWindows); err != nil {
			return err
		}
		start()
		body := strings.TrimPrefix(strings.TrimSuffix(buf.String(), end), "BEGIN:VCALENDAR\r\n")
		_, err := bw.WriteString(body)
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
	bw.WriteString(end)
	if err := bw.Flush(); err != nil || cw.err != nil {
		return fmt.Errorf("writing the calendar: %w", errors.Join(err, cw.err))
	}
	return nil
}

func addEvent(l *i18n.Printer, cal *ics.Calendar, v casebook.Detail, d procedures.Deadline, stamp time.Time, leads []int) {
	day := casebook.ActDate(&d)
	e := cal.AddEvent(CaseUID(v.Case, d.Key))
	e.SetDtStampTime(stamp)
	e.SetAllDayStartAt(midnight(day))
	e.SetAllDayEndAt(midnight(day.AddDays(1)))
	// Stored text is made safe for a terminal (textsafe): a calendar file
	// is often printed, and export without -o writes it to one.
	summary := textsafe.Line(v.Person.Name + ": " + d.Title)
	e.SetSummary(summary)
	e.SetDescription(textsafe.Text(eventDescription(l, v, d)))
	e.SetTimeTransparency(ics.TransparencyTransparent)
	e.AddCategory("INM")
	if v.Case.Progress.Office != "" {
		e.SetLocation(textsafe.Line(v.Case.Progress.Office))
	}

	for _, n := range leads {
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetProperty(ics.ComponentPropertyDescription, summary)
		a.SetTrigger(alarmTrigger(n))
	}
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
