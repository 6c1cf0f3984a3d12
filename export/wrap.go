package export

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is the widest line Text writes: a checklist must survive being
// printed on paper and pasted into an e-mail.
const Width = 80

// wrap breaks s into lines of at most width cells, the first starting with
// first and the others with rest (both usually indents). Words longer than
// a line (a URL, a long file number) are cut. keep, when not nil, reports
// words that must not start a line (Markdown would read "- x" at the start
// of a continuation line as a new list item); such a word stays on the line
// before, which may then run a few cells over.
//
// It runs in time linear in len(s): each word's width is measured once,
// the line's width is kept as a number, and a word longer than a line is
// cut from a window of its next bytes, never measured whole again (an
// unbroken 1 MB note took minutes when each cut measured the rest).
func wrap(s, first, rest string, width int, keep func(word string) bool) []string {
	var lines []string
	line, lineW := first, cellWidth(first)
	restW := cellWidth(rest)
	empty := true // line holds only its indent
	for _, word := range strings.Fields(s) {
		w := cellWidth(word)
		switch {
		case empty:
		case lineW+1+w <= width, keep != nil && keep(word):
			line += " " + word
			lineW += 1 + w
			continue
		default:
			lines = append(lines, line)
			line, lineW, empty = rest, restW, true
		}
		// At the start of a line: cut a word that cannot fit on any line.
		for room := width - lineW; w > room && room > 0; room = width - lineW {
			head := cutCells(word, room)
			if head == "" {
				break // a character wider than the room: let it run over
			}
			lines = append(lines, line+head)
			word = word[len(head):]
			w -= ansi.StringWidth(head)
			line, lineW = rest, restW
		}
		line += word
		lineW += w
		empty = false
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return lines
}

// cellWidth is s's width in cells: its length when it is printable ASCII
// (most words of a checklist; measuring each by grapheme clusters was a
// fifth of a household's text export), else ansi.StringWidth's.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// cutCells returns the longest prefix of word, cut between characters
// (grapheme clusters), that fills at most n cells. It measures a window of
// word about as long as n cells can take (4 bytes a cell), growing it only
// when zero-width characters or escape sequences fill it: the cost of a
// cut does not depend on how long the rest of word is.
func cutCells(word string, n int) string {
	for size := 4*n + 16; ; size *= 4 {
		if size >= len(word) {
			return ansi.Truncate(word, n, "")
		}
		window := word[:size]
		for len(window) > 0 && !utf8.RuneStart(word[len(window)]) {
			window = window[:len(window)-1] // not inside a UTF-8 sequence
		}
		head := ansi.Truncate(window, n, "")
		if len(head) < len(window) {
			// The cut fell inside the window. (Should the window end
			// inside a cluster, e.g. before a combining accent, that
			// cluster is only ever cut at a character boundary: the
			// text stays whole, split over two lines.)
			return head
		}
		// The whole window fits in n cells: there may be room for more.
	}
}

// wrapped writes s wrapped as wrap does, one line per row.
func (p *printer) wrapped(s, first, rest string) {
	for _, l := range wrap(s, first, rest, Width, nil) {
		p.line(l)
	}
}

// paragraphs writes the user's text s as wrapped does, keeping its line
// breaks (notes): each line of s starts a row, an empty one is an empty
// row.
func (p *printer) paragraphs(s, first, rest string) {
	for i, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		f := rest
		if i == 0 {
			f = first
		}
		p.wrapped(para, f, rest)
	}
}
