package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/record"
)

// `tramite case notice` and `case pay` on the built binary (issue 19): a
// notice of corrections puts the R-CASE-CORRECT deadline in `deadlines
// --json`; the first payment of a change of status puts the approval,
// with its card-fee line, on the case's path; each is in the history.
func TestCaseNoticeAndPay(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "new", "status-change", "--person", "Ana López",
		"--answer", "route=pension", "--answer", "card_expiry=2027-06-01", "--answer", "pension_basis=savings")

	// A notice before filing is refused, and changes nothing.
	if r := run(t, db, "", "case", "notice", "1", "--kind", "corrections", "--date", "2026-11-20"); r.code != 1 || !strings.Contains(r.stderr, "mark it filed first") {
		t.Errorf("a notice on a draft: exit %d, %s", r.code, r.stderr)
	}
	if r := run(t, db, "", "case", "notice", "1", "--kind", "letter", "--date", "2026-11-20"); r.code != 2 || !strings.Contains(r.stderr, "corrections") {
		t.Errorf("an unknown kind: exit %d, %s; want a usage mistake naming the kinds", r.code, r.stderr)
	}
	mustRun(t, db, "case", "stage", "1", "ready")
	mustRun(t, db, "case", "stage", "1", "filed", "--date", "2026-11-10", "--nut", "CUE-9", "--anyway")
	mustRun(t, db, "case", "pay", "1", "--date", "2026-11-09")
	r := mustRun(t, db, "case", "notice", "1", "--kind", "corrections", "--date", "2026-11-20")
	if !strings.Contains(r.stderr, "2026-12-04") {
		t.Errorf("the notice's message does not give the last day 2026-12-04: %s", r.stderr)
	}

	var rows []struct {
		Case    uint64 `json:"case"`
		Key     string `json:"key"`
		Date    string `json:"date"`
		Rule    string `json:"rule"`
		Urgency string `json:"urgency"`
	}
	decode(t, mustRun(t, db, "deadlines", "--json"), &rows)
	found := false
	for _, row := range rows {
		if row.Key == "correction-due" {
			found = true
			if row.Case != 1 || row.Date != "2026-12-04" || row.Rule != "R-CASE-CORRECT" {
				t.Errorf("correction row %+v; want case 1, 2026-12-04 (10 business days from 2026-11-20), R-CASE-CORRECT", row)
			}
		}
	}
	if !found {
		t.Errorf("deadlines --json has no correction-due row: %+v", rows)
	}

	// The resolution: the first payment is recorded, so the change is
	// approved and its card fee is the case's next line (R-PAY-TWO).
	mustRun(t, db, "case", "notice", "1", "--kind", "resolution", "--date", "2026-11-23")
	c := showCase(t, db, "1")
	if c.Progress.Stage != procedures.StageApproved {
		t.Fatalf("stage after the resolution = %q; want approved", c.Progress.Stage)
	}
	decode(t, mustRun(t, db, "deadlines", "--json"), &rows)
	var fee bool
	for _, row := range rows {
		fee = fee || (row.Key == "card-fee" && row.Rule == "R-PAY-TWO" && row.Date == "2026-11-23")
	}
	if !fee {
		t.Errorf("no card-fee line after approval: %+v", rows)
	}
	checkCardFeeHasNoTerm(t, db)
	mustRun(t, db, "case", "pay", "1", "--date", "2026-11-23")

	var kinds []string
	for _, e := range showCase(t, db, "1").History {
		kinds = append(kinds, e.Kind)
	}
	want := []string{record.EventCreated, record.EventStage, record.EventStage, record.EventPayment,
		record.EventCorrections, record.EventResolution, record.EventCardFee}
	if strings.Join(kinds, " ") != strings.Join(want, " ") {
		t.Errorf("history %v; want %v", kinds, want)
	}
	out := mustRun(t, db, "case", "show", "1").stdout
	for _, s := range []string{"history", "Case created.", "INM notice of 2026-11-20", "Card fee paid on 2026-11-23"} {
		if !strings.Contains(out, s) {
			t.Errorf("case show lacks %q:\n%s", s, out)
		}
	}
}

// checkCardFeeHasNoTerm: R-PAY-TWO gives no term to pay the card fee, so
// its line is "no term" from the approval on, weeks later too, never
// late; `remind` lists it every day with a message that says so, in both
// languages (its notifications, on its day and weekly: casebook's
// TestDueOf).
func checkCardFeeHasNoTerm(t *testing.T, db string) {
	t.Helper()
	for _, today := range []string{"2026-11-23", "2026-11-24", "2027-01-04"} {
		var rows []struct {
			Key, Urgency string
			DaysLeft     int `json:"days_left"`
		}
		decode(t, mustRun(t, db, "--today", today, "deadlines", "--json"), &rows)
		var urgency string
		for _, row := range rows {
			if row.Key == "card-fee" {
				urgency = row.Urgency
			}
		}
		if urgency != "no-term" {
			t.Errorf("on %s the card fee's urgency is %q; want no-term (never late: R-PAY-TWO gives no term)", today, urgency)
		}
		out := mustRun(t, db, "--today", today, "deadlines").stdout
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "Pay the card fee") && (!strings.Contains(line, "no term") || strings.Contains(strings.ToLower(line), "late")) {
				t.Errorf("on %s the deadlines list says %q; want no term, not late", today, line)
			}
		}
	}
	for _, today := range []string{"2026-11-23", "2026-11-27", "2027-01-04"} {
		r := run(t, db, "", "--today", today, "remind", "--messages")
		if !strings.Contains(r.stdout, "no term  Ana López") || !strings.Contains(r.stdout, "No term for it was found, so please do not wait.") {
			t.Errorf("remind --messages on %s does not list the card fee as to do with no term:\n%s", today, r.stdout)
		}
		if strings.Contains(r.stdout, "Please have these ready") {
			t.Errorf("remind --messages on %s asks for the filing's checklist again for the card fee:\n%s", today, r.stdout)
		}
	}
	r := run(t, db, "", "--today", "2026-11-30", "--lang", "es", "remind", "--messages")
	if !strings.Contains(r.stdout, "sin plazo") || !strings.Contains(r.stdout, "No se encontró un plazo para hacerlo") {
		t.Errorf("remind --messages in Spanish does not say there is no term:\n%s", r.stdout)
	}
	// The message's header lines are in Spanish too.
	if !strings.Contains(r.stdout, "    Para: ") || !strings.Contains(r.stdout, "    Asunto: ") || strings.Contains(r.stdout, "Subject:") {
		t.Errorf("remind --messages in Spanish has English headers:\n%s", r.stdout)
	}
}
