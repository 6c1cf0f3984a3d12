package procedures

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// citedID is a rule, document or source id as the code cites it; an id
// followed by "-*" names a family (R-APPT-*), not an entry.
var citedID = regexp.MustCompile(`\b([RODL]-[A-Z0-9]+(?:-[A-Z0-9]+)*)\b(-\*)?|"(S[0-9])"`)

// notCitations are id-shaped strings in the code that cite nothing.
var notCitations = map[string]string{
	"R-X": "an example in export/markdown.go's comment",
	"R-A": "an example in wizard/sources.go's comments",
	"R-B": "an example in wizard/sources.go's comments",
}

// citedIDs walks the module's Go source (tests, test data and the store's
// contract fixtures aside) and returns each cited id with a file citing it.
func citedIDs(t *testing.T) map[string]string {
	t.Helper()
	ids := map[string]string{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", "storetest", ".git", "bench":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range citedID.FindAllStringSubmatch(string(b), -1) {
			id := m[1] + m[3]
			if m[2] != "" || notCitations[id] != "" {
				continue
			}
			ids[id] = path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestRulebookHasEveryCitedID: every id a screen, export or rule of the
// code cites can be looked up in the repository (tramite rules ID).
func TestRulebookHasEveryCitedID(t *testing.T) {
	ids := citedIDs(t)
	if len(ids) < 80 {
		t.Fatalf("found only %d cited ids: is the walk reading the module?", len(ids))
	}
	for id, file := range ids {
		if _, ok := LookupRule(id); !ok {
			t.Errorf("%s cites %s, which is not in the rulebook (procedures/rulebook.go)", file, id)
		}
	}
}

// TestRulebookEntries: every entry has its text in both languages, a
// confidence, sources in words and the check date; ids are unique.
func TestRulebookEntries(t *testing.T) {
	seen := map[string]bool{}
	code := regexp.MustCompile(`^([LO]-[A-Z0-9]+|S[0-9])$`)
	for _, r := range Rulebook() {
		if seen[r.ID] {
			t.Errorf("%s twice", r.ID)
		}
		seen[r.ID] = true
		if r.Text == "" || r.TextEs == "" || r.Confidence == "" || len(r.Sources) == 0 || r.Checked != RulesChecked {
			t.Errorf("%s: incomplete: %+v", r.ID, r)
		}
		for _, s := range r.Sources {
			if code.MatchString(s) {
				t.Errorf("%s: source %q is a bare code, not words", r.ID, s)
			}
		}
	}
}

// domainFile finds shared/DOMAIN.md beside the module root, or "".
func domainFile() string {
	p := filepath.Join("..", "..", "shared", "DOMAIN.md")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// TestRulebookAgreesWithDomain: where the rules file is at hand
// (../shared/DOMAIN.md from the module root), every rulebook entry is in
// it, with the same confidence.
func TestRulebookAgreesWithDomain(t *testing.T) {
	path := domainFile()
	if path == "" {
		t.Skip("../shared/DOMAIN.md is not beside the module: the rulebook is not compared with the rules file")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	confidence := map[string]string{}
	sources := map[string]bool{}
	var header []string
	for _, line := range strings.Split(string(b), "\n") {
		if m := regexp.MustCompile(`^- ([A-Z]+-[A-Z0-9]+|S[0-9]):`).FindStringSubmatch(line); m != nil {
			sources[m[1]] = true
			continue
		}
		if !strings.HasPrefix(line, "| ") {
			continue
		}
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if cells[0] == "id" || cells[0] == "item" {
			header = cells
			continue
		}
		for i, h := range header {
			if h == "confidence" && i < len(cells) && regexp.MustCompile(`^[A-Z]-[A-Z0-9-]+$`).MatchString(cells[0]) {
				confidence[cells[0]] = cells[i]
			}
		}
	}
	if len(confidence) < 60 || len(sources) < 10 {
		t.Fatalf("read %d rules and %d sources from %s: has its layout changed?", len(confidence), len(sources), path)
	}
	for _, r := range Rulebook() {
		id := r.ID
		if r.Part != "" {
			id = r.Part
		}
		if sources[id] {
			continue
		}
		want, ok := confidence[id]
		if !ok {
			t.Errorf("%s is not in %s", id, path)
			continue
		}
		if r.Confidence != want {
			t.Errorf("%s: confidence %q, the rules file says %q", r.ID, r.Confidence, want)
		}
	}
}

func TestNearestRules(t *testing.T) {
	tests := map[string]string{
		"R-RENEW-WINDO":  "R-RENEW-WINDOW",
		"r-renew-window": "R-RENEW-WINDOW",
		"R-CANJE-31":     "R-CANJE-30",
		"D-PASSPORT":     "D-PASS",
	}
	for in, want := range tests {
		if got := NearestRules(in, 1); len(got) == 0 || got[0] != want {
			t.Errorf("NearestRules(%q) = %v, want %s first", in, got, want)
		}
	}
	if got := NearestRules("HELLO-WORLD-XYZ", 3); len(got) != 0 {
		t.Errorf("NearestRules of nonsense = %v, want none", got)
	}
}

func TestSourceInWords(t *testing.T) {
	tests := map[string]string{
		"L-LM":       "Ley de Migración",
		"O-INM820":   "gob.mx, INM's requirements for a renewal (ficha INM820)",
		"S3":         `Mexperience, "Renew Your Residency Card" (founding article)`,
		"knr.mx":     "knr.mx",
		"R-CANJE-30": "R-CANJE-30",
	}
	for in, want := range tests {
		if got := SourceInWords(in); got != want {
			t.Errorf("SourceInWords(%q) = %q, want %q", in, got, want)
		}
	}
	// Every source a procedure names reads as words.
	for _, p := range Catalog() {
		for _, s := range p.Sources {
			if got := SourceInWords(s); isSourceID(got) {
				t.Errorf("%s: source %s has no words", p.ID, s)
			}
		}
	}
}
