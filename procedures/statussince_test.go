package procedures

import (
	"strings"
	"testing"
)

// R-STATUS-4Y: the four years count from the day the status was granted
// (status_since), not from the printing of the first card. The audit's
// example: entry with the visa 2022-12-10, first card printed 2023-01-05,
// card expiring 2026-12-10.
func TestFourYearAnchorIsTheStatusDate(t *testing.T) {
	tests := map[string]struct {
		a         Answers
		want      VerdictStatus
		from      string
		reasonHas string
		elig      string
		noteHas   string
	}{
		"counted from the entry: eligible in the card's last 30 days, while it is valid": {
			a: twFourYears("2022-12-10", "2026-12-10"), want: Eligible, from: "2026-11-11", reasonHas: "file by 2026-12-10", elig: "2026-12-10"},
		"a stored case giving the first card's print date (first_card_date) keeps working, with a note to correct it": {
			a:    Answers{"route": "four-years", "first_card_date": "2023-01-05", "card_expiry": "2026-12-10"},
			want: Unknown, reasonHas: VerifyWithOffice, elig: "2027-01-05", noteHas: "type status_since"},
		"status_since wins over first_card_date when both are given": {
			a:    Answers{"route": "four-years", "status_since": "2022-12-10", "first_card_date": "2023-01-05", "card_expiry": "2026-12-10"},
			want: Eligible, from: "2026-11-11", elig: "2026-12-10"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := twEval(t, "status-change", tc.a, "2026-12-02")
			v := out.Verdict
			if v.Status != tc.want {
				t.Fatalf("verdict = %s (%s), want %s", v.Status, v.Reason, tc.want)
			}
			if tc.from != "" && v.From != MustDate(tc.from) {
				t.Errorf("from = %s, want %s", v.From, tc.from)
			}
			if !strings.Contains(v.Reason, tc.reasonHas) {
				t.Errorf("reason %q lacks %q", v.Reason, tc.reasonHas)
			}
			if d := twDeadline(t, out.Deadlines, "status-eligible-from"); d.Date != MustDate(tc.elig) {
				t.Errorf("eligible from %s, want %s", d.Date, tc.elig)
			}
			notes := strings.Join(out.Notes, " ")
			if tc.noteHas != "" && !strings.Contains(notes, tc.noteHas) {
				t.Errorf("notes %q lack %q", notes, tc.noteHas)
			}
			if tc.noteHas == "" && strings.Contains(notes, "first_card_date") {
				t.Errorf("notes mention first_card_date though status_since is given: %q", notes)
			}
		})
	}
}

func TestStatusSinceAlias(t *testing.T) {
	for _, id := range []string{"renewal", "status-change"} {
		t.Run(id, func(t *testing.T) {
			p := mustLookup(t, id)
			q, ok := p.Question("status_since")
			if !ok {
				t.Fatal("no status_since question")
			}
			for _, s := range []string{"entry stamp", "FMM", "resolution", "Not the issue date printed on your first card"} {
				if !strings.Contains(q.Help, s) {
					t.Errorf("status_since help lacks %q (where to find the date, R-STATUS-4Y)", s)
				}
			}
			old := Answers{"first_card_date": "2023-01-05"}
			got := p.Canonical(old)
			if got["status_since"] != "2023-01-05" || got["first_card_date"] != "" || old["first_card_date"] != "2023-01-05" {
				t.Errorf("Canonical(%v) = %v, want status_since set, first_card_date gone, input untouched", old, got)
			}
			both := Answers{"first_card_date": "2023-01-05", "status_since": "2022-12-10"}
			if got := p.Canonical(both); got["status_since"] != "2022-12-10" {
				t.Errorf("Canonical(%v) = %v, want status_since kept", both, got)
			}
			plain := Answers{"card_expiry": "2026-12-10"}
			if got := p.Canonical(plain); len(got) != 1 {
				t.Errorf("Canonical without aliases changed the answers: %v", got)
			}
		})
	}
	// A stored renewal with the old key: valid, complete, never asked again.
	p := mustLookup(t, "renewal")
	a := twRenewal("2026-12-10")
	a["first_card_date"] = "2024-12-10"
	if err := p.Validate(a); err != nil {
		t.Fatalf("Validate with first_card_date: %v", err)
	}
	if q, more := p.Next(a); more {
		t.Errorf("Next asks %s of a complete stored case", q.Key)
	}
	if err := p.Validate(Answers{"card_type": "temporary", "nonsense_key": "x"}); err == nil {
		t.Error("an unknown key is still refused")
	}
}

// Importers look answers up by key (Procedure.Question): a former key and
// a retired one are found, never asked, and take their stored answers.
func TestFormerAndRetiredKeysAreQuestions(t *testing.T) {
	renewal := mustLookup(t, "renewal")
	q, ok := renewal.Question("first_card_date")
	if !ok || q.Kind != KindDate || q.Asked(Answers{"card_type": "temporary"}) {
		t.Errorf("Question(first_card_date) = %+v %v, want a date question never asked", q, ok)
	}
	if v, err := renewal.Answer("first_card_date", "05/01/2023", twRenewal("2026-12-10")); err != nil || v != "2023-01-05" {
		t.Errorf("Answer(first_card_date) = %q, %v", v, err)
	}
	checkAnswer(t, renewal, "first_card_date", "2027-01-01", twRenewal("2026-12-10"), []string{"card_expiry"})
	status := mustLookup(t, "status-change")
	if v, err := status.Answer("financially_dependent", "no", twMarriage("2024-06-01", "2026-12-10", "")); err != nil || v != "no" {
		t.Errorf("Answer(financially_dependent) = %q, %v; a retired key is still taken", v, err)
	}
	for _, q := range status.Asked(twMarriage("2024-06-01", "2026-12-10", "no")) {
		if q.Key == "financially_dependent" || q.Key == "first_card_date" {
			t.Errorf("%s is asked", q.Key)
		}
	}
}
