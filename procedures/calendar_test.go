package procedures

import (
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
		"2026 has seven rest days (R-DAYS-EXAMPLES)": {2026, []string{
			"2026-01-01", "2026-02-02", "2026-03-16", "2026-05-01", "2026-09-16", "2026-11-16", "2026-12-25"}},
		"2027 keeps Saturday rest days in place (R-DAYS-EXAMPLES)": {2027, []string{
			"2027-01-01", "2027-02-01", "2027-03-15", "2027-05-01", "2027-09-16", "2027-11-15", "2027-12-25"}},
		"2030 adds 1 October, change of federal government (R-DAYS-EXAMPLES)": {2030, []string{
			"2030-01-01", "2030-02-04", "2030-03-18", "2030-05-01", "2030-09-16", "2030-10-01", "2030-11-18", "2030-12-25"}},
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
		"a Saturday is closed (R-DAYS-BIZ)":                {"2026-11-21", Calendar{}, false},
		"a Sunday is closed (R-DAYS-BIZ)":                  {"2026-11-22", Calendar{}, false},
		"an ordinary Monday is open (R-DAYS-BIZ)":          {"2026-11-23", Calendar{}, true},
		"Revolution Day Monday is closed (R-DAYS-BIZ)":     {"2026-11-16", Calendar{}, false},
		"a configured closure is closed (R-DAYS-BIZ)":      {"2026-12-31", closed, false},
		"the same day without the closure is open":         {"2026-12-31", Calendar{}, true},
		"a day beside the closure stays open (R-DAYS-BIZ)": {"2026-12-30", closed, true},
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
