package procedures

import (
	"reflect"
	"strings"
	"testing"
)

// trackKeys maps each tracked deadline's key to its Done flag.
func trackKeys(ds []Deadline) map[string]bool {
	m := make(map[string]bool, len(ds))
	for _, d := range ds {
		m[d.Key] = d.Done
	}
	return m
}

// assertSorted fails unless ds is ordered by date, then key (SortDeadlines).
func assertSorted(t *testing.T, ds []Deadline) {
	t.Helper()
	for i := 1; i < len(ds); i++ {
		a, b := ds[i-1], ds[i]
		if c := a.Date.Compare(b.Date); c > 0 || (c == 0 && a.Key > b.Key) {
			t.Errorf("deadlines out of order at %d: %s %s before %s %s", i, a.Date, a.Key, b.Date, b.Key)
		}
	}
}

func TestTrackThroughEveryStage(t *testing.T) {
	// The exit permit's ask-by date is about filing; its return-by and
	// hand-back dates carry AfterFiling. Case life adds R-APPT-HOW,
	// R-CASE-DECIDE and R-CASE-CORRECT.
	p := lookupExitPermit(t)
	a := exitAnswers(nil) // leave 2026-12-10, back 2026-12-30
	booked := Progress{Stage: StageBooked, AppointmentDate: MustDate("2026-12-01"), AppointmentTime: "10:30", Office: "Querétaro"}
	filed := booked
	filed.Stage, filed.FiledDate, filed.NUT = StageFiled, MustDate("2026-12-02"), "NUT-1"
	corrected := filed
	corrected.CorrectionNotice = MustDate("2026-12-10")
	received := corrected
	received.Stage, received.ReceivedDate = StageReceived, MustDate("2026-12-04")

	tests := map[string]struct {
		pr   Progress
		cal  Calendar
		want map[string]bool // key => Done
		date map[string]string
	}{
		"draft: only the procedure's own dates, none done": {
			pr:   Progress{Stage: StageDraft},
			want: map[string]bool{"exit-permit-ask-by": false, "exit-permit-ask-from": false, "exit-permit-return-by": false, "exit-permit-hand-back": false},
		},
		"ready: the same dates": {
			pr:   Progress{Stage: StageReady},
			want: map[string]bool{"exit-permit-ask-by": false, "exit-permit-ask-from": false, "exit-permit-return-by": false, "exit-permit-hand-back": false},
		},
		"booked without a date: no appointment line": {
			pr:   Progress{Stage: StageBooked},
			want: map[string]bool{"exit-permit-ask-by": false, "exit-permit-ask-from": false, "exit-permit-return-by": false, "exit-permit-hand-back": false},
		},
		"booked: the appointment is added (R-APPT-HOW)": {
			pr:   booked,
			want: map[string]bool{"appointment": false, "exit-permit-ask-by": false, "exit-permit-ask-from": false, "exit-permit-return-by": false, "exit-permit-hand-back": false},
			date: map[string]string{"appointment": "2026-12-01"},
		},
		"filed: filing dates done, after-filing dates kept, decision due in 20 INM business days (R-CASE-DECIDE)": {
			pr: filed,
			want: map[string]bool{"appointment": true, "exit-permit-ask-by": true, "exit-permit-ask-from": true, "exit-permit-return-by": false,
				"exit-permit-hand-back": false, "decision-due": false},
			date: map[string]string{"decision-due": "2026-12-31"},
		},
		"filed: the decision date skips a configured year-end closure (R-DAYS-USER-BIZ)": {
			pr: filed, cal: yearEnd(),
			want: map[string]bool{"appointment": true, "exit-permit-ask-by": true, "exit-permit-ask-from": true, "exit-permit-return-by": false,
				"exit-permit-hand-back": false, "decision-due": false},
			date: map[string]string{"decision-due": "2027-01-07"},
		},
		"correction notice: 10 user business days to correct (R-CASE-CORRECT)": {
			pr: corrected,
			want: map[string]bool{"appointment": true, "exit-permit-ask-by": true, "exit-permit-ask-from": true, "exit-permit-return-by": false,
				"exit-permit-hand-back": false, "decision-due": false, "correction-due": false},
			date: map[string]string{"correction-due": "2026-12-24"},
		},
		"received: INM's and the correction dates are done, the trip's dates stay open": {
			pr: received,
			want: map[string]bool{"appointment": true, "exit-permit-ask-by": true, "exit-permit-ask-from": true, "exit-permit-return-by": false,
				"exit-permit-hand-back": false, "decision-due": true, "correction-due": true},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			ds := Track(p, a, tc.pr, Context{Today: MustDate("2026-11-23"), Calendar: tc.cal})
			if got := trackKeys(ds); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Track => %v, want %v", got, tc.want)
			}
			for key, want := range tc.date {
				if d := findDeadlineByKey(t, ds, key); d.Date != MustDate(want) {
					t.Errorf("%s => %s, want %s", key, d.Date, want)
				}
			}
			assertSorted(t, ds)
		})
	}
}

