package casebook

import (
	"testing"

	"tramite/procedures"
)

func TestBandsFollowLeadTimes(t *testing.T) {
	t.Cleanup(func() { UseLeadTimes(nil) })
	custom, err := ParseLeadTimes(map[string][]int{"closes": {60, 21, 1}, "appointment": {3}, "opens": {14}, "due": {0}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		lt   LeadTimes
		kind procedures.DeadlineKind
		days int
		want Urgency
	}{
		{"defaults: closes in 7", nil, procedures.Closes, 7, Soon},
		{"defaults: closes in 8", nil, procedures.Closes, 8, Month},
		{"defaults: closes in 30", nil, procedures.Closes, 30, Month},
		{"defaults: closes in 31", nil, procedures.Closes, 31, Later},
		{"defaults: opens in 7 (lead time 0 keeps 7/30)", nil, procedures.Opens, 7, Soon},
		{"defaults: opens in 30", nil, procedures.Opens, 30, Month},
		{"closes [60 21 1] in 21", custom, procedures.Closes, 21, Soon},
		{"closes [60 21 1] in 22", custom, procedures.Closes, 22, Month},
		{"closes [60 21 1] in 60", custom, procedures.Closes, 60, Month},
		{"closes [60 21 1] in 61", custom, procedures.Closes, 61, Later},
		{"appointment [3] in 3", custom, procedures.Appointment, 3, Soon},
		{"appointment [3] in 4", custom, procedures.Appointment, 4, Later},
		{"opens [14] in 14", custom, procedures.Opens, 14, Soon},
		{"opens [14] in 15", custom, procedures.Opens, 15, Later},
		{"due [0] keeps 7/30: in 20", custom, procedures.Due, 20, Month},
		{"due today is Today whatever the bands", custom, procedures.Due, 0, Today},
		{"closes passed is Late whatever the bands", custom, procedures.Closes, -1, Late},
		{"eligible-from untouched by others' settings", custom, procedures.EligibleFrom, 7, Soon},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			UseLeadTimes(tc.lt)
			d := procedures.Deadline{Kind: tc.kind}
			if got := Classify(&d, tc.days); got != tc.want {
				t.Errorf("Classify(%s, %d) = %s, want %s", tc.kind, tc.days, got, tc.want)
			}
		})
	}
}
