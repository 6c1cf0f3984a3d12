package procedures

import (
	"strings"
	"testing"
)

// findDeadlineByKey returns the deadline under key, failing the test when
// there is none.
func findDeadlineByKey(t *testing.T, ds []Deadline, key string) Deadline {
	t.Helper()
	for _, d := range ds {
		if d.Key == key {
			return d
		}
	}
	t.Fatalf("no deadline %q in %+v", key, ds)
	return Deadline{}
}

// documentIDs lists the ids of a checklist, in order.
func documentIDs(docs []Document) []string {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids
}

// exitAnswers is a complete ordinary exit-permit answer set; over changes
// some answers.
func exitAnswers(over map[string]string) Answers {
	a := Answers{
		"pending_procedure": "canje", "nut": "", "emergency": "no",
		"departure_date": "2026-12-10", "return_date": "2026-12-30",
	}
	for k, v := range over {
		a[k] = v
	}
	if _, given := a["emergency_cause"]; a.Yes("emergency") && !given {
		a["emergency_cause"] = "my father is in hospital in Toronto"
	}
	return a
}

func lookupExitPermit(t *testing.T) *Procedure {
	t.Helper()
	p, err := Lookup("exit-permit")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitPermitDeadlines(t *testing.T) {
	p := lookupExitPermit(t)
	// Late enough for every permit and re-entry date below to have
	// happened (Question.Bound); the dates do not depend on today.
	ctx := Context{Today: MustDate("2027-01-20")}
	tests := map[string]struct {
		over          map[string]string
		cal           Calendar
		key           string
		date, actBy   string
		done          bool
		noteHas       []string
		afterFiling   bool
		wantRule      string
		wantNotActive bool
	}{
		"ask 5 business days before departure, the conservative reading, with the 4-day and 2-3-day readings (R-EXIT-ASK)": {
			key: "exit-permit-ask-by", date: "2026-12-03", wantRule: "R-EXIT-ASK",
			noteHas: []string{"2 to 3 days", "by 2026-12-07", "4 days", "by 2026-12-04", "5 business days", "R-DAYS-USER-BIZ"}},
		"ask-by counts back over Revolution Day (R-EXIT-ASK, R-DAYS-BIZ)": {
			over: map[string]string{"departure_date": "2026-11-19", "return_date": "2026-11-30"},
			key:  "exit-permit-ask-by", date: "2026-11-11", wantRule: "R-EXIT-ASK"},
		"a backward count skips a configured closure (R-DAYS-USER-BIZ)": {
			cal: Calendar{Closures: map[Date]bool{MustDate("2026-12-04"): true}},
			key: "exit-permit-ask-by", date: "2026-12-02", wantRule: "R-EXIT-ASK"},
		"a backward count across holy week 2027 skips Holy Thursday and Good Friday (R-DAYS-USER-BIZ, R-DAYS-LIKELY)": {
			over: map[string]string{"departure_date": "2027-03-29", "return_date": "2027-04-10"},
			key:  "exit-permit-ask-by", date: "2027-03-22", actBy: "2027-03-18", wantRule: "R-EXIT-ASK",
			noteHas: []string{"by 2027-03-19", "by 2027-03-26", "usually close on Holy Thursday, so ask by 2027-03-18; if yours is open, the last day is 2027-03-22"}},
		"a backward count across the year end skips 19 Dec to 6 Jan (R-DAYS-USER-BIZ, R-DAYS-LIKELY)": {
			over: map[string]string{"departure_date": "2027-01-08", "return_date": "2027-01-20"},
			key:  "exit-permit-ask-by", date: "2026-12-31", actBy: "2026-12-15", wantRule: "R-EXIT-ASK",
			noteHas: []string{"usually close in the year-end vacation, so ask by 2026-12-15; if yours is open, the last day is 2026-12-31"}},
		"emergency across the year end: the business day before departure, and if the office is open (R-EXIT-ASK, R-DAYS-LIKELY)": {
			over: map[string]string{"emergency": "yes", "departure_date": "2027-01-03", "return_date": "2027-01-20"},
			key:  "exit-permit-ask-by", date: "2026-12-31", actBy: "2026-12-18", wantRule: "R-EXIT-ASK",
			noteHas: []string{"point of departure", "usually close in the year-end vacation, so ask by 2026-12-18; if yours is open, the last day is 2026-12-31"}},
		"entered year-end closures replace the guess in a backward count (R-DAYS-LIKELY)": {
			over: map[string]string{"departure_date": "2027-01-08", "return_date": "2027-01-20"},
			cal:  Calendar{Closures: map[Date]bool{MustDate("2026-12-24"): true, MustDate("2027-01-04"): true}},
			key:  "exit-permit-ask-by", date: "2026-12-30", wantRule: "R-EXIT-ASK"},
		"a backward count skips 5 May 2027 (R-DAYS-BIZ)": {
			over: map[string]string{"departure_date": "2027-05-10", "return_date": "2027-05-20"},
			key:  "exit-permit-ask-by", date: "2027-04-30", wantRule: "R-EXIT-ASK"},
		"emergency: ask by the business day before departure (R-EXIT-ASK)": {
			over: map[string]string{"emergency": "yes", "departure_date": "2026-11-30", "return_date": "2026-12-05"},
			key:  "exit-permit-ask-by", date: "2026-11-27", wantRule: "R-EXIT-ASK",
			noteHas: []string{"same or the next day", "point of departure"}},
		"ask-by is done once the permit is issued (R-EXIT-ASK)": {
			over: map[string]string{"permit_date": "2026-12-01"},
			key:  "exit-permit-ask-by", date: "2026-12-03", done: true, wantRule: "R-EXIT-ASK"},
		"back within 60 days of the permit's date, both readings shown (R-EXIT-STAY)": {
			over: map[string]string{"permit_date": "2026-12-01"},
			key:  "exit-permit-return-by", date: "2027-01-29", afterFiling: true, wantRule: "R-EXIT-STAY",
			noteHas: []string{"60 days", "90 days", "2027-02-28", "2027-01-30", "R-DAYS-CAL"}},
		"before the permit, the stay is estimated from the ask-by date (R-EXIT-STAY)": {
			key: "exit-permit-return-by", date: "2027-01-31", afterFiling: true, wantRule: "R-EXIT-STAY",
			noteHas: []string{"Estimated", "2026-12-03", "earliest date", "the date printed on the permit to the answers"}},
		"a planned ask date before the ask-by date is the earliest date the permit may bear (R-EXIT-STAY)": {
			over: map[string]string{"ask_date": "2026-11-25"},
			key:  "exit-permit-return-by", date: "2027-01-23", afterFiling: true, wantRule: "R-EXIT-STAY", noteHas: []string{"2026-11-25"}},
		"a planned ask date after the ask-by date is not used: never a later one (R-EXIT-STAY)": {
			over: map[string]string{"ask_date": "2026-12-08"},
			key:  "exit-permit-return-by", date: "2027-01-31", afterFiling: true, wantRule: "R-EXIT-STAY"},
		"back in Mexico: the stay deadline is done (R-EXIT-STAY)": {
			over: map[string]string{"permit_date": "2026-12-01", "reentry_date": "2027-01-05"},
			key:  "exit-permit-return-by", date: "2027-01-29", done: true, afterFiling: true, wantRule: "R-EXIT-STAY"},
		"hand back 10 calendar days after re-entry (R-EXIT-RETURN)": {
			over: map[string]string{"reentry_date": "2027-01-05"},
			key:  "exit-permit-hand-back", date: "2027-01-14", afterFiling: true, wantRule: "R-EXIT-RETURN",
			noteHas: []string{"calendar or business", "calendar days"}},
		"hand back falling on a Saturday acts on Friday (R-EXIT-RETURN, R-DAYS-CLOSED)": {
			over: map[string]string{"reentry_date": "2027-01-07"},
			key:  "exit-permit-hand-back", date: "2027-01-16", actBy: "2027-01-15", afterFiling: true, wantRule: "R-EXIT-RETURN"},
		"hand back estimated from the planned return before re-entry (R-EXIT-RETURN)": {
			key: "exit-permit-hand-back", date: "2027-01-08", afterFiling: true, wantRule: "R-EXIT-RETURN",
			noteHas: []string{"Estimated", "add the date you came back to the answers"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			c := ctx
			c.Calendar = tc.cal
			out := p.Evaluate(exitAnswers(tc.over), c)
			if out.Verdict.Status == Incomplete {
				t.Fatalf("verdict incomplete: %s", out.Verdict.Reason)
			}
			d := findDeadlineByKey(t, out.Deadlines, tc.key)
			if d.Date != MustDate(tc.date) {
				t.Errorf("%s date => %s, want %s", tc.key, d.Date, tc.date)
			}
			wantAct := Date{}
			if tc.actBy != "" {
				wantAct = MustDate(tc.actBy)
			}
			if d.ActBy != wantAct {
				t.Errorf("%s act-by => %q, want %q", tc.key, d.ActBy, wantAct)
			}
			if d.Done != tc.done || d.AfterFiling != tc.afterFiling || d.Rule != tc.wantRule {
				t.Errorf("%s done/afterFiling/rule => %v/%v/%s, want %v/%v/%s", tc.key, d.Done, d.AfterFiling, d.Rule, tc.done, tc.afterFiling, tc.wantRule)
			}
			for _, s := range tc.noteHas {
				if !strings.Contains(d.Note, s) {
					t.Errorf("%s note %q lacks %q", tc.key, d.Note, s)
				}
			}
		})
	}
}

func TestExitPermitVerdicts(t *testing.T) {
	p := lookupExitPermit(t)
	tests := map[string]struct {
		today   string
		over    map[string]string
		want    VerdictStatus
		reason  []string
		route   string
		ruleHas string
	}{
		"ordinary trip: ask by the conservative date (R-EXIT-ASK)": {
			today: "2026-11-23", want: Eligible, reason: []string{"by 2026-12-03, 5 business days"}, ruleHas: "R-EXIT-ASK"},
		"late ordinary request: ask today with both readings (R-EXIT-ASK, R-EXIT-EARLY)": {
			today: "2026-11-23", over: map[string]string{"departure_date": "2026-11-25", "return_date": "2026-12-01"},
			want: Eligible, reason: []string{"2026-11-18", "4 days (2026-11-19)", "2 to 3 days (2026-11-22)", "immediate processing"}, ruleHas: "R-EXIT-EARLY"},
		"emergency: same or next day with proof and letter (R-EXIT-ASK)": {
			today: "2026-11-23", over: map[string]string{"emergency": "yes", "departure_date": "2026-11-24", "return_date": "2026-11-28"},
			want: Eligible, reason: []string{"force majeure", "point of departure"}, ruleHas: "R-EXIT-ASK"},
		"planned return after 60 days from the permit: a warning, come back by, not a refusal (R-EXIT-STAY)": {
			today: "2026-12-02", over: map[string]string{"permit_date": "2026-12-01", "return_date": "2027-02-15"},
			want: Eligible, reason: []string{"2027-02-15", "Come back by 2027-01-29", "2027-02-28"}, ruleHas: "R-EXIT-STAY"},
		"planned return on the 60th day, the permit's date as day 1, is fine (R-EXIT-STAY, R-DAYS-CAL)": {
			today: "2026-12-02", over: map[string]string{"permit_date": "2026-12-01", "return_date": "2027-01-29"},
			want: Eligible, reason: []string{"2027-01-29"}, ruleHas: "R-EXIT-STAY"},
		"estimated stay before the permit also limits the plan: still ask, come back by (R-EXIT-STAY)": {
			today: "2026-11-23", over: map[string]string{"return_date": "2027-02-01"},
			want: Eligible, reason: []string{"by 2026-12-03", "Come back by 2027-01-31", "earliest date the permit may bear", VerifyWithOffice}, ruleHas: "R-EXIT-STAY"},
		"back in time: hand the permit back within 10 days, re-entry as day 1 (R-EXIT-RETURN)": {
			today: "2027-01-06", over: map[string]string{"permit_date": "2026-12-01", "reentry_date": "2027-01-05"},
			want: Eligible, reason: []string{"2027-01-14"}, ruleHas: "R-EXIT-RETURN"},
		"back after 60 days: verify with the office (R-EXIT-STAY)": {
			today: "2027-02-06", over: map[string]string{"permit_date": "2026-12-01", "return_date": "2027-02-05", "reentry_date": "2027-02-05"},
			want: Unknown, reason: []string{VerifyWithOffice, "2027-02-28"}, ruleHas: "R-EXIT-STAY"},
		"departure passed without a permit (R-EXIT-ASK)": {
			today: "2026-12-11", want: NotEligible, reason: []string{"2026-12-10"}, route: "the new departure date", ruleHas: "R-EXIT-ASK"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			v := p.Evaluate(exitAnswers(tc.over), Context{Today: MustDate(tc.today)}).Verdict
			if v.Status != tc.want {
				t.Fatalf("verdict => %s (%s), want %s", v.Status, v.Reason, tc.want)
			}
			for _, s := range tc.reason {
				if !strings.Contains(v.Reason, s) {
					t.Errorf("reason %q lacks %q", v.Reason, s)
				}
			}
			if !strings.Contains(v.Route, tc.route) {
				t.Errorf("route %q lacks %q", v.Route, tc.route)
			}
			if !strings.Contains(strings.Join(v.Rules, " "), tc.ruleHas) {
				t.Errorf("rules %v lack %s", v.Rules, tc.ruleHas)
			}
		})
	}
}

