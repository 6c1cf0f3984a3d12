//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package safefile

import (
	"errors"
	"os"
)

var errNoLocks = errors.New("no file locks on this system")

func lock(*os.File) error    { return errNoLocks }
func tryLock(*os.File) error { return errNoLocks }
