package tui

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/textwrap"
)

// Width-safe text helpers shared by the dashboard and the case view: they
// measure display cells, never bytes.

// fit truncates s to w cells (with an ellipsis) and pads it to exactly w,
// measuring display width, never bytes: names with accents, CJK or emoji
// keep the columns aligned.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if isASCII(s) {
		// Fast path, most cells: one byte is one cell.
		if len(s) > w {
			return s[:w-1] + "…"
		}
		return s + strings.Repeat(" ", w-len(s))
	}
	s = ansi.Truncate(s, w, "…")
	if n := ansi.StringWidth(s); n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// isASCII reports whether s is printable ASCII, where width is length.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// joinCells writes the non-hidden cells separated by one space.
func joinCells(b *strings.Builder, cells ...cell) {
	first := true
	for _, c := range cells {
		if c.w <= 0 {
			continue
		}
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(fit(c.s, c.w))
	}
}

type cell struct {
	s string
	w int
}

// padLines clips or pads lines to exactly h lines, trusting their widths.
func padLines(lines []string, h int) string {
	if h <= 0 {
		return ""
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// fitBlock clips or pads lines to exactly h lines of at most w cells.
func fitBlock(lines []string, w, h int) string {
	if h <= 0 || w <= 0 {
		return ""
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		// A line never has more cells than bytes: skip measuring short ones.
		if len(l) > w && lipgloss.Width(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// maxStatusLines is how many lines an error may take at the foot of a
// screen: enough for the reason after the context ("could not export
// (...): path: file exists"), not so many that it hides the screen.
const maxStatusLines = 3

// wrapStatus wraps a status or error text to w columns in at most
// maxStatusLines lines (the last cut with "…"), each rendered with style.
func wrapStatus(style lipgloss.Style, text string, w int) []string {
	if text == "" || w <= 0 {
		return []string{""}
	}
	// A status may name a file ("Saved /home/…/tramite-ana-renewal.pdf"):
	// its path breaks after a slash rather than anywhere.
	lines := strings.Split(textwrap.WrapAt(text, w, "/"), "\n")
	if len(lines) > maxStatusLines {
		lines = lines[:maxStatusLines]
		lines[maxStatusLines-1] = ansi.Truncate(lines[maxStatusLines-1]+" …", w, "…")
	}
	for i, l := range lines {
		lines[i] = style.Render(strings.TrimRight(l, " "))
	}
	return lines
}

// layoutCases fits the cases list into width w. Person and procedure name
// each case, so they are the last to go: on a narrow terminal the "when"
// text goes first (the date says it), then the stage, then the date.
// personW, procIDW, procNameW and stageW are the widest person, procedure
// id, procedure name and stage label in the data (0: unknown). The
// procedure gets its name where the person's full name leaves room for
// it, else its id.
func layoutCases(w, personW, procIDW, procNameW, stageW, whenW int) cols {
	w -= cursorWidth
	if stageW <= 0 {
		stageW = stageWidth
	}
	c := cols{marker: markerWidth, date: dateWidth, when: whenW, stage: min(stageW, stageWidth)}
	personWant := min(max(personW, len("person")), 30)
	if personW <= 0 {
		personWant = 16
	}
	idWant := max(procIDW, len("procedure"))
	if procIDW <= 0 {
		idWant = 12
	}
	nameWant := max(procNameW, idWant)
	// At least enough of each name to tell rows apart.
	minPerson, minProc := min(personWant, 10), min(idWant, 12)
	rest := func() int {
		used := 0
		for _, n := range []int{c.marker, c.date, c.when, c.stage} {
			if n > 0 {
				used += n + 1
			}
		}
		return w - used
	}
	for _, col := range []*int{&c.when, &c.stage, &c.date} {
		if rest() >= minPerson+1+minProc {
			break
		}
		*col = 0
	}
	r := rest()
	switch {
	case r >= personWant+1+nameWant:
		c.person = personWant
	case r >= minPerson+1+idWant:
		c.person = min(personWant, r-1-idWant)
	case r >= minPerson+1+minProc:
		c.person = minPerson
	default:
		// Too narrow for both: the person names the case.
		c.person = max(r, 0)
		return c
	}
	c.proc = r - c.person - 1
	return c
}

// fitName fits a person's name into w cells keeping the surname visible:
// the given names are cut to initials first ("Bruno Müller-Łukasiewicz"
// → "B. Müller-Łukasiewicz"), then dropped, and only then is the rest cut
// at its end. The last word is the surname, the last two when the name
// has three words or more (two surnames, as in Spanish). A name without
// spaces (Chinese, Japanese, Korean: surname first) is cut at its end.
// Widths are display cells (ansi.StringWidth).
func fitName(name string, w int) string {
	if w <= 0 {
		return ""
	}
	if nameWidth(name) <= w {
		return name
	}
	words := strings.Fields(name)
	// A mark after the name (a flag, an emoji) goes before any letter.
	for len(words) > 1 && !hasLetter(words[len(words)-1]) {
		words = words[:len(words)-1]
		if s := strings.Join(words, " "); nameWidth(s) <= w {
			return s
		}
	}
	name = strings.Join(words, " ")
	keep := 1
	if len(words) >= 3 {
		keep = 2
	}
	given := len(words) - keep
	if given > 0 {
		short := append([]string(nil), words...)
		for i := 0; i < given; i++ {
			short[i] = initial(words[i])
			if s := strings.Join(short, " "); nameWidth(s) <= w {
				return s
			}
		}
		// Only the first initial, then the surnames alone.
		for _, s := range []string{
			strings.Join(append([]string{short[0]}, words[given:]...), " "),
			strings.Join(words[given:], " "),
		} {
			if nameWidth(s) <= w {
				return s
			}
		}
		name = strings.Join(words[given:], " ")
	}
	return ansi.Truncate(name, w, "…")
}

// nameWidth is s's width in cells, fast for ASCII.
func nameWidth(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return ansi.StringWidth(s)
}

// initial is a given name's first letter (with its accents, when they
// follow as combining marks) and a period: "Élodie" → "É.".
func initial(word string) string {
	rs := []rune(word)
	n := 1
	for n < len(rs) && unicode.Is(unicode.Mn, rs[n]) {
		n++
	}
	if n >= len(rs) {
		return word
	}
	return string(rs[:n]) + "."
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
