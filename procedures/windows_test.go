package procedures

import (
	"strings"
	"testing"
)

// Test helpers shared by canje_test.go, renewal_test.go and
// statuschange_test.go (prefixed tw so they cannot clash with other files'
// helpers in this package).

// twToday is the fixed "today" of these tests.
const twToday = "2026-11-23"

// twCtx is a Context on day today with no configured closures.
func twCtx(today string) Context { return Context{Today: MustDate(today)} }

// twEval looks the procedure up and evaluates a at today.
func twEval(t *testing.T, id string, a Answers, today string) Outcome {
	t.Helper()
	p, err := Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	return p.Evaluate(a, twCtx(today))
}

// twDeadline returns the deadline with key, failing the test when absent.
func twDeadline(t *testing.T, ds []Deadline, key string) Deadline {
	t.Helper()
	for _, d := range ds {
		if d.Key == key {
			return d
		}
	}
	var keys []string
	for _, d := range ds {
		keys = append(keys, d.Key)
	}
	t.Fatalf("no deadline %q among %v", key, keys)
	return Deadline{}
}

// twDoc returns the document with id and whether it is on the checklist.
func twDoc(docs []Document, id string) (Document, bool) {
	for _, d := range docs {
		if d.ID == id {
			return d, true
		}
	}
	return Document{}, false
}

// twDate parses an ISO date, "" giving the zero Date.
func twDate(s string) Date {
	if s == "" {
		return Date{}
	}
	return MustDate(s)
}

