package procedures

import (
	"strings"
	"testing"

	"tramite/i18n"
)

// TestRefusalClosesTheCase (issue 19): INM's refusal (negativa) closes a
// filed case: every date of it is done, and no new date is invented
// (DOMAIN.md says nothing of what follows a refusal, so RefusalNote
// sends the person to the office). A refusal before the filing, before
// the filed date, after today or once the card is received is refused and
// changes nothing.
func TestRefusalClosesTheCase(t *testing.T) {
	p, a, c := noticeCase(t)
	filed := Progress{Stage: StageFiled, FiledDate: MustDate("2026-11-02"), CorrectionNotice: MustDate("2026-11-10")}
	got, err := p.ApplyNotice(filed, NoticeRefusal, MustDate("2026-11-25"), nil, a, c)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Refused() || got.RefusedDate != MustDate("2026-11-25") || got.Stage != StageFiled {
		t.Fatalf("progress %+v, want refused on 2026-11-25 at filed", got)
	}
	before, after := Track(p, a, filed, c), Track(p, a, got, c)
	if len(after) != len(before) {
		t.Errorf("a refusal changed the dates: %d before, %d after", len(before), len(after))
	}
	open := 0
	for _, d := range before {
		if !d.Done {
			open++
		}
	}
	if open == 0 {
		t.Fatal("the filed case has no open date to close: the test proves nothing")
	}
	for _, d := range after {
		if !d.Done {
			t.Errorf("%s is still to act on after the refusal", d.Key)
		}
	}
	for name, tc := range map[string]struct {
		pr     Progress
		date   string
		errHas string
	}{
		"before filing":         {Progress{Stage: StageBooked}, "2026-11-25", "mark it filed first"},
		"before the filed date": {filed, "2026-10-01", "after it is filed"},
		"tomorrow":              {filed, "2026-12-03", "after today"},
		"once received":         {Progress{Stage: StageReceived, FiledDate: MustDate("2026-11-02"), ReceivedDate: MustDate("2026-11-20")}, "2026-11-25", "already"},
	} {
		got, err := p.ApplyNotice(tc.pr, NoticeRefusal, MustDate(tc.date), nil, a, c)
		if err == nil || !strings.Contains(err.Error(), tc.errHas) || got != tc.pr {
			t.Errorf("%s: %+v, %v; want it refused saying %q, nothing changed", name, got, err, tc.errHas)
		}
	}
	if k, err := ParseNoticeKind("refusal"); err != nil || k != NoticeRefusal {
		t.Errorf("ParseNoticeKind(refusal) = %q, %v", k, err)
	}
	if _, err := ParseNoticeKind("denied"); err == nil || !strings.Contains(MessageIn(i18n.For(i18n.Spanish), err), "refusal (el INM negó la solicitud)") {
		t.Errorf("an unknown kind in Spanish: %v", err)
	}
	if es := i18n.For(i18n.Spanish).Text(RefusalNote); es == RefusalNote || !strings.Contains(RefusalNote, "verify with your INM office") {
		t.Errorf("the refusal note %q / %q", RefusalNote, es)
	}
}
