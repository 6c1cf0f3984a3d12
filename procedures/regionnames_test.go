package procedures

import (
	"bytes"
	"os"
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