func TestExitPermitValidation(t *testing.T) {
	p := lookupExitPermit(t)
	tests := map[string]struct {
		over    map[string]string
		wantKey string // "" means valid
	}{
		"a return before the departure is refused":      {map[string]string{"return_date": "2026-12-09"}, "return_date"},
		"a re-entry before the departure is refused":    {map[string]string{"reentry_date": "2026-12-09"}, "reentry_date"},
		"a permit dated after the departure is refused": {map[string]string{"permit_date": "2026-12-11"}, "permit_date"},
		"a same-day return is accepted":                 {map[string]string{"return_date": "2026-12-10"}, ""},
		"a permit dated the day of departure is fine":   {map[string]string{"permit_date": "2026-12-10"}, ""},
		"the optional dates may be left empty":          {nil, ""},
		"emergency must be yes or no":                   {map[string]string{"emergency": "maybe"}, "emergency"},
		"the pending procedure must be a listed choice": {map[string]string{"pending_procedure": "visa"}, "pending_procedure"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := p.Validate(exitAnswers(tc.over))
			if tc.wantKey == "" {
				if err != nil {
					t.Fatalf("Validate => %v, want no error", err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.wantKey+":") {
				t.Fatalf("Validate => %v, want an error naming %s", err, tc.wantKey)
			}
			if strings.HasSuffix(tc.wantKey, "_date") && !strings.Contains(err.Error(), "type") {
				t.Errorf("error %q does not say what to type", err)
			}
		})
	}
}

func TestExitPermitDocumentsAndFee(t *testing.T) {
	p := lookupExitPermit(t)
	ctx := Context{Today: MustDate("2026-11-23")}
	base := []string{"D-FORM", "D-EXIT-TRAVEL", "D-EXIT-STATUS", "D-FEE", "R-DOC-PHOTO", "D-LETTER", "D-PASS"}
	tests := map[string]struct {
		over map[string]string
		want []string
	}{
		"ordinary request: the R-EXIT-DOCS list":                {nil, base},
		"emergency adds the proof and the letter (R-EXIT-DOCS)": {map[string]string{"emergency": "yes"}, append(append([]string{}, base...), "D-EXIT-PROOF", "D-EXIT-FORCE")},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := p.Evaluate(exitAnswers(tc.over), ctx)
			if got := strings.Join(documentIDs(out.Documents), ","); got != strings.Join(tc.want, ",") {
				t.Errorf("documents => %s, want %s", got, strings.Join(tc.want, ","))
			}
		})
	}
	out := p.Evaluate(exitAnswers(map[string]string{"nut": "NUT-123"}), ctx)
	for _, d := range out.Documents {
		switch d.ID {
		case "R-DOC-PHOTO":
			if !strings.HasPrefix(d.Name, "1 colour photo") {
				t.Errorf("photo line %q, want 1 colour photo (R-DOC-PHOTO: exit permit 1)", d.Name)
			}
		case "D-EXIT-STATUS":
			if !strings.Contains(d.Note, "NUT-123") {
				t.Errorf("status line note %q lacks the NUT given", d.Note)
			}
		}
	}
	if out.Fee.Rule != "R-EXIT-FEE" || !strings.Contains(out.Fee.Text, "US$25") || !strings.Contains(out.Fee.Text, VerifyWithOffice) {
		t.Errorf("fee => %+v, want about US$25 with %q (R-EXIT-FEE)", out.Fee, VerifyWithOffice)
	}
	if out.Appointment {
		t.Errorf("Appointment => true, want false: the exit permit is not on R-APPT-LIST")
	}
	steps := strings.Join(out.Steps, "\n")
	for _, want := range []string{"R-EXIT-AIRPORT", "customs form", "2027-01-31", "R-EXIT-RETURN"} {
		if !strings.Contains(steps, want) {
			t.Errorf("steps lack %q:\n%s", want, steps)
		}
	}
}

