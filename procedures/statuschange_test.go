package procedures

import (
	"strings"
	"testing"
)

func twFourYears(first, exp string) Answers {
	return Answers{"route": "four-years", "status_since": first, "card_expiry": exp}
}

// twMarriage: spouse of a Mexican, residence obtained through the link,
// certificate issued in Mexico; extra pairs override.
func twMarriage(first, exp, dependent string, extra ...string) Answers {
	a := Answers{"route": "marriage", "status_since": first, "card_expiry": exp, "link": "spouse",
		"relative_status": "mexican", "relative_name": "Ana Ruiz", "via_link": "yes",
		"financially_dependent": dependent, "certificate_abroad": "no"}
	for i := 0; i+1 < len(extra); i += 2 {
		a[extra[i]] = extra[i+1]
	}
	return a
}

// twFamily: family unity from current ("visitor" or "temporary") to target;
// date is the stay's end for a visitor, the card's expiry otherwise.
func twFamily(current, target, date, link string) Answers {
	a := Answers{"route": "family-unity", "current_status": current, "target": target, "link": link,
		"relative_status": "permanent-resident", "relative_name": "Ana Ruiz", "certificate_abroad": "no"}
	if current == "visitor" {
		a["stay_expiry"] = date
	} else {
		a["card_expiry"] = date
	}
	return a
}