func TestRenewalWindow(t *testing.T) {
	closed := Calendar{Closures: map[Date]bool{
		MustDate("2026-12-28"): true, MustDate("2026-12-29"): true, MustDate("2026-12-30"): true, MustDate("2026-12-31"): true,
	}}
	tests := map[string]struct {
		expiry, opens, actBy string
		cal                  Calendar
		noteHas              string
		// likely: the legal date is a likely closure only, open by law
		// (R-DAYS-LIKELY), so the note has no R-DAYS-CLOSED reading.
		likely bool
	}{
		"R-RENEW-WINDOW across a month end: expiry 1 March (common year)": {expiry: "2027-03-01", opens: "2027-01-31"},
		"R-RENEW-WINDOW expiry 31 March opens 2 March (R-DAYS-CAL)":       {expiry: "2026-03-31", opens: "2026-03-02"},
		"R-RENEW-WINDOW expiry on the leap day 2028-02-29":                {expiry: "2028-02-29", opens: "2028-01-31"},
		"R-DAYS-CLOSED Revolution Day 2026-11-16 acts by Friday 13":       {expiry: "2026-11-16", opens: "2026-10-18", actBy: "2026-11-13", noteHas: "Revolution Day"},
		"R-DAYS-LIKELY New Year 2027-01-01 acts by 18 December":           {expiry: "2027-01-01", opens: "2026-12-03", actBy: "2026-12-18", noteHas: "if yours is open, the last day is 2026-12-31"},
		"R-DAYS-CLOSED Constitution Day 2026-02-02":                       {expiry: "2026-02-02", opens: "2026-01-04", actBy: "2026-01-30", noteHas: "Constitution"},
		"R-DAYS-CLOSED Benito Juárez 2026-03-16":                          {expiry: "2026-03-16", opens: "2026-02-15", actBy: "2026-03-13", noteHas: "Juárez"},
		"R-DAYS-CLOSED Labour Day 2026-05-01":                             {expiry: "2026-05-01", opens: "2026-04-02", actBy: "2026-04-30", noteHas: "Labour"},
		"R-DAYS-BIZ 5 May 2026 (Tuesday) acts by Monday 4 May":            {expiry: "2026-05-05", opens: "2026-04-06", actBy: "2026-05-04", noteHas: "5 May"},
		"R-DAYS-BIZ 5 May 2027 (Wednesday) acts by Tuesday 4 May":         {expiry: "2027-05-05", opens: "2027-04-06", actBy: "2027-05-04", noteHas: "5 May"},
		"R-DAYS-BIZ 5 May 2028 (Friday) acts by Thursday 4 May":           {expiry: "2028-05-05", opens: "2028-04-06", actBy: "2028-05-04", noteHas: "5 May"},
		"R-DAYS-CLOSED Independence Day 2026-09-16":                       {expiry: "2026-09-16", opens: "2026-08-18", actBy: "2026-09-15", noteHas: "Independence"},
		"R-DAYS-LIKELY Christmas 2026-12-25 acts by 18 December":          {expiry: "2026-12-25", opens: "2026-11-26", actBy: "2026-12-18", noteHas: "Christmas"},
		"R-DAYS-CLOSED change of government 2030-10-01":                   {expiry: "2030-10-01", opens: "2030-09-02", actBy: "2030-09-30", noteHas: "change of federal government"},
		"R-DAYS-CLOSED Sunday acts by Friday":                             {expiry: "2026-11-22", opens: "2026-10-24", actBy: "2026-11-20", noteHas: "Sunday"},
		"R-DAYS-LIKELY Sunday after New Year walks back over the span":    {expiry: "2027-01-03", opens: "2026-12-05", actBy: "2026-12-18", noteHas: "the year-end vacation"},
		"R-DAYS-CLOSED 2027 Revolution Day is 15 Nov, 16 Nov is open":     {expiry: "2027-11-16", opens: "2027-10-18"},
		"R-DAYS-BIZ configured year-end closure replaces the guess":       {expiry: "2026-12-31", opens: "2026-12-02", actBy: "2026-12-24", cal: closed, noteHas: "declared office closure"},
		"R-DAYS-LIKELY Good Friday 2027, an open day by law":              {expiry: "2027-03-26", opens: "2027-02-25", actBy: "2027-03-24", likely: true, noteHas: "if yours is open, the last day is 2027-03-26"},
		"R-DAYS-LIKELY Saturday 19 Dec 2026 acts by Friday 18":            {expiry: "2026-12-19", opens: "2026-11-20", actBy: "2026-12-18", noteHas: "Saturday"},
		"R-DAYS-LIKELY Wednesday 6 Jan 2027, the last day of the span":    {expiry: "2027-01-06", opens: "2026-12-08", actBy: "2026-12-18", likely: true, noteHas: "usually close"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			c := Context{Today: MustDate(twToday), Calendar: tc.cal}
			ds := renewalWindow("renewal", MustDate(tc.expiry), c)
			op := twDeadline(t, ds, "renewal-window-opens")
			cl := twDeadline(t, ds, "renewal-window-closes")
			if op.Date != MustDate(tc.opens) || op.Kind != Opens || op.Rule != "R-RENEW-WINDOW" {
				t.Errorf("opens = %s %v %s, want %s opens R-RENEW-WINDOW", op.Date, op.Kind, op.Rule, tc.opens)
			}
			if cl.Date != MustDate(tc.expiry) || cl.Kind != Closes {
				t.Errorf("closes = %s %v, want %s closes", cl.Date, cl.Kind, tc.expiry)
			}
			if cl.ActBy != twDate(tc.actBy) {
				t.Errorf("act by = %q, want %q", cl.ActBy, tc.actBy)
			}
			if tc.actBy == "" && cl.Note != "" {
				t.Errorf("open day has a closed-day note: %q", cl.Note)
			}
			if tc.actBy != "" && !tc.likely && (!strings.Contains(cl.Note, "next business day") || !strings.Contains(cl.Note, "never the safe one")) {
				t.Errorf("note lacks the other reading of R-DAYS-CLOSED: %q", cl.Note)
			}
			if tc.likely && (strings.Contains(cl.Note, "R-DAYS-CLOSED") || !strings.Contains(cl.Note, "R-DAYS-LIKELY")) {
				t.Errorf("a likely closure's note should cite R-DAYS-LIKELY alone: %q", cl.Note)
			}
			if !strings.Contains(op.Note, "R-DAYS-CAL") {
				t.Errorf("opening note lacks the other reading (R-DAYS-CAL): %q", op.Note)
			}
			if !strings.Contains(cl.Note, tc.noteHas) {
				t.Errorf("note %q lacks %q", cl.Note, tc.noteHas)
			}
		})
	}
}

