package procedures

import (
	"strings"
	"testing"
	"time"
)

// restDaysIn lists every L-LFT74 rest day of year y by walking the year.
func restDaysIn(y int) []Date {
	var out []Date
	for d := NewDate(y, time.January, 1); d.Year == y; d = d.AddDays(1) {
		if IsRestDay(d) {
			out = append(out, d)
		}
	}
	return out
}

func TestRestDaysMatchWorkedExamples(t *testing.T) {
	// R-DAYS-EXAMPLES: the L-LFT74 days, worked out for 2026, 2027 and 2030.
	// A rest day on a weekend (1 May and 25 Dec 2027) is not moved.
	tests := map[string]struct {
		year int
		want []string
	}{
		"2026 has seven L-LFT74 days and 5 May, a Tuesday (R-DAYS-EXAMPLES, L-CAL)": {2026, []string{
			"2026-01-01", "2026-02-02", "2026-03-16", "2026-05-01", "2026-05-05", "2026-09-16", "2026-11-16", "2026-12-25"}},
		"2027 keeps Saturday rest days in place; 5 May is a Wednesday (R-DAYS-EXAMPLES)": {2027, []string{
			"2027-01-01", "2027-02-01", "2027-03-15", "2027-05-01", "2027-05-05", "2027-09-16", "2027-11-15", "2027-12-25"}},
		"2028: 5 May is a Friday (R-DAYS-EXAMPLES, L-CAL)": {2028, []string{
			"2028-01-01", "2028-02-07", "2028-03-20", "2028-05-01", "2028-05-05", "2028-09-16", "2028-11-20", "2028-12-25"}},
		"2030 adds 1 October, change of federal government; 5 May is a Sunday, not moved (R-DAYS-EXAMPLES)": {2030, []string{
			"2030-01-01", "2030-02-04", "2030-03-18", "2030-05-01", "2030-05-05", "2030-09-16", "2030-10-01", "2030-11-18", "2030-12-25"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := restDaysIn(tc.year)
			if len(got) != len(tc.want) {
				t.Fatalf("rest days of %d => %v, want %v", tc.year, got, tc.want)
			}
			for i, w := range tc.want {
				if got[i] != MustDate(w) {
					t.Errorf("rest day %d of %d => %s, want %s", i+1, tc.year, got[i], w)
				}
				if RestDayName(got[i]) == "" {
					t.Errorf("RestDayName(%s) is empty, want the day's name", got[i])
				}
			}
		})
	}
}

func TestRestDayEdgeCases(t *testing.T) {
	// R-DAYS-BIZ: 1 October only in each sixth year from 2024 (L-LFT74 as
	// reformed on 30 Sep 2024); the historic dates of the Monday holidays are
	// ordinary days.
	tests := map[string]struct {
		day  string
		rest bool
		name string
	}{
		"1 Oct 2024 is a rest day (first change of government under the reform)": {"2024-10-01", true, "change of federal government"},
		"1 Oct 2036 is a rest day (six years after 2030)":                        {"2036-10-01", true, "change of federal government"},
		"1 Oct 2025 is a working day":                                            {"2025-10-01", false, ""},
		"1 Oct 2027 is a working day":                                            {"2027-10-01", false, ""},
		"21 Mar 2026 is not a rest day (the holiday is the third Monday)":        {"2026-03-21", false, ""},
		"20 Nov 2026 is not a rest day (the holiday is the third Monday)":        {"2026-11-20", false, ""},
		"5 Feb 2026 is not a rest day (the holiday is the first Monday)":         {"2026-02-05", false, ""},
		"12 Dec 2026 is not an L-LFT74 rest day":                                 {"2026-12-12", false, ""},
		"16 Nov 2026 is Revolution Day":                                          {"2026-11-16", true, "Revolution Day"},
		"25 Dec 2027 is Christmas Day though a Saturday":                         {"2027-12-25", true, "Christmas Day"},
		"5 May 2026 (Tuesday) is a federal offices' day off (L-CAL)":             {"2026-05-05", true, "5 May (Batalla de Puebla, a federal offices' day off)"},
		"5 May 2029 (Saturday) is not moved to Friday 4 May (R-DAYS-EXAMPLES)":   {"2029-05-04", false, ""},
		"6 May 2027 is a working day":                                            {"2027-05-06", false, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := MustDate(tc.day)
			if got := IsRestDay(d); got != tc.rest {
				t.Errorf("IsRestDay(%s) => %v, want %v", d, got, tc.rest)
			}
			if got := RestDayName(d); got != tc.name {
				t.Errorf("RestDayName(%s) => %q, want %q", d, got, tc.name)
			}
		})
	}
}

