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
		"a letter starting a later word when none starts a label": {keys: []any{"n", enterKey, "r", "d", enterKey},
			want: procedures.Answers{"entry_date": "2026-03-15", "has_job": "no", "route": "permanente"}, current: "children"},
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

func TestHasWordStarting(t *testing.T) {
	for _, tc := range []struct {
		label, prefix string
		want          bool
	}{
		{"a family link", "f", true}, {"a family link", "a", true}, {"a family link", "i", false},
		{"temporary resident (residente temporal)", "r", true}, {"(residente temporal)", "r", true},
		{"other grounds", "g", true}, {"other grounds", "r", false}, {"1 year", "y", true}, {"", "a", false},
	} {
		if got := hasWordStarting(tc.label, tc.prefix); got != tc.want {
			t.Errorf("hasWordStarting(%q, %q) = %v, want %v", tc.label, tc.prefix, got, tc.want)
		}
	}
}
