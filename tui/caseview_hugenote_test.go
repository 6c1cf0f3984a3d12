package tui

import (
	"strings"
	"testing"
	"time"

	"tramite/record"
)

// hugeNoteView is the case view of a renewal whose notes are n bytes of
// one unbroken word (a paste gone wrong, or an import), laid out at 80x24.
func hugeNoteView(n int) caseViewModel {
	m := newCaseViewModel(nil, Options{Context: testCtx()}, NewStyles(true), DefaultKeyMap(), 1)
	m.SetSize(80, 24)
	c := record.Case{ID: 1, PersonID: 1, Procedure: "renewal", Answers: renewalAnswers("2027-01-20"),
		Notes: strings.Repeat("x", n)}
	m, _ = m.Update(caseLoadedMsg{c: c, person: record.Person{ID: 1, Name: "Ana García"}})
	return m
}

// TestCaseViewHugeNoteBounded: a 1 MB unbroken note opens at once (it
// took 12.7 s, issue 14): the view lays out at most maxNoteLines lines of
// it and says the notes go on; a short note is laid out whole.
func TestCaseViewHugeNoteBounded(t *testing.T) {
	start := time.Now()
	m := hugeNoteView(1 << 20)
	took := time.Since(start)
	lines := strings.Split(m.vp.GetContent(), "\n")
	notes := 0
	for _, l := range lines {
		if strings.Contains(l, "xxxxxxxx") {
			notes++
		}
	}
	if notes == 0 || notes > maxNoteLines {
		t.Errorf("%d lines of the note laid out, want 1 to %d", notes, maxNoteLines)
	}
	if !strings.Contains(m.vp.GetContent(), "the notes go on") {
		t.Error("the view does not say that the notes go on")
	}
	// A very generous bound (the work is counted above; the benchmark
	// gives the figure): a loaded machine must not make it fail.
	if took > 5*time.Second {
		t.Errorf("opening the view took %v", took)
	}

	short := hugeNoteView(300)
	if strings.Contains(short.vp.GetContent(), "the notes go on") {
		t.Error("a 300-byte note is said to go on")
	}
	if got := strings.Count(short.vp.GetContent(), "x"); got < 300 {
		t.Errorf("a 300-byte note shows %d of its characters", got)
	}
}

// TestWordWrapLongWordLinear: cutting an unbroken word gives the same
// lines as before the linear rewrite: pieces of the width, the last one
// carrying on with the next words.
func TestWordWrapLongWordLinear(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width int
		want  []string
	}{
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"abcdefgh xy", 4, []string{"abcd", "efgh", "xy"}},
		{"ab cdefghijk l", 4, []string{"ab", "cdef", "ghij", "k l"}},
		{"日本語日本", 4, []string{"日本", "語日", "本"}},
		{"a\nbcdef", 3, []string{"a", "bcd", "ef"}},
	} {
		got := wordWrap(tc.text, tc.width)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wordWrap(%q, %d) = %q, want %q", tc.text, tc.width, got, tc.want)
		}
	}
}

// BenchmarkCaseViewHugeNote opens the case view of a 1 MB unbroken note.
func BenchmarkCaseViewHugeNote(b *testing.B) {
	for b.Loop() {
		hugeNoteView(1 << 20)
	}
}
