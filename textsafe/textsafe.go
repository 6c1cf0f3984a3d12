// Package textsafe keeps stored text from talking to the terminal. A name
// or a note is data: printed raw, an escape sequence in it can retitle the
// window (OSC 0), write the clipboard (OSC 52), plant a link (OSC 8), clear
// the screen (CSI 2J), and a newline or a right-to-left override can fake
// or reorder a row of a listing.
//
// Line and Text are for output: they remove escape sequences whole (ESC,
// CSI, OSC, DCS and the other string sequences, in their 7-bit and 8-bit
// forms), every other C0 and C1 control character and DEL, and the bidi
// embedding, override and isolate characters (U+202A–U+202E,
// U+2066–U+2069). Line also turns newlines and tabs into spaces, for
// one-line places (a table row, a title); Text keeps them. Invalid UTF-8
// becomes U+FFFD. Text that needs none of this is returned as is, without
// allocating.
//
// CheckLine and CheckText are for input: they refuse the same characters
// with an error that names the first one, so entry points (flags, the
// interview, import) can say what is wrong instead of storing it.
package textsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s safe for a one-line place on a terminal.
func Line(s string) string { return clean(s, false) }

// Text returns s safe for a terminal, keeping its newlines and tabs.
func Text(s string) string { return clean(s, true) }

// IsBidiControl reports whether r is a bidi embedding, override or
// isolate (U+202A–U+202E, U+2066–U+2069): they reorder what follows them.
func IsBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// unsafeRune reports whether r never reaches the terminal as is.
func unsafeRune(r rune, multiline bool) bool {
	switch {
	case r == '\n' || r == '\t':
		return !multiline
	case r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F:
		return true
	case r == utf8.RuneError:
		return true // invalid UTF-8 (or U+FFFD itself, which stays)
	}
	return IsBidiControl(r)
}

// needsWork reports whether clean would change s.
func needsWork(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7F {
			if multiline && (c == '\n' || c == '\t') {
				continue
			}
			return true
		}
		if c >= 0x80 { // a multi-byte rune: check it whole
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 || unsafeRune(r, multiline) && r != utf8.RuneError {
				return true
			}
			i += size - 1
		}
	}
	return false
}

// clean does Line (multiline false) and Text (true).
func clean(s string, multiline bool) string {
	if !needsWork(s, multiline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
			i++
			continue
		case r == 0x1B: // ESC: drop the whole sequence
			i += escapeLen(s[i:])
			continue
		case r == 0x9B: // CSI in its 8-bit form
			i += size + csiLen(s[i+size:])
			continue
		case r == 0x90 || r == 0x98 || r == 0x9D || r == 0x9E || r == 0x9F: // DCS, SOS, OSC, PM, APC
			i += size + stringLen(s[i+size:])
			continue
		case (r == '\n' || r == '\t' || r == '\r') && !multiline:
			b.WriteByte(' ')
		case r == '\r':
			// dropped: a carriage return rewrites the line it ends
		case unsafeRune(r, multiline) && r != utf8.RuneError:
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// escapeLen is the length of the escape sequence at the start of s (which
// starts with ESC), as far as it goes.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiLen(s[2:])
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC: up to BEL or ST
		return 2 + stringLen(s[2:])
	}
	// Other escapes: intermediates (0x20–0x2F) then one final byte.
	n := 1
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2F {
		n++
	}
	if n < len(s) && s[n] >= 0x30 && s[n] <= 0x7E {
		n++
	}
	return n
}

// csiLen is the length of a control sequence's body after its introducer:
// parameters and intermediates (0x20–0x3F) up to a final byte 0x40–0x7E.
// A sequence cut short by another control stops before it.
func csiLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x40 && c <= 0x7E:
			return i + 1
		case c < 0x20 || c > 0x7E:
			return i
		}
	}
	return len(s)
}

