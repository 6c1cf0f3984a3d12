package procedures

import (
	"strings"
	"testing"
)

func TestWorkPermitByEmployment(t *testing.T) {
	// D-JOB: a job offer with the employer's INM registration, or a sworn
	// statement and the RFC for the self-employed.
	p, err := Lookup("work-permit")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		employment, spanish string
	}{
		"with an employer: the job offer and its registration (D-JOB)": {"employer", "Oferta de empleo"},
		"self-employed: sworn statement and RFC (D-JOB)":               {"self-employed", "RFC"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := p.Evaluate(Answers{"employment": tc.employment}, Context{Today: MustDate("2026-11-23")})
			if out.Verdict.Status != Eligible {
				t.Fatalf("verdict => %s (%s), want eligible", out.Verdict.Status, out.Verdict.Reason)
			}
			if got, want := strings.Join(documentIDs(out.Documents), ","), "D-FORM,D-FEE,D-PASS,D-CARD,D-JOB"; got != want {
				t.Errorf("documents => %s, want %s", got, want)
			}
			job := out.Documents[len(out.Documents)-1]
			if !strings.Contains(job.Spanish, tc.spanish) || job.Rule != "D-JOB" {
				t.Errorf("D-JOB => %+v, want it to name %q", job, tc.spanish)
			}
			if len(out.Deadlines) != 0 {
				t.Errorf("deadlines %+v, want none: DOMAIN.md has no dated rule for the work permit", out.Deadlines)
			}
			if !out.Appointment {
				t.Errorf("Appointment => false, want true (R-APPT-LIST: work permit)")
			}
			if out.Fee.Rule != "D-FEE" || !strings.Contains(out.Fee.Text, "4,341") || !strings.Contains(out.Fee.Text, VerifyAmount) {
				t.Errorf("fee => %+v, want 4,341 MXN with %q", out.Fee, VerifyAmount)
			}
		})
	}
	if err := p.Validate(Answers{"employment": "freelance"}); err == nil || !strings.HasPrefix(err.Error(), "employment:") {
		t.Errorf("Validate(freelance) => %v, want an error naming employment", err)
	}
}
