package procedures

import (
	"strings"
	"testing"
)

func TestNeedsCardExpiry(t *testing.T) {
	tests := map[string]struct {
		id   string
		a    Answers
		want bool
	}{
		"a temporary renewal yields a card with an expiry (R-CASE-NEXT)": {"renewal", twRenewal("2026-12-10"), true},
		"a minor's permanent card expires (R-CARD-PERM)":                 {"renewal", twMinorPerm("2026-12-10", "2016-05-05"), true},
		"a temporary canje card expires (R-CANJE-TERM)":                  {"canje", twCanje("2026-09-01", "2026-11-01"), true},
		"an adult's permanent card from a canje has none (R-RENEW-WHO)":  {"canje", Answers{"visa_type": "permanent"}, false},
		"permanent residence after four years: no expiry":                {"status-change", twFourYears("2022-12-10", "2026-12-10"), false},
		"family unity to temporary residence: an expiry":                 {"status-change", twFamily("visitor", "temporary", "2026-12-25", "spouse"), true},
		"a notification yields no card":                                  {"notification", Answers{"change_kind": "address"}, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := NeedsCardExpiry(mustLookup(t, tc.id), tc.a); got != tc.want {
				t.Errorf("NeedsCardExpiry => %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCheckProgress(t *testing.T) {
	renewal := mustLookup(t, "renewal")
	c := Context{Today: MustDate("2026-12-02")}
	filed := func(d string) Progress { return Progress{Stage: StageFiled, FiledDate: MustDate(d)} }
	received := func(f, r, exp string) Progress {
		pr := filed(f)
		pr.Stage, pr.ReceivedDate, pr.NewCardExpiry = StageReceived, MustDate(r), twDate(exp)
		return pr
	}
	tests := map[string]struct {
		a      Answers
		pr     Progress
		errHas []string
	}{
		"a filing today is fine":                               {twRenewal("2026-12-10"), filed("2026-12-02"), nil},
		"a filing after today is refused, saying what to type": {twRenewal("2026-12-10"), filed("2026-12-03"), []string{"filed date", "after today", "on or before 2026-12-02"}},
		"a correction notice before the filing names both": {twRenewal("2026-12-10"), Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-20"), CorrectionNotice: MustDate("2026-11-19")},
			[]string{"correction notice", "filed date 2026-11-20"}},
		"a temporary card received without its expiry is refused (R-CASE-NEXT)": {twRenewal("2026-12-10"), received("2026-11-20", "2026-11-25", ""),
			[]string{"card expiry", "type it"}},
		"a temporary card received with its expiry is fine": {twRenewal("2026-12-10"), received("2026-11-20", "2026-11-25", "2027-12-10"), nil},
		"an expiry before the day received is refused":      {twRenewal("2026-12-10"), received("2026-11-20", "2026-11-25", "2026-11-01"), []string{"card expiry", "not after"}},
		"a card received after today is refused":            {twRenewal("2026-12-10"), received("2026-11-20", "2026-12-05", "2027-12-10"), []string{"received date", "after today"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := CheckProgress(renewal, tc.a, tc.pr, c)
			if len(tc.errHas) == 0 {
				if err != nil {
					t.Fatalf("CheckProgress => %v, want accepted", err)
				}
				return
			}
			if err == nil {
				t.Fatal("CheckProgress accepted, want an error")
			}
			for _, s := range tc.errHas {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q lacks %q", err, s)
				}
			}
		})
	}
	// An adult's permanent card: no expiry needed.
	status := mustLookup(t, "status-change")
	pr := received("2026-11-20", "2026-11-25", "")
	if err := CheckProgress(status, twFourYears("2022-12-10", "2026-12-10"), pr, c); err != nil {
		t.Errorf("a permanent card with no expiry refused: %v", err)
	}
}

func TestReadyWarnings(t *testing.T) {
	renewal := mustLookup(t, "renewal")
	c := twCtx(twToday)
	all := map[string]bool{}
	for _, d := range renewal.Evaluate(twRenewal("2026-12-10"), c).Documents {
		all[d.ID] = true
	}
	if got := ReadyWarnings(renewal, twRenewal("2026-12-10"), all, c); len(got) != 0 {
		t.Errorf("in the window with every document ticked: %q, want none", got)
	}
	got := ReadyWarnings(renewal, twRenewal("2027-03-01"), map[string]bool{"D-PASS": true}, c)
	if len(got) != 2 || !strings.Contains(got[0], "from 2027-01-31") || !strings.Contains(got[1], "not ticked") || !strings.Contains(got[1], "Fee receipt") {
		t.Errorf("before the window with one document ticked: %q, want the opening date and the unticked documents", got)
	}
	got = ReadyWarnings(renewal, twRenewal("2026-09-01"), all, c)
	if len(got) == 0 || !strings.Contains(got[0], "does not apply") || !strings.Contains(got[0], "consulate") {
		t.Errorf("a case that does not apply: %q, want its route", got)
	}
}

// Impossible dates are refused as typed (Question.Bound), and a stored one
// gives no verdict.
func TestDateBounds(t *testing.T) {
	today := MustDate("2026-12-02")
	tests := map[string]struct {
		id, key, raw string
		a            Answers
		errHas       []string
	}{
		"a child's birth date in the future": {"renewal", "child_birth_date", "2027-01-01", twMinorPerm("2030-12-10", ""), []string{"child_birth_date", "after today", "on or before 2026-12-02"}},
		"a status date in the future":        {"status-change", "status_since", "2026-12-03", Answers{"route": "four-years"}, []string{"status_since", "after today"}},
		"a departure in the past":            {"exit-permit", "departure_date", "2026-12-01", Answers{}, []string{"departure_date", "before today", "today or later"}},
		"a departure today is fine":          {"exit-permit", "departure_date", "2026-12-02", Answers{}, nil},
		"a re-entry in the future":           {"exit-permit", "reentry_date", "2026-12-20", exitAnswers(nil), []string{"reentry_date", "after today"}},
		"an entry today is fine":             {"canje", "entry_date", "2026-12-02", twCanje("2026-09-01", ""), nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := mustLookup(t, tc.id).AnswerOn(tc.key, tc.raw, tc.a, today)
			if len(tc.errHas) == 0 {
				if err != nil {
					t.Fatalf("AnswerOn => %v, want accepted", err)
				}
				return
			}
			if err == nil {
				t.Fatal("AnswerOn accepted, want an error")
			}
			for _, s := range tc.errHas {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q lacks %q", err, s)
				}
			}
		})
	}
	out := twEval(t, "status-change", twFourYears("2027-01-01", "2028-01-01"), "2026-12-02")
	if out.Verdict.Status != Incomplete || !strings.Contains(out.Verdict.Reason, "status since: 2027-01-01 is after today") {
		t.Errorf("a stored future status date: verdict %s (%s), want incomplete naming status since in words", out.Verdict.Status, out.Verdict.Reason)
	}
	if len(out.Deadlines) == 0 {
		t.Error("the dates should stay what the answers give")
	}
}

// A cross-answer error names both answers and lets either be corrected:
// the one typed last is not always the wrong one.
func TestCrossAnswerErrorsNameBoth(t *testing.T) {
	tests := map[string]struct {
		id, key, raw string
		a            Answers
		other        string
	}{
		"canje entry before the visa":      {"canje", "entry_date", "2026-08-31", twCanje("2026-09-01", ""), "visa_issue_date"},
		"canje expiry before the issue":    {"canje", "visa_expiry", "2026-08-01", twCanje("2026-09-01", ""), "visa_issue_date"},
		"renewal expiry before the status": {"renewal", "card_expiry", "2024-01-01", twRenewal("", "status_since", "2024-06-01"), "status_since"},
		"renewal birth after the expiry":   {"renewal", "child_birth_date", "2027-01-01", twMinorPerm("2026-12-10", ""), "card_expiry"},
		"status date after the expiry":     {"status-change", "status_since", "2026-12-20", twFourYears("", "2026-12-20"), "card_expiry"},
		"exit return before departure":     {"exit-permit", "return_date", "2026-12-09", exitAnswers(nil), "departure_date"},
		"notified before the change":       {"notification", "notified_date", "2026-08-01", Answers{"change_kind": "address", "change_date": "2026-09-01"}, "change_date"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkAnswer(t, mustLookup(t, tc.id), tc.key, tc.raw, tc.a, []string{tc.key, tc.other, "or correct " + tc.other})
		})
	}
}