func TestFourYearDate(t *testing.T) {
	tests := map[string]struct{ first, want string }{
		"R-STATUS-4Y leap day to leap day":          {"2024-02-29", "2028-02-29"},
		"R-DAYS-MONTHS leap day to a common year":   {"2025-02-28", "2029-02-28"},
		"R-STATUS-4Y plain date":                    {"2022-12-20", "2026-12-20"},
		"R-DAYS-MONTHS 31 December stays the 31st ": {"2022-12-31", "2026-12-31"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := fourYearDate(MustDate(tc.first)); got != MustDate(tc.want) {
				t.Errorf("fourYearDate(%s) = %s, want %s", tc.first, got, tc.want)
			}
		})
	}
	// R-DAYS-MONTHS: two years from a leap day end on 28 February (R-STATUS-2Y).
	if got := MustDate("2024-02-29").AddYears(2); got != MustDate("2026-02-28") {
		t.Errorf("2024-02-29 + 2 years = %s, want 2026-02-28", got)
	}
}

func TestAfterCardRenewal(t *testing.T) {
	c := twCtx(twToday)
	if got := afterCardRenewal(nil, Date{}, c); got != nil {
		t.Errorf("R-RENEW-WHO: an adult's permanent card (no expiry) scheduled %v", got)
	}
	got := afterCardRenewal(nil, MustDate("2027-11-15"), c) // 2027 Revolution Day
	cl := twDeadline(t, got, "next-renewal-window-closes")
	if cl.ActBy != MustDate("2027-11-12") {
		t.Errorf("R-CASE-NEXT + R-DAYS-CLOSED: act by %s, want 2027-11-12", cl.ActBy)
	}
	if op := twDeadline(t, got, "next-renewal-window-opens"); op.Date != MustDate("2027-10-17") {
		t.Errorf("R-CASE-NEXT: next window opens %s, want 2027-10-17 (R-DAYS-CAL)", op.Date)
	}
}

func TestSharedDocumentsAndFees(t *testing.T) {
	if d := docForm(true); !strings.Contains(d.Name, "parent") || !strings.Contains(d.Note, VerifyWithOffice) {
		t.Errorf("D-FORM for a minor = %+v, want a parent's signature and %q", d, VerifyWithOffice)
	}
	if d := docForm(false); strings.Contains(d.Name, "parent") {
		t.Errorf("D-FORM for an adult mentions a parent: %q", d.Name)
	}
	if d := docPhotos(1); strings.Contains(d.Name, "profile") || !strings.HasPrefix(d.Name, "1 ") {
		t.Errorf("R-DOC-PHOTO with 1 photo = %q", d.Name)
	}
	if d := docPhotos(3); !strings.Contains(d.Note, "bring them anyway") || !strings.Contains(d.Name, "right profile") {
		t.Errorf("R-DOC-PHOTO contested: %+v, want 3 photos with a profile and \"bring them anyway\"", d)
	}
	if d := docFee(); !strings.Contains(d.Note, "R-DOC-PAY") {
		t.Errorf("D-FEE lacks the R-DOC-PAY note: %q", d.Note)
	}
	fees := map[int]string{1: "11,140.74", 2: "16,693", 3: "21,142.58", 4: "25,056.82"}
	for years, amount := range fees {
		f := temporaryFee(years)
		if !strings.Contains(f.Text, amount) || !strings.Contains(f.Text, VerifyAmount) {
			t.Errorf("temporaryFee(%d) = %q, want %s and %q", years, f.Text, amount, VerifyAmount)
		}
	}
	if f := temporaryFee(5); !strings.Contains(f.Text, VerifyWithOffice) {
		t.Errorf("temporaryFee(5) = %q, want %q", f.Text, VerifyWithOffice)
	}
	if f := permanentFee(); !strings.Contains(f.Text, "13,578.96") || !strings.Contains(f.Text, VerifyAmount) {
		t.Errorf("permanentFee() = %q", f.Text)
	}
}
