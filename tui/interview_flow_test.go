package tui

import (
	"testing"

	"tramite/procedures"
)

// scripts answer every question a procedure may ask, as a person types
// them (dates in the forms people use, choices by id). Dates sit around
// the fixed today, 2026-11-23. The verdicts are not under test here: the
// interview must ask what Next says, save what the person confirmed and
// end with answers that pass Procedure.Validate.
var scripts = map[string]map[string]string{
	"canje": {
		"visa_type": "temporary", "visa_issue_date": "01/09/2026", "visa_expiry": "",
		"entered": "yes", "entry_date": "15 oct 2026", "work_permit": "no", "job_offer_years": "1",
	},
	"renewal": {
		"card_type": "temporary", "card_expiry": "15/12/2026", "in_mexico": "yes", "return_date": "",
		"holder_minor": "no", "child_birth_date": "2015-01-01", "status_since": "2023-12-10",
		"years_requested": "1", "grounds": "job", "grounds_hold": "yes",
	},
	"status-change": {
		"route": "four-years", "current_status": "temporary", "target": "permanent", "stay_expiry": "2026-12-20",
		"status_since": "01/11/2022", "card_expiry": "01/12/2026", "link": "spouse", "relative_status": "mexican",
		"relative_name": "Juan Pérez", "via_link": "yes", "financially_dependent": "no", "certificate_abroad": "no",
		"pension_basis": "savings",
	},
	"exit-permit": {
		"pending_procedure": "canje", "nut": "", "emergency": "no", "emergency_cause": "A parent's surgery",
		"departure_date": "10/12/2026", "return_date": "10/01/2027", "ask_date": "", "permit_date": "", "reentry_date": "",
	},
}

// TestInterviewEachProcedure runs `tramite new PROCEDURE` for a first
// person: the name, then every question with the keyboard, the review,
// and confirm; the case view opens and the store holds the answers.
func TestInterviewEachProcedure(t *testing.T) {
	for _, id := range []string{"canje", "renewal", "status-change", "exit-permit"} {
		t.Run(id, func(t *testing.T) {
			p, err := procedures.Lookup(id)
			if err != nil {
				t.Skipf("procedure not registered yet: %v", err)
			}
			st, _ := openTestStore(t)
			s := startSession(t, st, Options{NewProcedure: id})
			s.waitFor("Who is it for?")
			s.typeLine("Ana López")
			s.waitFor("Step 1 of")
			want := s.answerUntil(p, procedures.Answers{}, scripts[id], nil)
			s.waitFor("Review your answers", "> Confirm these answers")
			c := waitStored(t, st, want)
			s.enter() // on the confirm row
			s.waitGone("Review your answers")
			s.waitFor(p.Name) // the case view, with its verdict
			if err := p.Validate(c.Answers); err != nil {
				t.Fatalf("stored answers do not validate: %v", err)
			}
			if c.Progress.Stage != procedures.StageDraft {
				t.Fatalf("stage = %q, want draft", c.Progress.Stage)
			}
			people, _ := st.People()
			if len(people) != 1 || people[0].Name != "Ana López" || c.PersonID != people[0].ID {
				t.Fatalf("people = %v, case person %d: want Ana López owning the case", people, c.PersonID)
			}
		})
	}
}
