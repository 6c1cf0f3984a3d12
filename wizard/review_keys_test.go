package wizard

import (
	"strings"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

// Answers valid one by one but not together (a renewal's card expiring
// before the day residence was granted): the review's confirm points at
// the answer in words, never by its key, in both languages.
func TestReviewProblemNamesAnswersInWords(t *testing.T) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	answers := procedures.Answers{"card_type": "temporary", "card_expiry": "2027-03-15", "status_since": "2027-06-01",
		"in_mexico": "yes", "holder_minor": "no", "years_requested": "1", "grounds": "job", "grounds_hold": "yes"}
	if proc.Validate(answers) == nil {
		t.Fatal("the answers validate: the test would check nothing")
	}
	for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
		m := New(proc, answers, Options{Review: true, Context: procedures.Context{Lang: i18n.For(lang)}})
		m.confirm()
		if m.notice == "" || strings.Contains(m.notice, "status_since") || strings.Contains(m.notice, "card_expiry") {
			t.Errorf("%v: the review says %q; want the problem with the answers named in words", lang, m.notice)
		}
		if !strings.Contains(m.notice, ". ") {
			t.Errorf("%v: the problem and what to press run together: %q", lang, m.notice)
		}
		if m.screen == screenDone {
			t.Errorf("%v: answers that do not validate finished the interview", lang)
		}
	}
}
