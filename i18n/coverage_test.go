package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// translated are the packages whose texts are all in the catalog: every
// p.T("...") and p.Text("...") with a constant text there (and tui's
// wrapf(err, "...")) must have its Spanish. A package joins the list
// when its texts are done.
var translated = []string{"casebook", "tui", "cli", "wizard", "procedures", "export"}

// consts are the string constants of the scanned packages, by "pkg.Name".
type consts map[string]string

// value is the constant text of e, when it is one: a literal, a sum of
// literals, or a string constant of a scanned package.
func (c consts) value(pkg string, e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok1 := c.value(pkg, e.X)
		y, ok2 := c.value(pkg, e.Y)
		return x + y, ok1 && ok2
	case *ast.ParenExpr:
		return c.value(pkg, e.X)
	case *ast.Ident:
		s, ok := c[pkg+"."+e.Name]
		return s, ok
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			s, ok := c[x.Name+"."+e.Sel.Name]
			return s, ok
		}
	}
	return "", false
}

// usedTexts parses the non-test files of the packages in dirs (relative
// to the module root) and returns every constant message text they pass
// to T, Text or wrapf, with where.
func usedTexts(t *testing.T, dirs []string) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files := map[string][]*ast.File{}
	c := consts{}
	all, _ := filepath.Glob("../*/*.go")
	for _, path := range all {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		pkg := filepath.Base(filepath.Dir(path))
		files[pkg] = append(files[pkg], f)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i < len(vs.Values) {
						if v, ok := c.value(pkg, vs.Values[i]); ok {
							c[pkg+"."+n.Name] = v
						}
					}
				}
			}
		}
	}
	used := map[string]string{}
	for _, pkg := range dirs {
		for _, f := range files[pkg] {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				arg := call.Args[0]
				switch fn := call.Fun.(type) {
				case *ast.SelectorExpr:
					if fn.Sel.Name != "T" && fn.Sel.Name != "Text" && fn.Sel.Name != "errorf" && fn.Sel.Name != "usagef" && fn.Sel.Name != "addf" && fn.Sel.Name != "Problemf" {
						return true
					}
				case *ast.Ident:
					if fn.Name == "problemf" || fn.Name == "usagef" {
						arg = call.Args[0]
						break
					}
					if fn.Name != "wrapf" || len(call.Args) < 2 {
						return true
					}
					arg = call.Args[1]
				default:
					return true
				}
				if s, ok := c.value(pkg, arg); ok {
					used[s] = fset.Position(call.Pos()).String()
				}
				return true
			})
		}
	}
	return used
}

// TestEveryTextTranslated: in the translated packages, every constant
// text given to the catalog has its Spanish.
func TestEveryTextTranslated(t *testing.T) {
	es := For(Spanish)
	var missing []string
	for s, at := range usedTexts(t, translated) {
		if !es.Has(s) {
			missing = append(missing, at+": "+strconv.Quote(s))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no Spanish for %s", m)
	}
}
