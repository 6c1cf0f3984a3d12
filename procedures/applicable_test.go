package procedures

import (
	"reflect"
	"testing"
)

// The index stores Track's dates once per change (store.Summary), so they
// must not move with the clock: what changes with today is only which of
// them apply (Applicable). Today only moves forward from the answers.
func TestTrackDoesNotDependOnToday(t *testing.T) {
	base := MustDate("2026-11-23")
	for _, p := range Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			for v, a := range sampleAnswerSets(t, p, base) {
				for _, pr := range []Progress{{Stage: StageDraft}, {Stage: StageFiled, FiledDate: base}} {
					want := Track(p, a, pr, Context{Today: base})
					// The store indexes Track with no today at all.
					if got := Track(p, a, pr, Context{}); !reflect.DeepEqual(got, want) {
						t.Fatalf("set %d %v, stage %s: Track with the zero today (as the index computes it) differs:\n got %+v\nwant %+v", v, a, pr.Stage, got, want)
					}
					for _, shift := range []int{1, 31, 61, 400, 1500} {
						got := Track(p, a, pr, Context{Today: base.AddDays(shift)})
						if !reflect.DeepEqual(got, want) {
							t.Fatalf("set %d %v, stage %s: Track with today %+d days differs:\n got %+v\nwant %+v", v, a, pr.Stage, shift, got, want)
						}
					}
				}
			}
		})
	}
}

func TestApplicable(t *testing.T) {
	closes := Deadline{Key: "renewal-window-closes", Date: MustDate("2026-12-15"), Kind: Closes}
	regularise := Deadline{Key: "renewal-regularise-by", Date: MustDate("2027-02-13"), Kind: Closes, IfMissed: "renewal-window-closes"}
	opens := Deadline{Key: "renewal-window-opens", Date: MustDate("2026-11-15"), Kind: Opens}
	all := []Deadline{opens, closes, regularise}
	doneCloses := closes
	doneCloses.Done = true
	tests := map[string]struct {
		today string
		want  []Deadline
	}{
		// R-RENEW-EXPIRED-IN applies only once the card has expired.
		"before the window closes the regularisation is hidden": {"2026-11-23", []Deadline{opens, closes}},
		"on the expiry day the window still applies":            {"2026-12-15", []Deadline{opens, closes}},
		"the day after expiry regularisation supersedes it":     {"2026-12-16", []Deadline{opens, doneCloses, regularise}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := Applicable(all, MustDate(tt.today))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Applicable(%s) =\n %+v\nwant\n %+v", tt.today, got, tt.want)
			}
			if all[1].Done {
				t.Error("Applicable modified its input")
			}
		})
	}
	if got := Applicable([]Deadline{opens}, MustDate("2030-01-01")); len(got) != 1 {
		t.Errorf("no contingent deadline: got %v", got)
	}
}

// Explicit cases the generated sample sets may miss: a card valid at first,
// then expired (R-STATUS-WHEN, R-RENEW-WINDOW, R-CANJE-30, R-NOTIFY-90).
func TestTrackStableAsTheCardExpires(t *testing.T) {
	tests := []struct {
		proc    string
		answers Answers
	}{
		{"status-change", Answers{"route": "four-years", "status_since": "2023-01-10", "card_expiry": "2027-01-10"}},
		{"status-change", Answers{"route": "four-years", "status_since": "2024-01-10", "card_expiry": "2027-01-10"}},
		{"renewal", Answers{"card_type": "temporary", "card_expiry": "2026-12-15", "in_mexico": "yes", "holder_minor": "no",
			"years_requested": "1", "grounds": "job", "grounds_hold": "yes"}},
		{"renewal", Answers{"card_type": "temporary", "card_expiry": "2026-12-15", "in_mexico": "no", "return_date": "2027-01-05",
			"holder_minor": "no", "years_requested": "1", "grounds": "job", "grounds_hold": "yes"}},
		{"canje", Answers{"visa_type": "temporary", "visa_issue_date": "2026-10-01", "entered": "yes", "entry_date": "2026-11-01", "work_permit": "no"}},
		{"notification", Answers{"change_kind": "address", "change_date": "2026-11-01"}},
	}
	for _, tt := range tests {
		p, err := Lookup(tt.proc)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Validate(tt.answers); err != nil {
			t.Fatalf("%s: sample answers invalid: %v", tt.proc, err)
		}
		want := Track(p, tt.answers, Progress{Stage: StageDraft}, Context{Today: MustDate("2026-11-23")})
		for _, today := range []string{"", "2026-12-16", "2027-01-11", "2027-03-20", "2028-06-01"} {
			ctx := Context{} // "": the zero today the store's index uses
			if today != "" {
				ctx.Today = MustDate(today)
			}
			got := Track(p, tt.answers, Progress{Stage: StageDraft}, ctx)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %v: Track on %s differs from 2026-11-23:\n got %+v\nwant %+v", tt.proc, tt.answers, today, got, want)
			}
		}
	}
}
