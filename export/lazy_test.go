package export

import (
	"regexp"
	"testing"
)

// TestLazyPatternsCompile: the patterns compiled on first use (issue 15)
// are valid, so none of them panics the first time a file needs it.
func TestLazyPatternsCompile(t *testing.T) {
	for name, re := range map[string]func() *regexp.Regexp{
		"reRef": reRef, "rePagesRef": rePagesRef, "reCount": reCount, "reMediaBox": reMediaBox,
		"reContents": reContents, "reResources": reResources, "blockStart": blockStart,
	} {
		if re() == nil {
			t.Errorf("%s did not compile", name)
		}
	}
}
