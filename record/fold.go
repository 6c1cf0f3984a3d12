package record

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldName is name for comparing without regard to case, spacing or
// accents: "Ana Lopez", " ana  lópez" and "ANA LÓPEZ" fold alike. It
// decomposes the letters (NFD: any Unicode normal form folds the same) and
// drops the combining marks, so ó, ñ, ü and ễ lose their accents while
// letters such as ø or ß stay as they are; runs of spaces count as one.
func FoldName(name string) string {
	if isPlainASCII(name) {
		return strings.ToLower(strings.Join(strings.Fields(name), " "))
	}
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(name) {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlainASCII reports whether s has only ASCII letters, digits, spaces
// and punctuation: no accent to drop, the common case.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