func TestStatusChangeVerdicts(t *testing.T) {
	tests := map[string]struct {
		a                   Answers
		today               string
		want                VerdictStatus
		from                string
		reasonHas, routeHas string
		deadline            string
		date, actBy         string
		noteHas             []string
	}{
		"R-STATUS-WHEN in the last 30 days of the fourth-year card; closes on a Sunday": {
			a: twFourYears("2022-12-20", "2026-12-20"), today: twToday, want: Eligible, from: "2026-11-21", reasonHas: "file by 2026-12-20; the office is closed that day, so act by 2026-12-18",
			deadline: "status-window-closes", date: "2026-12-20", actBy: "2026-12-18", noteHas: []string{"Mérida", "2026-12-21", "next business day"}},
		"R-STATUS-4Y + R-DAYS-MONTHS leap-day first card: eligible 2028-02-29, window opens 31 Jan (R-DAYS-CAL)": {
			a: twFourYears("2024-02-29", "2028-02-29"), today: "2027-12-01", want: NotYet, from: "2028-01-31",
			deadline: "status-eligible-from", date: "2028-02-29"},
		"R-STATUS-WHEN + R-DAYS-CLOSED card expiring on Independence Day": {
			a: twFourYears("2022-09-16", "2026-09-16"), today: "2026-09-01", want: Eligible,
			deadline: "status-window-closes", date: "2026-09-16", actBy: "2026-09-15", noteHas: []string{"Independence Day"}},
		"R-STATUS-4Y card expires years before: renew first, not yet": {
			a: twFourYears("2024-01-10", "2025-01-10"), today: "2024-12-20", want: NotYet, from: "2028-01-10", reasonHas: "renew it first",
			deadline: "renewal-window-opens", date: "2024-12-12"},
		"R-STATUS-4Y + R-RENEW-TERMS card ends days short of four years: verify with the office": {
			a: twFourYears("2022-12-10", "2026-12-01"), today: twToday, want: Unknown, reasonHas: VerifyWithOffice,
			deadline: "status-eligible-from", date: "2026-12-10"},
		"R-STATUS-WHEN card valid past the four years: not yet, earlier filing unknown": {
			a: twFourYears("2022-06-01", "2027-01-15"), today: twToday, want: NotYet, from: "2026-12-17", reasonHas: VerifyWithOffice,
			deadline: "status-window-opens", date: "2026-12-17", noteHas: []string{VerifyWithOffice}},
		"R-STATUS-WHEN card expired: not eligible, regularise first": {
			a: twFourYears("2022-11-01", "2026-11-01"), today: twToday, want: NotEligible, routeHas: "R-RENEW-EXPIRED-IN",
			deadline: "status-eligible-from", date: "2026-11-01"},
		"R-STATUS-2Y + R-STATUS-WHEN leap day: eligible since 2026-02-28, file now while the card is valid": {
			a: twMarriage("2024-02-29", "2027-02-28", "yes"), today: twToday, want: Eligible, from: "2026-02-28", reasonHas: "file the change now",
			deadline: "status-eligible-from", date: "2026-02-28", noteHas: []string{"financially dependent", "2028-02-29"}},
		"R-STATUS-WHEN marriage route: the card's expiry on a Sunday is the last day, act by Friday": {
			a: twMarriage("2024-02-29", "2027-02-28", "yes"), today: twToday, want: Eligible, reasonHas: "act by 2027-02-26",
			deadline: "status-window-closes", date: "2027-02-28", actBy: "2027-02-26"},
		"R-STATUS-2Y a spouse who is not financially dependent: two years too, the other reading mentioned": {
			a: twMarriage("2024-02-29", "2027-02-28", "no"), today: twToday, want: Eligible, from: "2026-02-28",
			deadline: "status-eligible-from", date: "2026-02-28", noteHas: []string{"no financial-dependency condition", "2028-02-29"}},
		"R-STATUS-2Y a stored case without the retired dependency answer: two years": {
			a: twMarriage("2024-06-01", "2026-12-10", "", "financially_dependent", ""), today: twToday, want: Eligible, from: "2026-06-01",
			deadline: "status-window-opens", date: "2026-06-01"},
		"R-STATUS-WHEN marriage route opens on the eligibility date, not 30 days before expiry": {
			a: twMarriage("2024-06-01", "2026-12-10", "yes"), today: twToday, want: Eligible, from: "2026-06-01",
			deadline: "status-window-opens", date: "2026-06-01"},
		"R-STATUS-WHEN eligible within the card's last 30 days: not yet, the renewal window is the fallback": {
			a: twMarriage("2024-11-25", "2026-12-10", "yes"), today: twToday, want: NotYet, from: "2026-11-25", reasonHas: "fallback",
			deadline: "status-window-opens", date: "2026-11-25", noteHas: []string{"2026-11-11"}},
		"R-STATUS-2Y card expires before the two years: renew first": {
			a: twMarriage("2025-06-01", "2026-12-10", "yes"), today: twToday, want: NotYet, reasonHas: "renew it first",
			deadline: "renewal-window-opens", date: "2026-11-11"},
		"R-STATUS-2Y residence not through the link: unknown, four-year date shown": {
			a: twMarriage("2024-06-01", "2026-12-10", "yes", "via_link", "no"), today: twToday, want: Unknown, reasonHas: "2028-06-01",
			deadline: "status-eligible-from", date: "2028-06-01"},
		"R-STATUS-FAMILY + R-DAYS-LIKELY visitor within the stay; last day on Christmas acts by 18 December": {
			a: twFamily("visitor", "temporary", "2026-12-25", "spouse"), today: twToday, want: Eligible,
			deadline: "status-file-by", date: "2026-12-25", actBy: "2026-12-18", noteHas: []string{"Christmas", "if yours is open, the last day is 2026-12-24"}},
		"R-STATUS-FAMILY visitor past the authorised stay: not eligible": {
			a: twFamily("visitor", "permanent", "2026-11-20", "parent"), today: twToday, want: NotEligible, routeHas: VerifyWithOffice,
			deadline: "status-file-by", date: "2026-11-20"},
		"R-STATUS-FAMILY temporary resident with a valid card (expires on a Saturday)": {
			a: twFamily("temporary", "permanent", "2027-05-01", "child"), today: twToday, want: Eligible,
			deadline: "status-file-by", date: "2027-05-01", actBy: "2027-04-30"},
		"R-STATUS-FAMILY temporary card expired: not eligible": {
			a: twFamily("temporary", "permanent", "2026-11-01", "child"), today: twToday, want: NotEligible, routeHas: "R-RENEW-EXPIRED-IN",
			deadline: "status-file-by", date: "2026-11-01", actBy: "2026-10-30"}, // a Sunday
		"R-STATUS-PENSION valid card: eligible now": {
			a: Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"}, today: twToday, want: Eligible,
			deadline: "status-file-by", date: "2027-06-01"},
		"R-STATUS-PENSION card expired: not eligible": {
			a: Answers{"route": "pension", "card_expiry": "2026-11-22", "pension_basis": "pension"}, today: twToday, want: NotEligible,
			deadline: "status-file-by", date: "2026-11-22", actBy: "2026-11-20"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, "status-change", tc.a, tc.today)
			v := out.Verdict
			if v.Status != tc.want {
				t.Fatalf("verdict = %v (%s), want %v", v.Status, v.Reason, tc.want)
			}
			if tc.from != "" && v.From != MustDate(tc.from) {
				t.Errorf("from = %s, want %s", v.From, tc.from)
			}
			if !strings.Contains(v.Reason, tc.reasonHas) || !strings.Contains(v.Route, tc.routeHas) {
				t.Errorf("reason %q / route %q lack %q / %q", v.Reason, v.Route, tc.reasonHas, tc.routeHas)
			}
			if len(v.Rules) == 0 {
				t.Error("verdict cites no rule")
			}
			if !out.Appointment {
				t.Error("R-STATUS-APPT: changes of status are booked online")
			}
			checkDeadline(t, out.Deadlines, tc.deadline, tc.date, tc.actBy, tc.noteHas...)
		})
	}
}

