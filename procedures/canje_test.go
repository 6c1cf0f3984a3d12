package procedures

import (
	"strings"
	"testing"
)

// twCanje builds canje answers: a temporary visa issued on issue, entered
// on entry ("" = not yet entered).
func twCanje(issue, entry string, extra ...string) Answers {
	a := Answers{"visa_type": "temporary", "visa_issue_date": issue, "entered": "no", "work_permit": "no"}
	if entry != "" {
		a["entered"], a["entry_date"] = "yes", entry
	}
	for i := 0; i+1 < len(extra); i += 2 {
		a[extra[i]] = extra[i+1]
	}
	return a
}

func TestCanjeVerdicts(t *testing.T) {
	tests := map[string]struct {
		a          Answers
		today      string
		want       VerdictStatus
		from       string
		reasonHas  string
		routeHas   string
		deadline   string // key of the deadline to check
		date       string
		actBy      string
		noteHas    string
		noDeadline bool
	}{
		"R-CANJE-30 + R-DAYS-CAL entered 22 days ago: eligible, file by entry + 29": {
			a: twCanje("2026-09-01", "2026-11-01"), today: twToday, want: Eligible, from: "2026-11-01",
			deadline: "canje-file-by", date: "2026-11-30", reasonHas: "2026-11-30", noteHas: "2026-12-01"},
		"R-CANJE-30 + R-DAYS-CAL day 30 (the entry as day 1) is today: still eligible": {
			a: twCanje("2026-09-01", "2026-10-25"), today: twToday, want: Eligible,
			deadline: "canje-file-by", date: "2026-11-23"},
		"R-DAYS-CAL the other reading's last day is today: ask at the office at once": {
			a: twCanje("2026-09-01", "2026-10-24"), today: twToday, want: Unknown, reasonHas: "today, 2026-11-23",
			deadline: "canje-file-by", date: "2026-11-22", actBy: "2026-11-20"},
		"R-CANJE-30 past both readings: not eligible, start again at a consulate": {
			a: twCanje("2026-09-01", "2026-10-23"), today: twToday, want: NotEligible, routeHas: "consulate",
			deadline: "canje-file-by", date: "2026-11-21", actBy: "2026-11-20", reasonHas: "cannot be extended"},
		"R-CANJE-30 + R-DAYS-CLOSED: day 30 on Revolution Day acts by Friday": {
			a: twCanje("2026-09-01", "2026-10-18"), today: "2026-11-10", want: Eligible,
			deadline: "canje-file-by", date: "2026-11-16", actBy: "2026-11-13", noteHas: "next business day", reasonHas: "act by 2026-11-13"},
		"R-DAYS-CLOSED: act-by passed, offices closed until the legal date": {
			a: twCanje("2026-09-01", "2026-10-18"), today: "2026-11-15", want: Eligible, reasonHas: "at once",
			deadline: "canje-file-by", date: "2026-11-16", actBy: "2026-11-13"},
		"R-CANJE-30 + R-DAYS-BIZ: day 30 on Wednesday 5 May 2027 acts by Tuesday": {
			a: twCanje("2027-01-10", "2027-04-06"), today: "2027-04-20", want: Eligible,
			deadline: "canje-file-by", date: "2027-05-05", actBy: "2027-05-04", noteHas: "5 May", reasonHas: "act by 2027-05-04"},
		"R-CANJE-30 + R-DAYS-CAL: 30 days across February (leap year)": {
			a: twCanje("2027-12-01", "2028-02-01"), today: "2028-02-10", want: Eligible,
			deadline: "canje-file-by", date: "2028-03-01"},
		"R-CANJE-30 + R-DAYS-LIKELY: day 30 on Christmas acts by 18 December": {
			a: twCanje("2026-09-01", "2026-11-26"), today: "2026-12-01", want: Eligible,
			deadline: "canje-file-by", date: "2026-12-25", actBy: "2026-12-18", noteHas: "Christmas", reasonHas: "if yours is open, the last day is 2026-12-24"},
		"R-CANJE-30 + R-DAYS-LIKELY: day 30 on Good Friday 2027 acts by Wednesday": {
			a: twCanje("2026-12-01", "2027-02-25"), today: "2027-03-01", want: Eligible,
			deadline: "canje-file-by", date: "2027-03-26", actBy: "2027-03-24", noteHas: "Good Friday"},
		"R-CANJE-VISA + R-DAYS-CAL not entered, no printed expiry: enter by issue + 179": {
			a: twCanje("2026-06-01", ""), today: twToday, want: NotYet, reasonHas: "2026-11-27",
			deadline: "canje-enter-by", date: "2026-11-27", noteHas: "2026-11-28"},
		"R-CANJE-VISA not entered, printed expiry is used": {
			a: twCanje("2026-10-01", "", "visa_expiry", "2027-01-15"), today: twToday, want: NotYet,
			deadline: "canje-enter-by", date: "2027-01-15", noteHas: "printed"},
		"R-CANJE-VISA printed expiry past 180 days: conservative issue + 179, both dates shown": {
			a: twCanje("2026-06-01", "", "visa_expiry", "2026-12-31"), today: twToday, want: NotYet,
			deadline: "canje-enter-by", date: "2026-11-27", noteHas: "2026-12-31"},
		"R-CANJE-VISA not entered and the visa expired: not eligible": {
			a: twCanje("2026-01-10", ""), today: twToday, want: NotEligible, routeHas: "consulate",
			deadline: "canje-enter-by", date: "2026-07-08"},
		"R-CANJE-VISA entered after the derived expiry: not eligible": {
			a: twCanje("2026-01-10", "2026-08-01"), today: "2026-08-05", want: NotEligible,
			reasonHas: "2026-07-08", routeHas: "consulate", noDeadline: true},
		"R-DAYS-CAL entered on day 181 of an unprinted visa, admitted under the other reading": {
			a: twCanje("2026-01-10", "2026-07-09"), today: "2026-07-10", want: Eligible,
			deadline: "canje-file-by", date: "2026-08-07"},
		// The verdict waits for a real entry date, but the dates stay what
		// the answers give, whatever today is (they are indexed once).
		"entry in the future: incomplete, names the entry in words, dates kept": {
			a: twCanje("2026-09-01", "2026-12-01"), today: twToday, want: Incomplete, reasonHas: "The entry 2026-12-01 is after today",
			deadline: "canje-file-by", date: "2026-12-30", actBy: "2026-12-18"},
		"inconsistent answers: entry before the visa issue": {
			a: twCanje("2026-09-01", "2026-08-01"), today: twToday, want: Incomplete, reasonHas: "entry_date", noDeadline: true},
		"missing answer: incomplete, names the key": {
			a: Answers{"visa_type": "temporary"}, today: twToday, want: Incomplete, reasonHas: "visa_issue_date", noDeadline: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, "canje", tc.a, tc.today)
			v := out.Verdict
			if v.Status != tc.want {
				t.Fatalf("verdict = %v (%s), want %v", v.Status, v.Reason, tc.want)
			}
			if tc.from != "" && v.From != MustDate(tc.from) {
				t.Errorf("from = %s, want %s", v.From, tc.from)
			}
			if !strings.Contains(v.Reason, tc.reasonHas) {
				t.Errorf("reason %q lacks %q", v.Reason, tc.reasonHas)
			}
			if !strings.Contains(v.Route, tc.routeHas) {
				t.Errorf("route %q lacks %q", v.Route, tc.routeHas)
			}
			if tc.want != Incomplete && len(v.Rules) == 0 {
				t.Error("verdict cites no rule")
			}
			if tc.noDeadline {
				if tc.deadline == "" && len(out.Deadlines) > 0 && tc.want == Incomplete {
					t.Errorf("incomplete answers gave deadlines %v", out.Deadlines)
				}
				return
			}
			checkDeadline(t, out.Deadlines, tc.deadline, tc.date, tc.actBy, tc.noteHas)
		})
	}
}