func TestTrackDetails(t *testing.T) {
	p := lookupExitPermit(t)
	a := exitAnswers(nil)
	pr := Progress{Stage: StageFiled, AppointmentDate: MustDate("2026-12-03"), AppointmentTime: "10:30", Office: "Querétaro",
		FiledDate: MustDate("2026-12-03"), CorrectionNotice: MustDate("2026-12-10")}

	t.Run("the appointment title carries time and office (R-APPT-HOW)", func(t *testing.T) {
		d := findDeadlineByKey(t, Track(p, a, pr, Context{}), "appointment")
		if d.Kind != Appointment || d.Rule != "R-APPT-HOW" || !strings.Contains(d.Title, "10:30") || !strings.Contains(d.Title, "Querétaro") {
			t.Errorf("appointment => %+v", d)
		}
	})
	t.Run("a correction due on a configured closure gets an act-by date (R-CASE-CORRECT, R-DAYS-CLOSED)", func(t *testing.T) {
		cal := Calendar{Closures: map[Date]bool{MustDate("2026-12-24"): true}}
		d := findDeadlineByKey(t, Track(p, a, pr, Context{Calendar: cal}), "correction-due")
		// User deadlines ignore closures for the date (R-DAYS-USER-BIZ) but
		// the office is shut that day, so the user acts the day before.
		if d.Date != MustDate("2026-12-24") || d.ActBy != MustDate("2026-12-23") {
			t.Errorf("correction-due => %s act by %s, want 2026-12-24 act by 2026-12-23", d.Date, d.ActBy)
		}
	})
	t.Run("ties on a date sort by key", func(t *testing.T) {
		ds := Track(p, a, pr, Context{})
		// The appointment and the ask-by date fall on 2026-12-03.
		var same []string
		for _, d := range ds {
			if d.Date == MustDate("2026-12-03") {
				same = append(same, d.Key)
			}
		}
		if strings.Join(same, ",") != "appointment,exit-permit-ask-by" {
			t.Errorf("deadlines on 2026-12-03 => %v, want appointment then exit-permit-ask-by", same)
		}
		assertSorted(t, ds)
	})
	t.Run("Track is deterministic and does not move with today", func(t *testing.T) {
		first := Track(p, a, pr, Context{Today: MustDate("2026-11-23")})
		for _, today := range []string{"2026-11-23", "2027-06-01", "2025-01-01"} {
			if again := Track(p, a, pr, Context{Today: MustDate(today)}); !reflect.DeepEqual(first, again) {
				t.Fatalf("Track with today %s differs:\n%+v\n%+v", today, first, again)
			}
		}
	})
	t.Run("SortDeadlines orders any permutation the same way", func(t *testing.T) {
		want := Track(p, a, pr, Context{})
		rev := make([]Deadline, len(want))
		for i, d := range want {
			rev[len(want)-1-i] = d
		}
		SortDeadlines(rev)
		if !reflect.DeepEqual(rev, want) {
			t.Errorf("sorted reverse => %+v, want %+v", rev, want)
		}
	})
	t.Run("invalid answers keep only the case-life dates", func(t *testing.T) {
		bad := exitAnswers(map[string]string{"return_date": "2026-12-01"})
		got := trackKeys(Track(p, bad, pr, Context{}))
		want := map[string]bool{"appointment": true, "decision-due": false, "correction-due": false}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Track with invalid answers => %v, want %v", got, want)
		}
	})
}

