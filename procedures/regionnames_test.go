package procedures

import (
	"bytes"
	"os"
	"regexp"
	"testing"

	"tramite/procedures/internal/regiongen"
)

// TestRegionNamesAreXText: regionnames.go is what golang.org/x/text names
// the countries, so the letters read the same as when the names were
// looked up at every start (issue 15). Regenerate: go generate ./procedures.
func TestRegionNamesAreXText(t *testing.T) {
	got, err := os.ReadFile("regionnames.go")
	if err != nil {
		t.Fatal(err)
	}
	if want := regiongen.Source(); !bytes.Equal(got, want) {
		t.Fatal("regionnames.go differs from golang.org/x/text: run go generate ./procedures")
	}
}

// TestLazyPatternsCompile: the patterns compiled on first use (issue 15)
// still compile, so none panics the first time an address is read.
func TestLazyPatternsCompile(t *testing.T) {
	for _, re := range []func() *regexp.Regexp{postalRe, hashNumRe, labelNumRe, trailNumRe, coloniaRe, fraccRe, municipioRe, initialDotRe, initialRe, formTitle} {
		if re() == nil {
			t.Fatal("nil pattern")
		}
	}
	if len(mexicanStates()) < 32 {
		t.Fatalf("mexicanStates has %d spellings, want the 32 states at least", len(mexicanStates()))
	}
}
