package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/store"
)

// R-DAYS-CLOSED: `tramite cases` counts a case's next date to the day to
// act by, picks the next date by it, and keeps the legal date beside it.
func TestCasesNextActBy(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	// R-RENEW-WINDOW: the window closes Saturday 26 Dec, to act by
	// Thursday 24 Dec, before a due date on Friday 25 Dec.
	s := store.Summary{CaseID: 4, PersonID: 1, Person: "Ana López", Procedure: "renewal", Stage: procedures.StageDraft,
		Deadlines: []procedures.Deadline{
			{Key: "a-due", Date: procedures.MustDate("2026-12-25"), Kind: procedures.Due, Rule: "R-RENEW-WINDOW", Title: "Due"},
			{Key: "renewal-window-closes", Date: procedures.MustDate("2026-12-26"), ActBy: procedures.MustDate("2026-12-24"),
				Kind: procedures.Closes, Rule: "R-RENEW-WINDOW", Title: "Renewal window closes"},
		}}
	cj := toCaseJSON(s, today)
	if cj.Next == nil || cj.Next.Title != "Renewal window closes" || cj.Next.DaysLeft != 31 ||
		cj.Next.Date != "2026-12-26" || cj.Next.ActBy != "2026-12-24" {
		t.Fatalf("next = %+v; want the window's close, 31 days left to 24 Dec, date 2026-12-26", cj.Next)
	}
	var b strings.Builder
	if err := printCases(nil, &b, []caseJSON{cj}, 0); err != nil {
		t.Fatal(err)
	}
	if want := "2026-12-24 in 31 days (legal 2026-12-26, Sat)"; !strings.Contains(b.String(), want) {
		t.Errorf("cases table lacks %q:\n%s", want, b.String())
	}
	b.Reset()
	if err := writeCasesJSON(&b, []caseJSON{cj}); err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Next map[string]any `json:"next"`
	}
	if err := json.Unmarshal([]byte(b.String()), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if n := got[0].Next; n["act_by"] != "2026-12-24" || n["date"] != "2026-12-26" || n["days_left"] != 31.0 {
		t.Errorf("cases --json next = %v; want date 2026-12-26, act_by 2026-12-24, days_left 31", n)
	}
}
