package tui

import "testing"

// TestLazyPatternsCompile: the patterns compiled on first use (issue 15)
// are valid, so none of them panics the first time a screen needs it.
func TestLazyPatternsCompile(t *testing.T) {
	if guidePartHead() == nil {
		t.Error("guidePartHead did not compile")
	}
}