func TestIsBusinessDay(t *testing.T) {
	closed := Calendar{Closures: map[Date]bool{MustDate("2026-12-31"): true}}
	tests := map[string]struct {
		day  string
		cal  Calendar
		want bool
	}{
		"a Saturday is closed (R-DAYS-BIZ)":                                               {"2026-11-21", Calendar{}, false},
		"a Sunday is closed (R-DAYS-BIZ)":                                                 {"2026-11-22", Calendar{}, false},
		"an ordinary Monday is open (R-DAYS-BIZ)":                                         {"2026-11-23", Calendar{}, true},
		"Revolution Day Monday is closed (R-DAYS-BIZ)":                                    {"2026-11-16", Calendar{}, false},
		"a configured closure is closed (R-DAYS-BIZ)":                                     {"2026-12-31", closed, false},
		"the same day without the closure is open":                                        {"2026-12-31", Calendar{}, true},
		"a day beside the closure stays open (R-DAYS-BIZ)":                                {"2026-12-30", closed, true},
		"Wednesday 5 May 2027 is closed (R-DAYS-BIZ, L-CAL)":                              {"2027-05-05", Calendar{}, false},
		"Friday 5 May 2028 is closed (R-DAYS-BIZ, L-CAL)":                                 {"2028-05-05", Calendar{}, false},
		"Good Friday 2027 is a likely closure only: INM's counts keep it (R-DAYS-LIKELY)": {"2027-03-26", Calendar{}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.cal.IsBusinessDay(MustDate(tc.day)); got != tc.want {
				t.Errorf("IsBusinessDay(%s) => %v, want %v", tc.day, got, tc.want)
			}
		})
	}
}

// yearEnd is a year-end vacation declared in the DOF (R-DAYS-BIZ: a
// configured closure), 28 to 31 December 2026.
func yearEnd() Calendar {
	c := Calendar{Closures: map[Date]bool{}}
	for d := MustDate("2026-12-28"); d.Before(MustDate("2027-01-01")); d = d.AddDays(1) {
		c.Closures[d] = true
	}
	return c
}

