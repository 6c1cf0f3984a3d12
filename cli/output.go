package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"tramite/textsafe"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"
)

// tableWidth is how wide a plain table may be: the terminal's width when
// stdout is a terminal (80 when it cannot say), else 0: no limit, so a
// pipe or a file gets every word (nothing reads it on an 80-column screen).
func (a *app) tableWidth() int {
	f, ok := a.stdout.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
		return w
	}
	return 80
}

// writeJSON prints v as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// errWriter remembers the first write error so printing code can stay
// linear and report it once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) println() { e.printf("\n") }

// wrap splits s into lines of at most width runes, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		wl := utf8.RuneCountInString(word)
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// truncate shortens s to at most width runes, ending with "…" when cut.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	// Stored text reaches the terminal only without control sequences:
	// a name cannot retitle the window or fake a row (textsafe.Line).
	s = textsafe.Line(s)
	n := 0
	for i := range s {
		if n == width-1 {
			if utf8.RuneCountInString(s[i:]) <= 1 {
				return s
			}
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// pluralNoun is "1 new person" or "3 new people".
func pluralNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
