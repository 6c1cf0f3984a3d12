package wizard

import (
	"testing"

	"tramite/procedures"
)

// boundProc asks a fact (a birth date, never after today) and a plan (a
// departure, never before today), with the bounds of procedures.Question.
func boundProc() *procedures.Procedure {
	return &procedures.Procedure{ID: "bounds", Name: "Bounds", Questions: []procedures.Question{
		{Key: "birth_date", Prompt: "When were you born?", Kind: procedures.KindDate, Bound: procedures.NotAfterToday},
		{Key: "departure_date", Prompt: "When do you leave?", Kind: procedures.KindDate, Bound: procedures.NotBeforeToday},
	}}
}

// A new answer is checked against today: a birth in the future and a
// departure in the past are refused with what to type, and nothing is
// stored; a plan already stored, now in the past, is kept as it is.
func TestNewAnswersAreCheckedAgainstToday(t *testing.T) {
	ctx := procedures.Context{Today: procedures.MustDate("2026-12-02")}
	d := newDriver(t, New(boundProc(), nil, Options{Context: ctx}))
	d.answer("2030-01-01")
	d.wantCurrent("birth_date")
	d.wantView("after today")
	d.clearRow()
	d.answer("1990-05-05")
	d.wantCurrent("departure_date")
	d.answer("2026-11-01")
	d.wantCurrent("departure_date")
	d.wantView("before today")
	if got := answersOf(d.takeEmitted()); got["departure_date"] != "" || got["birth_date"] != "1990-05-05" {
		t.Errorf("saved %v; want only the birth date", got)
	}

	// Resumed a month later: the stored departure is in the past now, and
	// confirming it unchanged is accepted.
	stored := procedures.Answers{"birth_date": "1990-05-05", "departure_date": "2026-12-10"}
	later := procedures.Context{Today: procedures.MustDate("2027-01-15")}
	d = newDriver(t, New(boundProc(), stored, Options{Context: later, Review: true}))
	if p := d.m.problem(boundProc().Questions[1]); p != "" {
		t.Errorf("a stored plan now past is reported: %s", p)
	}
}