func TestStatusChangeAnswerChecks(t *testing.T) {
	p, err := Lookup("status-change")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		key, raw string
		a        Answers
		errHas   []string
	}{
		"R-STATUS-2Y marriage route refuses a child link":   {"link", "child", twMarriage("2024-01-01", "2026-12-01", "yes"), []string{"link", "spouse or concubine"}},
		"R-STATUS-FAMILY family unity accepts a child link": {"link", "child", twFamily("temporary", "permanent", "2027-01-01", ""), nil},
		"R-STATUS-4Y card expiring before the first card":   {"card_expiry", "2022-01-01", twFourYears("2022-12-20", ""), []string{"card_expiry", "2022-12-20", "type"}},
		"R-STATUS-4Y first card on the expiry day":          {"status_since", "2026-12-20", twFourYears("", "2026-12-20"), []string{"status_since", "type"}},
		"29 February in a common year is refused":           {"stay_expiry", "2026-02-29", twFamily("visitor", "temporary", "", "spouse"), []string{"stay_expiry", "does not exist"}},
		"a route that is not offered is refused":            {"route", "lottery", Answers{}, []string{"route", "four-years", "pension"}},
		"pension route does not check the first card dates": {"card_expiry", "2020-01-01", Answers{"route": "pension", "status_since": "2025-01-01"}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkAnswer(t, p, tc.key, tc.raw, tc.a, tc.errHas)
		})
	}
}

