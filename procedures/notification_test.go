package procedures

import (
	"strings"
	"testing"
)

func lookupNotification(t *testing.T) *Procedure {
	t.Helper()
	p, err := Lookup("notification")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// notifyAnswers completes a with the data of the letter under oath
// (old_value, new_value, and dual_nationality for a nationality), where a
// does not set them.
func notifyAnswers(a Answers) Answers {
	out := Answers{"old_value": "old", "new_value": "new"}
	if a["change_kind"] == "nationality" {
		out["dual_nationality"] = "yes"
	}
	for k, v := range a {
		out[k] = v
	}
	return out
}

func TestNotificationDueDate(t *testing.T) {
	// R-NOTIFY-90: 90 calendar days after the change (R-DAYS-CAL), with the
	// R-DAYS-CLOSED act-by date when the office is closed that day.
	p := lookupNotification(t)
	tests := map[string]struct {
		change, due, actBy string
	}{
		"90 calendar days from 2 September, its day as day 1, end on Monday 30 November (R-DAYS-CAL)": {"2026-09-02", "2026-11-30", ""},
		"due on Revolution Day Monday: act by the Friday before":                                      {"2026-08-19", "2026-11-16", "2026-11-13"},
		"due on a Saturday: act by the Friday":                                                        {"2026-08-24", "2026-11-21", "2026-11-20"},
		"due on a Sunday: act by the Friday":                                                          {"2026-06-02", "2026-08-30", "2026-08-28"},
		"90 days across the year end":                                                                 {"2026-12-02", "2027-03-01", ""},
		"due on Wednesday 5 May 2027: act by Tuesday (R-DAYS-BIZ)":                                    {"2027-02-05", "2027-05-05", "2027-05-04"},
		"due on Holy Thursday 2027: act by Wednesday (R-DAYS-LIKELY)":                                 {"2026-12-26", "2027-03-25", "2027-03-24"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a := notifyAnswers(Answers{"change_kind": "address", "change_date": tc.change})
			out := p.Evaluate(a, Context{Today: MustDate("2026-11-23")})
			d := findDeadlineByKey(t, out.Deadlines, "notify-due")
			if d.Date != MustDate(tc.due) || d.Rule != "R-NOTIFY-90" || d.Kind != Due {
				t.Errorf("notify-due => %s %s %s, want %s due R-NOTIFY-90", d.Date, d.Kind, d.Rule, tc.due)
			}
			wantAct := Date{}
			if tc.actBy != "" {
				wantAct = MustDate(tc.actBy)
			}
			if d.ActBy != wantAct {
				t.Errorf("act-by => %q, want %q", d.ActBy, wantAct)
			}
			for _, s := range []string{"noventa días", "calendar days", "business-day reading", "2,346", "11,731", "R-DAYS-CAL"} {
				if !strings.Contains(d.Note, s) {
					t.Errorf("note %q lacks %q (both readings and the fine)", d.Note, s)
				}
			}
			if d.AfterFiling || d.Done {
				t.Errorf("notify-due afterFiling/done => %v/%v, want false/false before filing", d.AfterFiling, d.Done)
			}
		})
	}
}