// stringLen is the length of a string sequence's body (OSC, DCS, ...)
// after its introducer, up to and including its end: BEL, ESC \ or the
// 8-bit ST (U+009C). Unterminated, it runs to the end of s, as a
// terminal would swallow it.
func stringLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1B:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // another escape starts: let it be dropped on its own
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0x9C:
			return i + 2
		}
	}
	return len(s)
}

// CheckLine refuses a one-line value holding a character that must not be
// stored: a control character (newline, tab, escape and the rest of C0,
// DEL, C1), a bidi override or isolate, or invalid UTF-8; and a value made
// only of invisible characters (zero-width spaces and joiners, format
// characters). The error names the character and where it is.
func CheckLine(s string) error { return check(s, false) }

// CheckText is CheckLine for text that may span lines (a note): newlines
// and tabs are allowed, a carriage return is not.
func CheckText(s string) error { return check(s, true) }

// Problem is a refusal of CheckLine or CheckText: its Error is the
// English, and Format (a catalog id) with Args lets a layer that knows
// the user's language word it there.
type Problem struct {
	Format string
	Args   []any
}

func (p *Problem) Error() string { return fmt.Sprintf(p.Format, p.Args...) }

func problem(format string, args ...any) error { return &Problem{Format: format, Args: args} }

func check(s string, multiline bool) error {
	visible := false
	pos := 0
	for i, r := range s {
		pos++
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return problem("character %d is not valid UTF-8 text", pos)
			}
		case multiline && (r == '\n' || r == '\t'):
			continue
		case r == '\n' || r == '\r':
			return problem("character %d is a line break: keep it on one line", pos)
		case r == '\t':
			return problem("character %d is a tab: use a space", pos)
		case r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F:
			return problem("character %d is the control character %s, which is not text", pos, fmt.Sprintf("%U", r))
		case IsBidiControl(r):
			return problem("character %d is %s, a right-to-left or left-to-right override that reorders what follows it: type the text in its natural order", pos, fmt.Sprintf("%U", r))
		}
		if !invisible(r) {
			visible = true
		}
	}
	if !visible && s != "" && strings.TrimSpace(s) != "" {
		return problem("it holds only invisible characters (such as zero-width spaces)")
	}
	return nil
}

// invisible reports whether r prints nothing: spaces and format characters
// (zero-width space, joiners, marks, U+FEFF, soft hyphen).
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || r == 0x200B || r == 0x2800 || r == 0x3164 || r == 0x115F || r == 0x1160
}

// FirstUnsafe names the first character of s that must not reach a
// terminal ("" when there is none); newlines and tabs are allowed when
// multiline. Tests of every output use it to assert that no raw control
// byte gets through.
func FirstUnsafe(s string, multiline bool) string {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return fmt.Sprintf("invalid UTF-8 at byte %d", i)
			}
			continue
		}
		if unsafeRune(r, multiline) {
			return fmt.Sprintf("%U at byte %d", r, i)
		}
	}
	return ""
}

// Hostile is a corpus of names and notes that try to command a terminal
// or fake a listing (issue 14): OSC 0/8/52, CSI 2J, SGR, 8-bit CSI and
// OSC, C1, NUL, CR, LF, bidi overrides and isolates. Tests of entry points
// feed them in; tests of outputs check the result with FirstUnsafe.
var Hostile = []string{
	"Ana\x1b]0;pwned\x07",
	"Ana\x1b]52;c;cm0gLXJmIH4K\x07",
	"\x1b]8;;http://evil.example/\x1b\\Ana\x1b]8;;\x1b\\",
	"\x1b[2J\x1b[HAna",
	"\x1b[31mAna\x1b[0m",
	"Ana\u009b2J",
	"Ana\u009d0;pwned\u009c",
	"Ana\u0085López",
	"Ana\x00López",
	"Ana\rLópez",
	"Ana\n2  Fake row",
	"Ana \u202eavon\u202c",
	"\u2066Ana\u2069",
}
