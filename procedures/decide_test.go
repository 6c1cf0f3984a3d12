package procedures

import (
	"strings"
	"testing"
)

// R-CASE-DECIDE: INM decides within 20 business days counted from the next
// business day after filing; rest days (5 May included) and entered
// closures are skipped, likely closures are not; a regularisation notes
// the 30-calendar-day reading.
func TestDecisionDue(t *testing.T) {
	renewal := mustLookup(t, "renewal")
	tests := map[string]struct {
		a        Answers
		filed    string
		cal      Calendar
		due      string
		noteHas  string
		noteLack string
	}{
		"filed Thursday 22 Apr 2027: day 1 is Friday 23, 5 May is skipped": {
			a: twRenewal("2027-05-20"), filed: "2027-04-22", due: "2027-05-21", noteHas: "next business day", noteLack: "regularisation"},
		"filed Friday 24 Apr 2026: 1 and 5 May are skipped": {
			a: twRenewal("2026-05-20"), filed: "2026-04-24", due: "2026-05-26"},
		"filed on a Saturday: the count starts on Monday": {
			a: twRenewal("2026-12-10"), filed: "2026-11-21", due: "2026-12-18"},
		"likely closures do not delay INM's date (R-DAYS-LIKELY)": {
			a: twRenewal("2027-04-10"), filed: "2027-03-22", due: "2027-04-19"},
		"entered closures do (R-DAYS-USER-BIZ)": {
			a: twRenewal("2027-04-10"), filed: "2027-03-22", due: "2027-04-21",
			cal: Calendar{Closures: map[Date]bool{MustDate("2027-03-25"): true, MustDate("2027-03-26"): true}}},
		"a renewal filed after the card expired is a regularisation: the 30-day reading is noted": {
			a: twRenewal("2026-11-10"), filed: "2026-11-23", due: "2026-12-21", noteHas: "30 calendar days instead, until 2026-12-22 counting the filing day as day 1 (2026-12-23"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pr := Progress{Stage: StageFiled, FiledDate: MustDate(tc.filed)}
			d := findDeadlineByKey(t, Track(renewal, tc.a, pr, Context{Calendar: tc.cal}), "decision-due")
			if d.Date != MustDate(tc.due) || d.Rule != "R-CASE-DECIDE" {
				t.Errorf("decision due %s (%s), want %s", d.Date, d.Rule, tc.due)
			}
			if !strings.Contains(d.Note, tc.noteHas) {
				t.Errorf("note %q lacks %q", d.Note, tc.noteHas)
			}
			if tc.noteLack != "" && strings.Contains(d.Note, tc.noteLack) {
				t.Errorf("note %q should not mention %q", d.Note, tc.noteLack)
			}
		})
	}
}
