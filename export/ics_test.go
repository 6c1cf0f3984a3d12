package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/charmbracelet/x/exp/golden"
	goical "github.com/emersion/go-ical"

	"tramite/casebook"
	"tramite/procedures"
)

// householdViews are the views of the household fixture.
func householdViews(t *testing.T) []casebook.Detail {
	t.Helper()
	people, cases := household(t)
	cs, err := casebook.Household(people, cases, testContext())
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// openByUID lists the deadlines ICS must write, by UID.
func openByUID(cs []casebook.Detail) map[string]procedures.Deadline {
	want := map[string]procedures.Deadline{}
	for _, v := range cs {
		for _, d := range v.OpenDeadlines() {
			want[UID(v.Case.ID, d.Key)] = d
		}
	}
	return want
}

func renderICS(t *testing.T, cs []casebook.Detail) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := ICS(&b, cs, testContext()); err != nil {
		t.Fatalf("ICS: %v", err)
	}
	return b.Bytes()
}

// TestICSGolden pins the calendar bytes: DTSTAMP comes from today, so the
// same export on the same day is identical.
func TestICSGolden(t *testing.T) {
	out := renderICS(t, householdViews(t))
	if again := renderICS(t, householdViews(t)); !bytes.Equal(out, again) {
		t.Fatal("two exports of the same household on the same day differ")
	}
	golden.RequireEqual(t, out)
}

// TestICSLines checks the RFC 5545 framing: CRLF line ends, no bare LF,
// lines folded at 75 octets.
func TestICSLines(t *testing.T) {
	out := string(renderICS(t, householdViews(t)))
	if !strings.HasSuffix(out, "END:VCALENDAR\r\n") {
		t.Errorf("the calendar does not end with END:VCALENDAR and CRLF")
	}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if strings.Contains(l, "\n") {
			t.Errorf("line %d has a bare LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, over the 75 of RFC 5545: %q", i+1, len(l), l)
		}
	}
}

// TestICSParsesWithArran reads the calendar back with golang-ical: each
// open deadline exactly once, all-day on its day to act (the act-by date
// where the office is closed, R-DAYS-CLOSED), with its reminder.
func TestICSParsesWithArran(t *testing.T) {
	cs := householdViews(t)
	want := openByUID(cs)
	cal, err := ics.ParseCalendar(bytes.NewReader(renderICS(t, cs)))
	if err != nil {
		t.Fatalf("golang-ical cannot parse the export: %v", err)
	}
	seen := map[string]int{}
	for _, e := range cal.Events() {
		uid := e.Id()
		seen[uid]++
		d, ok := want[uid]
		if !ok {
			t.Errorf("event %s is not an open deadline", uid)
			continue
		}
		start, err := e.GetAllDayStartAt()
		if err != nil {
			t.Errorf("%s: DTSTART: %v", uid, err)
			continue
		}
		if got := procedures.DateOf(start); got != casebook.ActDate(&d) {
			t.Errorf("%s starts %s, want %s", uid, got, casebook.ActDate(&d))
		}
		if p := e.GetProperty(ics.ComponentPropertyDtStart); p.ICalParameters["VALUE"][0] != "DATE" {
			t.Errorf("%s: DTSTART is not VALUE=DATE", uid)
		}
		end, err := e.GetAllDayEndAt()
		if err != nil || procedures.DateOf(end) != casebook.ActDate(&d).AddDays(1) {
			t.Errorf("%s ends %v (%v), want the next day", uid, end, err)
		}
		stamp, err := e.GetDtStampTime()
		if err != nil || !stamp.Equal(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: DTSTAMP %v (%v), want today at midnight UTC", uid, stamp, err)
		}
		// The default lead times: 30, 7 and 1 days before a hard date or
		// an appointment, 09:00 on the day of an opening or a reminder.
		var triggers []string
		for _, a := range e.Alarms() {
			triggers = append(triggers, a.GetProperty(ics.ComponentPropertyTrigger).Value)
		}
		wantTriggers := "PT9H"
		if d.Kind.Hard() || d.Kind == procedures.Appointment {
			wantTriggers = "-P30D -P7D -P1D"
		}
		if got := strings.Join(triggers, " "); got != wantTriggers {
			t.Errorf("%s (%s): reminders %s, want %s", uid, d.Kind, got, wantTriggers)
		}
	}
	for uid := range want {
		if seen[uid] != 1 {
			t.Errorf("deadline %s appears %d times, want once", uid, seen[uid])
		}
	}
}

// TestICSParsesWithEmersion reads the calendar with a second, independent
// parser and re-encodes it: go-ical's encoder checks the RFC 5545
// cardinalities (one UID, one DTSTAMP per event, PRODID and VERSION).
func TestICSParsesWithEmersion(t *testing.T) {
	cs := householdViews(t)
	want := openByUID(cs)
	cal, err := goical.NewDecoder(bytes.NewReader(renderICS(t, cs))).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot parse the export: %v", err)
	}
	seen := map[string]int{}
	for _, e := range cal.Events() {
		uid, err := e.Props.Text(goical.PropUID)
		if err != nil {
			t.Fatal(err)
		}
		seen[uid]++
		start, err := e.DateTimeStart(time.UTC)
		if err != nil {
			t.Fatalf("%s: DTSTART: %v", uid, err)
		}
		if d, ok := want[uid]; ok && procedures.DateOf(start) != casebook.ActDate(&d) {
			t.Errorf("%s starts %s, want %s", uid, procedures.DateOf(start), casebook.ActDate(&d))
		}
		if e.Props.Get(goical.PropDateTimeStart).ValueType() != goical.ValueDate {
			t.Errorf("%s: DTSTART is not a DATE", uid)
		}
		summary, _ := e.Props.Text(goical.PropSummary)
		if summary == "" {
			t.Errorf("%s has no SUMMARY", uid)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("go-ical read %d events, want %d", len(seen), len(want))
	}
	for uid := range want {
		if seen[uid] != 1 {
			t.Errorf("deadline %s appears %d times, want once", uid, seen[uid])
		}
	}
	if err := goical.NewEncoder(&bytes.Buffer{}).Encode(cal); err != nil {
		t.Errorf("go-ical refuses to re-encode the export: %v", err)
	}
}

// TestICSWithoutDeadlines: a calendar with no event is not valid
// iCalendar, so ICS says there is nothing to export.
func TestICSWithoutDeadlines(t *testing.T) {
	v := casebook.Detail{Person: ana, Case: fixtures()["canje"].kase, Procedure: &procedures.Procedure{ID: "x", Name: "X"}}
	var b bytes.Buffer
	if err := ICS(&b, []casebook.Detail{v}, testContext()); !errors.Is(err, ErrNoDeadlines) {
		t.Errorf("ICS of a case with no deadlines: %v, want ErrNoDeadlines", err)
	}
	if b.Len() != 0 {
		t.Errorf("ICS wrote %d bytes for nothing", b.Len())
	}
}
