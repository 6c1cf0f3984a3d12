package procedures

import (
	"strings"
	"testing"
)

func TestNextAndPrevStage(t *testing.T) {
	tests := []struct {
		from        Stage
		appointment bool
		next        Stage
		ok          bool
	}{
		{StageDraft, true, StageReady, true},
		{"", true, StageReady, true},
		{StageReady, true, StageBooked, true},
		{StageReady, false, StageFiled, true}, // R-APPT-NONE: no online booking
		{StageBooked, true, StageFiled, true},
		{StageFiled, true, StageReceived, true},
		{StageReceived, true, "", false},
	}
	for _, tt := range tests {
		if got, ok := NextStage(tt.from, tt.appointment); got != tt.next || ok != tt.ok {
			t.Errorf("NextStage(%q, %v) = %q, %v; want %q, %v", tt.from, tt.appointment, got, ok, tt.next, tt.ok)
		}
	}
	if got, ok := PrevStage(StageFiled); got != StageBooked || !ok {
		t.Errorf("PrevStage(filed) = %q, %v", got, ok)
	}
	if _, ok := PrevStage(StageDraft); ok {
		t.Error("draft has no stage before it")
	}
}

func TestMoveToStage(t *testing.T) {
	renewal, _ := Lookup("renewal")
	exit, _ := Lookup("exit-permit")
	answers := map[string]Answers{"renewal": {"card_type": "temporary", "card_expiry": "2026-12-20"}, "exit-permit": {}}
	c := Context{Today: MustDate("2026-12-02")}
	tests := map[string]struct {
		p      *Procedure
		target Stage
		values map[string]string
		want   string // "" for no error, else a part of the message
	}{
		"an appointment on a weekday":       {renewal, StageBooked, map[string]string{"appointment_date": "2026-12-07", "appointment_time": "09:30"}, ""},
		"an appointment on a Saturday":      {renewal, StageBooked, map[string]string{"appointment_date": "2026-12-05"}, "closed on Saturday"},
		"an appointment on 25 December":     {renewal, StageBooked, map[string]string{"appointment_date": "2026-12-25"}, "rest day"},
		"an appointment at 99:99":           {renewal, StageBooked, map[string]string{"appointment_date": "2026-12-07", "appointment_time": "99:99"}, "09:30"},
		"no appointment date":               {renewal, StageBooked, map[string]string{}, "date"},
		"filed today":                       {renewal, StageFiled, map[string]string{"filed_date": "2026-12-02"}, ""},
		"filed tomorrow is refused":         {renewal, StageFiled, map[string]string{"filed_date": "2026-12-03"}, "is after today"},
		"a correction notice in the future": {renewal, StageFiled, map[string]string{"filed_date": "2026-12-01", "correction_notice": "2027-01-01"}, "is after today"},
		"received with a new expiry":        {renewal, StageReceived, map[string]string{"received_date": "2026-12-01", "new_card_expiry": "2028-12-01"}, ""},
		"received next week is refused":     {renewal, StageReceived, map[string]string{"received_date": "2026-12-09"}, "is after today"},
		"a NUT too long":                    {renewal, StageFiled, map[string]string{"filed_date": "2026-12-01", "nut": strings.Repeat("x", 61)}, "keep it to 60"},
		"a permit records no card expiry":   {exit, StageReceived, map[string]string{"received_date": "2026-12-01", "new_card_expiry": "garbage"}, ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			pr, err := tt.p.MoveToStage(Progress{Stage: StageReady, FiledDate: MustDate("2026-11-20")}, tt.target, tt.values, answers[tt.p.ID], c)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v; want one that says %q", err, tt.want)
			case tt.want != "" && pr.Stage != StageReady:
				t.Errorf("a refused move changed the stage to %q", pr.Stage)
			case tt.want == "" && pr.Stage != tt.target:
				t.Errorf("stage %q, want %q", pr.Stage, tt.target)
			}
		})
	}
}
