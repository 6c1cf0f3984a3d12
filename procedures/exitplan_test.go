package procedures

import (
	"strings"
	"testing"

	"tramite/i18n"
)

// TestExitPlanWarnings: an exit permit asked at an appointment, or filed,
// after the day planned to ask says the plan is stale and which day to
// make it (R-EXIT-STAY); on or before it, without a plan, or once the
// permit's own date is known, nothing is said.
func TestExitPlanWarnings(t *testing.T) {
	p, err := Lookup("exit-permit")
	if err != nil {
		t.Fatal(err)
	}
	booked := func(on string) Progress {
		return Progress{Stage: StageBooked, AppointmentDate: MustDate(on)}
	}
	filed := func(on string) Progress {
		return Progress{Stage: StageFiled, AppointmentDate: MustDate(on), FiledDate: MustDate(on)}
	}
	tests := []struct {
		name string
		over map[string]string
		pr   Progress
		want string // "" for no warning of the plan
	}{
		{"an appointment after the plan", map[string]string{"ask_date": "2026-11-20"}, booked("2026-11-27"),
			"Your appointment on 2026-11-27 is after the day you planned to ask for the permit (2026-11-20)"},
		{"an appointment on the planned day", map[string]string{"ask_date": "2026-11-27"}, booked("2026-11-27"), ""},
		{"an appointment before the plan", map[string]string{"ask_date": "2026-11-30"}, booked("2026-11-27"), ""},
		{"filed after the plan", map[string]string{"ask_date": "2026-11-20"}, filed("2026-11-26"),
			"You asked for the permit on 2026-11-26, after the day you planned (2026-11-20)"},
		{"no plan", map[string]string{"ask_date": ""}, booked("2026-11-27"), ""},
		{"the permit's date known", map[string]string{"ask_date": "2026-11-20", "permit_date": "2026-11-28"}, filed("2026-11-26"), ""},
		{"ready, not at the office yet", map[string]string{"ask_date": "2026-11-20"}, Progress{Stage: StageReady}, ""},
	}
	c := Context{Today: MustDate("2026-11-23")}
	for _, tc := range tests {
		ws := Warnings(p, exitAnswers(tc.over), tc.pr, c)
		var got string
		for _, w := range ws {
			if strings.Contains(w, "R-EXIT-STAY") {
				got = w
			}
		}
		switch {
		case tc.want == "" && got != "":
			t.Errorf("%s: warned %q", tc.name, got)
		case tc.want != "" && !strings.Contains(got, tc.want):
			t.Errorf("%s: warnings %q, want one with %q", tc.name, ws, tc.want)
		}
	}
	es := c
	es.Lang = i18n.For(i18n.Spanish)
	ws := Warnings(p, exitAnswers(map[string]string{"ask_date": "2026-11-20"}), booked("2026-11-27"), es)
	if len(ws) == 0 || !strings.Contains(strings.Join(ws, " "), "Su cita del 2026-11-27 es después del día que había previsto") {
		t.Errorf("in Spanish: %q", ws)
	}
}
