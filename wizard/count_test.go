package wizard

import (
	"math/rand/v2"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

// TestStepCounterNeverGrows walks random routes through every procedure
// of the catalog, one answer at a time, as the interview asks them: the
// count shown ("Step n of [about] N") never grows, the step is never past
// it, and the route's real length is within every count given along it
// (so "about N" was never an undercount).
func TestStepCounterNeverGrows(t *testing.T) {
	for _, p := range procedures.Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(len(p.ID))))
			for route := range 40 {
				a := procedures.Answers{}
				var spans []span
				last := span{min: 0, max: 1 << 30}
				for step := 1; ; step++ {
					q, ok := p.Next(a)
					if !ok {
						break
					}
					s := routeSpan(p, a)
					spans = append(spans, s)
					if s.max > last.max || s.min < last.min {
						t.Fatalf("route %d step %d (%s): count %v after %v: it grew or its floor dropped (answers %v)", route, step, q.Key, s, last, a)
					}
					if step > s.max || s.min > s.max {
						t.Fatalf("route %d step %d: %v cannot hold this step", route, step, s)
					}
					last = s
					switch q.Kind {
					case procedures.KindChoice, procedures.KindYesNo:
						opts := q.Options()
						a[q.Key] = opts[rng.IntN(len(opts))].ID
					default:
						a[q.Key] = standIn(q)
					}
				}
				n := len(asked(p, a, nil))
				for i, s := range spans {
					if n < s.min || n > s.max {
						t.Fatalf("route %d: asked %d questions, but step %d said %v", route, n, i+1, s)
					}
				}
				if end := routeSpan(p, a); !end.exact() || end.max != n {
					t.Errorf("route %d: complete answers count %v, want exactly %d", route, end, n)
				}
			}
		})
	}
}

// TestStepCounterWords: "about" while the route can still change, the
// plain count once it cannot, in both languages.
func TestStepCounterWords(t *testing.T) {
	tests := []struct {
		n    int
		s    span
		lang string
		want string
	}{
		{1, span{4, 5}, "en", "Step 1 of about 5"},
		{3, span{5, 5}, "en", "Step 3 of 5"},
		{1, span{4, 5}, "es", "Paso 1 de unos 5"},
		{3, span{5, 5}, "es", "Paso 3 de 5"},
	}
	for _, tc := range tests {
		if got := progressLine(langOf(tc.lang), tc.n, tc.s); got != tc.want {
			t.Errorf("progressLine(%d, %v, %s) = %q, want %q", tc.n, tc.s, tc.lang, got, tc.want)
		}
	}
}

func langOf(code string) *i18n.Printer {
	if code == "es" {
		return i18n.For(i18n.Spanish)
	}
	return i18n.For(i18n.English)
}

// BenchmarkRouteSpan counts the routes of every procedure from no answers,
// the widest case: it runs in Update each time a question opens.
func BenchmarkRouteSpan(b *testing.B) {
	for _, p := range procedures.Catalog() {
		b.Run(p.ID, func(b *testing.B) {
			for b.Loop() {
				routeSpan(p, procedures.Answers{})
			}
		})
	}
}
