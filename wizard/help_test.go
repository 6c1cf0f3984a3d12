package wizard

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/key"

	"tramite/procedures"
)

// helpKeys are the help bar's bindings as "key desc".
func helpKeys(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return out
}

// On a question the way to answer comes before ↑/↓: a narrow help bar
// drops its last keys first, and the moves in a list go without saying.
func TestHelpNamesTheAnswerKeyBeforeTheMoves(t *testing.T) {
	d := newDriver(t, New(testProc(), nil, Options{}))
	d.answer("15/03/2026")
	d.wantCurrent("has_job") // a list: ↑/↓ and enter
	got := helpKeys(d.m.ShortHelp())
	enter := slices.IndexFunc(got, func(s string) bool { return s == "enter choose" || s == "enter select" })
	up := slices.IndexFunc(got, func(s string) bool { return s[:len("↑")] == "↑" })
	if enter < 0 || up < 0 || enter > up {
		t.Errorf("help %q: want enter before ↑", got)
	}
	if last := got[len(got)-1]; last != "↑/↓ up/down" {
		t.Errorf("help %q: want the moves last, as one hint", got)
	}
}

// On the review's last row enter confirms, and the help says so; on an
// answer it says enter changes it.
func TestReviewHelpSaysWhatEnterDoes(t *testing.T) {
	full := procedures.Answers{"entry_date": "2026-03-15", "has_job": "no", "route": "temporal", "children": "2"}
	d := newDriver(t, New(testProc(), full, Options{Review: true}))
	if got := helpKeys(d.m.ShortHelp()); got[0] != "enter change" {
		t.Errorf("on an answer: help %q", got)
	}
	for range 5 {
		d.down()
	}
	d.wantView("> Confirm these answers")
	if got := helpKeys(d.m.ShortHelp()); got[0] != "enter confirm" {
		t.Errorf("on the confirm row: help %q", got)
	}
}
