package procedures

import (
	"strings"
	"testing"
)

// abEval evaluates answers a of procedure id on today, with the given
// configured office closures (R-DAYS-BIZ).
func abEval(t *testing.T, id string, a Answers, today string, closures ...string) Outcome {
	t.Helper()
	p, err := Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	cal := Calendar{Closures: map[Date]bool{}}
	for _, d := range closures {
		cal.Closures[MustDate(d)] = true
	}
	return p.Evaluate(a, Context{Today: MustDate(today), Calendar: cal})
}

// abMerge copies a with the extra key/value pairs set.
func abMerge(a Answers, kv ...string) Answers {
	out := Answers{}
	for k, v := range a {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// abAbroad is a temporary card that expired on exp while the holder is
// abroad, returning on ret (R-RENEW-EXPIRED-OUT).
func abAbroad(exp, ret string) Answers {
	return twRenewal(exp, "in_mexico", "no", "return_date", ret)
}

// abBack is an exit permit used: left on dep, back on reentry (R-EXIT-RETURN).
func abBack(dep, reentry string) Answers {
	return exitAnswers(map[string]string{"departure_date": dep, "return_date": reentry, "reentry_date": reentry})
}

// TestVerdictWordsGiveActBy checks that each verdict naming a deadline to
// act at an INM office gives the legal date and, when the office is closed
// that day, the last business day before it; and that, once that day has
// passed, it says offices are closed until the deadline and what applies
// next (R-DAYS-CLOSED).
func TestVerdictWordsGiveActBy(t *testing.T) {
	const closed = "; the office is closed that day, so act by "
	const shut = "offices are closed until the deadline"
	tests := map[string]struct {
		id        string
		a         Answers
		today     string
		closures  []string
		want      VerdictStatus
		reasonHas []string
		reasonNot string
		stepHas   string
	}{
		// renewal: the window not yet open (R-RENEW-WINDOW).
		"R-DAYS-LIKELY renewal not yet open, expiry on a Sunday in the year-end span: act by 18 Dec": {
			id: "renewal", a: twRenewal("2027-01-03"), today: "2026-11-23", want: NotYet,
			reasonHas: []string{"from 2026-12-05 to 2027-01-03; INM offices usually close in the year-end vacation, so act by 2026-12-18; if yours is open, the last day is 2026-12-31"}},
		"R-DAYS-CLOSED renewal not yet open, expiry on a Sunday, year-end closures entered: act by Thursday 31 Dec": {
			id: "renewal", a: twRenewal("2027-01-03"), today: "2026-11-23", closures: []string{"2026-12-24"}, want: NotYet,
			reasonHas: []string{"from 2026-12-05 to 2027-01-03" + closed + "2026-12-31"}},
		"R-DAYS-BIZ renewal not yet open, expiry on Wednesday 5 May 2027: act by Tuesday": {
			id: "renewal", a: twRenewal("2027-05-05"), today: "2027-03-01", want: NotYet,
			reasonHas: []string{"to 2027-05-05" + closed + "2027-05-04"}},
		"R-DAYS-LIKELY regularisation ending on Good Friday 2027: act by Wednesday": {
			id: "renewal", a: twRenewal("2027-01-26"), today: "2027-02-01", want: Eligible,
			reasonHas: []string{"renew it by 2027-03-26; INM offices usually close on Good Friday, so act by 2027-03-24; if yours is open, the last day is 2027-03-26"}},
		"R-DAYS-CLOSED renewal not yet open, expiry on Revolution Day: act by 13 Nov": {
			id: "renewal", a: twRenewal("2026-11-16"), today: "2026-10-01", want: NotYet,
			reasonHas: []string{"to 2026-11-16" + closed + "2026-11-13"}},
		"R-DAYS-CLOSED renewal not yet open, expiry on a configured closure: act by the day before": {
			id: "renewal", a: twRenewal("2026-12-09"), today: "2026-11-01", closures: []string{"2026-12-09"}, want: NotYet,
			reasonHas: []string{"to 2026-12-09" + closed + "2026-12-08"}},
		"R-DAYS-CLOSED renewal not yet open, expiry on an open day: the date alone": {
			id: "renewal", a: twRenewal("2026-12-09"), today: "2026-11-01", want: NotYet,
			reasonHas: []string{"to 2026-12-09."}, reasonNot: "act by"},

		// renewal: regularisation in Mexico, 60 days (R-RENEW-EXPIRED-IN).
		"R-DAYS-CLOSED regularisation ending on a Sunday: act by Friday": {
			id: "renewal", a: twRenewal("2026-10-22"), today: "2026-11-23", want: Eligible,
			reasonHas: []string{"renew it by 2026-12-20" + closed + "2026-12-18."}, reasonNot: shut},
		"R-DAYS-CLOSED regularisation ending on Revolution Day: act by 13 Nov": {
			id: "renewal", a: twRenewal("2026-09-18"), today: "2026-11-01", want: Eligible,
			reasonHas: []string{"renew it by 2026-11-16" + closed + "2026-11-13."}},
		"R-DAYS-CLOSED regularisation ending on a configured closure: act by the day before": {
			id: "renewal", a: twRenewal("2026-10-11"), today: "2026-11-23", closures: []string{"2026-12-09"}, want: Eligible,
			reasonHas: []string{"renew it by 2026-12-09" + closed + "2026-12-08."}},
		"R-DAYS-CLOSED regularisation act-by passed: closed until the deadline, ask at once": {
			id: "renewal", a: twRenewal("2026-09-24"), today: "2026-11-21", want: Eligible,
			reasonHas: []string{"renew it by 2026-11-22" + closed + "2026-11-20.", shut, "ask"}},

		// renewal: card expired abroad, 5 days after re-entry (R-RENEW-EXPIRED-OUT).
		"R-DAYS-CLOSED expired abroad, INM visit due on a Sunday: act by Friday": {
			id: "renewal", a: abAbroad("2026-11-01", "2026-12-16"), today: "2026-11-23",
			reasonHas: []string{"by 2026-12-20" + closed + "2026-12-18."}},
		"R-DAYS-CLOSED expired abroad, INM visit due on Revolution Day: act by 13 Nov": {
			id: "renewal", a: abAbroad("2026-10-20", "2026-11-12"), today: "2026-11-01",
			reasonHas: []string{"by 2026-11-16" + closed + "2026-11-13."}},
		"R-DAYS-CLOSED expired abroad, INM visit due on a configured closure": {
			id: "renewal", a: abAbroad("2026-11-01", "2026-12-05"), today: "2026-11-23", closures: []string{"2026-12-09"},
			reasonHas: []string{"by 2026-12-09" + closed + "2026-12-08."}},
		"R-DAYS-CLOSED expired abroad, act-by passed: closed until the deadline, ask at once": {
			id: "renewal", a: abAbroad("2026-11-01", "2026-11-18"), today: "2026-11-21",
			reasonHas: []string{"by 2026-11-22" + closed + "2026-11-20.", shut, "ask"}},

		// status change: a visitor by family unity (R-STATUS-FAMILY).
		"R-DAYS-CLOSED visitor's stay ending on a Sunday: act by Friday": {
			id: "status-change", a: twFamily("visitor", "temporary", "2026-12-20", "spouse"), today: "2026-11-23", want: Eligible,
			reasonHas: []string{"by 2026-12-20" + closed + "2026-12-18."}},
		"R-DAYS-CLOSED visitor's stay ending on Revolution Day: act by 13 Nov": {
			id: "status-change", a: twFamily("visitor", "temporary", "2026-11-16", "spouse"), today: "2026-11-01", want: Eligible,
			reasonHas: []string{"by 2026-11-16" + closed + "2026-11-13."}},
		"R-DAYS-CLOSED visitor's stay ending on a configured closure": {
			id: "status-change", a: twFamily("visitor", "temporary", "2026-12-09", "spouse"), today: "2026-11-23", closures: []string{"2026-12-09"}, want: Eligible,
			reasonHas: []string{"by 2026-12-09" + closed + "2026-12-08."}},
		"R-DAYS-CLOSED visitor's act-by passed: closed until the deadline, then regularisation for family ties": {
			id: "status-change", a: twFamily("visitor", "temporary", "2026-11-22", "spouse"), today: "2026-11-21", want: Eligible,
			reasonHas: []string{shut, "regularisation for family ties", VerifyWithOffice}},

		// status change: family unity from a temporary card (R-STATUS-WHEN).
		"R-DAYS-CLOSED card route, card expiring on a Sunday: act by Friday": {
			id: "status-change", a: twFamily("temporary", "permanent", "2026-12-20", "spouse"), today: "2026-11-23", want: Eligible,
			reasonHas: []string{"while your card is valid, by 2026-12-20" + closed + "2026-12-18."}},
		"R-DAYS-CLOSED card route, card expiring on Revolution Day: act by 13 Nov": {
			id: "status-change", a: twFamily("temporary", "permanent", "2026-11-16", "spouse"), today: "2026-11-01", want: Eligible,
			reasonHas: []string{"by 2026-11-16" + closed + "2026-11-13."}},
		"R-DAYS-CLOSED card route, card expiring on a configured closure": {
			id: "status-change", a: twFamily("temporary", "permanent", "2026-12-09", "spouse"), today: "2026-11-23", closures: []string{"2026-12-09"}, want: Eligible,
			reasonHas: []string{"by 2026-12-09" + closed + "2026-12-08."}},
		"R-DAYS-CLOSED card route, act-by passed: closed until the deadline, then regularisation": {
			id: "status-change", a: twFamily("temporary", "permanent", "2026-11-22", "spouse"), today: "2026-11-21", want: Eligible,
			reasonHas: []string{shut, "R-RENEW-EXPIRED-IN"}},

		// status change after four years: the window not open, then open (R-STATUS-WHEN).
		"R-DAYS-CLOSED four years, window not open, card expiring on a Sunday": {
			id: "status-change", a: twFourYears("2022-12-20", "2026-12-20"), today: "2026-11-01", want: NotYet,
			reasonHas: []string{"from 2026-11-21 to 2026-12-20" + closed + "2026-12-18."}},
		"R-DAYS-CLOSED four years, window not open, card expiring on Revolution Day": {
			id: "status-change", a: twFourYears("2022-11-16", "2026-11-16"), today: "2026-10-01", want: NotYet,
			reasonHas: []string{"to 2026-11-16" + closed + "2026-11-13."}},
		"R-DAYS-CLOSED four years, window not open, card expiring on a configured closure": {
			id: "status-change", a: twFourYears("2022-12-09", "2026-12-09"), today: "2026-11-01", closures: []string{"2026-12-09"}, want: NotYet,
			reasonHas: []string{"to 2026-12-09" + closed + "2026-12-08."}},
		"R-DAYS-CLOSED four years, window open, closing on Revolution Day": {
			id: "status-change", a: twFourYears("2022-11-16", "2026-11-16"), today: "2026-11-01", want: Eligible,
			reasonHas: []string{"file by 2026-11-16" + closed + "2026-11-13."}},
		"R-DAYS-CLOSED four years, window open, closing on a configured closure": {
			id: "status-change", a: twFourYears("2022-12-09", "2026-12-09"), today: "2026-11-23", closures: []string{"2026-12-09"}, want: Eligible,
			reasonHas: []string{"file by 2026-12-09" + closed + "2026-12-08."}},
		"R-DAYS-CLOSED four years, act-by passed: closed until the deadline, regularisation, Mérida named": {
			id: "status-change", a: twFourYears("2022-11-22", "2026-11-22"), today: "2026-11-21", want: Eligible,
			reasonHas: []string{shut, "R-RENEW-EXPIRED-IN", "Mérida", "2026-11-23"}},

		// exit permit: hand it back 10 days after re-entry (R-EXIT-RETURN).
		"R-DAYS-CLOSED hand-back due on a Sunday: act by Friday": {
			id: "exit-permit", a: abBack("2026-12-01", "2026-12-11"), today: "2026-12-12", want: Eligible,
			reasonHas: []string{"by 2026-12-20" + closed + "2026-12-18."},
			stepHas:   "by 2026-12-20" + closed + "2026-12-18 (R-EXIT-RETURN)"},
		"R-DAYS-CLOSED hand-back due on Revolution Day: act by 13 Nov": {
			id: "exit-permit", a: abBack("2026-11-02", "2026-11-07"), today: "2026-11-07", want: Eligible,
			reasonHas: []string{"by 2026-11-16" + closed + "2026-11-13."},
			stepHas:   "by 2026-11-16" + closed + "2026-11-13"},
		"R-DAYS-CLOSED hand-back due on a configured closure": {
			id: "exit-permit", a: abBack("2026-11-25", "2026-11-30"), today: "2026-11-30", closures: []string{"2026-12-09"}, want: Eligible,
			reasonHas: []string{"by 2026-12-09" + closed + "2026-12-08."},
			stepHas:   "by 2026-12-09" + closed + "2026-12-08"},
		"R-DAYS-CLOSED hand-back act-by passed: closed until the deadline, ask at once": {
			id: "exit-permit", a: abBack("2026-11-05", "2026-11-13"), today: "2026-11-21", want: Eligible,
			reasonHas: []string{"by 2026-11-22" + closed + "2026-11-20.", shut, "ask"}},
		"R-DAYS-CLOSED hand-back on an open day: the date alone": {
			id: "exit-permit", a: abBack("2026-11-25", "2026-11-30"), today: "2026-11-30", want: Eligible,
			reasonHas: []string{"by 2026-12-09."}, reasonNot: "act by", stepHas: "by 2026-12-09 (R-EXIT-RETURN)"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := abEval(t, tc.id, abMerge(tc.a), tc.today, tc.closures...)
			v := out.Verdict
			if v.Status == Incomplete {
				t.Fatalf("incomplete answers: %q", v.Reason)
			}
			// want unset (Incomplete) leaves the status to other tests: the
			// expired-abroad status is being reworded elsewhere.
			if tc.want != Incomplete && v.Status != tc.want {
				t.Errorf("status = %s, want %s (reason %q)", v.Status, tc.want, v.Reason)
			}
			for _, s := range tc.reasonHas {
				if !strings.Contains(v.Reason, s) {
					t.Errorf("reason %q lacks %q", v.Reason, s)
				}
			}
			if tc.reasonNot != "" && strings.Contains(v.Reason, tc.reasonNot) {
				t.Errorf("reason %q should not say %q", v.Reason, tc.reasonNot)
			}
			gaveActBy := strings.Contains(v.Reason, "act by")
			rules := strings.Join(v.Rules, " ")
			if cites := strings.Contains(rules, "R-DAYS-CLOSED") || strings.Contains(rules, "R-DAYS-LIKELY"); gaveActBy && !cites {
				t.Errorf("reason gives an act-by date but rules %v cite neither R-DAYS-CLOSED nor R-DAYS-LIKELY", v.Rules)
			}
			if tc.stepHas != "" && !strings.Contains(strings.Join(out.Steps, "\n"), tc.stepHas) {
				t.Errorf("steps lack %q:\n%s", tc.stepHas, strings.Join(out.Steps, "\n"))
			}
		})
	}
}

// TestByDate checks the shared wording of a legal date and its act-by date
// (R-DAYS-CLOSED), and when the "closed until the deadline" sentence applies.
func TestByDate(t *testing.T) {
	tests := map[string]struct {
		d, today string
		closures []string
		want     string
		closedTo bool
	}{
		"R-DAYS-CLOSED an open day is the date alone":            {d: "2026-12-09", today: "2026-11-23", want: "2026-12-09"},
		"R-DAYS-CLOSED a Sunday acts by Friday":                  {d: "2026-12-20", today: "2026-11-23", want: "2026-12-20; the office is closed that day, so act by 2026-12-18"},
		"R-DAYS-CLOSED Revolution Day acts by 13 Nov":            {d: "2026-11-16", today: "2026-11-01", want: "2026-11-16; the office is closed that day, so act by 2026-11-13"},
		"R-DAYS-CLOSED a configured closure counts":              {d: "2026-12-09", today: "2026-11-23", closures: []string{"2026-12-09"}, want: "2026-12-09; the office is closed that day, so act by 2026-12-08"},
		"R-DAYS-CLOSED on the act-by day offices are still open": {d: "2026-12-20", today: "2026-12-18", want: "2026-12-20; the office is closed that day, so act by 2026-12-18"},
		"R-DAYS-CLOSED after the act-by day, closed until the deadline": {d: "2026-12-20", today: "2026-12-19", closedTo: true,
			want: "2026-12-20; the office is closed that day, so act by 2026-12-18"},
		"R-DAYS-CLOSED on the legal date itself, still closed until it": {d: "2026-12-20", today: "2026-12-20", closedTo: true,
			want: "2026-12-20; the office is closed that day, so act by 2026-12-18"},
		"R-DAYS-CLOSED after the legal date the sentence no longer applies": {d: "2026-12-20", today: "2026-12-21",
			want: "2026-12-20; the office is closed that day, so act by 2026-12-18"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			cal := Calendar{Closures: map[Date]bool{}}
			for _, d := range tc.closures {
				cal.Closures[MustDate(d)] = true
			}
			c := Context{Today: MustDate(tc.today), Calendar: cal}
			d := MustDate(tc.d)
			if got := byDate(d, c); got != tc.want {
				t.Errorf("byDate = %q, want %q", got, tc.want)
			}
			got := closedUntil(d, askAtOnce, c)
			if (got != "") != tc.closedTo {
				t.Errorf("closedUntil = %q, want closed-until sentence %v", got, tc.closedTo)
			}
			if tc.closedTo && !strings.HasSuffix(got, askAtOnce) {
				t.Errorf("closedUntil = %q, want it to end with what applies next", got)
			}
		})
	}
}