// A case that does not apply shows the route it names, not the filing
// checklist and steps of the procedure it cannot file.
func TestNotEligibleShowsTheRouteOnly(t *testing.T) {
	tests := map[string]struct {
		id       string
		a        Answers
		routeHas string
	}{
		"canje past its 30 days: start again at a consulate":      {"canje", twCanje("2026-09-01", "2026-10-01"), "consulate"},
		"renewal expired past 60 days: start again":               {"renewal", twRenewal("2026-09-01"), "consulate"},
		"an expired lost card: regularisation, not a replacement": {"replacement", Answers{"reason": "lost", "location": "mexico", "card_expiry": "2026-11-02"}, "Regularise"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, tc.id, tc.a, twToday)
			if out.Verdict.Status != NotEligible {
				t.Fatalf("verdict %s (%s), want not-eligible", out.Verdict.Status, out.Verdict.Reason)
			}
			if len(out.Documents) != 0 {
				t.Errorf("a case that does not apply lists %d documents", len(out.Documents))
			}
			if len(out.Steps) != 1 || !strings.Contains(out.Steps[0], tc.routeHas) {
				t.Errorf("steps %q, want the route alone (%q)", out.Steps, tc.routeHas)
			}
			if strings.Contains(out.Fee.Text, "MXN") {
				t.Errorf("fee %q quotes the procedure's amount", out.Fee.Text)
			}
		})
	}
}
