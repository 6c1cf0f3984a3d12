package cli

import (
	"testing"

	"tramite/procedures"
	"tramite/store"
)

// R-RENEW-EXPIRED-IN: regularising an expired card is a date only once
// the renewal window has closed (R-RENEW-WINDOW); until then the listing
// hides it, and after that it shows it and marks the missed close done.
func TestDeadlineRowsContingent(t *testing.T) {
	sums := []store.Summary{{CaseID: 1, Person: "Ana", Procedure: "renewal", Deadlines: []procedures.Deadline{
		{Key: "renewal-window-closes", Date: procedures.MustDate("2026-12-20"), Kind: procedures.Closes, Rule: "R-RENEW-WINDOW"},
		{Key: "renewal-regularise-by", Date: procedures.MustDate("2027-02-18"), Kind: procedures.Closes, Rule: "R-RENEW-EXPIRED-IN",
			IfMissed: "renewal-window-closes"},
	}}}
	tests := map[string]struct {
		today string
		want  []string
	}{
		"before the window closes only the close is listed":    {"2026-11-23", []string{"renewal-window-closes"}},
		"once it has passed the regularisation date is listed": {"2026-12-21", []string{"renewal-regularise-by"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rows := deadlineRows(sums, deadlineFilter{today: procedures.MustDate(tt.today), within: -1})
			var got []string
			for _, r := range rows {
				got = append(got, r.Key)
			}
			if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) {
				t.Errorf("rows on %s = %v; want %v", tt.today, got, tt.want)
			}
		})
	}
}
