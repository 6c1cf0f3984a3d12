package i18n

import (
	"errors"
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs are a format's placeholders, without their argument indexes, in
// order ("%%" left out).
func verbs(s string) []string {
	var out []string
	for _, v := range verb.FindAllString(s, -1) {
		if v == "%%" {
			continue
		}
		out = append(out, v[len(v)-1:])
	}
	slices.Sort(out)
	return out
}

// TestCatalog: every message has both languages, a Spanish that is not
// the English unless marked Same, the same placeholders in both, and one
// entry per id.
func TestCatalog(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range Messages() {
		switch {
		case m.En == "":
			t.Errorf("a message with no English id (Es %q)", m.Es)
			continue
		case seen[m.En]:
			t.Errorf("%q is in the catalog twice", m.En)
		case strings.TrimSpace(m.Es) == "":
			t.Errorf("%q has no Spanish", m.En)
		case m.Es == m.En && !m.Same:
			t.Errorf("%q: the Spanish is the English (mark Same if it is a proper name)", m.En)
		case !m.Literal && !slices.Equal(verbs(m.En), verbs(m.Es)):
			t.Errorf("%q: placeholders %v, Spanish %q has %v", m.En, verbs(m.En), m.Es, verbs(m.Es))
		}
		seen[m.En] = true
		if (m.One == "") != (m.EsOne == "") {
			t.Errorf("%q: a plural needs both singular forms (One %q, EsOne %q)", m.En, m.One, m.EsOne)
		}
		for _, one := range []string{m.One, m.EsOne} {
			for _, v := range verbs(one) {
				if !slices.Contains(verbs(m.En), v) {
					t.Errorf("%q: singular %q has a placeholder the plural lacks", m.En, one)
				}
			}
		}
	}
}

// TestCatalogPrints: every message prints in both languages without a
// formatting error, given arguments of its placeholders' kinds.
func TestCatalogPrints(t *testing.T) {
	for _, m := range Messages() {
		if m.Literal {
			if got := For(Spanish).Text(m.En); got != m.Es {
				t.Errorf("%q: Text gives %q", m.En, got)
			}
			continue
		}
		var args []any
		for _, v := range verb.FindAllString(m.En, -1) {
			switch v[len(v)-1:] {
			case "%":
			case "d":
				args = append(args, 3)
			case "w":
				args = append(args, errors.New("x"))
			default:
				args = append(args, "x")
			}
		}
		for _, l := range Langs {
			got := ""
			if strings.Contains(m.En, "%w") {
				// An error's format: the caller looks its text up and
				// formats it with fmt.Errorf (cli's errorf).
				got = fmt.Errorf(For(l).Text(m.En), args...).Error()
			} else {
				got = For(l).T(m.En, args...)
			}
			if strings.Contains(got, "%!") {
				t.Errorf("%s %q prints %q", l, m.En, got)
			}
		}
	}
}

func TestPlural(t *testing.T) {
	es, en := For(Spanish), For(English)
	for _, tt := range []struct {
		p    *Printer
		n    int
		want string
	}{
		{es, 1, "hace 1 día"}, {es, 3, "hace 3 días"}, {en, 1, "1 day ago"}, {en, 3, "3 days ago"},
	} {
		if got := tt.p.T("%d days ago", tt.n); got != tt.want {
			t.Errorf("%s %d: %q, want %q", tt.p.Lang(), tt.n, got, tt.want)
		}
	}
}

func TestNilPrinterIsEnglish(t *testing.T) {
	var p *Printer
	if got := p.T("in %d days", 4); got != "in 4 days" {
		t.Errorf("nil printer: %q", got)
	}
	if got := p.Text("no entry, 100%"); got != "no entry, 100%" {
		t.Errorf("a text without args is kept as it is: %q", got)
	}
	if p.Lang() != English || p.Spanish() {
		t.Error("nil printer is not English")
	}
}

// TestImportsOnlyTheStandardLibrary: procedures imports this package, so
// it stays a leaf (standard library and golang.org/x/text).
func TestImportsOnlyTheStandardLibrary(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(path, "golang.org/x/text/") {
				continue
			}
			if pkg, err := build.Default.Import(path, ".", build.FindOnly); err != nil || !pkg.Goroot {
				t.Errorf("%s imports %q", name, path)
			}
		}
	}
}

// TestPluralsCompiledOnFirstUse: each message with plural forms is
// compiled when it is first worded (compilePlural), from any goroutine at
// once, and every printer words every one of them: the singular and the
// plural of each, in both languages (the race detector watches the
// compiling).
func TestPluralsCompiledOnFirstUse(t *testing.T) {
	var plurals []Msg
	for _, m := range Messages() {
		if m.isPlural() {
			plurals = append(plurals, m)
		}
	}
	if len(plurals) < 5 {
		t.Fatalf("only %d messages with plural forms", len(plurals))
	}
	var wg sync.WaitGroup
	var checked atomic.Int64
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range plurals {
				m := plurals[(i+g*7)%len(plurals)]
				if m.Arg > 1 || strings.Count(m.En, "%") != 1 || !strings.Contains(m.En, "%d") {
					continue // one count argument only: the forms are checked below
				}
				one, esOne := m.One, m.EsOne
				if one == "" {
					one = m.En
				}
				if esOne == "" {
					esOne = m.Es
				}
				for _, c := range []struct {
					p    *Printer
					n    int
					want string
				}{
					{For(English), 1, fmt.Sprintf(one, 1)}, {For(English), 2, fmt.Sprintf(m.En, 2)},
					{For(Spanish), 1, fmt.Sprintf(esOne, 1)}, {For(Spanish), 2, fmt.Sprintf(m.Es, 2)},
				} {
					if got := c.p.T(m.En, c.n); got != c.want {
						t.Errorf("%s T(%q, %d) = %q, want %q", c.p.Lang(), m.En, c.n, got, c.want)
					}
					checked.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if checked.Load() < 8*4*3 {
		t.Errorf("%d wordings checked; want at least three messages' four forms from each goroutine", checked.Load())
	}
}
