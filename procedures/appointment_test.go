package procedures

import (
	"strings"
	"testing"
)

func TestCheckAppointment(t *testing.T) {
	today := MustDate("2026-11-23")
	closed := Calendar{Closures: map[Date]bool{MustDate("2026-12-24"): true}}
	tests := map[string]struct {
		day string
		cal Calendar
		// want are the parts of the error; none means accepted.
		want []string
	}{
		"R-APPT-HOW: offices are closed on Sunday": {
			day: "2026-12-20", want: []string{"closed on Sunday 2026-12-20", "choose a weekday", "Friday 2026-12-18 or Monday 2026-12-21", "(R-APPT-HOW)"},
		},
		"R-APPT-HOW: offices are closed on Saturday": {
			day: "2026-12-19", want: []string{"closed on Saturday 2026-12-19", "Friday 2026-12-18 or Monday 2026-12-21", "(R-APPT-HOW)"},
		},
		"R-DAYS-BIZ: New Year's Day (1 January)": {
			day: "2027-01-01", want: []string{"Friday 2027-01-01, New Year's Day, an official rest day", "Thursday 2026-12-31 or Monday 2027-01-04", "(R-DAYS-BIZ)"},
		},
		"R-DAYS-BIZ: Constitution Day (first Monday of February)": {
			day: "2026-02-02", want: []string{"Monday 2026-02-02, Constitution Day", "Friday 2026-01-30 or Tuesday 2026-02-03"},
		},
		"R-DAYS-BIZ: Benito Juárez's birthday (third Monday of March)": {
			day: "2026-03-16", want: []string{"Monday 2026-03-16, Benito Juárez's birthday", "(R-DAYS-BIZ)"},
		},
		"R-DAYS-BIZ: Labour Day (1 May)": {
			day: "2026-05-01", want: []string{"Friday 2026-05-01, Labour Day", "Thursday 2026-04-30 or Monday 2026-05-04"},
		},
		"R-DAYS-BIZ: Independence Day (16 September)": {
			day: "2026-09-16", want: []string{"Wednesday 2026-09-16, Independence Day"},
		},
		"R-DAYS-BIZ: change of federal government (1 October, every sixth year)": {
			day: "2030-10-01", want: []string{"Tuesday 2030-10-01, change of federal government"},
		},
		"R-DAYS-BIZ: Revolution Day (third Monday of November)": {
			day: "2026-11-16", want: []string{"Monday 2026-11-16, Revolution Day", "Friday 2026-11-13 or Tuesday 2026-11-17"},
		},
		"R-DAYS-BIZ: Christmas Day (25 December)": {
			day: "2026-12-25", want: []string{"Friday 2026-12-25, Christmas Day", "Thursday 2026-12-24 or Monday 2026-12-28"},
		},
		"R-DAYS-EXAMPLES: a rest day on a Saturday is named with the weekend": {
			day: "2027-05-01", want: []string{"Saturday 2027-05-01 (Labour Day)", "(R-APPT-HOW)"},
		},
		"R-DAYS-BIZ: a configured closure": {
			day: "2026-12-24", cal: closed, want: []string{"Thursday 2026-12-24, a declared office closure", "Wednesday 2026-12-23 or Monday 2026-12-28"},
		},
		"R-DAYS-BIZ: the same day without the closure configured is open": {
			day: "2026-12-24",
		},
		"R-DAYS-BIZ: suggestions skip a closure next to a weekend": {
			day: "2026-12-26", cal: closed, want: []string{"Wednesday 2026-12-23 or Monday 2026-12-28"},
		},
		"R-APPT-HOW: a normal weekday is accepted":               {day: "2026-12-18"},
		"R-APPT-HOW: the day after a rest day is accepted":       {day: "2026-11-17"},
		"R-APPT-HOW: a past weekday is accepted (recorded late)": {day: "2026-11-02"},
		"R-APPT-HOW: a past Sunday is still refused": {
			day: "2026-11-22", want: []string{"Sunday 2026-11-22"},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := CheckAppointment(MustDate(tt.day), Context{Today: today, Calendar: tt.cal})
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("CheckAppointment(%s) = %v, want accepted", tt.day, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("CheckAppointment(%s) accepted, want refused", tt.day)
			}
			if !strings.HasPrefix(err.Error(), "INM offices are closed on ") {
				t.Errorf("error %q does not start by saying the offices are closed", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestWarnings(t *testing.T) {
	today := MustDate("2026-11-23")
	renewal := mustLookup(t, "renewal")
	exit := mustLookup(t, "exit-permit")
	canje := mustLookup(t, "canje")
	notify := mustLookup(t, "notification")
	// A temporary card expiring on Friday 2026-12-18 (R-RENEW-WINDOW: the
	// window closes that day, an open day, so act by the same day).
	card := twRenewal("2026-12-18", "status_since", "2024-12-18", "years_requested", "2")
	booked := func(day string) Progress {
		return Progress{Stage: StageBooked, AppointmentDate: MustDate(day)}
	}
	filed := func(appt, day string) Progress {
		pr := booked(appt)
		pr.Stage, pr.FiledDate = StageFiled, MustDate(day)
		return pr
	}
	tests := map[string]struct {
		p    *Procedure
		a    Answers
		pr   Progress
		cal  Calendar
		want []string // parts of the one warning; none means no warning
	}{
		"R-RENEW-WINDOW: an appointment after the window closes is warned, with the regularisation route": {
			p: renewal, a: card, pr: booked("2027-01-04"),
			want: []string{"Your appointment on 2027-01-04 is after \"Renewal window closes\" on 2026-12-18 (act by 2026-12-18)",
				"ask INM for an earlier appointment, on or before 2026-12-18", "(R-RENEW-WINDOW)",
				"What applies after 2026-12-18: \"Card expired unrenewed: last day to regularise it at INM\", 2027-02-15 (R-RENEW-EXPIRED-IN)"},
		},
		"R-RENEW-WINDOW: an appointment on the act-by day is not warned": {
			p: renewal, a: card, pr: booked("2026-12-18"),
		},
		"R-RENEW-WINDOW: an appointment inside the window is not warned": {
			p: renewal, a: card, pr: booked("2026-12-01"),
		},
		"R-RENEW-WINDOW: an appointment before the window opens is warned (not sooner)": {
			p: renewal, a: card, pr: booked("2026-11-18"),
			want: []string{"Your appointment on 2026-11-18 is before the renewal window opens on 2026-11-19", "not sooner", "(R-RENEW-WINDOW)"},
		},
		"R-RENEW-WINDOW + R-DAYS-CAL: an appointment on the day the window opens (expiry - 29) is not warned": {
			p: renewal, a: card, pr: booked("2026-11-19"),
		},
		"R-RENEW-WINDOW: a filing date after the deadline is warned": {
			p: renewal, a: card, pr: filed("2026-12-18", "2026-12-21"),
			want: []string{"You filed on 2026-12-21, after \"Renewal window closes\" on 2026-12-18", "check the filing date", "(R-RENEW-WINDOW)"},
		},
		"R-RENEW-WINDOW: once filed on time, a late appointment no longer matters": {
			p: renewal, a: card, pr: filed("2027-01-04", "2026-12-18"),
		},
		"R-DAYS-CLOSED: the legal date on a Saturday: the act-by Friday is the last day": {
			p: renewal, a: twRenewal("2026-12-19", "status_since", "2024-12-19"), pr: filed("2026-12-18", "2026-12-19"),
			want: []string{"You filed on 2026-12-19, within \"Renewal window closes\" (last day 2026-12-19) but after the day to act by, 2026-12-18", "check the filing date"},
		},
		"R-DAYS-LIKELY: an appointment in the year-end vacation, before the legal date, is warned as after the act-by day, not as late": {
			p: renewal, a: twRenewal("2026-12-31", "status_since", "2024-12-31"), pr: booked("2026-12-22"),
			want: []string{"Your appointment on 2026-12-22 is within \"Renewal window closes\" (last day 2026-12-31) but after the day to act by, 2026-12-18",
				"in time if your office is open that day", "on or before 2026-12-18", "(R-RENEW-WINDOW)"},
		},
		"R-DAYS-LIKELY: an appointment after the legal date is late": {
			p: renewal, a: twRenewal("2026-12-31", "status_since", "2024-12-31"), pr: booked("2027-01-04"),
			want: []string{"Your appointment on 2027-01-04 is after \"Renewal window closes\" on 2026-12-31 (act by 2026-12-18)"},
		},
		"R-DAYS-CLOSED: on the act-by Friday before a Saturday expiry: no warning": {
			p: renewal, a: twRenewal("2026-12-19", "status_since", "2024-12-19"), pr: booked("2026-12-18"),
		},
		"R-DAYS-CLOSED: a configured closure moves the act-by date earlier": {
			p: renewal, a: card, pr: booked("2026-12-18"),
			cal:  Calendar{Closures: map[Date]bool{MustDate("2026-12-18"): true}},
			want: []string{"(last day 2026-12-18) but after the day to act by, 2026-12-17"},
		},
		"R-APPT-HOW: a stage before booked ignores an appointment date kept from an earlier step": {
			p: renewal, a: card, pr: Progress{Stage: StageReady, AppointmentDate: MustDate("2027-01-04")},
		},
		"R-RENEW-EXPIRED-IN: contingent deadlines are not checked (one warning, not two)": {
			p: renewal, a: card, pr: booked("2027-03-01"),
			want: []string{"Your appointment on 2027-03-01", "(R-RENEW-WINDOW)"},
		},
		"R-EXIT-ASK: an appointment after the day to ask for the permit is warned; AfterFiling dates are not": {
			p: exit, a: exitAnswers(nil), pr: booked("2027-01-11"),
			want: []string{"Your appointment on 2027-01-11", "(R-EXIT-ASK)"},
		},
		"R-NOTIFY-90: a filing after the 90 days is warned": {
			p: notify, a: notifyAnswers(Answers{"change_kind": "address", "change_date": "2026-08-20"}), pr: filed("2026-11-23", "2026-11-23"),
			want: []string{"You filed on 2026-11-23, after \"Notify INM of the change\" on 2026-11-17", "(R-NOTIFY-90)"},
		},
		"R-CANJE-30: entering by the visa's expiry is met at the border, not by the appointment": {
			p: canje, a: twCanje("2026-10-01", ""), pr: booked("2027-04-05"),
		},
		"R-CANJE-30: an appointment after the 30 days from entry is warned": {
			p: canje, a: twCanje("2026-10-01", "2026-11-02"), pr: booked("2026-12-07"),
			want: []string{"Your appointment on 2026-12-07 is after \"File the canje at INM\" on 2026-12-01", "(R-CANJE-30)"},
		},
		"incomplete answers: no dates, no warning": {
			p: renewal, a: Answers{"card_type": "temporary"}, pr: booked("2027-01-04"),
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if strings.HasPrefix(name, "R-") {
				// A rule's case must rest on complete answers, or it
				// would pass for want of dates.
				if err := tt.p.Validate(tt.a); err != nil {
					t.Fatalf("test answers invalid: %v", err)
				}
			}
			got := Warnings(tt.p, tt.a, tt.pr, Context{Today: today, Calendar: tt.cal})
			if len(tt.want) == 0 {
				if len(got) != 0 {
					t.Fatalf("Warnings = %q, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("Warnings = %q, want exactly one", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got[0], w) {
					t.Errorf("warning %q lacks %q", got[0], w)
				}
			}
		})
	}
	if Warnings(nil, nil, booked("2027-01-04"), Context{Today: today}) != nil {
		t.Error("Warnings of no procedure should be nil")
	}
}

// mustLookup returns the procedure id or fails the test.
func mustLookup(t *testing.T, id string) *Procedure {
	t.Helper()
	p, err := Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