func TestStatusChangeDocumentsAndFee(t *testing.T) {
	always := []string{"D-FORM", "D-FEE", "D-PASS", "D-LETTER", "R-DOC-PHOTO"}
	tests := map[string]struct {
		a          Answers
		has, lacks []string
		nameHas    map[string]string // document id → text its Name or Note holds
		feeHas     []string
	}{
		"R-STATUS-4Y + R-PAY-TWO: card, no family papers; two payments, 1,847 at filing": {
			a: twFourYears("2022-12-20", "2026-12-20"), has: []string{"D-CARD"},
			lacks:  []string{"D-LINK", "D-LINK-ID", "D-OATH-2Y", "D-FMM", "D-ADDRESS", "D-APOSTILLE", "D-PENSION", "D-BASIC"},
			feeHas: []string{"Two payments", "recepción y estudio", "1,847 MXN (2026", "Once approved", "13,578.96", VerifyAmount}},
		"R-STATUS-2Y certificate from abroad: apostille, oath, link": {
			a:       twMarriage("2024-06-01", "2026-12-10", "yes", "certificate_abroad", "yes"),
			has:     []string{"D-CARD", "D-LINK", "D-LINK-ID", "D-OATH-2Y", "D-APOSTILLE"},
			lacks:   []string{"D-FMM", "D-ADDRESS", "D-PENSION"},
			nameHas: map[string]string{"D-LINK": "Marriage certificate"}, feeHas: []string{"13,578.96"}},
		"R-STATUS-2Y certificate from Mexico: no apostille": {
			a: twMarriage("2024-06-01", "2026-12-10", "yes"), has: []string{"D-LINK", "D-OATH-2Y"}, lacks: []string{"D-APOSTILLE"}},
		"R-STATUS-2Y concubine: proof of concubinage, verify": {
			a: twMarriage("2024-06-01", "2026-12-10", "yes", "link", "concubine"), has: []string{"D-LINK", "D-OATH-2Y"},
			nameHas: map[string]string{"D-LINK": VerifyWithOffice}},
		"R-STATUS-FAMILY visitor: FMM, address, birth certificate; no card": {
			a:   twFamily("visitor", "temporary", "2026-12-25", "child"),
			has: []string{"D-FMM", "D-ADDRESS", "D-LINK", "D-LINK-ID"}, lacks: []string{"D-CARD", "D-OATH-2Y"},
			nameHas: map[string]string{"D-LINK": "Birth certificate"}, feeHas: []string{"11,140.74", "50%", VerifyWithOffice}},
		"R-STATUS-FAMILY temporary to permanent: card and permanent fee": {
			a: twFamily("temporary", "permanent", "2027-05-01", "parent"), has: []string{"D-CARD", "D-ADDRESS"}, lacks: []string{"D-FMM"},
			feeHas: []string{"13,578.96", "50%"}},
		"R-STATUS-PENSION savings: 12 months of statements": {
			a: Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"}, has: []string{"D-PENSION", "D-CARD"},
			lacks: []string{"D-LINK"}, nameHas: map[string]string{"D-PENSION": "12 months"}},
		"R-STATUS-PENSION pension income: 6 months": {
			a: Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "pension"}, has: []string{"D-PENSION"},
			nameHas: map[string]string{"D-PENSION": "6 months"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, "status-change", tc.a, twToday)
			if out.Verdict.Status == Incomplete {
				t.Fatalf("incomplete answers: %s", out.Verdict.Reason)
			}
			if out.Fee.Rule != "R-PAY-TWO" || !strings.Contains(strings.Join(out.Steps, " "), "pay the card fee") {
				t.Errorf("fee rule %s, steps %v: want R-PAY-TWO and the second payment among the steps", out.Fee.Rule, out.Steps)
			}
			for _, id := range append(always, tc.has...) {
				if _, ok := twDoc(out.Documents, id); !ok {
					t.Errorf("checklist lacks %s", id)
				}
			}
			for _, id := range tc.lacks {
				if _, ok := twDoc(out.Documents, id); ok {
					t.Errorf("checklist has %s", id)
				}
			}
			for id, s := range tc.nameHas {
				d, _ := twDoc(out.Documents, id)
				if !strings.Contains(d.Name+" "+d.Note, s) {
					t.Errorf("%s = %q / %q, want %q", id, d.Name, d.Note, s)
				}
			}
			for _, s := range tc.feeHas {
				if !strings.Contains(out.Fee.Text, s) {
					t.Errorf("fee %q lacks %q", out.Fee.Text, s)
				}
			}
		})
	}
}

func TestStatusChangeAfterCardAndSteps(t *testing.T) {
	p, err := Lookup("status-change")
	if err != nil {
		t.Fatal(err)
	}
	c := twCtx(twToday)
	if got := p.AfterCard(twFourYears("2022-12-20", "2026-12-20"), Date{}, c); got != nil {
		t.Errorf("R-RENEW-WHO: an adult's permanent card schedules %v", got)
	}
	got := p.AfterCard(twFamily("visitor", "temporary", "2026-12-25", "spouse"), MustDate("2027-12-25"), c)
	if d := twDeadline(t, got, "next-renewal-window-closes"); d.ActBy != MustDate("2027-12-17") {
		t.Errorf("R-CASE-NEXT + R-DAYS-LIKELY: act by %s, want 2027-12-17", d.ActBy)
	}
	out := p.Evaluate(twFourYears("2022-12-20", "2026-12-20"), c)
	if !strings.Contains(strings.Join(out.Steps, " "), "comments box") {
		t.Errorf("R-STATUS-4Y: steps do not say to state the route: %v", out.Steps)
	}
}
