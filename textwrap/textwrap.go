// Package textwrap wraps text for the terminal at spaces only. x/ansi's
// wrapping always breaks after a hyphen too, which split dates
// ("2027-02-" / "11") and rule ids across lines:
// in a program about dates, a date must read whole.
package textwrap

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// nonBreakingHyphen (U+2011, one cell wide) stands in for each "-" while
// a text is wrapped, and is turned back into "-" after.
const nonBreakingHyphen = "\u2011"

// Wrap is s wrapped to w cells at spaces; a word longer than w is cut
// (ansi.Wrap without its breaks after hyphens).
func Wrap(s string, w int) string { return WrapAt(s, w, "") }

// WrapAt is Wrap that may also break after any of breakpoints: "/" for a
// line that names a file, whose path is one long word.
func WrapAt(s string, w int, breakpoints string) string {
	return keepingHyphens(s, func(s string) string { return ansi.Wrap(s, w, breakpoints) })
}

// Wordwrap is s wrapped to w cells at spaces; a word longer than w stays
// whole (ansi.Wordwrap without its breaks after hyphens).
func Wordwrap(s string, w int) string {
	return keepingHyphens(s, func(s string) string { return ansi.Wordwrap(s, w, "") })
}

// keepingHyphens runs wrap on s with its hyphens made non-breaking. A
// text that already has the stand-in is wrapped as it is, rather than
// have its own non-breaking hyphens turned into "-".
func keepingHyphens(s string, wrap func(string) string) string {
	if !strings.Contains(s, "-") || strings.Contains(s, nonBreakingHyphen) {
		return wrap(s)
	}
	return strings.ReplaceAll(wrap(strings.ReplaceAll(s, "-", nonBreakingHyphen)), nonBreakingHyphen, "-")
}
