package procedures

import (
	"strings"
	"testing"
)

// twRenewal builds renewal answers for an adult's temporary card expiring
// on expiry, held in Mexico, 1 year asked, job grounds that still hold;
// extra key/value pairs override.
func twRenewal(expiry string, extra ...string) Answers {
	a := Answers{"card_type": "temporary", "card_expiry": expiry, "in_mexico": "yes", "holder_minor": "no",
		"years_requested": "1", "grounds": "job", "grounds_hold": "yes"}
	for i := 0; i+1 < len(extra); i += 2 {
		a[extra[i]] = extra[i+1]
	}
	return a
}

// twMinorPerm builds answers for a minor's permanent card.
func twMinorPerm(expiry, birth string) Answers {
	return Answers{"card_type": "permanent-minor", "card_expiry": expiry, "in_mexico": "yes", "child_birth_date": birth}
}

func TestRenewalVerdicts(t *testing.T) {
	tests := map[string]struct {
		a                 Answers
		today             string
		want              VerdictStatus
		from              string
		reasonHas         string
		routeHas          string
		deadline          string
		date, actBy       string
		noteHas           string
		appointment       bool
		rule              string // a rule the verdict must cite
		skipDeadlineCheck bool
	}{
		"R-RENEW-WINDOW + R-DAYS-CAL too early: not yet, from expiry - 29 (across February)": {
			a: twRenewal("2027-03-01"), today: twToday, want: NotYet, from: "2027-01-31", appointment: true,
			deadline: "renewal-window-opens", date: "2027-01-31", noteHas: "2027-01-30", rule: "R-RENEW-WINDOW"},
		"R-RENEW-WINDOW the day before it opens: not yet": {
			a: twRenewal("2026-12-23"), today: twToday, want: NotYet, from: "2026-11-24", appointment: true,
			deadline: "renewal-window-opens", date: "2026-11-24"},
		"R-RENEW-WINDOW opens today; closes in the year-end span (R-DAYS-LIKELY)": {
			a: twRenewal("2026-12-22"), today: twToday, want: Eligible, from: "2026-11-23", appointment: true, reasonHas: "act by 2026-12-18",
			deadline: "renewal-window-closes", date: "2026-12-22", actBy: "2026-12-18", noteHas: "if yours is open, the last day is 2026-12-22", rule: "R-DAYS-LIKELY"},
		"R-RENEW-WINDOW + R-DAYS-BIZ card expiring Wednesday 5 May 2027 acts by Tuesday": {
			a: twRenewal("2027-05-05"), today: "2027-04-20", want: Eligible, appointment: true, reasonHas: "act by 2027-05-04",
			deadline: "renewal-window-closes", date: "2027-05-05", actBy: "2027-05-04", noteHas: "5 May", rule: "R-DAYS-CLOSED"},
		"R-RENEW-WINDOW + R-DAYS-BIZ card expiring Friday 5 May 2028 acts by Thursday": {
			a: twRenewal("2028-05-05"), today: "2028-04-20", want: Eligible, appointment: true,
			deadline: "renewal-window-closes", date: "2028-05-05", actBy: "2028-05-04", noteHas: "5 May"},
		"R-RENEW-WINDOW + R-DAYS-LIKELY card expiring on Good Friday 2027 acts by Wednesday": {
			a: twRenewal("2027-03-26"), today: "2027-03-10", want: Eligible, appointment: true, reasonHas: "act by 2027-03-24",
			deadline: "renewal-window-closes", date: "2027-03-26", actBy: "2027-03-24", noteHas: "Good Friday"},
		"R-RENEW-WINDOW + R-DAYS-CLOSED closing on Revolution Day acts by 13 Nov": {
			a: twRenewal("2026-11-16"), today: "2026-11-01", want: Eligible, reasonHas: "act by 2026-11-13", appointment: true,
			deadline: "renewal-window-closes", date: "2026-11-16", actBy: "2026-11-13", noteHas: "Revolution Day"},
		"R-RENEW-WINDOW + R-DAYS-LIKELY closing on 2027-01-01 acts by 18 Dec": {
			a: twRenewal("2027-01-01"), today: "2026-12-15", want: Eligible, appointment: true,
			deadline: "renewal-window-closes", date: "2027-01-01", actBy: "2026-12-18", noteHas: "New Year"},
		"R-RENEW-WINDOW + R-DAYS-LIKELY closing on 6 Jan 2027, the span's last day": {
			a: twRenewal("2027-01-06"), today: "2026-12-15", want: Eligible, appointment: true,
			deadline: "renewal-window-closes", date: "2027-01-06", actBy: "2026-12-18", noteHas: "if yours is open, the last day is 2027-01-06"},
		"R-RENEW-WINDOW expiry day itself: still eligible": {
			a: twRenewal("2026-12-01"), today: "2026-12-01", want: Eligible, appointment: true,
			deadline: "renewal-window-closes", date: "2026-12-01"},
		"R-DAYS-CLOSED act-by passed on a weekend: warns of regularisation": {
			a: twRenewal("2026-11-22"), today: "2026-11-21", want: Eligible, reasonHas: "R-RENEW-EXPIRED-IN", appointment: true,
			deadline: "renewal-window-closes", date: "2026-11-22", actBy: "2026-11-20"},
		"R-RENEW-INPERSON abroad with a valid card: must come back to file": {
			a: twRenewal("2026-12-10", "in_mexico", "no"), today: twToday, want: Eligible, reasonHas: "back in Mexico", appointment: true,
			deadline: "renewal-window-closes", date: "2026-12-10"},
		"R-RENEW-EXPIRED-IN expired 30 days ago: regularise by expiry + 59, no appointment": {
			a: twRenewal("2026-10-24"), today: twToday, want: Eligible, reasonHas: "30 days ago",
			deadline: "renewal-regularise-by", date: "2026-12-22", actBy: "2026-12-18", noteHas: "2026-12-23", rule: "R-RENEW-EXPIRED-IN"},
		"R-RENEW-EXPIRED-IN + R-DAYS-CAL the 60th day counting the expiry as day 1 is today: last day": {
			a: twRenewal("2026-09-25"), today: twToday, want: Eligible,
			deadline: "renewal-regularise-by", date: "2026-11-23"},
		"R-DAYS-CAL expired 60 days ago: only the other reading allows today, ask at once": {
			a: twRenewal("2026-09-24"), today: twToday, want: Unknown, reasonHas: VerifyWithOffice, rule: "R-DAYS-CAL",
			deadline: "renewal-regularise-by", date: "2026-11-22", actBy: "2026-11-20"},
		"R-RENEW-EXPIRED-IN expired 61 days ago: not eligible, start again": {
			a: twRenewal("2026-09-23"), today: twToday, want: NotEligible, routeHas: "consulate", reasonHas: "61 days",
			deadline: "renewal-regularise-by", date: "2026-11-21", actBy: "2026-11-20"},
		"R-RENEW-EXPIRED-IN + R-DAYS-LIKELY day 60 on New Year acts by 18 December": {
			a: twRenewal("2026-11-03"), today: twToday, want: Eligible,
			deadline: "renewal-regularise-by", date: "2027-01-01", actBy: "2026-12-18"},
		"R-RENEW-EXPIRED-OUT abroad 30 days: re-enter by expiry + 54": {
			a: twRenewal("2026-10-24", "in_mexico", "no"), today: twToday, want: Eligible,
			deadline: "renewal-reenter-by", date: "2026-12-17", noteHas: "Contested", rule: "R-RENEW-EXPIRED-OUT"},
		"R-RENEW-EXPIRED-OUT return known: INM within 5 calendar days (return + 4), business reading shown": {
			a: twRenewal("2026-10-24", "in_mexico", "no", "return_date", "2026-11-27"), today: twToday, want: Eligible, from: "2026-11-27",
			reasonHas: "2026-12-01", deadline: "renewal-report-by", date: "2026-12-01", noteHas: "2026-12-04"},
		"R-RENEW-EXPIRED-OUT + R-DAYS-CLOSED fifth day on Revolution Day": {
			a: twRenewal("2026-10-24", "in_mexico", "no", "return_date", "2026-11-12"), today: "2026-11-05", want: Eligible,
			deadline: "renewal-report-by", date: "2026-11-16", actBy: "2026-11-13", noteHas: "calendar days"},
		"R-RENEW-EXPIRED-OUT planned return after the 55 days does not work": {
			a: twRenewal("2026-10-24", "in_mexico", "no", "return_date", "2026-12-20"), today: twToday, want: NotEligible,
			reasonHas: "the last day it can be used to re-enter", deadline: "renewal-reenter-by", date: "2026-12-17"},
		"R-RENEW-EXPIRED-OUT abroad, the 55th day counting the expiry as day 1 is today: last day": {
			a: twRenewal("2026-09-30", "in_mexico", "no"), today: twToday, want: Eligible,
			deadline: "renewal-reenter-by", date: "2026-11-23"},
		"R-DAYS-CAL abroad 55 days after expiry: only the other reading allows today": {
			a: twRenewal("2026-09-29", "in_mexico", "no"), today: twToday, want: Unknown, reasonHas: "Re-enter today",
			deadline: "renewal-reenter-by", date: "2026-11-22"},
		"R-RENEW-EXPIRED-OUT abroad 56 days: not eligible": {
			a: twRenewal("2026-09-28", "in_mexico", "no"), today: twToday, want: NotEligible, routeHas: "consulate",
			deadline: "renewal-reenter-by", date: "2026-11-21"},
		"R-RENEW-GROUNDS grounds gone: not eligible": {
			a: twRenewal("2026-12-10", "grounds_hold", "no"), today: twToday, want: NotEligible, routeHas: "R-NOTIFY-90", appointment: true,
			rule: "R-RENEW-GROUNDS", deadline: "renewal-window-closes", date: "2026-12-10"},
		"R-RENEW-TERMS ceiling reached: route R-STATUS-4Y": {
			a: twRenewal("2026-12-15", "status_since", "2022-12-15"), today: twToday, want: NotEligible, routeHas: "R-STATUS-4Y), filed in the 30 days before this card expires (from 2026-11-16 to 2026-12-15)", appointment: true,
			rule: "R-RENEW-TERMS", deadline: "renewal-window-closes", date: "2026-12-15"},
		"R-RENEW-TERMS ceiling, four years complete after the card expires: verify": {
			a: twRenewal("2026-12-15", "status_since", "2023-01-10"), today: twToday, want: NotEligible, routeHas: "Your four years complete on 2027-01-10, after this card expires on 2026-12-15: before it expires, ask which route applies (the change to permanent residence, R-STATUS-4Y, or starting again at a consulate): " + VerifyWithOffice, appointment: true,
			rule: "R-RENEW-TERMS", deadline: "renewal-window-closes", date: "2026-12-15"},
		"R-RENEW-TERMS leap-day first card: 3 years fit exactly": {
			a: twRenewal("2025-02-28", "status_since", "2024-02-29", "years_requested", "3"), today: "2025-02-01", want: Eligible, appointment: true,
			deadline: "renewal-window-opens", date: "2025-01-30"},
		"R-CARD-PERM minor's permanent card in the window": {
			a: twMinorPerm("2026-12-10", "2016-05-05"), today: twToday, want: Eligible, appointment: true,
			deadline: "renewal-window-closes", date: "2026-12-10"},
		"R-CARD-PERM holder now 18: unknown, verify with the office": {
			a: twMinorPerm("2026-12-10", "2008-01-01"), today: twToday, want: Unknown, reasonHas: VerifyWithOffice, appointment: true,
			deadline: "renewal-window-closes", date: "2026-12-10"},
		"30 February: incomplete, names card_expiry": {
			a: twRenewal("2027-02-30"), today: twToday, want: Incomplete, reasonHas: "card_expiry", appointment: false, skipDeadlineCheck: true},
		"expiry before the status was granted: incomplete, names both keys": {
			a: twRenewal("2025-01-01", "status_since", "2025-06-01"), today: twToday, want: Incomplete, reasonHas: "card_expiry: the card's expiry (2025-01-01) is on or before the day temporary residence was granted (status_since, 2025-06-01)", skipDeadlineCheck: true},
		"R-STATUS-4Y + R-RENEW-TERMS four-year example: entered 2022-12-10, card expires 2026-12-10: no renewal fits, file the change in the card's last 30 days": {
			a: twRenewal("2026-12-10", "status_since", "2022-12-10"), today: "2026-12-02", want: NotEligible, routeHas: "from 2026-11-11 to 2026-12-10", appointment: true,
			rule: "R-STATUS-4Y", deadline: "renewal-window-closes", date: "2026-12-10"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, "renewal", tc.a, tc.today)
			v := out.Verdict
			if v.Status != tc.want {
				t.Fatalf("verdict = %v (%s), want %v", v.Status, v.Reason, tc.want)
			}
			if tc.from != "" && v.From != MustDate(tc.from) {
				t.Errorf("from = %s, want %s", v.From, tc.from)
			}
			for _, c := range []struct{ got, want, what string }{{v.Reason, tc.reasonHas, "reason"}, {v.Route, tc.routeHas, "route"}} {
				if !strings.Contains(c.got, c.want) {
					t.Errorf("%s %q lacks %q", c.what, c.got, c.want)
				}
			}
			if tc.rule != "" && !strings.Contains(strings.Join(v.Rules, " "), tc.rule) {
				t.Errorf("rules %v lack %s", v.Rules, tc.rule)
			}
			if tc.skipDeadlineCheck {
				return
			}
			if out.Appointment != tc.appointment {
				t.Errorf("appointment = %v, want %v (R-RENEW-APPT / R-APPT-NONE)", out.Appointment, tc.appointment)
			}
			checkDeadline(t, out.Deadlines, tc.deadline, tc.date, tc.actBy, tc.noteHas)
		})
	}
}

