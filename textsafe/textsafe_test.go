package textsafe

import (
	"strings"
	"testing"
)

// corpus is the hostile text of issue 14 with what Line and Text make of
// it: every way a stored name or note has reached a terminal as a command.
var corpus = map[string]struct{ in, line, text string }{
	"plain":             {"Ana López", "Ana López", "Ana López"},
	"OSC 0 title (BEL)": {"Ana\x1b]0;pwned\x07 López", "Ana López", "Ana López"},
	"OSC 0 title (ST)":  {"Ana\x1b]0;pwned\x1b\\ López", "Ana López", "Ana López"},
	"OSC 8 link":        {"\x1b]8;;http://evil.example/\x1b\\Ana\x1b]8;;\x1b\\", "Ana", "Ana"},
	"OSC 52 clipboard":  {"Ana\x1b]52;c;cm0gLXJmIH4K\x07", "Ana", "Ana"},
	"CSI 2J clear":      {"\x1b[2J\x1b[HAna", "Ana", "Ana"},
	"SGR colour":        {"\x1b[31;1mAna\x1b[0m", "Ana", "Ana"},
	"8-bit CSI":         {"Ana\u009b2J López", "Ana López", "Ana López"},
	"8-bit OSC":         {"Ana\u009d0;pwned\u009c López", "Ana López", "Ana López"},
	"C1 NEL":            {"Ana\u0085López", "AnaLópez", "AnaLópez"},
	"NUL":               {"Ana\x00López", "AnaLópez", "AnaLópez"},
	"CR":                {"Ana\rLópez", "Ana López", "AnaLópez"},
	"LF fakes a row":    {"Ana\n2  Fake row", "Ana 2  Fake row", "Ana\n2  Fake row"},
	"tab":               {"Ana\tLópez", "Ana López", "Ana\tLópez"},
	"DEL and bell":      {"An\x7fa\x07", "Ana", "Ana"},
	"RLO":               {"Ana \u202eavon\u202c", "Ana avon", "Ana avon"},
	"isolates":          {"\u2066Ana\u2069 \u2067x\u2068", "Ana x", "Ana x"},
	"invalid UTF-8":     {"Ana\xff", "Ana\uFFFD", "Ana\uFFFD"},
	"lone ESC at end":   {"Ana\x1b", "Ana", "Ana"},
	"ESC then letter":   {"A\x1bcna", "Ana", "Ana"},
	"unterminated OSC":  {"Ana\x1b]0;pwned", "Ana", "Ana"},
	"accents, CJK, RTL": {"José 陈 مريم", "José 陈 مريم", "José 陈 مريم"},
	"zero-width joiner": {"👩\u200d👩", "👩\u200d👩", "👩\u200d👩"},
}

func TestLineAndText(t *testing.T) {
	for name, c := range corpus {
		if got := Line(c.in); got != c.line {
			t.Errorf("%s: Line(%q) = %q, want %q", name, c.in, got, c.line)
		}
		if got := Text(c.in); got != c.text {
			t.Errorf("%s: Text(%q) = %q, want %q", name, c.in, got, c.text)
		}
		for _, out := range []string{Line(c.in), Text(c.in)} {
			if bad := FirstUnsafe(out, true); bad != "" {
				t.Errorf("%s: output %q still holds %s", name, out, bad)
			}
		}
	}
}

func TestCleanTextIsNotCopied(t *testing.T) {
	s := "Ana López, renewal 2026-12-20\nnext line"
	if n := testing.AllocsPerRun(100, func() { _ = Text(s) }); n != 0 {
		t.Errorf("Text of clean text allocates %v times", n)
	}
}

func TestCheck(t *testing.T) {
	for _, ok := range []string{"Ana López", "José 陈 مريم", "O'Brien-Smith", "👩\u200d👩", ""} {
		if err := CheckLine(ok); err != nil {
			t.Errorf("CheckLine(%q) = %v", ok, err)
		}
	}
	for name, bad := range map[string]string{
		"ESC": "Ana\x1b]0;x\x07", "NUL": "Ana\x00", "CR": "Ana\r", "LF": "Ana\nB", "tab": "A\tB",
		"C1": "A\u009bB", "DEL": "A\x7f", "RLO": "A\u202eB", "LRI": "A\u2066B", "invalid": "A\xffB",
		"only zero-width": "\u200b\u200b", "only ZWJ and spaces": " \u200d \ufeff ", "only LRM": "\u200e",
	} {
		if err := CheckLine(bad); err == nil {
			t.Errorf("%s: CheckLine(%q) accepted it", name, bad)
		}
	}
	if err := CheckText("line one\n\tline two"); err != nil {
		t.Errorf("CheckText refused newlines and tabs: %v", err)
	}
	if err := CheckText("a\x1b[2Jb"); err == nil {
		t.Error("CheckText accepted an escape")
	}
}

func FuzzLineIsSafe(f *testing.F) {
	for _, c := range corpus {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if bad := FirstUnsafe(Line(s), false); bad != "" {
			t.Fatalf("Line(%q) = %q holds %s", s, Line(s), bad)
		}
		if bad := FirstUnsafe(Text(s), true); bad != "" {
			t.Fatalf("Text(%q) = %q holds %s", s, Text(s), bad)
		}
		if CheckLine(Line(s)) != nil && strings.TrimSpace(Line(s)) != "" && !onlyInvisible(Line(s)) {
			t.Fatalf("CheckLine refuses Line's output %q: %v", Line(s), CheckLine(Line(s)))
		}
	})
}

func onlyInvisible(s string) bool {
	for _, r := range s {
		if !invisible(r) {
			return false
		}
	}
	return true
}

func TestHostileCoversTheCorpus(t *testing.T) {
	for _, h := range Hostile {
		if FirstUnsafe(h, false) == "" {
			t.Errorf("Hostile holds a harmless string %q", h)
		}
		if CheckLine(h) == nil {
			t.Errorf("CheckLine accepts %q", h)
		}
	}
}
