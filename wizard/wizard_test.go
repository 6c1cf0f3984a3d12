package wizard

import (
	"errors"
	"reflect"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// testProc is a procedure built in the test: its exported fields are all
// the wizard reads. The rules are the test's own, not DOMAIN.md's.
func testProc() *procedures.Procedure {
	return &procedures.Procedure{
		ID:   "test",
		Name: "Test procedure",
		Questions: []procedures.Question{
			{Key: "entry_date", Prompt: "When did you enter Mexico?", Help: "The date on your entry stamp.", Kind: procedures.KindDate,
				Check: func(v string, _ procedures.Answers) error {
					if procedures.MustDate(v).After(procedures.MustDate("2026-11-23")) {
						return errors.New("the entry date is after today: type the date on the stamp")
					}
					return nil
				}},
			{Key: "has_job", Prompt: "Do you have a job offer?", Kind: procedures.KindYesNo},
			{Key: "employer", Prompt: "Who is the employer?", Kind: procedures.KindText,
				AskIf: func(a procedures.Answers) bool { return a.Yes("has_job") }},
			{Key: "route", Prompt: "Which card do you hold?", Kind: procedures.KindChoice,
				Choices: []procedures.Choice{{ID: "temporal", Label: "Temporary resident"}, {ID: "permanente", Label: "Permanent resident"}}},
			{Key: "children", Prompt: "How many children come with you?", Kind: procedures.KindNumber, Optional: true},
		},
	}
}

func answersOf(msgs []tea.Msg) procedures.Answers {
	a := procedures.Answers{}
	for _, m := range msgs {
		switch m := m.(type) {
		case AnswerMsg:
			a[m.Key] = m.Value
		case RemoveMsg:
			a[m.Key] = "<removed>"
		}
	}
	return a
}

func TestInterviewStraightThrough(t *testing.T) {
	d := newDriver(t, New(testProc(), nil, Options{}))
	d.wantCurrent("entry_date")
	// The job question may bring in the employer's: about 5 until known.
	d.wantView("Step 1 of about 5")
	d.wantView("The date on your entry stamp.")

	d.answer("15/03/2026")
	d.wantCurrent("has_job")
	d.wantView("Step 2 of about 5")
	d.enter() // "Yes" is the first option
	d.wantCurrent("employer")
	d.wantView("Step 3 of 5") // employer is asked: the route is known
	d.answer("ACME")
	d.down() // Permanent resident
	d.enter()
	d.wantCurrent("children")
	d.answer("") // optional: skipped
	if !d.m.Reviewing() {
		t.Fatalf("not on the review screen:\n%s", d.view())
	}
	want := procedures.Answers{"entry_date": "2026-03-15", "has_job": "yes", "employer": "ACME", "route": "permanente", "children": ""}
	if got := answersOf(d.takeEmitted()); !reflect.DeepEqual(got, want) {
		t.Fatalf("saved answers = %v, want %v", got, want)
	}
	d.wantView("Permanent resident")
	d.wantView("(skipped)")

	d.send(tea.KeyPressMsg{Code: 'c', Text: "c"})
	msgs := d.takeEmitted()
	if len(msgs) != 1 {
		t.Fatalf("confirm emitted %v, want one DoneMsg", msgs)
	}
	done, ok := msgs[0].(DoneMsg)
	if !ok || !reflect.DeepEqual(done.Answers, want) {
		t.Fatalf("confirm emitted %#v, want DoneMsg with %v", msgs[0], want)
	}
}

func TestInvalidAnswerIsRefusedWithWhatToType(t *testing.T) {
	tests := map[string]struct {
		typed, message string
	}{
		"30 February does not exist":     {"30/02/2026", "does not exist"},
		"not a date says what to type":   {"next week", "type a date as 2026-03-15"},
		"the question's own check":       {"01/01/2027", "after today"},
		"an answer is needed when empty": {"", "An answer is needed"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := newDriver(t, New(testProc(), nil, Options{}))
			d.answer(tc.typed)
			d.wantCurrent("entry_date")
			d.wantView(tc.message)
			if got := d.takeEmitted(); len(got) != 0 {
				t.Fatalf("a refused answer emitted %v", got)
			}
			// The typed text stays, to be corrected.
			d.wantView(tc.typed)
		})
	}
}

