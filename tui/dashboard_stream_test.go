package tui

import (
	"slices"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// streamedSums is a store that streams the summaries it is given, in
// their order (not necessarily by case id), as store.Store's EachSummary
// does: one Summary reused for every row.
type streamedSums struct {
	Store
	sums []record.Summary
}

func (s streamedSums) EachSummary(fn func(*record.Summary) error) error {
	var r record.Summary
	for i := range s.sums {
		r = s.sums[i]
		r.Deadlines = slices.Clone(r.Deadlines)
		if err := fn(&r); err != nil {
			return err
		}
		clear(r.Deadlines) // the store reuses them: nothing may point into them
	}
	return nil
}

func (s streamedSums) Summaries() ([]record.Summary, error) { return s.sums, nil }

// The rows built from the store's streamed read (startCmd, the reload)
// are the rows built from its summaries: the same deadlines, dates,
// urgencies, days, cases and next dates in the same order, the same
// people and procedures to filter by, the same column widths; in English
// and in Spanish.
func TestStreamedRowsAreTheSummariesRows(t *testing.T) {
	hh, err := household(t).Summaries()
	if err != nil {
		t.Fatal(err)
	}
	reversed := slices.Clone(hh)
	slices.Reverse(reversed)
	for _, st := range []Store{previewStore(t, 600), streamedSums{household(t), hh}, streamedSums{household(t), reversed},
		streamedSums{household(t), oddSummaries()}, streamedSums{household(t), oddDates()}} {
		sums, err := st.Summaries()
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []*i18n.Printer{nil, i18n.For(i18n.Spanish)} {
			got, ok, err := streamDashData(st, today, l)
			if !ok || err != nil {
				t.Fatalf("streamDashData: ok %v, %v", ok, err)
			}
			want := buildDashData(sums, today, l)
			if !got.streamed || got.sums != nil || got.n != len(sums) {
				t.Fatalf("streamed %v, %d summaries kept, n %d; want a streamed build of %d cases", got.streamed, len(got.sums), got.n, len(sums))
			}
			if len(got.deadlines) != len(want.deadlines) || len(got.cases) != len(want.cases) {
				t.Fatalf("%d rows, %d cases; want %d, %d", len(got.deadlines), len(got.cases), len(want.deadlines), len(want.cases))
			}
			for i := range got.deadlines {
				r, w := &got.deadlines[i], &want.deadlines[i]
				if r.caseID != w.caseID || r.personID != w.personID || r.person != w.person || r.procID != w.procID ||
					r.procName != w.procName || r.dl() != w.dl() || r.act() != w.act() || r.urg() != w.urg() || r.days() != w.days() {
					t.Fatalf("row %d = %d %+v; want %d %+v", i, r.caseID, r.dl(), w.caseID, w.dl())
				}
			}
			for i := range got.cases {
				c, w := &got.cases[i], &want.cases[i]
				if c.caseID != w.caseID || c.stage != w.stage || (c.next == nil) != (w.next == nil) ||
					(c.next != nil && (c.next.dl() != w.next.dl() || c.next.caseID != w.next.caseID)) {
					t.Fatalf("case %d = %d; want %d", i, c.caseID, w.caseID)
				}
			}
			if len(got.people) != len(want.people) || len(got.procs) != len(want.procs) ||
				got.personW != want.personW || got.procW != want.procW || got.procNameW != want.procNameW ||
				got.stageW != want.stageW || got.whenW != want.whenW {
				t.Errorf("choices and widths differ: %+v; want %+v", got, want)
			}
			if (got.latest == nil) != (want.latest == nil) || got.latest != nil && *got.latest != *want.latest {
				t.Errorf("latest case %+v; want %+v", got.latest, want.latest)
			}
			if len(got.maybeUnfinished) != len(unfinishedCandidates(sums, nil)) {
				t.Errorf("%d drafts without a date; want %d", len(got.maybeUnfinished), len(unfinishedCandidates(sums, nil)))
			}
		}
	}
}

// oddDates are dates too far away, or out of any calendar, to pack
// (dlTable.odd): the rows keep them whole and sort them as dates.
func oddDates() []record.Summary {
	sums := farSummaries()
	sums[0].Deadlines = append(sums[0].Deadlines,
		procedures.Deadline{Key: "huge", Date: procedures.Date{Year: 40000, Month: 2, Day: 3}, Kind: procedures.Due, Title: "Very far", Rule: "R-CANJE-30"},
		procedures.Deadline{Key: "neg", Date: procedures.Date{Year: -40000, Month: 1, Day: 1}, Kind: procedures.Due, Title: "Very old", Rule: "R-CANJE-30"},
		procedures.Deadline{Key: "odd", Date: procedures.Date{Year: 2026, Month: 20, Day: 99}, ActBy: procedures.Date{Year: 50000, Month: 1, Day: 1}, Kind: procedures.Closes, Title: "Odd", Rule: "R-CANJE-30"})
	return sums
}

// Rows with dates beyond what a row packs are the oracle's too.
func TestOddDatesMatchTheOracle(t *testing.T) {
	sums := oddDates()
	rows, cases := buildRows(sums, today, nil)
	orows, ocases := oracleBuildRows(sums, today)
	if len(rows) != len(orows) || len(cases) != len(ocases) {
		t.Fatalf("%d rows, %d cases; want %d, %d", len(rows), len(cases), len(orows), len(ocases))
	}
	for i := range rows {
		r, o := &rows[i], &orows[i]
		if r.caseID != o.caseID || r.dl() != o.dl || r.act() != o.act || r.urg() != o.urg || r.days() != o.days {
			t.Fatalf("row %d = %d %+v; want %d %+v", i, r.caseID, r.dl(), o.caseID, o.dl)
		}
	}
	if len(rows[0].tab.odd) == 0 {
		t.Fatal("no date was too odd to pack: the test tests nothing")
	}
}

// A case with more deadlines than a row counts its place in (seq) is
// sorted stably instead, in the same order, with the same next date.
func TestLongCaseMatchesTheOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("70,000 deadlines: not under -short")
	}
	sums := oddSummaries()
	var ds []procedures.Deadline
	for i := range 70000 {
		// Keys repeat, so that only the order in the case separates some.
		ds = append(ds, procedures.Deadline{Key: []string{"k", "a", "z"}[i%3], Date: today.AddDays(i%50 - 10),
			Kind: procedures.Due, Title: "Step", Rule: "R-CANJE-30", Note: []string{"", "n"}[i%2]})
	}
	ds = append(ds, procedures.Deadline{Key: "first", Date: today.AddDays(-20), Kind: procedures.Opens, Title: "Early", Rule: "R-CANJE-30"})
	sums[1].Deadlines = ds
	rows, cases := buildRows(sums, today, nil)
	orows, ocases := oracleBuildRows(sums, today)
	if len(rows) != len(orows) {
		t.Fatalf("%d rows; want %d", len(rows), len(orows))
	}
	for i := range rows {
		r, o := &rows[i], &orows[i]
		if r.caseID != o.caseID || r.dl() != o.dl || r.act() != o.act || r.urg() != o.urg || r.days() != o.days {
			t.Fatalf("row %d = %d %+v; want %d %+v", i, r.caseID, r.dl(), o.caseID, o.dl)
		}
	}
	for i := range cases {
		c, o := &cases[i], &ocases[i]
		if c.caseID != o.caseID || (c.next != nil) != o.hasNext || c.next != nil && c.next.dl() != o.next.dl {
			t.Fatalf("case %d = %d; want %d", i, c.caseID, o.caseID)
		}
	}
}
