// Command gen writes regionnames.go: every country's two-letter code
// with its English and Spanish name, read from golang.org/x/text once
// here rather than at every start of tramite (issue 15: the display
// tables cost 200 KB and 3,000 allocations at init). Run by
// `go generate ./procedures`; TestRegionNamesAreXText checks the file.
package main

import (
	"log"
	"os"

	"tramite/procedures/internal/regiongen"
)

func main() {
	if err := os.WriteFile("regionnames.go", regiongen.Source(), 0o644); err != nil {
		log.Fatal(err)
	}
}
