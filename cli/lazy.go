package cli

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles pattern on first use rather than at every start of
// tramite (issue 15).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