// R-EXIT-STAY (conservative reading): the 60 days run from the date on the
// permit, so until it is issued the user must also know the day before
// which asking is too early, and the verdict says so.
func TestExitPermitAskNotTooEarly(t *testing.T) {
	p := lookupExitPermit(t)
	ctx := Context{Today: MustDate("2026-11-23")}
	tests := map[string]struct {
		over       map[string]string
		askFrom    string // "" means no such deadline
		reasonHas  string
		reasonLack string
	}{
		"a long trip: ask from the 60th day before the return, counting the permit's date as day 1": {
			map[string]string{"departure_date": "2027-02-15", "return_date": "2027-04-05"},
			"2027-02-05", "from 2027-02-05 and by 2027-02-08", ""},
		"an earliest day on a Saturday moves to Monday; the year-end span counts back (R-DAYS-LIKELY)": {
			map[string]string{"departure_date": "2027-01-08", "return_date": "2027-02-09"},
			"2026-12-14", "from 2026-12-14 and by 2026-12-15", ""},
		"a short trip: the earliest day has passed, the verdict does not mention it": {
			map[string]string{"departure_date": "2026-12-10", "return_date": "2026-12-30"},
			"2026-11-02", "", "from 2026-11-0"},
		"a permit issued: its own date counts, no estimate": {
			map[string]string{"departure_date": "2027-01-04", "return_date": "2027-02-20", "permit_date": "2026-12-28"},
			"", "", ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			a := exitAnswers(tt.over)
			if err := p.Validate(a); err != nil {
				t.Fatal(err)
			}
			out := p.Evaluate(a, ctx)
			var got string
			for _, d := range out.Deadlines {
				if d.Key == "exit-permit-ask-from" {
					got = d.Date.String()
					if d.Rule != "R-EXIT-STAY" {
						t.Errorf("ask-from cites %s, want R-EXIT-STAY", d.Rule)
					}
				}
			}
			if got != tt.askFrom {
				t.Errorf("ask-from = %q, want %q", got, tt.askFrom)
			}
			if tt.reasonHas != "" && !strings.Contains(out.Verdict.Reason, tt.reasonHas) {
				t.Errorf("verdict %q lacks %q", out.Verdict.Reason, tt.reasonHas)
			}
			if tt.reasonLack != "" && strings.Contains(out.Verdict.Reason, tt.reasonLack) {
				t.Errorf("verdict %q mentions %q", out.Verdict.Reason, tt.reasonLack)
			}
		})
	}
}

