package tui

import (
	"testing"

	"tramite/procedures"
)

// TestTypedAheadAnswersAreSavedOnTheirQuestions types every answer of an
// interview in one burst, without waiting for any screen (a paste, a fast
// typist, a screen reader's tools): each answer must be saved on its own
// question, none appended to another or lost.
func TestTypedAheadAnswersAreSavedOnTheirQuestions(t *testing.T) {
	tests := map[string]struct {
		procedure string
		script    map[string]string
	}{
		"a notification's date, old and new address (R-NOTIFY-90)": {
			procedure: "notification",
			script: map[string]string{
				"change_kind": "address", "change_date": "2026-11-01",
				"old_value": "Calle Vieja 1", "new_value": "Calle Nueva 2", "notified_date": "",
			},
		},
		"a renewal's choices and dates (R-RENEW-WINDOW)": {
			procedure: "renewal",
			script:    scripts["renewal"],
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p, err := procedures.Lookup(tc.procedure)
			if err != nil {
				t.Skipf("procedure not registered yet: %v", err)
			}
			st, _ := openTestStore(t)
			s := startSession(t, st, Options{NewProcedure: tc.procedure})
			s.waitFor("Who is it for?")
			s.typeLine("Zoë Fast")
			s.waitFor("Step 1 of")
			want := procedures.Answers{}
			for {
				q, ok := p.Next(want)
				if !ok {
					break
				}
				typed, ok := tc.script[q.Key]
				if !ok {
					t.Fatalf("%s asks %s (%q) and the script has no answer", p.ID, q.Key, q.Prompt)
				}
				s.answer(q, typed, "") // no wait: the whole interview is one burst
				v, err := p.Answer(q.Key, typed, want)
				if err != nil {
					t.Fatalf("script answer %s=%q is refused: %v", q.Key, typed, err)
				}
				want[q.Key] = v
			}
			s.waitFor("Review your answers", "> Confirm these answers")
			waitStored(t, st, want)
		})
	}
}