func TestBackReopensThePreviousAnswer(t *testing.T) {
	d := newDriver(t, New(testProc(), nil, Options{}))
	d.answer("2026-03-15")
	d.down() // No
	d.enter()
	d.wantCurrent("route")
	d.back()
	d.wantCurrent("has_job")
	d.back()
	d.wantCurrent("entry_date")
	d.wantView("2026-03-15")
	d.back() // first question: nothing before it
	d.wantCurrent("entry_date")
	d.enter() // keep the date: walks on to the next question, prefilled
	d.wantCurrent("has_job")
	d.enter() // keeps "No"
	d.wantCurrent("route")
	got := answersOf(d.takeEmitted())
	if got["has_job"] != "no" {
		t.Fatalf("has_job after back and enter = %q, want the kept answer no", got["has_job"])
	}
}

func TestResumeOpensTheFirstUnansweredQuestion(t *testing.T) {
	prev := procedures.Answers{"entry_date": "2026-03-15", "has_job": "no"}
	d := newDriver(t, New(testProc(), prev, Options{}))
	d.wantCurrent("route")
	d.wantView("Step 3 of 4") // no job: no employer, the count is exact
	d.back()
	d.wantCurrent("has_job")
	d.back()
	d.wantView("2026-03-15")
}

func TestChangingAnAnswerRemovesQuestionsNoLongerAsked(t *testing.T) {
	full := procedures.Answers{"entry_date": "2026-03-15", "has_job": "yes", "employer": "ACME", "route": "temporal", "children": "2"}
	d := newDriver(t, New(testProc(), full, Options{}))
	if !d.m.Reviewing() {
		t.Fatalf("complete answers should open the review:\n%s", d.view())
	}
	d.wantView("> Confirm these answers")
	for range 4 {
		d.up()
	}
	d.wantView("> Do you have a job offer?")
	d.enter()
	d.wantCurrent("has_job")
	d.down() // No
	d.enter()
	if !d.m.Reviewing() {
		t.Fatalf("an edit from the review should return there:\n%s", d.view())
	}
	got := d.takeEmitted()
	want := []tea.Msg{AnswerMsg{"has_job", "no"}, RemoveMsg{"employer"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("emitted %v, want %v", got, want)
	}
	if _, ok := d.m.Answers()["employer"]; ok {
		t.Fatal("employer still held after has_job became no")
	}
	if err := testProc().Validate(d.m.Answers()); err != nil {
		t.Fatalf("answers after the edit do not validate: %v", err)
	}

	// Flip it back: employer is asked again, prefilled from this session.
	d.enter()
	d.wantCurrent("has_job")
	d.up()
	d.enter()
	d.wantCurrent("employer")
	d.wantView("ACME")
	d.enter()
	if !d.m.Reviewing() {
		t.Fatalf("not back on the review screen:\n%s", d.view())
	}
	if got := d.m.Answers()["employer"]; got != "ACME" {
		t.Fatalf("employer = %q, want ACME", got)
	}
}

func TestReviewEditReturnsToReviewAndBackCancelsTheEdit(t *testing.T) {
	full := procedures.Answers{"entry_date": "2026-03-15", "has_job": "no", "route": "temporal", "children": "2"}
	d := newDriver(t, New(testProc(), full, Options{Review: true}))
	d.enter() // entry_date
	d.wantCurrent("entry_date")
	d.answer("1 abr 2026")
	if !d.m.Reviewing() {
		t.Fatalf("not back on the review screen:\n%s", d.view())
	}
	d.wantView("2026-04-01")
	d.down()
	d.down()
	d.down() // children
	d.enter()
	d.wantCurrent("children")
	d.back()
	if !d.m.Reviewing() {
		t.Fatalf("back from an edit should return to the review:\n%s", d.view())
	}
	if got := d.m.Answers()["children"]; got != "2" {
		t.Fatalf("a cancelled edit changed children to %q", got)
	}
}

func TestConfirmRefusesIncompleteAnswers(t *testing.T) {
	d := newDriver(t, New(testProc(), procedures.Answers{"entry_date": "2026-03-15"}, Options{Review: true}))
	d.wantView("not answered")
	d.send(tea.KeyPressMsg{Code: 'c', Text: "c"})
	d.wantView("has no answer yet")
	for _, m := range d.takeEmitted() {
		if _, ok := m.(DoneMsg); ok {
			t.Fatal("confirmed with a missing answer")
		}
	}
	d.enter()
	d.wantCurrent("has_job")
}

func TestEscCancels(t *testing.T) {
	d := newDriver(t, New(testProc(), nil, Options{}))
	d.typeText("15/03")
	d.esc()
	got := d.takeEmitted()
	if !reflect.DeepEqual(got, []tea.Msg{CancelMsg{}}) {
		t.Fatalf("esc emitted %v, want CancelMsg", got)
	}
}
