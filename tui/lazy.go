package tui

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles pattern on first use rather than at every start of
// tramite (issue 15: every command paid for the patterns of the screens
// and files it did not show or write).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
