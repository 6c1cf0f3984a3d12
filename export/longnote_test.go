package export

import (
	"io"
	"strings"
	"testing"
	"time"
	"tramite/casebook"

	"github.com/charmbracelet/x/ansi"
)

// noteView is the first household case with an unbroken note of n bytes.
func noteView(t testing.TB, n int) []casebook.Detail {
	t.Helper()
	people, cases := household(t)
	cs, err := casebook.Household(people, cases[:1], testContext())
	if err != nil {
		t.Fatal(err)
	}
	cs[0].Case.Notes = strings.Repeat("ñ", n/4) + strings.Repeat("x", n/2) // unbroken, 2-byte runes too
	return cs
}

// timeExport is the fastest of three text and Markdown exports of v.
func timeExport(t *testing.T, v []casebook.Detail) time.Duration {
	best := time.Hour
	for range 3 {
		start := time.Now()
		if err := Text(io.Discard, v, testContext()); err != nil {
			t.Fatal(err)
		}
		if err := Markdown(io.Discard, v, testContext()); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	return best
}

// TestUnbrokenNoteExportsInLinearTime: 8 times the note costs about 8
// times the time, not 64 as it did (a generous 24 allows a loaded machine
// or the race detector). The time itself is BenchmarkUnbrokenNote1MB's:
// no test depends on the machine's speed.
// A ratio over the limit is measured again, up to three times: at load 15
// a burst during one size's runs has pushed it past the limit, where the
// quadratic code gave 64 every time.
func TestUnbrokenNoteExportsInLinearTime(t *testing.T) {
	smallView, bigView := noteView(t, 128<<10), noteView(t, 1<<20)
	var ratio float64
	for range 3 {
		small, big := timeExport(t, smallView), timeExport(t, bigView)
		ratio = float64(big) / float64(small)
		t.Logf("128 KB: %v, 1 MB: %v (ratio %.1f)", small, big, ratio)
		if ratio <= 24 || big <= 100*time.Millisecond {
			return
		}
	}
	t.Errorf("8 times the note took %.0f times as long: not linear", ratio)
}

// TestWrapCutsLongWordsWhole: the cut pieces of an unbroken word join back
// to it, and no piece is wider than the line.
func TestWrapCutsLongWordsWhole(t *testing.T) {
	word := strings.Repeat("añ陈e\u0301🇲🇽", 300)
	lines := wrap(word, "  - ", "    ", Width, nil)
	var joined strings.Builder
	for i, l := range lines {
		if w := len([]rune(l)); w == 0 {
			t.Errorf("line %d is empty", i)
		}
		indent := "    "
		if i == 0 {
			indent = "  - "
		}
		joined.WriteString(strings.TrimPrefix(l, indent))
	}
	if joined.String() != word {
		t.Error("the pieces do not join back to the word")
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > Width {
			t.Errorf("line %d is %d cells wide", i, w)
		}
	}
}

func BenchmarkUnbrokenNote1MB(b *testing.B) {
	v := noteView(b, 1<<20)
	for b.Loop() {
		if err := Text(io.Discard, v, testContext()); err != nil {
			b.Fatal(err)
		}
	}
}
