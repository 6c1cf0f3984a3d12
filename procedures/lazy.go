package procedures

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles pattern on first use rather than at every start of
// tramite (issue 15: compiling the patterns cost 180 KB at init, for
// commands that never read an address or a form title).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
