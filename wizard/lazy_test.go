package wizard

import (
	"regexp"
	"testing"
)

// TestLazyPatternsCompile: the patterns compiled on first use (issue 15)
// are valid, so none of them panics the first time a screen needs it.
func TestLazyPatternsCompile(t *testing.T) {
	for name, re := range map[string]func() *regexp.Regexp{
		"ruleID": ruleID, "idParen": idParen,
		"idTail": idTail, "idHead": idHead,
		"snakeKey": snakeKey,
	} {
		if re() == nil {
			t.Errorf("%s did not compile", name)
		}
	}
}
