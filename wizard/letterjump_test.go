package wizard

import (
	"reflect"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

// TestLetterPicksAnOption: a letter typed on a choice question moves the
// highlight to the next option starting with it, as a native list does,
// and Enter chooses it; a letter no option starts with changes nothing;
// j and k still move.
func TestLetterPicksAnOption(t *testing.T) {
	es := Options{Context: procedures.Context{Lang: i18n.For(i18n.Spanish)}}
	tests := map[string]struct {
		opts    Options
		keys    []any
		want    procedures.Answers
		current string
	}{
		"n answers no": {keys: []any{"n", enterKey},
			want: procedures.Answers{"entry_date": "2026-03-15", "has_job": "no"}, current: "route"},
		"y after n answers yes": {keys: []any{"n", "y", enterKey},
			want: procedures.Answers{"entry_date": "2026-03-15", "has_job": "yes"}, current: "employer"},
		"s answers sí in Spanish": {opts: es, keys: []any{"n", "s", enterKey},
			want: procedures.Answers{"entry_date": "2026-03-15", "has_job": "yes"}, current: "employer"},
		"a capital letter and an accent-free one pick the same": {keys: []any{"N", enterKey, "P", "t", "p", enterKey},
			want: procedures.Answers{"entry_date": "2026-03-15", "has_job": "no", "route": "permanente"}, current: "children"},
		"a letter no option starts with changes nothing": {keys: []any{"x", "q", enterKey},
			want: procedures.Answers{"entry_date": "2026-03-15", "has_job": "yes"}, current: "employer"},
		"j still moves down": {keys: []any{"j", enterKey},
			want: procedures.Answers{"entry_date": "2026-03-15", "has_job": "no"}, current: "route"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := newDriver(t, New(testProc(), nil, tc.opts))
			d.burst(script(append([]any{"15/03/2026", enterKey}, tc.keys...)...)...)
			if got := answersOf(d.takeEmitted()); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("saved answers = %v, want %v\nscreen:\n%s", got, tc.want, d.view())
			}
			d.wantCurrent(tc.current)
		})
	}
}
