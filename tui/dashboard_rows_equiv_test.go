package tui

import (
	"fmt"
	"slices"
	"testing"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// oddSummaries are rows the fixtures lack: one case with deadlines on the
// same day keyed out of order (R-RENEW-WINDOW), a done one, a closed-day
// act-by date (R-DAYS-CLOSED), a contingent date (R-RENEW-EXPIRED-IN) and
// two people of the same name.
func oddSummaries() []record.Summary {
	day := today.AddDays(5)
	return []record.Summary{
		{CaseID: 7, PersonID: 2, Person: "Zoë Pérez", Procedure: "renewal", Stage: procedures.StageDraft, Deadlines: []procedures.Deadline{
			{Key: "b", Date: day, Kind: procedures.Closes, Title: "Renewal Window closes", Rule: "R-RENEW-WINDOW"},
			{Key: "a", Date: day, Kind: procedures.Due, Title: "Pay the FEE", Rule: "R-RENEW-WINDOW"},
			{Key: "c", Date: day.AddDays(3), ActBy: day.AddDays(1), Kind: procedures.Closes, Title: "ÉTAPE", Rule: "R-DAYS-CLOSED"},
			{Key: "d", Date: today.AddDays(-3), Kind: procedures.Closes, Title: "Window closes", Rule: "R-RENEW-WINDOW"},
			{Key: "e", Date: today.AddDays(60), Kind: procedures.Closes, Title: "Regularise", IfMissed: "d", Rule: "R-RENEW-EXPIRED-IN"},
			{Key: "f", Date: today.AddDays(-30), Kind: procedures.Opens, Title: "Window opens", Rule: "R-RENEW-WINDOW"},
		}},
		{CaseID: 3, PersonID: 9, Person: "Zoë Pérez", Procedure: "canje", Stage: procedures.StageFiled, Deadlines: []procedures.Deadline{
			{Key: "x", Date: day, Kind: procedures.Due, Title: "pay", Done: true, Rule: "R-CANJE-30"},
		}},
		{CaseID: 4, PersonID: 9, Person: "Zoë Pérez", Procedure: "no-such-procedure", Stage: procedures.StageDraft},
	}
}

// farSummaries add a date too far away to pack into a sort key: the rows
// are then sorted by comparing them.
func farSummaries() []record.Summary {
	sums := oddSummaries()
	sums[1].Deadlines = append(sums[1].Deadlines, procedures.Deadline{Key: "far", Date: procedures.Date{Year: 9000, Month: 1, Day: 1},
		Kind: procedures.Due, Title: "Far away", Rule: "R-CANJE-30"})
	return sums
}

// The rows built without haystacks, by sorting keys, are the rows the
// first build made, in the same order, and every filter and search keeps
// the same ones: over 10,000 renewals (R-RENEW-WINDOW), the household
// fixture, odd rows, and rows too far apart for packed sort keys.
func TestBuildRowsMatchesTheOracle(t *testing.T) {
	hh, err := household(t).Summaries()
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string][]record.Summary{
		"10,000 renewals": bigSummaries(t, 10000),
		"the household":   hh,
		"odd rows":        oddSummaries(),
		"a date in 9000":  farSummaries(),
		"no rows":         nil,
	}
	filters := []filter{
		{}, {showDone: true}, {query: "persona número 12"}, {query: "window"}, {query: "zoë"}, {query: "étape"},
		{query: "renewal\x00"}, {query: "fee", showDone: true}, {procID: "renewal"}, {personID: 9, showDone: true},
		{query: "no match at all"},
	}
	for name, sums := range sets {
		t.Run(name, func(t *testing.T) {
			rows, cases := buildRows(sums, today, nil)
			orows, ocases := oracleBuildRows(sums, today)
			if len(rows) != len(orows) || len(cases) != len(ocases) {
				t.Fatalf("%d rows, %d cases; want %d, %d", len(rows), len(cases), len(orows), len(ocases))
			}
			for i := range rows {
				r, o := rows[i], orows[i]
				if r.caseID != o.caseID || r.personID != o.personID || r.person != o.person || r.procID != o.procID ||
					r.procName != o.procName || r.dl() != o.dl || r.act() != o.act || r.urg() != o.urg || r.days() != o.days {
					t.Fatalf("row %d = %+v %+v; want %+v", i, r, r.dl(), o)
				}
			}
			for i := range cases {
				c, o := cases[i], ocases[i]
				if c.caseID != o.caseID || c.stage != o.stage || (c.next != nil) != o.hasNext ||
					(c.next != nil && (c.next.dl() != o.next.dl || c.next.caseID != o.next.caseID)) {
					t.Fatalf("case %d = %+v; want %+v", i, c, o)
				}
			}
			if name == "10,000 renewals" {
				// The searches below must narrow the list, not keep all or nothing.
				for _, q := range []string{"persona número 12", "window"} {
					if n := len(filterDeadlines(rows, filter{query: casebook.FoldName(q)})); n == 0 || n == len(rows) {
						t.Errorf("search %q keeps %d of %d rows", q, n, len(rows))
					}
				}
			}
			for _, f := range filters {
				f.query = casebook.FoldName(f.query) // as the search box does
				of := oracleFilter{personID: f.personID, procID: f.procID, query: f.query, showDone: f.showDone}
				if got, want := filterDeadlines(rows, f), oracleFilterDeadlines(orows, of); !slices.Equal(got, want) {
					t.Errorf("filterDeadlines(%+v) keeps %d rows; want %d", f, len(got), len(want))
				}
				if got, want := filterCases(cases, f), oracleFilterCases(ocases, of); !slices.Equal(got, want) {
					t.Errorf("filterCases(%+v) keeps %v; want %v", f, head(got), head(want))
				}
			}
		})
	}
}

func head(xs []int) string {
	if len(xs) > 5 {
		return fmt.Sprint(xs[:5], "… of ", len(xs))
	}
	return fmt.Sprint(xs)
}