func TestRenewalAnswerChecks(t *testing.T) {
	p, err := Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	minor := func(expiry, birth string) Answers {
		return twRenewal(expiry, "holder_minor", "yes", "child_birth_date", birth)
	}
	tests := map[string]struct {
		key, raw string
		a        Answers
		errHas   []string
	}{
		"30 February is refused": {"card_expiry", "30/02/2027", Answers{}, []string{"card_expiry", "does not exist"}},
		"R-RENEW-TERMS status granted after the expiry is refused, naming both": {"status_since", "2027-01-01", twRenewal("2026-12-10"), []string{"status_since", "card_expiry", "type the day temporary residence was granted"}},
		"R-RENEW-TERMS expiry before the first card is refused":                 {"card_expiry", "2024-01-01", twRenewal("", "status_since", "2024-06-01"), []string{"card_expiry", "2024-06-01"}},
		"R-RENEW-TERMS 3 years past the leap-day ceiling":                       {"years_requested", "3", twRenewal("2025-03-01", "status_since", "2024-02-29"), []string{"years_requested", "2028-02-29", "choose 2 years or fewer"}},
		"R-RENEW-TERMS 3 years exactly to the ceiling":                          {"years_requested", "3", twRenewal("2025-02-28", "status_since", "2024-02-29"), nil},
		"R-RENEW-TERMS ceiling already reached: 1 is accepted":                  {"years_requested", "1", twRenewal("2026-12-15", "status_since", "2023-01-10"), nil},
		"R-RENEW-TERMS child under 3: 1 year only":                              {"years_requested", "2", minor("2026-12-10", "2024-06-01"), []string{"children under 3", "choose 1 year or fewer"}},
		"R-RENEW-TERMS child turns 3 the day the window opens":                  {"years_requested", "3", minor("2026-12-10", "2023-11-11"), nil},
		"R-RENEW-TERMS child turns 3 a day after it opens":                      {"years_requested", "3", minor("2026-12-10", "2023-11-12"), []string{"children under 3"}},
		"child born after the card expires":                                     {"child_birth_date", "2027-01-01", twMinorPerm("2026-12-10", ""), []string{"child_birth_date", "date of birth"}},
		"4 years is not a renewal option":                                       {"years_requested", "4", twRenewal("2026-12-10"), []string{"years_requested", "1, 2, 3"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkAnswer(t, p, tc.key, tc.raw, tc.a, tc.errHas)
		})
	}
}

