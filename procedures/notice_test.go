package procedures

import (
	"strings"
	"testing"
)

// R-CASE-CORRECT counted per R-DAYS-USER-BIZ: 10 business days forward
// from the notice, weekends and rest days skipped, closures not.
func TestCorrectionDue(t *testing.T) {
	tests := []struct{ notice, want string }{
		{"2026-12-01", "2026-12-15"}, // Tue: two weeks on
		{"2026-12-04", "2026-12-18"}, // Fri
		{"2026-12-18", "2027-01-05"}, // 25 Dec and 1 Jan skipped (R-DAYS-BIZ); the year-end closure is not
		{"2027-03-05", "2027-03-22"}, // 15 Mar 2027 (third Monday of March) skipped
		{"2026-04-28", "2026-05-14"}, // 1 May and 5 May skipped
	}
	for _, tt := range tests {
		if got := CorrectionDue(MustDate(tt.notice)); got.String() != tt.want {
			t.Errorf("CorrectionDue(%s) = %s, want %s", tt.notice, got, tt.want)
		}
	}
}

func noticeCase(t *testing.T) (*Procedure, Answers, Context) {
	t.Helper()
	p, err := Lookup("status-change")
	if err != nil {
		t.Fatal(err)
	}
	return p, Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"}, Context{Today: MustDate("2026-12-02")}
}

func TestApplyNotice(t *testing.T) {
	p, a, c := noticeCase(t)
	filed := Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-02")}
	paid := filed
	paid.FeePaid = MustDate("2026-10-30")
	renewal, _ := Lookup("exit-permit")
	tests := map[string]struct {
		p      *Procedure
		pr     Progress
		kind   NoticeKind
		date   string
		stage  Stage
		errHas string
	}{
		"corrections on a filed case":      {p, filed, NoticeCorrections, "2026-11-20", StageFiled, ""},
		"corrections before filing":        {p, Progress{Stage: StageReady}, NoticeCorrections, "2026-11-20", "", "mark it filed first"},
		"corrections dated before filing":  {p, filed, NoticeCorrections, "2026-10-01", "", "before the filed date"},
		"a notice dated tomorrow":          {p, filed, NoticeCorrections, "2026-12-03", "", "after today"},
		"resolution, first fee paid":       {p, paid, NoticeResolution, "2026-11-25", StageApproved, ""},
		"resolution, no payment recorded":  {p, filed, NoticeResolution, "2026-11-25", StageReceived, ""},
		"resolution of a permit":           {renewal, filed, NoticeResolution, "2026-11-25", StageReceived, ""},
		"resolution on a received case":    {p, Progress{Stage: StageReceived, FiledDate: MustDate("2026-11-02"), ReceivedDate: MustDate("2026-11-20")}, NoticeResolution, "2026-11-25", "", "already"},
		"resolution dated before approval": {p, paid, NoticeResolution, "2026-10-01", "", "before the filed date"},
	}
	for name, tt := range tests {
		got, err := tt.p.ApplyNotice(tt.pr, tt.kind, MustDate(tt.date), nil, a, c)
		if tt.errHas != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("%s: err = %v, want one saying %q", name, err, tt.errHas)
			}
			if got != tt.pr {
				t.Errorf("%s: a refused notice changed the progress: %+v", name, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got.Stage != tt.stage {
			t.Errorf("%s: stage %q, want %q", name, got.Stage, tt.stage)
		}
	}
}

// A notice of corrections puts the R-CASE-CORRECT deadline on the case.
func TestNoticeOfCorrectionsTracksTheDeadline(t *testing.T) {
	p, a, c := noticeCase(t)
	pr, err := p.ApplyNotice(Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-02")}, NoticeCorrections, MustDate("2026-12-01"), nil, a, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range Track(p, a, pr, c) {
		if d.Key == "correction-due" {
			if d.Date.String() != "2026-12-15" || d.Rule != "R-CASE-CORRECT" || d.Done {
				t.Errorf("correction deadline %+v, want 2026-12-15, R-CASE-CORRECT, pending", d)
			}
			return
		}
	}
	t.Error("no correction-due deadline after a notice of corrections")
}

// R-PAY-TWO: the first payment puts the approval on the path; once
// approved, the card fee is a pending line until paid.
func TestSecondPayment(t *testing.T) {
	p, a, c := noticeCase(t)
	filed := Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-02")}
	if next, _ := p.NextStageFor(filed, true); next != StageReceived {
		t.Errorf("before the first payment the next stage is %q, want received", next)
	}
	pr, which, err := p.RecordPayment(filed, MustDate("2026-11-01"), a, c)
	if err != nil || which != PaymentFee {
		t.Fatalf("first payment: %v, %v", which, err)
	}
	if next, _ := p.NextStageFor(pr, true); next != StageApproved {
		t.Fatalf("after the first payment the next stage is %q, want approved", next)
	}
	pr, err = p.ApplyNotice(pr, NoticeResolution, MustDate("2026-11-25"), nil, a, c)
	if err != nil {
		t.Fatal(err)
	}
	fee := func(pr Progress) *Deadline {
		for _, d := range Track(p, a, pr, c) {
			if d.Key == "card-fee" {
				return &d
			}
		}
		return nil
	}
	d := fee(pr)
	if d == nil || d.Done || d.Rule != "R-PAY-TWO" || d.Date.String() != "2026-11-25" || d.Kind != ToDo {
		t.Fatalf("card fee line %+v, want a pending R-PAY-TWO to-do (no term: never late) from 2026-11-25", d)
	}
	for _, d := range Track(p, a, pr, c) {
		if d.Key == "decision-due" && !d.Done {
			t.Error("INM's decision is still pending once the change is approved")
		}
	}
	pr, which, err = p.RecordPayment(pr, MustDate("2026-11-27"), a, c)
	if err != nil || which != PaymentCardFee {
		t.Fatalf("card fee: %v, %v", which, err)
	}
	if d := fee(pr); d == nil || !d.Done {
		t.Errorf("card fee line %+v, want done once paid", d)
	}
	if _, _, err := p.RecordPayment(pr, MustDate("2026-11-20"), a, c); err == nil {
		t.Error("a card fee paid before the approval was taken")
	}
	if next, _ := p.NextStageFor(pr, true); next != StageReceived {
		t.Errorf("after approval the next stage is %q, want received", next)
	}
	renewal, _ := Lookup("renewal")
	if renewal.PaysTwice() || fee(Progress{Stage: StageApproved, ApprovedDate: MustDate("2026-11-25")}) == nil {
		t.Error("only a change of status is paid twice")
	}
}

func TestOnlyAChangeOfStatusIsApproved(t *testing.T) {
	renewal, _ := Lookup("renewal")
	pr := Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-02")}
	if _, err := renewal.MoveToStage(pr, StageApproved, map[string]string{StageKeyApprovedDate: "2026-11-20"}, Answers{}, Context{Today: MustDate("2026-12-02")}); err == nil || !strings.Contains(err.Error(), "change of status only") {
		t.Errorf("a renewal moved to approved: %v", err)
	}
}

func TestPrevStageSkipsApproved(t *testing.T) {
	if got, _ := PrevStage(StageReceived); got != StageFiled {
		t.Errorf("PrevStage(received) = %q, want filed", got)
	}
	if got, _ := PrevStage(StageApproved); got != StageFiled {
		t.Errorf("PrevStage(approved) = %q, want filed", got)
	}
}
