package procedures

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"tramite/i18n"
)

// NoteIn is a stored deadline note in l's language, and whether every
// part of it could be worded. The deadline index keeps the English the
// rules wrote (what is stored never depends on the language), with the
// case's own dates in it, so no catalog entry holds it whole: NoteIn
// takes it apart into the catalog messages the rules worded it with
// (Context.T, one after another, an argument being a date, a number, a
// catalog text or such a message itself) and words each in l's language
// as Context.T does, so a listing reads the note as the case view does
// (issue 21). English, an empty note, or a note with a part the catalog
// does not have, is returned as it is, with ok false for the last.
func NoteIn(l *i18n.Printer, note string) (string, bool) {
	if !l.Spanish() || note == "" {
		return note, true
	}
	if t := l.Text(note); t != note {
		return t, true
	}
	w := noteWorder{l: l, fs: noteFormats(), budget: 200000, memo: map[string]worded{}}
	if out, ok := w.seq(note); ok {
		return out, true
	}
	return note, false
}

// noteFormat is one catalog message as a pattern: its literal parts
// around the verbs (%s, %d, %v).
type noteFormat struct {
	en    string
	lits  []string // len(verbs)+1
	verbs []byte
	size  int // the literal bytes: longer patterns are tried first
}

// noteFormats are the catalog's messages (and their singular forms),
// longest first.
var noteFormats = sync.OnceValue(func() *noteIndex {
	var fs []noteFormat
	seen := map[string]bool{}
	for _, m := range i18n.Messages() {
		if m.Literal || seen[m.En] {
			continue
		}
		seen[m.En] = true
		for _, en := range []string{m.En, m.One} {
			if f, ok := parseNoteFormat(en); ok {
				f.en = m.En
				fs = append(fs, f)
			}
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].size > fs[j].size })
	var ix noteIndex
	for _, f := range fs {
		if f.lits[0] == "" {
			ix.bare = append(ix.bare, f)
		} else {
			ix.by[f.lits[0][0]] = append(ix.by[f.lits[0][0]], f)
		}
	}
	return &ix
})

// noteIndex holds the formats by the first byte of their text; bare are
// those that begin with a verb.
type noteIndex struct {
	by   [256][]noteFormat
	bare []noteFormat
}

// parseNoteFormat splits en at its verbs; ok is false for a verb other
// than %s, %d and %v, or too little text of its own to be told apart (a
// bare "%s: %s", a short word).
func parseNoteFormat(en string) (noteFormat, bool) {
	f := noteFormat{}
	var lit strings.Builder
	for i := 0; i < len(en); i++ {
		if en[i] != '%' {
			lit.WriteByte(en[i])
			continue
		}
		if i+1 >= len(en) {
			return f, false
		}
		switch v := en[i+1]; v {
		case '%':
			lit.WriteByte('%')
		case 's', 'd', 'v':
			f.lits = append(f.lits, lit.String())
			f.verbs = append(f.verbs, v)
			lit.Reset()
		default:
			return f, false
		}
		i++
	}
	f.lits = append(f.lits, lit.String())
	for _, s := range f.lits {
		f.size += len(s)
	}
	// A text with no verb is a part too ("Weekends and holidays count. "
	// before a count).
	return f, f.size >= 12 || len(f.verbs) > 0 && f.size >= 2
}

type noteWorder struct {
	l  *i18n.Printer
	fs *noteIndex
	// budget bounds the work on a note no parse fits.
	budget int
	// memo holds the texts already tried.
	memo map[string]worded
}

type worded struct {
	text string
	ok   bool
}

// seq words s, a run of catalog messages, whole.
func (w *noteWorder) seq(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	if r, ok := w.memo[s]; ok {
		return r.text, r.ok
	}
	out, ok := w.seq1(s)
	if w.budget > 0 {
		w.memo[s] = worded{out, ok}
	}
	return out, ok
}

func (w *noteWorder) seq1(s string) (string, bool) {
	if t := w.l.Text(s); t != s {
		return t, true
	}
	for _, fs := range [2][]noteFormat{w.fs.by[s[0]], w.fs.bare} {
		if out, ok := w.first(fs, s); ok {
			return out, true
		}
		if w.budget <= 0 {
			break
		}
	}
	return "", false
}

// first words s with the first of fs that fits, then the rest of s.
func (w *noteWorder) first(fs []noteFormat, s string) (string, bool) {
	for i := range fs {
		f := &fs[i]
		if !strings.HasPrefix(s, f.lits[0]) {
			continue
		}
		var out string
		found := false
		w.match(f, s, len(f.lits[0]), 0, nil, func(end int, args []any) bool {
			// The parts of a note follow each other, or are joined
			// with a space (joinNotes).
			rest, ok := w.seq(s[end:])
			if !ok && strings.HasPrefix(s[end:], " ") {
				rest, ok = w.seq(s[end+1:])
				rest = " " + rest
			}
			if !ok {
				return false
			}
			if len(f.verbs) == 0 {
				out, found = w.l.Text(f.en)+rest, true
				return true
			}
			out, found = contractions.Replace(w.l.T(f.en, args...))+rest, true
			return true
		})
		if found {
			return out, true
		}
		if w.budget <= 0 {
			return "", false
		}
	}
	return "", false
}

// match tries every way the verbs of f from verb k on fit s from pos,
// calling done with the end of the match and the arguments worded, until
// done accepts one.
func (w *noteWorder) match(f *noteFormat, s string, pos, k int, args []any, done func(int, []any) bool) bool {
	if w.budget--; w.budget <= 0 {
		return false
	}
	if k == len(f.verbs) {
		return done(pos, args)
	}
	next := f.lits[k+1]
	for end := pos + 1; end <= len(s); end++ {
		if next == "" && end < len(s) && s[end] != ' ' {
			// A last argument ends the note or a part of it.
			continue
		}
		if next != "" {
			i := strings.Index(s[end:], next)
			if i < 0 {
				return false
			}
			end += i
		}
		arg, ok := w.arg(f.verbs[k], s[pos:end])
		if ok && w.match(f, s, end+len(next), k+1, append(args[:len(args):len(args)], arg), done) {
			return true
		}
		if w.budget <= 0 {
			return false
		}
	}
	return false
}

// arg words one argument: a number for %d, else a date, a rule id or a
// number as it is, a catalog text, or a run of catalog messages.
func (w *noteWorder) arg(verb byte, s string) (any, bool) {
	if s == "" || strings.TrimSpace(s) != s {
		return nil, false
	}
	if verb == 'd' {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	if neutralArg(s) {
		return s, true
	}
	if t := w.l.Text(s); t != s {
		return t, true
	}
	return w.seq(s)
}

// neutralArg reports whether s reads the same in every language: a date,
// a number, a rule or source id (no lowercase letter).
func neutralArg(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 127 {
			return false
		}
	}
	return true
}