func TestRenewalDocumentsAndFee(t *testing.T) {
	common := []string{"D-FORM", "D-FEE", "D-BASIC", "D-PASS", "D-CARD", "D-LETTER", "R-DOC-PHOTO"}
	tests := map[string]struct {
		a                       Answers
		today                   string
		groundsHas              string // "" = no D-GROUNDS line
		formParent              bool
		feeHas, letterHas, note string
	}{
		"D-GROUNDS job: employer's letter, 1-year fee":    {twRenewal("2026-12-10"), twToday, "employer", false, "11,140.74", "renew", ""},
		"D-GROUNDS family: sponsor's consent, 2 years":    {twRenewal("2026-12-10", "grounds", "family", "years_requested", "2"), twToday, "sponsor", false, "16,693", "renew", ""},
		"D-GROUNDS other: verify with the office, 3 yrs":  {twRenewal("2026-12-10", "grounds", "other", "years_requested", "3"), twToday, "grounds", false, "21,142.58", "renew", ""},
		"R-CARD-PERM minor: parent signs, no grounds":     {twMinorPerm("2026-12-10", "2016-05-05"), twToday, "", true, "13,578.96", "renew", ""},
		"R-RENEW-INPERSON temporary minor: parent signs":  {twRenewal("2026-12-10", "holder_minor", "yes", "child_birth_date", "2016-05-05"), twToday, "employer", true, "11,140.74", "renew", ""},
		"R-RENEW-EXPIRED-IN: regularisation letter, fine": {twRenewal("2026-10-24"), twToday, "employer", false, "11,140.74", "regularise", "UMA"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, "renewal", tc.a, tc.today)
			for _, id := range common {
				if _, ok := twDoc(out.Documents, id); !ok {
					t.Errorf("checklist lacks %s", id)
				}
			}
			g, ok := twDoc(out.Documents, "D-GROUNDS")
			if ok != (tc.groundsHas != "") || !strings.Contains(g.Name, tc.groundsHas) {
				t.Errorf("D-GROUNDS = %v %q, want %q", ok, g.Name, tc.groundsHas)
			}
			if tc.a["grounds"] == "other" && !strings.Contains(g.Note, VerifyWithOffice) {
				t.Errorf("D-GROUNDS other: note %q lacks %q", g.Note, VerifyWithOffice)
			}
			if f, _ := twDoc(out.Documents, "D-FORM"); strings.Contains(f.Name, "parent") != tc.formParent {
				t.Errorf("D-FORM %q: parent = %v, want %v", f.Name, !tc.formParent, tc.formParent)
			}
			if l, _ := twDoc(out.Documents, "D-LETTER"); !strings.Contains(l.Name, tc.letterHas) {
				t.Errorf("D-LETTER %q lacks %q", l.Name, tc.letterHas)
			}
			if !strings.Contains(out.Fee.Text, tc.feeHas) || !strings.Contains(out.Fee.Text, VerifyAmount) {
				t.Errorf("fee %q, want %s and %q", out.Fee.Text, tc.feeHas, VerifyAmount)
			}
			if notes := strings.Join(out.Notes, " "); !strings.Contains(notes, tc.note) || !strings.Contains(notes, "R-RENEW-RESULT") {
				t.Errorf("notes %q lack %q or R-RENEW-RESULT", notes, tc.note)
			}
		})
	}
}

