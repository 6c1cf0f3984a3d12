package procedures

import (
	"strings"
	"testing"
)

// R-DATES-KNOWN: a holder abroad whose planned return is after the card's
// expiry sees the re-entry limit and the INM visit from the start, and is
// warned at once when the return is past the 55 days.
func TestAbroadReturnAfterExpiryIsKnownAtOnce(t *testing.T) {
	tests := map[string]struct {
		ret                  string
		warnHas              []string
		reenter, report, act string // "" report: no INM visit date
	}{
		"return after expiry, within 55 days: re-entry limit and INM visit shown now": {
			ret: "2026-12-20", warnHas: []string{"after the card expires on 2026-12-10", "re-enter by 2027-02-02", "R-DATES-KNOWN"},
			reenter: "2027-02-02", report: "2026-12-24", act: "2026-12-18"},
		"return past the 55 days: warned at once, come back by the last day": {
			ret: "2027-02-10", warnHas: []string{"2027-02-02, the last day the card", "come back by 2027-02-02", "consulate"},
			reenter: "2027-02-02", report: "2027-02-14", act: "2027-02-12"},
		"return before expiry: nothing certain yet, the dates stay contingent": {
			ret: "2026-12-01", reenter: "2027-02-02"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a := twRenewal("2026-12-10", "in_mexico", "no", "return_date", tc.ret)
			out := twEval(t, "renewal", a, twToday)
			if out.Verdict.Status != Eligible {
				t.Fatalf("verdict %s (%s): the card is still valid", out.Verdict.Status, out.Verdict.Reason)
			}
			for _, s := range tc.warnHas {
				if !strings.Contains(out.Verdict.Reason, s) || !strings.Contains(strings.Join(out.Notes, " "), s) {
					t.Errorf("reason %q or notes lack %q", out.Verdict.Reason, s)
				}
			}
			applicable := map[string]Deadline{}
			for _, d := range Applicable(out.Deadlines, MustDate(twToday)) {
				applicable[d.Key] = d
			}
			re := twDeadline(t, out.Deadlines, "renewal-reenter-by")
			if re.Date != MustDate(tc.reenter) {
				t.Errorf("re-enter by %s, want %s", re.Date, tc.reenter)
			}
			_, shown := applicable["renewal-reenter-by"]
			if shown != (tc.report != "") {
				t.Errorf("re-entry limit shown today = %v, want %v (R-DATES-KNOWN)", shown, tc.report != "")
			}
			if tc.report == "" {
				if len(tc.warnHas) == 0 && strings.Contains(out.Verdict.Reason, "R-DATES-KNOWN") {
					t.Errorf("a return before expiry warned: %q", out.Verdict.Reason)
				}
				return
			}
			rep, ok := applicable["renewal-report-by"]
			if !ok || rep.Date != MustDate(tc.report) || rep.ActBy != MustDate(tc.act) || rep.IfMissed != "" {
				t.Errorf("INM visit %+v, want %s act by %s, shown now", rep, tc.report, tc.act)
			}
		})
	}
}

// R-REPLACE-VALID: a replacement needs a valid card; an expired one routes
// to regularisation with its 60-day deadline; in the card's last 30 days
// the open renewal window is mentioned.
func TestReplacementNeedsAValidCard(t *testing.T) {
	tests := map[string]struct {
		a         Answers
		today     string
		want      VerdictStatus
		reasonHas string
		routeHas  string
		noteHas   string
		deadline  string
		date      string
		actBy     string
	}{
		"an expired lost card in Mexico: regularisation by expiry + 59, not a replacement": {
			a: Answers{"reason": "lost", "location": "mexico", "card_expiry": "2026-11-02"}, today: twToday,
			want: NotEligible, reasonHas: "expired on 2026-11-02", routeHas: "by 2026-12-31; INM offices usually close in the year-end vacation, so act by 2026-12-18",
			deadline: "replacement-regularise-by", date: "2026-12-31", actBy: "2026-12-18"},
		"an expired lost card past the 60 days: start again": {
			a: Answers{"reason": "lost", "location": "mexico", "card_expiry": "2026-09-01"}, today: twToday,
			want: NotEligible, routeHas: "consulate", deadline: "replacement-regularise-by", date: "2026-10-30"},
		"an expired stolen card abroad: the re-entry route, verify without the card": {
			a: Answers{"reason": "stolen", "location": "abroad", "card_expiry": "2026-11-02"}, today: twToday,
			want: NotEligible, routeHas: "by 2026-12-26", deadline: "replacement-reenter-by", date: "2026-12-26"},
		"a card in its last 30 days: the renewal window is open and may serve instead": {
			a: Answers{"reason": "damaged", "location": "mexico", "card_expiry": "2026-12-10"}, today: twToday,
			want: Eligible, noteHas: "renewal window is open (from 2026-11-11", deadline: "replacement-file-by", date: "2026-12-10"},
		"a valid card: file the replacement while it is valid": {
			a: Answers{"reason": "lost", "location": "mexico", "card_expiry": "2027-06-30"}, today: twToday,
			want: Eligible, deadline: "replacement-file-by", date: "2027-06-30"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, "replacement", tc.a, tc.today)
			v := out.Verdict
			if v.Status != tc.want {
				t.Fatalf("verdict %s (%s), want %s", v.Status, v.Reason, tc.want)
			}
			if !strings.Contains(v.Reason, tc.reasonHas) || !strings.Contains(v.Route, tc.routeHas) {
				t.Errorf("reason %q / route %q lack %q / %q", v.Reason, v.Route, tc.reasonHas, tc.routeHas)
			}
			if !strings.Contains(strings.Join(out.Notes, " "), tc.noteHas) {
				t.Errorf("notes %q lack %q", out.Notes, tc.noteHas)
			}
			if !strings.Contains(strings.Join(v.Rules, " "), "R-REPLACE-VALID") && tc.want == NotEligible {
				t.Errorf("rules %v lack R-REPLACE-VALID", v.Rules)
			}
			checkDeadline(t, out.Deadlines, tc.deadline, tc.date, tc.actBy)
		})
	}
	// An adult's permanent card has no expiry: no date, the old verdict.
	out := twEval(t, "replacement", Answers{"reason": "lost", "location": "mexico"}, twToday)
	if out.Verdict.Status != Eligible || len(out.Deadlines) != 0 {
		t.Errorf("no expiry: %s with %d deadlines, want eligible with none", out.Verdict.Status, len(out.Deadlines))
	}
}
