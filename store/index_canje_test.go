package store

import (
	"testing"

	"tramite/procedures"
)

// The index is computed with no today at all, so a procedure whose dates
// hid behind a today check lost them on the dashboard (found by hand: a
// canje entered in the interview showed no "file by" date). R-CANJE-30.
func TestIndexKeepsTheCanjeFilingDate(t *testing.T) {
	s := openTest(t, dbPath(t))
	p := Person{Name: "Lucía Fernández"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "canje", Answers: procedures.Answers{
		"visa_type": "temporary", "visa_issue_date": "2026-09-15", "visa_expiry": "",
		"entered": "yes", "entry_date": "2026-11-20", "work_permit": "no"}}
	mustDo(t, s.SaveCase(&c))
	rows := checkIndex(t, s, "saving a canje")
	if len(rows) != 1 || !hasDeadline(rows[0], "canje-file-by") {
		t.Fatalf("index rows %+v lack canje-file-by", rows)
	}
	for _, d := range rows[0].Deadlines {
		// Entry day counted as day 1 (R-DAYS-CAL): the 30th day is Saturday
		// 2026-12-19, so act by Friday 2026-12-18.
		if d.Key == "canje-file-by" && (d.Date != procedures.MustDate("2026-12-19") || d.ActBy != procedures.MustDate("2026-12-18")) {
			t.Errorf("canje-file-by %s act by %s, want 2026-12-19 act by 2026-12-18 (R-CANJE-30, R-DAYS-CAL, R-DAYS-CLOSED)", d.Date, d.ActBy)
		}
	}
}