func TestRenewalQuestionsAsked(t *testing.T) {
	p, err := Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		a        Answers
		asked    []string
		notAsked []string
	}{
		"temporary: years, grounds and first card asked":   {Answers{"card_type": "temporary", "in_mexico": "yes"}, []string{"years_requested", "grounds", "status_since", "holder_minor"}, []string{"return_date", "child_birth_date"}},
		"permanent-minor: birth date, no years or grounds": {Answers{"card_type": "permanent-minor", "in_mexico": "yes"}, []string{"child_birth_date"}, []string{"years_requested", "grounds", "status_since"}},
		"R-RENEW-EXPIRED-OUT abroad: return date asked":    {Answers{"card_type": "temporary", "in_mexico": "no"}, []string{"return_date"}, nil},
		"R-RENEW-TERMS temporary minor: birth date for <3": {Answers{"card_type": "temporary", "holder_minor": "yes"}, []string{"child_birth_date"}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			asked := map[string]bool{}
			for _, q := range p.Asked(tc.a) {
				asked[q.Key] = true
			}
			for _, k := range tc.asked {
				if !asked[k] {
					t.Errorf("%s not asked", k)
				}
			}
			for _, k := range tc.notAsked {
				if asked[k] {
					t.Errorf("%s asked", k)
				}
			}
		})
	}
}

