package procedures

import (
	"strings"
	"testing"
)

// checkAnswer asserts that p.Answer(key, raw) given a is accepted when
// errHas is empty, else refused with an error containing each of errHas
// (the key and what to type instead).
func checkAnswer(t *testing.T, p *Procedure, key, raw string, a Answers, errHas []string) {
	t.Helper()
	_, err := p.Answer(key, raw, a)
	if len(errHas) == 0 {
		if err != nil {
			t.Fatalf("Answer(%s, %q) = %v, want accepted", key, raw, err)
		}
		return
	}
	if err == nil {
		t.Fatalf("Answer(%s, %q) accepted, want an error", key, raw)
	}
	for _, s := range errHas {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q lacks %q", err, s)
		}
	}
}

// checkDeadline asserts that ds holds the deadline key on date, with the
// act-by date actBy ("" for none, R-DAYS-CLOSED), and a note containing
// each of noteHas.
func checkDeadline(t *testing.T, ds []Deadline, key, date, actBy string, noteHas ...string) {
	t.Helper()
	d := twDeadline(t, ds, key)
	if d.Date != MustDate(date) || d.ActBy != twDate(actBy) {
		t.Errorf("%s = %s act by %q, want %s act by %q", key, d.Date, d.ActBy, date, actBy)
	}
	for _, s := range noteHas {
		if !strings.Contains(d.Note, s) {
			t.Errorf("note %q lacks %q", d.Note, s)
		}
	}
}
