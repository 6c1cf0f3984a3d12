package store

import (
	"fmt"
	"os"
	"strings"
)

// The full damage check (checkPages and verify) reads every page: about
// 3.6 ms per MB. It runs on every read-write open of a file up to
// checkAlwaysBelow; a larger file is checked again only when it changed
// since tramite last closed it after a read-write open, which a stamp
// next to it records (size and modification time). Anything else that
// writes the file (a disk error, another program, a copy over it, a kill
// in the middle of a write) changes one of them, and the next open checks
// the whole file again.

// checkAlwaysBelow is the size under which every read-write open checks
// the whole file (under ~30 ms).
const checkAlwaysBelow = 8 << 20

// stampPath is where the stamp of path is kept.
func stampPath(path string) string { return path + ".checked" }

// fileStamp is what the stamp records of a file: its size and
// modification time, in nanoseconds.
func fileStamp(path string) (string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("tramite checked %d %d\n", info.Size(), info.ModTime().UnixNano()), nil
}

// needsFullCheck reports whether a read-write open must check every page
// of path: a small file always, a larger one unless its stamp matches.
func needsFullCheck(path string) bool {
	info, err := os.Stat(path)
	if err != nil || info.Size() < checkAlwaysBelow {
		return true
	}
	want, err := fileStamp(path)
	if err != nil {
		return true
	}
	got, err := os.ReadFile(stampPath(path))
	return err != nil || !strings.EqualFold(string(got), want)
}

// writeStamp records that path, as it is now, was last written by
// tramite and checked; a failure only means the next open checks again.
func writeStamp(path string) {
	if info, err := os.Stat(path); err != nil || info.Size() < checkAlwaysBelow {
		return // a small file is checked at every open: no stamp to keep
	}
	s, err := fileStamp(path)
	if err != nil {
		return
	}
	tmp := stampPath(path) + ".tmp"
	if os.WriteFile(tmp, []byte(s), 0o600) != nil {
		os.Remove(tmp)
		return
	}
	if os.Rename(tmp, stampPath(path)) != nil {
		os.Remove(tmp)
	}
}

// dropStamp forgets the stamp: the file is about to be written.
func dropStamp(path string) { os.Remove(stampPath(path)) }