func TestAddBusinessDays(t *testing.T) {
	tests := map[string]struct {
		got, want string
	}{
		"user: one day after Friday skips the weekend and Revolution Day (R-DAYS-BIZ)": {
			AddUserBusinessDays(MustDate("2026-11-13"), 1).String(), "2026-11-17"},
		"user: ten days forward across Revolution Day (R-CASE-CORRECT)": {
			AddUserBusinessDays(MustDate("2026-11-13"), 10).String(), "2026-11-30"},
		"user: four days back across Revolution Day (R-EXIT-ASK)": {
			AddUserBusinessDays(MustDate("2026-11-19"), -4).String(), "2026-11-12"},
		"user: four days back across New Year (R-EXIT-ASK)": {
			AddUserBusinessDays(MustDate("2027-01-05"), -4).String(), "2026-12-29"},
		"user: one day after Christmas Eve skips Christmas and the weekend": {
			AddUserBusinessDays(MustDate("2026-12-24"), 1).String(), "2026-12-28"},
		"user: zero days is the same day": {
			AddUserBusinessDays(MustDate("2026-11-21"), 0).String(), "2026-11-21"},
		"INM: twenty days from filing (R-CASE-DECIDE)": {
			Calendar{}.AddINMBusinessDays(MustDate("2026-11-23"), 20).String(), "2026-12-21"},
		"INM: configured closures are skipped (R-DAYS-USER-BIZ)": {
			yearEnd().AddINMBusinessDays(MustDate("2026-12-24"), 1).String(), "2027-01-04"},
		"user: configured closures are ignored, the earlier date is safe (R-DAYS-USER-BIZ)": {
			AddUserBusinessDays(MustDate("2026-12-24"), 1).String(), "2026-12-28"},
		"INM: twenty days across the year-end closure and New Year (R-CASE-DECIDE)": {
			yearEnd().AddINMBusinessDays(MustDate("2026-12-14"), 20).String(), "2027-01-19"},
		"INM: the same twenty days without the closure (R-CASE-DECIDE)": {
			Calendar{}.AddINMBusinessDays(MustDate("2026-12-14"), 20).String(), "2027-01-13"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
}

func TestAddUserBusinessDaysInvertsAcrossHolidays(t *testing.T) {
	// Counting back n business days then forward n lands on the start when
	// the start is a business day (R-DAYS-BIZ); checked over all of 2026–2027.
	for d := MustDate("2026-01-01"); d.Before(MustDate("2028-01-01")); d = d.AddDays(1) {
		if !isUserBusinessDay(d) {
			continue
		}
		for _, n := range []int{1, 4, 10} {
			if got := AddUserBusinessDays(AddUserBusinessDays(d, -n), n); got != d {
				t.Fatalf("AddUserBusinessDays(AddUserBusinessDays(%s, -%d), %d) => %s, want %s", d, n, n, got, d)
			}
		}
	}
}

func TestActBy(t *testing.T) {
	// R-DAYS-CLOSED: a deadline on a closed day is met on the last business
	// day before it.
	tests := map[string]struct {
		cal       Calendar
		day, want string
	}{
		"a Saturday moves back to Friday":                               {Calendar{}, "2026-11-21", "2026-11-20"},
		"a Sunday moves back to Friday":                                 {Calendar{}, "2026-11-22", "2026-11-20"},
		"Revolution Day Monday moves back over the weekend to Friday":   {Calendar{}, "2026-11-16", "2026-11-13"},
		"a configured closure moves back to the day before":             {Calendar{Closures: map[Date]bool{MustDate("2026-12-31"): true}}, "2026-12-31", "2026-12-30"},
		"New Year after a year-end closure moves back to Christmas Eve": {yearEnd(), "2027-01-01", "2026-12-24"},
		"a business day stays put":                                      {Calendar{}, "2026-11-23", "2026-11-23"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.cal.ActBy(MustDate(tc.day)); got != MustDate(tc.want) {
				t.Errorf("ActBy(%s) => %s, want %s", tc.day, got, tc.want)
			}
		})
	}
}

func TestEaster(t *testing.T) {
	// R-DAYS-LIKELY gives holy week from Easter: 2026 2–3 Apr, 2027 25–26
	// Mar, 2028 13–14 Apr.
	for y, want := range map[int]string{2026: "2026-04-05", 2027: "2027-03-28", 2028: "2028-04-16", 2025: "2025-04-20", 2038: "2038-04-25"} {
		if got := Easter(y); got != MustDate(want) {
			t.Errorf("Easter(%d) => %s, want %s", y, got, want)
		}
	}
}

func TestLikelyClosures(t *testing.T) {
	entered2027 := Calendar{Closures: map[Date]bool{MustDate("2027-12-23"): true}}
	tests := map[string]struct {
		cal  Calendar
		day  string
		want string
	}{
		"Holy Thursday 2026 (R-DAYS-LIKELY)":                            {Calendar{}, "2026-04-02", "Holy Thursday"},
		"Good Friday 2026 (R-DAYS-LIKELY)":                              {Calendar{}, "2026-04-03", "Good Friday"},
		"Holy Thursday 2027 (R-DAYS-LIKELY)":                            {Calendar{}, "2027-03-25", "Holy Thursday"},
		"Good Friday 2027 (R-DAYS-LIKELY)":                              {Calendar{}, "2027-03-26", "Good Friday"},
		"Good Friday 2028 (R-DAYS-LIKELY)":                              {Calendar{}, "2028-04-14", "Good Friday"},
		"Holy Wednesday is an ordinary day":                             {Calendar{}, "2027-03-24", ""},
		"Saturday 19 Dec 2026 is a weekend, not a likely closure":       {Calendar{}, "2026-12-19", ""},
		"Monday 21 Dec 2026, year-end vacation (R-DAYS-LIKELY)":         {Calendar{}, "2026-12-21", "the year-end vacation"},
		"Friday 18 Dec 2026 is before the span":                         {Calendar{}, "2026-12-18", ""},
		"Wednesday 6 Jan 2027, the last day of the span":                {Calendar{}, "2027-01-06", "the year-end vacation"},
		"Thursday 7 Jan 2027 is after the span":                         {Calendar{}, "2027-01-07", ""},
		"Sunday 19 Dec 2027 is a weekend":                               {Calendar{}, "2027-12-19", ""},
		"Monday 20 Dec 2027 is in the span":                             {Calendar{}, "2027-12-20", "the year-end vacation"},
		"Christmas is a rest day, not a likely closure":                 {Calendar{}, "2026-12-25", ""},
		"closures entered for 2027 replace the 2027 guess: Good Friday": {entered2027, "2027-03-26", ""},
		"closures entered for 2027 replace the 2027 guess: 20 Dec":      {entered2027, "2027-12-20", ""},
		"closures entered for 2027 leave the 2026 guess":                {entered2027, "2026-12-21", "the year-end vacation"},
		"closures entered for 2027 leave the 2028 guess":                {entered2027, "2028-04-13", "Holy Thursday"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.cal.LikelyClosure(MustDate(tc.day)); got != tc.want {
				t.Errorf("LikelyClosure(%s) => %q, want %q", tc.day, got, tc.want)
			}
		})
	}
}