func TestRenewalAfterCard(t *testing.T) {
	p, err := Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	c := twCtx(twToday)
	got := p.AfterCard(twRenewal("2025-02-28", "status_since", "2024-02-29", "years_requested", "3"), MustDate("2028-02-29"), c)
	// The new card ends on the four-year date: no renewal fits under the
	// ceiling (R-RENEW-TERMS), so its last 30 days are the change's window.
	if d := twDeadline(t, got, "next-status-window-opens"); d.Date != MustDate("2028-01-31") || d.Rule != "R-STATUS-WHEN" {
		t.Errorf("R-CASE-NEXT: the change's window opens %s (%s), want 2028-01-31 (R-STATUS-WHEN, R-DAYS-CAL)", d.Date, d.Rule)
	}
	if d := twDeadline(t, got, "four-year-date"); d.Date != MustDate("2028-02-29") || d.Rule != "R-STATUS-4Y" {
		t.Errorf("R-STATUS-4Y: four-year date %s (%s), want 2028-02-29", d.Date, d.Rule)
	}
	got = p.AfterCard(twRenewal("2026-12-10"), MustDate("2027-12-10"), c)
	for _, d := range got {
		if d.Key == "four-year-date" {
			t.Error("four-year date scheduled without a first card date")
		}
	}
	if len(got) != 2 {
		t.Errorf("R-CASE-NEXT without first card: %d deadlines, want the 2 window dates", len(got))
	}
	if got := p.AfterCard(twMinorPerm("2026-12-10", "2016-05-05"), MustDate("2030-12-10"), c); len(got) != 2 {
		t.Errorf("R-CARD-PERM: a minor's next card schedules %d deadlines, want 2", len(got))
	}
}