// R-EXIT-STAY: a planned return past the permit's stay is a warning at the
// return-date question, not a refusal; emergency defaults to no.
func TestExitPermitReturnWarning(t *testing.T) {
	p := lookupExitPermit(t)
	c := Context{Today: MustDate("2026-11-23")}
	a := exitAnswers(nil)
	delete(a, "return_date")
	if w := p.AnswerWarning("return_date", "2027-01-31", a, c); w != "" {
		t.Errorf("a return on the estimated last day warned: %q", w)
	}
	w := p.AnswerWarning("return_date", "2027-02-01", a, c)
	for _, s := range []string{"Come back by 2027-01-31", "2026-12-03", "R-EXIT-STAY"} {
		if !strings.Contains(w, s) {
			t.Errorf("warning %q lacks %q", w, s)
		}
	}
	if _, err := p.Answer("return_date", "2027-02-01", a); err != nil {
		t.Errorf("a late return is refused (%v); it should only be warned", err)
	}
	a["ask_date"] = "2026-11-20"
	if w := p.AnswerWarning("return_date", "2027-01-20", a, c); !strings.Contains(w, "Come back by 2027-01-18") {
		t.Errorf("from a planned ask date 2026-11-20 the stay ends 2027-01-18; warning %q", w)
	}
	q, _ := p.Question("emergency")
	// Yes before No as every yes/no question, with "no" highlighted
	// first: the safe, common answer.
	if q.Options()[0].ID != "yes" || q.Likely() != "no" {
		t.Errorf("emergency offers %q first and highlights %q; want yes first, no highlighted", q.Options()[0].ID, q.Likely())
	}
	checkAnswer(t, p, "ask_date", "2026-12-11", exitAnswers(nil), []string{"ask_date", "departure_date", "type"})
}
