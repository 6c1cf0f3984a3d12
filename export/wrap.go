package export

import (
	"strings"

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
func wrap(s, first, rest string, width int, keep func(word string) bool) []string {
	var lines []string
	line := first
	empty := true // line holds only its indent
	indent := rest
	for _, word := range strings.Fields(s) {
		w := ansi.StringWidth(word)
		switch {
		case empty:
		case ansi.StringWidth(line)+1+w <= width, keep != nil && keep(word):
			line += " " + word
			continue
		default:
			lines = append(lines, line)
			line, empty = indent, true
		}
		// At the start of a line: cut a word that cannot fit on any line.
		for room := width - ansi.StringWidth(line); w > room && room > 0; room = width - ansi.StringWidth(line) {
			head := ansi.Truncate(word, room, "")
			lines = append(lines, line+head)
			word = strings.TrimPrefix(word, head)
			w = ansi.StringWidth(word)
			line = indent
		}
		line += word
		empty = false
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return lines
}

// writeWrapped writes s wrapped as wrap does, one line per row.
func (p *printer) wrapped(s, first, rest string) {
	for _, l := range wrap(s, first, rest, Width, nil) {
		p.line(l)
	}
}
