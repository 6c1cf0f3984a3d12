package procedures

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseDateAccepts(t *testing.T) {
	want := NewDate(2026, time.March, 15)
	for name, in := range map[string]string{
		"ISO 8601":                         "2026-03-15",
		"day first with slashes (Mexican)": "15/03/2026",
		"day first with dashes":            "15-03-2026",
		"day first with dots":              "15.03.2026",
		"short Spanish/English month":      "15 mar 2026",
		"Spanish long form with de":        "15 de marzo de 2026",
		"English month name":               "15 March 2026",
		"capitalised Spanish with De":      "15 De Marzo De 2026",
		"abbreviated month with a dot":     "15 mar. 2026",
		"surrounding spaces":               "  2026-03-15 ",
		"single-digit day and month":       "15/3/2026",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := ParseDate(in)
			if err != nil {
				t.Fatalf("ParseDate(%q) => error %v, want %s", in, err, want)
			}
			if got != want {
				t.Errorf("ParseDate(%q) => %s, want %s", in, got, want)
			}
		})
	}
}

func TestParseDateLeapYears(t *testing.T) {
	tests := map[string]struct {
		in string
		ok bool
	}{
		"29 February exists in 2028 (leap year)":       {"29/02/2028", true},
		"29 February does not exist in 2027":           {"29/02/2027", false},
		"30 February never exists":                     {"30/02/2026", false},
		"31 April never exists":                        {"2026-04-31", false},
		"29 February 2000 exists (divisible by 400)":   {"2000-02-29", true},
		"29 February 2100 does not (divisible by 100)": {"2100-02-29", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ParseDate(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("ParseDate(%q) => err %v, want ok=%v", tc.in, err, tc.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "type a day from 1 to") {
				t.Errorf("ParseDate(%q) => %q, want a message saying which day to type", tc.in, err)
			}
		})
	}
}

func TestParseDateRefusesWithHelp(t *testing.T) {
	// Every refusal must say what to type instead (COMMON: user-facing messages).
	tests := map[string]struct {
		in, wantIn string
	}{
		"empty input":               {"", DateFormatsHelp},
		"only spaces":               {"   ", DateFormatsHelp},
		"garbage":                   {"next tuesday", DateFormatsHelp},
		"two-digit year":            {"15/03/26", DateFormatsHelp},
		"unknown month name":        {"15 foo 2026", DateFormatsHelp},
		"year before 1900":          {"1850-01-01", DateFormatsHelp},
		"year after 2200":           {"01/01/2300", DateFormatsHelp},
		"month 13":                  {"15/13/2026", "months run from 1 to 12"},
		"month 0":                   {"2026-00-10", "months run from 1 to 12"},
		"day 0":                     {"00/03/2026", "type a day from 1 to 31"},
		"year first with slashes":   {"2026/03/15", DateFormatsHelp},
		"letters in a numeric date": {"1a/03/2026", DateFormatsHelp},
		"a sign before the day":     {"-1/03/2026", DateFormatsHelp},
		"a plus sign in the month":  {"15/+3/2026", DateFormatsHelp},
		"a doubled separator":       {"15//03/2026", DateFormatsHelp},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if err == nil {
				t.Fatalf("ParseDate(%q) => %s, want an error", tc.in, got)
			}
			if !strings.Contains(err.Error(), tc.wantIn) {
				t.Errorf("ParseDate(%q) => %q, want it to contain %q", tc.in, err, tc.wantIn)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) returned %v with an error, want the zero Date", tc.in, got)
			}
		})
	}
}

func TestDateAddDays(t *testing.T) {
	// R-DAYS-CAL: day 1 is the day after the event; the deadline is event + N.
	tests := map[string]struct {
		from string
		n    int
		want string
	}{
		"30 days across a month end (R-CANJE-30)": {"2026-01-20", 30, "2026-02-19"},
		"one day across a year end":               {"2026-12-31", 1, "2027-01-01"},
		"back across a year start":                {"2027-01-01", -1, "2026-12-31"},
		"into 29 February of a leap year":         {"2028-02-28", 1, "2028-02-29"},
		"over February of a common year":          {"2027-02-28", 1, "2027-03-01"},
		"90 days (R-NOTIFY-90)":                   {"2026-11-23", 90, "2027-02-21"},
		"zero days":                               {"2026-05-05", 0, "2026-05-05"},
		"across seven month ends":                 {"2026-03-31", 215, "2026-11-01"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := MustDate(tc.from).AddDays(tc.n); got != MustDate(tc.want) {
				t.Errorf("%s.AddDays(%d) => %s, want %s", tc.from, tc.n, got, tc.want)
			}
		})
	}
}

