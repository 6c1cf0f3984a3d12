package procedures

import (
	"bufio"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// domainPath is shared/DOMAIN.md as CI lays it out: beside the repository,
// whose root is the parent of this package's directory.
const domainPath = "../../shared/DOMAIN.md"

// domainIDs reads the ids of DOMAIN.md's tables (the first cell of each
// row: R-…, D-…); ok is false when the file is absent.
func domainIDs(t *testing.T) (ids map[string]bool, ok bool) {
	t.Helper()
	f, err := os.Open(domainPath)
	if os.IsNotExist(err) {
		return nil, false
	}
	if err != nil {
		t.Fatalf("open %s: %v", domainPath, err)
	}
	defer f.Close()
	idRe := regexp.MustCompile(`^\|\s*([A-Z]+-[A-Z0-9-]+)\s*\|`)
	ids = map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := idRe.FindStringSubmatch(sc.Text()); m != nil {
			ids[m[1]] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", domainPath, err)
	}
	if len(ids) < 50 {
		t.Fatalf("%s: only %d ids found; has the table layout changed?", domainPath, len(ids))
	}
	return ids, true
}

var (
	keyRe      = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	choiceIDRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	procIDRe   = regexp.MustCompile(`^[a-z][a-z-]*$`)
)

func TestCatalogShape(t *testing.T) {
	procs := Catalog()
	for _, id := range []string{"exit-permit", "notification", "replacement", "work-permit"} {
		if _, err := Lookup(id); err != nil {
			t.Errorf("Lookup(%q): %v", id, err)
		}
	}
	for _, p := range procs {
		t.Run(p.ID, func(t *testing.T) {
			if !procIDRe.MatchString(p.ID) {
				t.Errorf("ID %q is not a lowercase id", p.ID)
			}
			for field, v := range map[string]string{"Name": p.Name, "Spanish": p.Spanish, "Summary": p.Summary, "Triage": p.Triage} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s is empty", field)
				}
			}
			if len(p.Questions) == 0 || p.evaluate == nil {
				t.Fatalf("no questions or no evaluate function")
			}
			seen := map[string]bool{}
			for _, q := range p.Questions {
				if !keyRe.MatchString(q.Key) {
					t.Errorf("question key %q is not lowercase snake_case", q.Key)
				}
				if seen[q.Key] {
					t.Errorf("question key %q appears twice", q.Key)
				}
				seen[q.Key] = true
				if isPersonKey(q.Key) {
					t.Errorf("question key %q shadows a person key (PersonKeys)", q.Key)
				}
				if q.Prompt == "" || q.Help == "" {
					t.Errorf("%s: prompt or help is empty", q.Key)
				}
				if q.AskIf != nil && q.Condition == "" {
					t.Errorf("%s: AskIf has no Condition saying it in words", q.Key)
				}
				checkChoices(t, q)
			}
			for _, k := range p.Shared {
				if !seen[k] {
					t.Errorf("Shared key %q is not a question", k)
				}
			}
		})
	}
}

// checkChoices: a choice question offers at least two unique lowercase
// ids; other kinds offer none of their own.
func checkChoices(t *testing.T, q Question) {
	t.Helper()
	switch q.Kind {
	case KindChoice:
		if len(q.Choices) < 2 {
			t.Errorf("%s: a choice question needs at least two choices", q.Key)
		}
		ids := map[string]bool{}
		for _, c := range q.Choices {
			if !choiceIDRe.MatchString(c.ID) || c.Label == "" {
				t.Errorf("%s: choice %q (%q) must have a lowercase id and a label", q.Key, c.ID, c.Label)
			}
			if ids[c.ID] {
				t.Errorf("%s: choice %q appears twice", q.Key, c.ID)
			}
			ids[c.ID] = true
		}
	case KindYesNo:
		// A yes/no question may list its two choices to put the likelier
		// answer first; the ids stay yes and no.
		if len(q.Choices) != 0 {
			ids := map[string]bool{}
			for _, c := range q.Choices {
				ids[c.ID] = true
			}
			if len(q.Choices) != 2 || !ids["yes"] || !ids["no"] {
				t.Errorf("%s: a yes/no question may only reorder yes and no, got %v", q.Key, q.Choices)
			}
		}
	default:
		if len(q.Choices) != 0 {
			t.Errorf("%s: a %s question lists choices", q.Key, q.Kind)
		}
	}
}