func TestActByWithLikelyClosures(t *testing.T) {
	// R-DAYS-CLOSED with R-DAYS-LIKELY: a deadline at an office on a day it
	// usually closes is met before it; IfOpen is the last day should the
	// office be open.
	entered := Calendar{Closures: map[Date]bool{MustDate("2027-03-26"): true}}
	tests := map[string]struct {
		cal              Calendar
		day, act, ifOpen string
	}{
		"5 May 2027 (Wednesday) acts by Tuesday 4 May (R-DAYS-BIZ)":             {Calendar{}, "2027-05-05", "2027-05-04", "2027-05-04"},
		"5 May 2026 (Tuesday) acts by Monday 4 May":                             {Calendar{}, "2026-05-05", "2026-05-04", "2026-05-04"},
		"5 May 2028 (Friday) acts by Thursday 4 May":                            {Calendar{}, "2028-05-05", "2028-05-04", "2028-05-04"},
		"Good Friday 2027 acts by Wednesday 24 March; if open, Friday itself":   {Calendar{}, "2027-03-26", "2027-03-24", "2027-03-26"},
		"Easter Sunday 2027 acts by Wednesday; if open, Good Friday":            {Calendar{}, "2027-03-28", "2027-03-24", "2027-03-26"},
		"an entered Good Friday replaces the guess: Holy Thursday is open":      {entered, "2027-03-26", "2027-03-25", "2027-03-25"},
		"Saturday 19 Dec 2026 acts by Friday 18 December":                       {Calendar{}, "2026-12-19", "2026-12-18", "2026-12-18"},
		"Wednesday 6 Jan 2027 acts by Friday 18 December; if open, 6 January":   {Calendar{}, "2027-01-06", "2026-12-18", "2027-01-06"},
		"New Year 2027 acts by 18 December; if open, Thursday 31 December":      {Calendar{}, "2027-01-01", "2026-12-18", "2026-12-31"},
		"Thursday 7 Jan 2027 is open":                                           {Calendar{}, "2027-01-07", "2027-01-07", "2027-01-07"},
		"entered year-end closures replace the 2026 guess (Christmas Eve open)": {yearEnd(), "2027-01-01", "2026-12-24", "2026-12-24"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := MustDate(tc.day)
			if got := tc.cal.ActBy(d); got != MustDate(tc.act) {
				t.Errorf("ActBy(%s) => %s, want %s", d, got, tc.act)
			}
			if got := tc.cal.IfOpen(d); got != MustDate(tc.ifOpen) {
				t.Errorf("IfOpen(%s) => %s, want %s", d, got, tc.ifOpen)
			}
		})
	}
}