func TestCanjeAnswerChecks(t *testing.T) {
	p, err := Lookup("canje")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		key, raw string
		a        Answers
		errHas   []string // empty: accepted
	}{
		"30 February is refused, naming the key": {"visa_issue_date", "30/02/2026", Answers{}, []string{"visa_issue_date", "does not exist"}},
		"R-CANJE-VISA entry before the visa issue": {"entry_date", "2026-08-31", twCanje("2026-09-01", ""),
			[]string{"entry_date", "before the visa was issued", "type"}},
		"R-CANJE-VISA entry on the issue day is fine": {"entry_date", "2026-09-01", twCanje("2026-09-01", ""), nil},
		"R-CANJE-VISA expiry before issue": {"visa_expiry", "2026-08-01", twCanje("2026-09-01", ""),
			[]string{"visa_expiry", "before the issue date"}},
		"R-CANJE-VISA entry after the printed expiry": {"entry_date", "2027-01-02", twCanje("2026-09-01", "", "visa_expiry", "2027-01-01"),
			[]string{"entry_date", "printed expiry"}},
		"R-CANJE-VISA expiry typed after entry must not precede it": {"visa_expiry", "2026-10-01", twCanje("2026-09-01", "2026-10-15"),
			[]string{"visa_expiry", "2026-10-15"}},
		"R-CANJE-VISA issue typed after the entry": {"visa_issue_date", "2026-11-01", twCanje("2026-09-01", "2026-10-15"),
			[]string{"visa_issue_date", "after you entered"}},
		"an empty optional visa expiry is accepted": {"visa_expiry", "", twCanje("2026-09-01", ""), nil},
		"job offer years outside 1-4 are refused":   {"job_offer_years", "5", twCanje("2026-09-01", ""), []string{"job_offer_years", "1, 2, 3, 4"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkAnswer(t, p, tc.key, tc.raw, tc.a, tc.errHas)
		})
	}
}