// R-RENEW-TERMS: at the 4-year ceiling no renewal fits, so the card's last
// 30 days are shown as the time to file the change of status
// (R-STATUS-WHEN), not as a renewal window, and no renewal fee is quoted.
func TestRenewalAtTheCeilingShowsTheChangeWindow(t *testing.T) {
	p, err := Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	a := twRenewal("2026-12-10", "status_since", "2023-03-01", "years_requested", "1")
	out := p.Evaluate(a, twCtx(twToday))
	if out.Verdict.Status != NotEligible {
		t.Fatalf("verdict %s, want not-eligible (R-RENEW-TERMS)", out.Verdict.Status)
	}
	for _, key := range []string{"renewal-window-opens", "renewal-window-closes"} {
		d := twDeadline(t, out.Deadlines, key)
		if d.Rule != "R-STATUS-WHEN" || strings.Contains(d.Title, "Renewal window") {
			t.Errorf("%s = %q (%s), want the change-of-status window (R-STATUS-WHEN)", key, d.Title, d.Rule)
		}
	}
	if strings.Contains(out.Fee.Text, "MXN") {
		t.Errorf("fee %q quotes a renewal amount at the ceiling", out.Fee.Text)
	}
	// Below the ceiling the window is the renewal's.
	below := p.Evaluate(twRenewal("2026-12-10", "status_since", "2024-12-10", "years_requested", "1"), twCtx(twToday))
	if d := twDeadline(t, below.Deadlines, "renewal-window-closes"); d.Rule != "R-RENEW-WINDOW" {
		t.Errorf("below the ceiling the closing date cites %s, want R-RENEW-WINDOW", d.Rule)
	}
}

// R-CARD-PERM and the fee table: the notes say how long a minor's
// permanent card runs, and when half the fee may apply.
func TestRenewalTermNotes(t *testing.T) {
	p, err := Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	has := func(notes []string, s string) bool {
		for _, n := range notes {
			if strings.Contains(n, s) {
				return true
			}
		}
		return false
	}
	minor := p.Evaluate(twMinorPerm("2026-12-10", "2016-05-05"), twCtx(twToday)).Notes
	if !has(minor, "1 year while the child is under 3, then 4 years") {
		t.Errorf("a minor's permanent card: notes %q lack its term (R-CARD-PERM)", minor)
	}
	job := p.Evaluate(twRenewal("2026-12-10"), twCtx(twToday)).Notes
	if !has(job, "50% of the card fee") || has(job, "R-CARD-PERM") {
		t.Errorf("a temporary card on a job: notes %q", job)
	}
}