func TestBusinessDayCountsAcrossNewClosedDays(t *testing.T) {
	tests := map[string]struct {
		got  Date
		want string
	}{
		"INM: 20 business days from Thursday 22 Apr 2027 skip 5 May (R-CASE-DECIDE, R-DAYS-BIZ)": {
			Calendar{}.AddINMBusinessDays(MustDate("2027-04-22"), 20), "2027-05-21"},
		"INM: 20 business days from 2026-04-24 skip 1 and 5 May": {
			Calendar{}.AddINMBusinessDays(MustDate("2026-04-24"), 20), "2026-05-26"},
		"INM: likely closures are not skipped, holy week 2027 (R-DAYS-LIKELY)": {
			Calendar{}.AddINMBusinessDays(MustDate("2027-03-24"), 1), "2027-03-25"},
		"INM: entered closures are skipped (R-DAYS-USER-BIZ)": {
			Calendar{Closures: map[Date]bool{MustDate("2027-03-25"): true, MustDate("2027-03-26"): true}}.AddINMBusinessDays(MustDate("2027-03-24"), 1), "2027-03-29"},
		"user forward: 10 business days skip 5 May 2027 but not likely closures (R-CASE-CORRECT)": {
			AddUserBusinessDays(MustDate("2027-04-28"), 10), "2027-05-13"},
		"user backward: 5 business days before Monday 29 Mar 2027 skip Holy Thursday and Good Friday (R-EXIT-ASK)": {
			Calendar{}.UserBusinessDaysBefore(MustDate("2027-03-29"), 5), "2027-03-18"},
		"user backward: 5 business days before Friday 8 Jan 2027 skip the year-end span (R-DAYS-USER-BIZ)": {
			Calendar{}.UserBusinessDaysBefore(MustDate("2027-01-08"), 5), "2026-12-15"},
		"user backward: entered closures replace the 2026 guess (R-DAYS-LIKELY)": {
			yearEnd().UserBusinessDaysBefore(MustDate("2026-12-31"), 5), "2026-12-18"},
		"user backward: 5 business days before Friday 7 May 2027 skip 5 May": {
			Calendar{}.UserBusinessDaysBefore(MustDate("2027-05-07"), 5), "2027-04-29"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if tc.got != MustDate(tc.want) {
				t.Errorf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
}

func TestClosureDays(t *testing.T) {
	// R-DAYS-LIKELY: the closures list marks the built-in guess; entered
	// dates for a year replace it for that year.
	guess := Calendar{}.ClosureDays(2027)
	var dates []string
	for _, d := range guess {
		if !d.Likely || d.Name == "" {
			t.Errorf("%s: want a named likely closure, got %+v", d.Date, d)
		}
		dates = append(dates, d.Date.String())
	}
	want := "2027-01-04 2027-01-05 2027-01-06 2027-03-25 2027-03-26 2027-12-20 2027-12-21 2027-12-22 2027-12-23 2027-12-24 2027-12-27 2027-12-28 2027-12-29 2027-12-30 2027-12-31"
	if got := strings.Join(dates, " "); got != want {
		t.Errorf("ClosureDays(2027) => %s, want %s", got, want)
	}
	entered := Calendar{Closures: map[Date]bool{MustDate("2027-03-25"): true}}.ClosureDays(2027)
	if len(entered) != 1 || entered[0].Likely || entered[0].Date != MustDate("2027-03-25") {
		t.Errorf("ClosureDays(2027) with one entered date => %+v, want that date alone, not likely", entered)
	}
}