func TestNotificationVerdicts(t *testing.T) {
	p := lookupNotification(t)
	tests := map[string]struct {
		today   string
		a       Answers
		want    VerdictStatus
		from    string
		reason  []string
		ruleHas string
	}{
		"within the 90 days: notify by the due date (R-NOTIFY-90)": {
			"2026-11-23", Answers{"change_kind": "address", "change_date": "2026-09-02"},
			Eligible, "2026-09-02", []string{"2026-11-30"}, "R-NOTIFY-90"},
		"due on a rest day: act by the business day before (R-DAYS-CLOSED)": {
			"2026-11-10", Answers{"change_kind": "address", "change_date": "2026-08-19"},
			Eligible, "2026-08-19", []string{"2026-11-16", "act by 2026-11-13"}, "R-DAYS-CLOSED"},
		"between the act-by day and a closed due date: go at once (R-DAYS-CLOSED)": {
			"2026-11-14", Answers{"change_kind": "address", "change_date": "2026-08-19"},
			Eligible, "2026-08-19", []string{"2026-11-13", "at once"}, "R-DAYS-CLOSED"},
		"overdue: still notify, a fine of 20 to 100 UMA days (R-NOTIFY-FINE)": {
			"2026-11-23", Answers{"change_kind": "workplace", "change_date": "2026-06-02"},
			Eligible, "2026-06-02", []string{"2026-08-30", "anyway", "2,346 to 11,731 MXN"}, "R-NOTIFY-FINE"},
		"a change not yet happened: notify from that day (R-NOTIFY-90)": {
			"2026-11-23", Answers{"change_kind": "address", "change_date": "2026-12-16"},
			NotYet, "2026-12-16", []string{"2027-03-15"}, "R-NOTIFY-90"},
		"notified in time: wait about 10 business days (R-NOTIFY-FEE)": {
			"2026-11-23", Answers{"change_kind": "name", "change_date": "2026-09-01", "notified_date": "2026-11-23"},
			Eligible, "", []string{"2026-11-23", "10 business days"}, "R-NOTIFY-FEE"},
		"R-DAYS-CAL: the day after the safe last day is the other reading's last day: notify today": {
			"2026-12-01", Answers{"change_kind": "address", "change_date": "2026-09-02"},
			Eligible, "2026-09-02", []string{"2026-11-30", "today is the last day"}, "R-DAYS-CAL"},
		"notified late: the fine may follow (R-NOTIFY-FINE)": {
			"2026-11-23", Answers{"change_kind": "name", "change_date": "2026-06-02", "notified_date": "2026-09-15"},
			Eligible, "", []string{"2026-08-30", "UMA"}, "R-NOTIFY-FINE"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			v := p.Evaluate(notifyAnswers(tc.a), Context{Today: MustDate(tc.today)}).Verdict
			if v.Status != tc.want {
				t.Fatalf("verdict => %s (%s), want %s", v.Status, v.Reason, tc.want)
			}
			wantFrom := Date{}
			if tc.from != "" {
				wantFrom = MustDate(tc.from)
			}
			if v.From != wantFrom {
				t.Errorf("from => %q, want %q", v.From, wantFrom)
			}
			for _, s := range tc.reason {
				if !strings.Contains(v.Reason, s) {
					t.Errorf("reason %q lacks %q", v.Reason, s)
				}
			}
			if !strings.Contains(strings.Join(v.Rules, " "), tc.ruleHas) {
				t.Errorf("rules %v lack %s", v.Rules, tc.ruleHas)
			}
		})
	}
}

func TestNotificationAnswerReminder(t *testing.T) {
	// R-NOTIFY-FEE: INM answers in about 10 business days; a deadline INM
	// meets counts configured closures (R-DAYS-USER-BIZ).
	p := lookupNotification(t)
	a := notifyAnswers(Answers{"change_kind": "address", "change_date": "2026-09-01", "notified_date": "2026-11-23"})
	tests := map[string]struct {
		cal  Calendar
		want string
	}{
		"ten INM business days after filing":               {Calendar{}, "2026-12-07"},
		"a configured closure pushes INM's answer one day": {Calendar{Closures: map[Date]bool{MustDate("2026-12-07"): true}}, "2026-12-08"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := p.Evaluate(a, Context{Today: MustDate("2026-11-23"), Calendar: tc.cal})
			r := findDeadlineByKey(t, out.Deadlines, "notify-answer")
			if r.Date != MustDate(tc.want) || r.Kind != Reminder || !r.AfterFiling || r.Rule != "R-NOTIFY-FEE" {
				t.Errorf("notify-answer => %+v, want a %s reminder after filing (R-NOTIFY-FEE)", r, tc.want)
			}
			if due := findDeadlineByKey(t, out.Deadlines, "notify-due"); !due.Done {
				t.Errorf("notify-due not done once notified_date is given")
			}
		})
	}
	out := p.Evaluate(notifyAnswers(Answers{"change_kind": "address", "change_date": "2026-09-01"}), Context{Today: MustDate("2026-11-23")})
	for _, d := range out.Deadlines {
		if d.Key == "notify-answer" {
			t.Errorf("notify-answer present before filing: %+v", d)
		}
	}
}

