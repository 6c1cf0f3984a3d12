package export

import (
	"bytes"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"tramite/casebook"
	"tramite/procedures"
)

func TestICSWithLeadTimes(t *testing.T) {
	cs := householdViews(t)
	leads, err := casebook.ParseLeadTimes(map[string][]int{"closes": {14, 2}, "due": {}, "opens": {3, 0}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := ICSWith(&b, cs, testContext(), ICSOptions{Leads: leads}); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(&b)
	if err != nil {
		t.Fatal(err)
	}
	want := map[procedures.DeadlineKind]string{
		procedures.Closes:      "-P14D -P2D",
		procedures.Due:         "",
		procedures.Opens:       "-P3D PT9H",
		procedures.Appointment: "-P30D -P7D -P1D", // not set: the default
	}
	kinds := map[string]procedures.DeadlineKind{}
	for uid, d := range openByUID(cs) {
		kinds[uid] = d.Kind
	}
	seen := map[procedures.DeadlineKind]bool{}
	for _, e := range cal.Events() {
		k := kinds[e.Id()]
		w, ok := want[k]
		if !ok {
			continue
		}
		seen[k] = true
		var got []string
		for _, a := range e.Alarms() {
			got = append(got, a.GetProperty(ics.ComponentPropertyTrigger).Value)
		}
		if strings.Join(got, " ") != w {
			t.Errorf("%s (%s): reminders %q, want %q", e.Id(), k, strings.Join(got, " "), w)
		}
	}
	for _, k := range []procedures.DeadlineKind{procedures.Closes, procedures.Due, procedures.Opens} {
		if !seen[k] {
			t.Errorf("the household fixture has no open %s date: the test checks nothing for it", k)
		}
	}
}

func TestICSAllowEmpty(t *testing.T) {
	v := casebook.Detail{Person: ana, Case: fixtures()["canje"].kase, Procedure: &procedures.Procedure{ID: "x", Name: "X"}}
	var b bytes.Buffer
	if err := ICSWith(&b, []casebook.Detail{v}, testContext(), ICSOptions{AllowEmpty: true}); err != nil {
		t.Fatalf("ICSWith(AllowEmpty) of nothing: %v", err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(out, "END:VCALENDAR\r\n") || strings.Contains(out, "VEVENT") {
		t.Errorf("empty calendar = %q, want a VCALENDAR without events", out)
	}
}
