package tui

import (
	"strings"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// TestReceivedLineSaysWhatWasReceived: the case view's line for the last
// stage names what the procedure yields: a card with its expiry, or an
// exit permit with no card and no expiry, in both languages.
func TestReceivedLineSaysWhatWasReceived(t *testing.T) {
	received := procedures.Progress{Stage: procedures.StageReceived, FiledDate: procedures.MustDate("2026-11-10"),
		ReceivedDate: procedures.MustDate("2026-11-13")}
	exit := procedures.Answers{"pending_procedure": "canje", "nut": "", "emergency": "no",
		"departure_date": "2026-12-10", "return_date": "2026-12-30"}
	for _, tc := range []struct {
		proc      string
		answers   procedures.Answers
		lang      *i18n.Printer
		want, not string
	}{
		{"renewal", renewalAnswers("2026-12-20"), nil, "Card received: 2026-11-13, no expiry", "Permit received"},
		{"exit-permit", exit, nil, "Permit received: 2026-11-13", "Card received"},
		{"exit-permit", exit, i18n.For(i18n.Spanish), "Permiso recibido: 2026-11-13", "Tarjeta"},
	} {
		ctx := testCtx()
		ctx.Lang = tc.lang
		m := newCaseViewModel(nil, Options{Context: ctx}, NewStyles(true), DefaultKeyMap(), 1)
		m.SetSize(80, 24)
		c := record.Case{ID: 1, PersonID: 1, Procedure: tc.proc, Answers: tc.answers, Progress: received}
		m, _ = m.Update(caseLoadedMsg{c: c, person: record.Person{ID: 1, Name: "Ana García"}})
		view := m.vp.GetContent()
		if !strings.Contains(view, tc.want) || strings.Contains(view, tc.not) {
			t.Errorf("%s (Spanish %v): want %q and no %q in\n%s", tc.proc, tc.lang.Spanish(), tc.want, tc.not, view)
		}
	}
}