func TestCanjeDocumentsFeeAndNotes(t *testing.T) {
	all := []string{"D-FORM", "D-FEE", "D-BASIC", "D-PASS", "D-VISA", "D-FMM", "D-LETTER", "D-ADDRESS", "R-DOC-PHOTO"}
	tests := map[string]struct {
		a       Answers
		feeHas  string
		termHas string
	}{
		"R-CANJE-TERM temporary, 1 year fee":              {twCanje("2026-09-01", "2026-11-01"), "11,140.74", "expected expiry 2027-11-01"},
		"R-CANJE-TERM job offer for 3 years: 3-year fee":  {twCanje("2026-09-01", "2026-11-01", "work_permit", "yes", "job_offer_years", "3"), "21,142.58", "expected expiry 2029-11-01"},
		"R-CANJE-TERM from a leap day: 28 February":       {twCanje("2023-12-01", "2024-02-29"), "11,140.74", "expected expiry 2025-02-28"},
		"permanent visa: permanent card fee, no expiry":   {Answers{"visa_type": "permanent", "visa_issue_date": "2026-09-01", "entered": "yes", "entry_date": "2026-11-01"}, "13,578.96", "permanent card has no expiry"},
		"not yet entered: the checklist is the same list": {twCanje("2026-09-01", ""), "11,140.74", "counted from your entry"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			today := twToday
			if tc.a["entry_date"] == "2024-02-29" {
				today = "2024-03-05"
			}
			out := twEval(t, "canje", tc.a, today)
			for _, id := range all {
				if _, ok := twDoc(out.Documents, id); !ok {
					t.Errorf("checklist lacks %s", id)
				}
			}
			if fmm, _ := twDoc(out.Documents, "D-FMM"); !strings.Contains(fmm.Name, "canje") {
				t.Errorf("R-CANJE-FMM: D-FMM %q does not say canje", fmm.Name)
			}
			if addr, _ := twDoc(out.Documents, "D-ADDRESS"); !strings.Contains(addr.Note, "bring it") {
				t.Errorf("D-ADDRESS contested: note %q does not say bring it", addr.Note)
			}
			if !strings.Contains(out.Fee.Text, tc.feeHas) || !strings.Contains(out.Fee.Text, VerifyAmount) {
				t.Errorf("fee %q, want %s and %q", out.Fee.Text, tc.feeHas, VerifyAmount)
			}
			notes := strings.Join(out.Notes, "\n")
			for _, s := range []string{"exit and re-entry permit", "R-DOC-OFFICE", tc.termHas} {
				if !strings.Contains(notes, s) {
					t.Errorf("notes lack %q (R-CANJE-SAMEDAY, R-DOC-OFFICE, R-CANJE-TERM):\n%s", s, notes)
				}
			}
			if !out.Appointment {
				t.Error("R-CANJE-APPT: canje is booked online")
			}
		})
	}
}

func TestCanjeAfterCard(t *testing.T) {
	p, err := Lookup("canje")
	if err != nil {
		t.Fatal(err)
	}
	c := twCtx(twToday)
	temp := twCanje("2026-09-01", "2026-11-01")
	got := p.AfterCard(temp, MustDate("2027-11-01"), c)
	if d := twDeadline(t, got, "next-renewal-window-opens"); d.Date != MustDate("2027-10-03") {
		t.Errorf("R-CASE-NEXT + R-DAYS-CAL: next window opens %s, want 2027-10-03", d.Date)
	}
	if d := twDeadline(t, got, "four-year-date"); d.Date != MustDate("2030-11-01") || d.Kind != EligibleFrom {
		t.Errorf("R-STATUS-4Y: four-year date %s %v, want 2030-11-01 eligible-from", d.Date, d.Kind)
	}
	perm := Answers{"visa_type": "permanent", "visa_issue_date": "2026-09-01", "entered": "yes", "entry_date": "2026-11-01"}
	if got := p.AfterCard(perm, Date{}, c); got != nil {
		t.Errorf("R-RENEW-WHO: an adult's permanent card schedules %v", got)
	}

	// Track: once the card is received, the filing date is done and the
	// next renewal window appears (R-CASE-NEXT).
	pr := Progress{Stage: StageReceived, FiledDate: MustDate("2026-11-10"), NewCardExpiry: MustDate("2027-11-01")}
	ds := Track(p, temp, pr, c)
	if d := twDeadline(t, ds, "canje-file-by"); !d.Done {
		t.Error("canje-file-by is not done once filed")
	}
	twDeadline(t, ds, "next-renewal-window-closes")
}