func TestCatalogOutcomesCiteDomain(t *testing.T) {
	ids, ok := domainIDs(t)
	if !ok {
		t.Skipf("%s is absent: the rule ids cannot be checked", domainPath)
	}
	ctx := Context{Today: MustDate("2026-11-23")}
	cite := func(t *testing.T, what, rule string) {
		t.Helper()
		if rule == "" || !ids[rule] {
			t.Errorf("%s cites %q, which is not an id in DOMAIN.md", what, rule)
		}
	}
	for _, p := range Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			for v, a := range sampleAnswerSets(t, p, ctx.Today) {
				out := p.Evaluate(a, ctx)
				if out.Verdict.Reason == "" {
					t.Errorf("set %d %v: verdict %s has no reason", v, a, out.Verdict.Status)
				}
				for _, r := range out.Verdict.Rules {
					cite(t, "verdict", r)
				}
				keys := map[string]bool{}
				for _, d := range out.Deadlines {
					cite(t, "deadline "+d.Key, d.Rule)
					if d.Key == "" || keys[d.Key] || d.Date.IsZero() || d.Title == "" {
						t.Errorf("set %d: deadline %+v needs a unique key, a date and a title", v, d)
					}
					keys[d.Key] = true
				}
				docs := map[string]bool{}
				for _, d := range out.Documents {
					cite(t, "document "+d.ID, d.Rule)
					if d.ID == "" || docs[d.ID] || d.Name == "" {
						t.Errorf("set %d: document %+v needs a unique id (ticks are stored by it) and a name", v, d)
					}
					docs[d.ID] = true
				}
				cite(t, "fee", out.Fee.Rule)
				if !strings.Contains(out.Fee.Text, VerifyAmount) && !strings.Contains(out.Fee.Text, VerifyWithOffice) {
					t.Errorf("fee %q says neither %q nor %q", out.Fee.Text, VerifyAmount, VerifyWithOffice)
				}
				pr := Progress{Stage: StageReceived, AppointmentDate: ctx.Today, FiledDate: ctx.Today,
					CorrectionNotice: ctx.Today.AddDays(3), ReceivedDate: ctx.Today.AddDays(20), NewCardExpiry: ctx.Today.AddYears(1)}
				for _, d := range Track(p, a, pr, ctx) {
					cite(t, "tracked deadline "+d.Key, d.Rule)
				}
			}
		})
	}
}

// sampleAnswerSets walks each procedure's interview several ways, rotating
// the choices and the dates, and returns the complete, valid answer sets
// it reached. A question no candidate satisfies fails the test.
func sampleAnswerSets(t *testing.T, p *Procedure, today Date) []Answers {
	t.Helper()
	var sets []Answers
	for v, start := range []int{-30, -400, 0, 200, -1500, 45} {
		a := Answers{}
		last := today.AddDays(start)
		for n := 0; ; n++ {
			q, more := p.Next(a)
			if !more {
				break
			}
			if n > 60 {
				t.Fatalf("variant %d: the interview does not end: %v", v, a)
			}
			val, ok := sampleAnswer(p, q, a, v, last)
			if !ok {
				t.Errorf("variant %d: no sample answer satisfies %s given %v", v, q.Key, a)
				break
			}
			a[q.Key] = val
			if q.Kind == KindDate && val != "" {
				last = MustDate(val)
			}
		}
		if err := p.Validate(a); err != nil {
			t.Errorf("variant %d: the walk ended with invalid answers %v: %v", v, a, err)
			continue
		}
		sets = append(sets, a)
	}
	return sets
}

// sampleAnswer picks an answer to q accepted by p.Answer: variant v
// rotates the choices, skips optional questions on odd variants, and tries
// dates from last onwards before earlier ones.
func sampleAnswer(p *Procedure, q Question, a Answers, v int, last Date) (string, bool) {
	var cands []string
	switch {
	case q.Optional && v%2 == 1:
		cands = []string{""}
	case q.Kind == KindDate:
		for k := 0; k < 120; k++ {
			cands = append(cands, last.AddDays(15*k).String())
		}
		for k := 1; k < 120; k++ {
			cands = append(cands, last.AddDays(-15*k).String())
		}
	case q.Kind == KindNumber:
		cands = []string{strconv.Itoa(1 + v%3), "1", "0", "4"}
	case q.Kind == KindText:
		cands = []string{"sample answer"}
	default:
		opts := q.Options()
		for k := range opts {
			cands = append(cands, opts[(v+k)%len(opts)].ID)
		}
	}
	for _, c := range cands {
		if val, err := p.Answer(q.Key, c, a); err == nil {
			return val, true
		}
	}
	return "", false
}

func TestImportsOnlyTheStandardLibrary(t *testing.T) {
	// STYLE: procedures imports only the standard library,
	// golang.org/x/text and tramite/i18n, the message catalog, which
	// imports nothing else itself (one-way flow).
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			// golang.org/x/text is the one library allowed (country names
			// in Spanish for the letters).
			if strings.HasPrefix(path, "golang.org/x/text/") || path == "tramite/i18n" {
				checked++
				continue
			}
			pkg, err := build.Default.Import(path, ".", build.FindOnly)
			if err != nil || !pkg.Goroot {
				t.Errorf("%s imports %q, which is not in the standard library, golang.org/x/text or tramite/i18n", name, path)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatalf("no imports found in %d files: is the test running in the package directory?", len(files))
	}
}
