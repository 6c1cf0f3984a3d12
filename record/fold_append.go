package record

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folder folds names as FoldName does into a buffer it reuses: a list of
// 100,000 names folded one after the other allocates once, not once (or
// three times: the decomposed string, the builder's growth) a name. The
// zero value is ready; it is not safe for concurrent use.
type Folder struct {
	it  norm.Iter
	buf []byte
}

// Fold is FoldName(name) as bytes in f's buffer, valid until the next
// call.
func (f *Folder) Fold(name string) []byte {
	b := f.buf[:0]
	space := false
	add := func(r rune) {
		if unicode.IsSpace(r) {
			space = len(b) > 0
			return
		}
		if unicode.Is(unicode.Mn, r) {
			return
		}
		r = unicode.ToLower(r)
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	if isPlainASCII(name) {
		// strings.Fields, Join and ToLower of FoldName, for ASCII.
		for i := 0; i < len(name); i++ {
			c := name[i]
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r':
				space = len(b) > 0
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
		}
	} else {
		f.it.InitString(norm.NFD, name)
		for !f.it.Done() {
			seg := f.it.Next()
			for len(seg) > 0 {
				r, n := utf8.DecodeRune(seg)
				add(r)
				seg = seg[n:]
			}
		}
	}
	f.buf = b
	return b
}