func TestNotificationDocumentsByKind(t *testing.T) {
	// O-INMFAQ: D-NOTIFY-PROOF by kind of change; D-ADDRESS for an address.
	p := lookupNotification(t)
	common := "D-FORM,D-PASS,D-CARD,D-NOTIFY-LETTER"
	tests := map[string]struct {
		a         Answers
		ids       string
		proofHas  string
		notesHave string
	}{
		"address: proof of the new address (D-ADDRESS)": {
			Answers{"change_kind": "address", "change_date": "2026-09-01"}, common + ",D-ADDRESS", "", ""},
		"marriage in Mexico: the marriage certificate (D-NOTIFY-PROOF)": {
			Answers{"change_kind": "marital-status", "change_date": "2026-09-01", "marital_event": "marriage", "issued_abroad": "no"},
			common + ",D-NOTIFY-PROOF", "Acta de matrimonio", ""},
		"divorce abroad: the final judgment, apostilled (D-NOTIFY-PROOF, D-APOSTILLE)": {
			Answers{"change_kind": "marital-status", "change_date": "2026-09-01", "marital_event": "divorce", "issued_abroad": "yes"},
			common + ",D-NOTIFY-PROOF,D-APOSTILLE", "Sentencia de divorcio ejecutoriada", ""},
		"widowhood: the death certificate (D-NOTIFY-PROOF)": {
			Answers{"change_kind": "marital-status", "change_date": "2026-09-01", "marital_event": "widowhood", "issued_abroad": "no"},
			common + ",D-NOTIFY-PROOF", "Acta de defunción", ""},
		"nationality: new passport, naturalisation letter or certificate of nationality (D-NOTIFY-PROOF)": {
			Answers{"change_kind": "nationality", "change_date": "2026-09-01"}, common + ",D-NOTIFY-PROOF", "certificado de nacionalidad", ""},
		"name: passport in the new name (D-NOTIFY-PROOF)": {
			Answers{"change_kind": "name", "change_date": "2026-09-01"}, common + ",D-NOTIFY-PROOF", "nuevo nombre", ""},
		"workplace: contract and employer's registration (D-NOTIFY-PROOF, R-NOTIFY-FINE)": {
			Answers{"change_kind": "workplace", "change_date": "2026-09-01"}, common + ",D-NOTIFY-PROOF", "constancia de inscripción del empleador", "sink your next renewal"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := p.Evaluate(notifyAnswers(tc.a), Context{Today: MustDate("2026-11-23")})
			if out.Verdict.Status == Incomplete {
				t.Fatalf("incomplete: %s", out.Verdict.Reason)
			}
			if got := strings.Join(documentIDs(out.Documents), ","); got != tc.ids {
				t.Errorf("documents => %s, want %s", got, tc.ids)
			}
			for _, d := range out.Documents {
				if d.ID == "D-NOTIFY-PROOF" && !strings.Contains(d.Spanish, tc.proofHas) {
					t.Errorf("proof %q, want it to contain %q", d.Spanish, tc.proofHas)
				}
			}
			if tc.notesHave != "" && !strings.Contains(strings.Join(out.Notes, " "), tc.notesHave) {
				t.Errorf("notes %v lack %q", out.Notes, tc.notesHave)
			}
			if !out.Appointment {
				t.Errorf("Appointment => false, want true (R-APPT-LIST)")
			}
			if out.Fee.Rule != "R-NOTIFY-FEE" || !strings.Contains(out.Fee.Text, "No government fee") {
				t.Errorf("fee => %+v, want free (R-NOTIFY-FEE)", out.Fee)
			}
		})
	}
}

func TestNotificationValidation(t *testing.T) {
	p := lookupNotification(t)
	tests := map[string]struct {
		a       Answers
		wantKey string
	}{
		"a filing before the change is refused": {
			Answers{"change_kind": "address", "change_date": "2026-09-01", "notified_date": "2026-08-31"}, "notified_date"},
		"an unknown kind of change is refused": {
			Answers{"change_kind": "job", "change_date": "2026-09-01"}, "change_kind"},
		"a change of marital status needs its event": {
			Answers{"change_kind": "marital-status", "change_date": "2026-09-01", "issued_abroad": "no"}, "marital_event"},
		"the marital questions are not asked for an address": {
			Answers{"change_kind": "address", "change_date": "2026-09-01"}, ""},
		"filing on the day of the change is accepted": {
			Answers{"change_kind": "address", "change_date": "2026-09-01", "notified_date": "2026-09-01"}, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := p.Validate(notifyAnswers(tc.a))
			if tc.wantKey == "" {
				if err != nil {
					t.Fatalf("Validate => %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.wantKey+":") {
				t.Fatalf("Validate => %v, want an error naming %s", err, tc.wantKey)
			}
		})
	}
}