func TestTrackKeepsRemindersAndSchedulesAfterCard(t *testing.T) {
	t.Run("a reminder is not marked done at filing (R-NOTIFY-FEE)", func(t *testing.T) {
		p := lookupNotification(t)
		a := notifyAnswers(Answers{"change_kind": "address", "change_date": "2026-09-01", "notified_date": "2026-11-23"})
		ds := Track(p, a, Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-23")}, Context{})
		want := map[string]bool{"notify-due": true, "notify-answer": false, "decision-due": false}
		if got := trackKeys(ds); !reflect.DeepEqual(got, want) {
			t.Errorf("Track => %v, want %v", got, want)
		}
	})
	t.Run("the notification's due date is done once filed (R-NOTIFY-90)", func(t *testing.T) {
		p := lookupNotification(t)
		a := notifyAnswers(Answers{"change_kind": "address", "change_date": "2026-09-01"})
		ds := Track(p, a, Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-23")}, Context{})
		if d := findDeadlineByKey(t, ds, "notify-due"); !d.Done {
			t.Errorf("notify-due not done after filing")
		}
	})
	t.Run("a received card's expiry schedules the next renewal window (R-CASE-NEXT)", func(t *testing.T) {
		p, err := Lookup("replacement")
		if err != nil {
			t.Fatal(err)
		}
		pr := Progress{Stage: StageReceived, FiledDate: MustDate("2026-11-23"), ReceivedDate: MustDate("2026-11-23"), NewCardExpiry: MustDate("2027-11-21")}
		ds := Track(p, Answers{"reason": "lost", "location": "mexico"}, pr, Context{})
		closes := findDeadlineByKey(t, ds, "next-renewal-window-closes")
		if closes.Date != MustDate("2027-11-21") || closes.ActBy != MustDate("2027-11-19") || closes.Done {
			t.Errorf("next-renewal-window-closes => %+v, want 2027-11-21 act by Friday 2027-11-19, open", closes)
		}
		if d := findDeadlineByKey(t, ds, "decision-due"); !d.Done {
			t.Errorf("decision-due not done once received")
		}
	})
}

func TestStages(t *testing.T) {
	for i, s := range Stages {
		got, err := ParseStage(string(s))
		if err != nil || got != s {
			t.Errorf("ParseStage(%q) => %q, %v", s, got, err)
		}
		if s.Label() == "" {
			t.Errorf("stage %q has no label", s)
		}
		for j, o := range Stages {
			if (Progress{Stage: s}).StageAtLeast(o) != (i >= j) {
				t.Errorf("StageAtLeast(%s, %s) => %v, want %v", s, o, !(i >= j), i >= j)
			}
		}
	}
	if _, err := ParseStage("sent"); err == nil || !strings.Contains(err.Error(), "use one of") {
		t.Errorf("ParseStage(sent) => %v, want an error listing the stages", err)
	}
}

// R-NOTIFY-FEE: once the user records the filing date on the case, INM's
// answer is expected about 10 INM business days later; a date given in the
// answers (notified_date) takes precedence and is not repeated.
func TestTrackAnswerAfterFiling(t *testing.T) {
	p, err := Lookup("notification")
	if err != nil {
		t.Fatal(err)
	}
	ctx := Context{Today: MustDate("2026-11-23")}
	filed := Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-10")}
	tests := map[string]struct {
		answers Answers
		want    string
	}{
		// 2026-11-10 + 10 business days skips two weekends and Revolution Day (16 Nov).
		"from the case's filing date":   {Answers{"change_kind": "address", "change_date": "2026-11-01"}, "2026-11-25"},
		"from notified_date when given": {Answers{"change_kind": "address", "change_date": "2026-11-01", "notified_date": "2026-11-03"}, "2026-11-18"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var got []string
			for _, d := range Track(p, tt.answers, filed, ctx) {
				if d.Key == "notify-answer" {
					got = append(got, d.Date.String())
					if d.Done {
						t.Errorf("notify-answer is done while the case is only filed")
					}
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("notify-answer dates = %v, want exactly [%s]", got, tt.want)
			}
		})
	}
}

// R-CASE-NEXT with R-RENEW-TERMS: a renewed card that ends at the 4-year
// ceiling is followed by the window for the change to permanent residence
// (R-STATUS-WHEN), not by another renewal window.
func TestAfterCardAtTheFourYearCeiling(t *testing.T) {
	p, err := Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	a := Answers{"card_type": "temporary", "card_expiry": "2026-12-18", "in_mexico": "yes", "holder_minor": "no",
		"status_since": "2024-12-18", "years_requested": "2", "grounds": "job", "grounds_hold": "yes"}
	ctx := Context{Today: MustDate("2026-11-23")}
	tests := map[string]struct {
		newExpiry string
		want      map[string]string // key → date
	}{
		"a card ending on the four-year date opens the change's window": {"2028-12-18",
			map[string]string{"next-status-window-opens": "2028-11-19", "next-status-window-closes": "2028-12-18", "four-year-date": "2028-12-18"}},
		"a card a year short of the ceiling is renewed again": {"2027-12-18",
			map[string]string{"next-renewal-window-opens": "2027-11-19", "next-renewal-window-closes": "2027-12-18", "four-year-date": "2028-12-18"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			pr := Progress{Stage: StageReceived, FiledDate: MustDate("2026-12-16"), ReceivedDate: MustDate("2026-12-18"), NewCardExpiry: MustDate(tt.newExpiry)}
			got := map[string]string{}
			for _, d := range Track(p, a, pr, ctx) {
				if !d.Done {
					got[d.Key] = d.Date.String()
				}
			}
			for k, want := range tt.want {
				if got[k] != want {
					t.Errorf("%s = %q, want %s (all open: %v)", k, got[k], want, got)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("open deadlines %v, want exactly %v", got, tt.want)
			}
		})
	}
}