func TestDateAddMonthsAndYearsClamp(t *testing.T) {
	// R-DAYS-MONTHS: same day of the month, or the last day of a shorter month.
	tests := map[string]struct {
		got, want Date
	}{
		"31 Jan + 1 month = 28 Feb in a common year":   {MustDate("2026-01-31").AddMonths(1), MustDate("2026-02-28")},
		"31 Jan + 1 month = 29 Feb in a leap year":     {MustDate("2028-01-31").AddMonths(1), MustDate("2028-02-29")},
		"31 Mar - 1 month = 28 Feb":                    {MustDate("2026-03-31").AddMonths(-1), MustDate("2026-02-28")},
		"15 Nov + 3 months crosses the year":           {MustDate("2026-11-15").AddMonths(3), MustDate("2027-02-15")},
		"15 Feb - 3 months crosses the year back":      {MustDate("2027-02-15").AddMonths(-3), MustDate("2026-11-15")},
		"31 Aug + 1 month = 30 Sep":                    {MustDate("2026-08-31").AddMonths(1), MustDate("2026-09-30")},
		"29 Feb 2024 + 4 years = 29 Feb 2028":          {MustDate("2024-02-29").AddYears(4), MustDate("2028-02-29")},
		"29 Feb 2028 + 1 year = 28 Feb 2029":           {MustDate("2028-02-29").AddYears(1), MustDate("2029-02-28")},
		"1 year term (R-CANJE-TERM) keeps the day":     {MustDate("2026-06-10").AddYears(1), MustDate("2027-06-10")},
		"4-year ceiling (R-RENEW-TERMS) keeps the day": {MustDate("2026-06-10").AddYears(4), MustDate("2030-06-10")},
		"minus 24 months":                              {MustDate("2026-05-31").AddMonths(-24), MustDate("2024-05-31")},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
}

func TestDateDaysUntilAndCompare(t *testing.T) {
	tests := map[string]struct {
		from, to string
		want     int
	}{
		"same day":                       {"2026-11-23", "2026-11-23", 0},
		"a year of 365 days":             {"2026-01-01", "2027-01-01", 365},
		"a leap year of 366 days":        {"2028-01-01", "2029-01-01", 366},
		"backwards is negative":          {"2026-03-15", "2026-03-01", -14},
		"across the spring DST change":   {"2026-03-07", "2026-03-09", 2},
		"across the autumn DST change":   {"2026-10-31", "2026-11-02", 2},
		"60 days (R-RENEW-EXPIRED-IN)":   {"2026-11-23", "2027-01-22", 60},
		"30 days (R-RENEW-WINDOW) open":  {"2026-12-01", "2026-12-31", 30},
		"long span across several years": {"2024-02-29", "2036-10-01", 4598},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			from, to := MustDate(tc.from), MustDate(tc.to)
			if got := from.DaysUntil(to); got != tc.want {
				t.Errorf("%s.DaysUntil(%s) => %d, want %d", from, to, got, tc.want)
			}
			if back := from.AddDays(tc.want); back != to {
				t.Errorf("%s.AddDays(%d) => %s, want %s (inverse of DaysUntil)", from, tc.want, back, to)
			}
			wantCmp := cmpInt(tc.want, 0)
			if got := to.Compare(from); got != wantCmp {
				t.Errorf("%s.Compare(%s) => %d, want %d", to, from, got, wantCmp)
			}
			if from.Before(to) != (tc.want > 0) || from.After(to) != (tc.want < 0) {
				t.Errorf("Before/After disagree with DaysUntil for %s and %s", from, to)
			}
		})
	}
}

func TestDateStringAndWeekday(t *testing.T) {
	if got := (Date{}).String(); got != "" {
		t.Errorf("zero Date String => %q, want \"\"", got)
	}
	if got := NewDate(2026, time.March, 5).String(); got != "2026-03-05" {
		t.Errorf("String => %q, want 2026-03-05 (zero-padded ISO)", got)
	}
	if got := MustDate("2026-11-23").Weekday(); got != time.Monday {
		t.Errorf("2026-11-23 Weekday => %s, want Monday", got)
	}
	loc := time.FixedZone("UTC-6", -6*3600)
	if got := DateOf(time.Date(2026, 11, 23, 23, 30, 0, 0, loc)); got != MustDate("2026-11-23") {
		t.Errorf("DateOf keeps the civil date of its own location: got %s, want 2026-11-23", got)
	}
}

func TestDateJSONRoundTrip(t *testing.T) {
	type holder struct {
		D Date            `json:"d"`
		Z Date            `json:"z"`
		M map[Date]string `json:"m"`
	}
	in := holder{D: MustDate("2028-02-29"), M: map[Date]string{MustDate("2026-12-25"): "closed"}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	const want = `{"d":"2028-02-29","z":"","m":{"2026-12-25":"closed"}}`
	if string(b) != want {
		t.Errorf("Marshal => %s, want %s", b, want)
	}
	var out holder
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if out.D != in.D || !out.Z.IsZero() || out.M[MustDate("2026-12-25")] != "closed" {
		t.Errorf("round trip => %+v, want %+v", out, in)
	}
	var bad holder
	if err := json.Unmarshal([]byte(`{"d":"2027-02-29"}`), &bad); err == nil {
		t.Errorf("Unmarshal of 29 February 2027 succeeded, want an error")
	}
}

func TestMustDatePanicsOnBadInput(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("MustDate(\"2026-02-30\") did not panic")
		}
	}()
	MustDate("2026-02-30")
}

// TestDateStringIsFmts: Date.String's hand formatting is fmt's
// %04d-%02d-%02d for every day of years 0 to 9999 sampled, and fmt's
// own for what it does not cover.
func TestDateStringIsFmts(t *testing.T) {
	check := func(d Date) {
		t.Helper()
		if got, want := d.String(), fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
	}
	for y := 0; y <= 9999; y += 7 {
		for d := NewDate(y, time.January, 1); d.Year == y; d = d.AddDays(13) {
			check(d)
		}
	}
	for _, d := range []Date{{Year: -1, Month: 1, Day: 1}, {Year: 10000, Month: 12, Day: 31}, {Year: 2026, Month: 13, Day: 1}, {Year: 2026, Month: 2, Day: 30}, {Year: 2026, Month: 1, Day: 0}} {
		check(d)
	}
	if (Date{}).String() != "" {
		t.Error("the zero Date is not \"\"")
	}
}
