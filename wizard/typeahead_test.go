package wizard

import (
	"reflect"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// Keys typed ahead of the program (a paste, a fast typist, a screen
// reader's tools) arrive before the commands of the keys before them have
// run. Each must land in the question on screen when it is read, and an
// Enter must move on at once.
func TestTypedAheadKeysLandInTheirQuestions(t *testing.T) {
	tests := map[string]struct {
		start procedures.Answers
		opts  Options
		keys  []tea.Msg
		// want is what the wizard reports saved; review says whether the
		// burst ends on the review screen, else current is the open key.
		want    procedures.Answers
		review  bool
		current string
	}{
		"every answer of a straight walk, choices by the highlighted option": {
			keys: script("15/03/2026", enterKey, enterKey, "ACME", enterKey,
				downKey, enterKey, "2", enterKey),
			want:   procedures.Answers{"entry_date": "2026-03-15", "has_job": "yes", "employer": "ACME", "route": "permanente", "children": "2"},
			review: true,
		},
		"a refused answer stays to be corrected and the rest waits for it": {
			keys:    script("30/02/2026", enterKey, "x", enterKey),
			want:    procedures.Answers{},
			current: "entry_date",
		},
		"back in the burst re-opens the previous answer, prefilled": {
			keys:    script("2026-03-15", enterKey, downKey, enterKey, backKey, enterKey),
			want:    procedures.Answers{"entry_date": "2026-03-15", "has_job": "no"},
			current: "route",
		},
		"edits picked on the review ask what they bring in, then return to it": {
			start: procedures.Answers{"entry_date": "2026-03-15", "has_job": "no", "route": "temporal", "children": "2"},
			opts:  Options{Review: true},
			keys: script(enterKey, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}, "1 abr 2026", enterKey,
				downKey, enterKey, downKey, enterKey, "ACME", enterKey),
			want:   procedures.Answers{"entry_date": "2026-04-01", "has_job": "yes", "employer": "ACME"},
			review: true,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := newDriver(t, New(testProc(), tc.start, tc.opts))
			d.burst(tc.keys...)
			if got := answersOf(d.takeEmitted()); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("saved answers = %v, want %v\nscreen:\n%s", got, tc.want, d.view())
			}
			if tc.review {
				if !d.m.Reviewing() {
					t.Fatalf("not on the review screen:\n%s", d.view())
				}
				return
			}
			d.wantCurrent(tc.current)
		})
	}
}

// The refused answer of a burst keeps its text and its inline error.
func TestTypedAheadRefusedAnswerKeepsItsText(t *testing.T) {
	d := newDriver(t, New(testProc(), nil, Options{}))
	d.burst(script("30/02/2026", enterKey)...)
	d.wantCurrent("entry_date")
	d.wantView("30/02/2026")
	d.wantView("does not exist")
}
