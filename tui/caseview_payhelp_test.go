package tui

import (
	"strings"
	"testing"

	"tramite/procedures"
)

// TestFirstPaymentHelp (issue 19): the first payment of a change of
// status has no key of its own because the filing stage's form asks its
// date; the case's help and the stage form's help say so, in both
// languages, and the filing form has the field. A procedure paid once
// says nothing of it.
func TestFirstPaymentHelp(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana López"), "status-change", procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"})
	st.SetProgress(id, procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-11-20")})
	once := addCase(t, st, storePerson(t, st, "Bruno Dupont"), "renewal", renewalAnswers("2026-12-10"))

	a := openCase(t, st, id, 120, 40)
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	mustContain(t, flat(screenText(keys(t, a, "?"))), "The first payment (recepción y estudio, R-PAY-TWO) is recorded in the filing stage's form")
	a = keys(t, a, "esc", "s")
	if a.caseView.mode != modeForm || a.caseView.pend == nil || a.caseView.pend.target != procedures.StageFiled {
		t.Fatalf("s on a booked case: mode %v, want the filing form", a.caseView.mode)
	}
	mustContain(t, flat(screenText(a)), "Date of the first payment (recepción y estudio)")
	_, about := a.caseView.helpAbout()
	mustContain(t, about, "s at filing asks its date")

	m := a.caseView
	m.opts.Context = esCtx()
	if _, about := m.helpAbout(); !strings.Contains(about, "El primer pago (recepción y estudio, R-PAY-TWO) se registra en el formulario de la etapa de presentación") {
		t.Errorf("the Spanish stage help lacks the first payment: %q", about)
	}

	b := openCase(t, st, once, 120, 40)
	if _, about := b.caseView.helpAbout(); strings.Contains(about, "first payment") {
		t.Errorf("a renewal's help speaks of a first payment: %q", about)
	}
}
