package procedures

import (
	"strings"
	"testing"
)

func TestReplacementByCase(t *testing.T) {
	// D-REPLACE: in Mexico, a statement of facts in person; abroad, the FMM
	// and a consular replacement visa. D-CARD only for a damaged card.
	p, err := Lookup("replacement")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		a        Answers
		want     VerdictStatus
		ids      string
		spanish  string
		stepsHas string
	}{
		"lost in Mexico: appear in person, INM writes the statement (D-REPLACE)": {
			Answers{"reason": "lost", "location": "mexico"}, Eligible,
			"D-FORM,D-FEE,D-BASIC,D-PASS,D-REPLACE,R-DOC-PHOTO", "acta de hechos", "R-APPT-LIST"},
		"stolen abroad: consular replacement visa and FMM (D-REPLACE)": {
			Answers{"reason": "stolen", "location": "abroad"}, Eligible,
			"D-FORM,D-FEE,D-BASIC,D-PASS,D-REPLACE,R-DOC-PHOTO", "visa para reposición", "consulate"},
		"damaged in Mexico: hand in the damaged card (D-CARD)": {
			Answers{"reason": "damaged", "location": "mexico"}, Eligible,
			"D-FORM,D-FEE,D-BASIC,D-PASS,D-CARD,R-DOC-PHOTO", "Tarjeta de residente", "R-APPT-LIST"},
		"damaged abroad: no rule, verify with the office": {
			Answers{"reason": "damaged", "location": "abroad"}, Unknown,
			"D-FORM,D-FEE,D-BASIC,D-PASS,D-CARD,R-DOC-PHOTO", "Tarjeta de residente", "R-APPT-LIST"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := p.Evaluate(tc.a, Context{Today: MustDate("2026-11-23")})
			if out.Verdict.Status != tc.want {
				t.Fatalf("verdict => %s (%s), want %s", out.Verdict.Status, out.Verdict.Reason, tc.want)
			}
			if !strings.Contains(out.Verdict.Reason, VerifyWithOffice) {
				t.Errorf("reason %q lacks %q where a date or rule is missing", out.Verdict.Reason, VerifyWithOffice)
			}
			if got := strings.Join(documentIDs(out.Documents), ","); got != tc.ids {
				t.Errorf("documents => %s, want %s", got, tc.ids)
			}
			found := false
			for _, d := range out.Documents {
				found = found || ((d.ID == "D-REPLACE" || d.ID == "D-CARD") && strings.Contains(d.Spanish, tc.spanish))
				if d.ID == "R-DOC-PHOTO" && !strings.HasPrefix(d.Name, "3 ") {
					t.Errorf("photo line %q, want 3 photos (R-DOC-PHOTO)", d.Name)
				}
			}
			if !found {
				t.Errorf("no D-REPLACE/D-CARD line mentions %q", tc.spanish)
			}
			if !strings.Contains(strings.Join(out.Steps, " "), tc.stepsHas) {
				t.Errorf("steps %v lack %q", out.Steps, tc.stepsHas)
			}
			if len(out.Deadlines) != 0 {
				t.Errorf("deadlines %+v, want none: DOMAIN.md has no dated rule for a replacement", out.Deadlines)
			}
			if !out.Appointment {
				t.Errorf("Appointment => false, want true (R-APPT-LIST: card replacement)")
			}
			if out.Fee.Rule != "D-FEE" || !strings.Contains(out.Fee.Text, "1,780") || !strings.Contains(out.Fee.Text, VerifyAmount) {
				t.Errorf("fee => %+v, want 1,780 MXN with %q", out.Fee, VerifyAmount)
			}
		})
	}
}

func TestReplacementAfterCardSchedulesRenewal(t *testing.T) {
	// R-CASE-NEXT: a new card's printed expiry opens its renewal window
	// (R-RENEW-WINDOW); a card with no expiry schedules nothing.
	p, err := Lookup("replacement")
	if err != nil {
		t.Fatal(err)
	}
	a := Answers{"reason": "lost", "location": "mexico"}
	ds := p.AfterCard(a, MustDate("2027-06-30"), Context{})
	if opens := findDeadlineByKey(t, ds, "next-renewal-window-opens"); opens.Date != MustDate("2027-06-01") {
		t.Errorf("window opens => %s, want 2027-06-01 (expiry - 29 days, R-DAYS-CAL)", opens.Date)
	}
	if got := p.AfterCard(a, Date{}, Context{}); got != nil {
		t.Errorf("AfterCard with no expiry => %+v, want nil", got)
	}
}
