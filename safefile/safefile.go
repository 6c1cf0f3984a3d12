// Package safefile makes the temporary files tramite writes before it
// renames them into place (exports, backups, a new database), and cleans up
// the ones a killed tramite left behind: they are full copies of personal
// data, so they must not pile up next to the real files.
//
// A temporary file is named ".BASE.tramite-tmp-RANDOM" in the folder of
// the file it will become, and holds an exclusive advisory lock (flock) for
// as long as its writer has it open. Clean removes only leftovers whose
// lock it can take: a writer that is still running keeps its file; one that
// was killed released its lock with its death.
package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// marker is what sets tramite's temporary files apart from anyone else's.
const marker = ".tramite-tmp-"

// legacyMarker is the suffix earlier versions used (".BASE.tmp-123" for
// exports, "BASE.tmp-123" for backups), without a lock: such a file is
// removed once it is older than legacyAge, so a still-running old tramite
// is not disturbed.
const legacyMarker = ".tmp-"

// legacyAge is how old an unlocked legacy temporary file must be before
// Clean removes it.
const legacyAge = time.Hour

// Pattern is the os.CreateTemp pattern of the temporary files of base.
func Pattern(base string) string { return "." + base + marker + "*" }

// Create makes a new temporary file (0600) for the file base in dir,
// locked for the caller until it is closed.
func Create(dir, base string) (*os.File, error) {
	f, err := os.CreateTemp(dir, Pattern(base))
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	// Best effort: a file system without locks still gets atomic renames;
	// Clean then falls back to the file's age.
	_ = lock(f)
	return f, nil
}

// IsTemp reports whether name (a base name) is one of tramite's temporary
// files, and for which file.
func IsTemp(name string) (base string, ok bool) {
	if !strings.HasPrefix(name, ".") {
		return "", false
	}
	i := strings.LastIndex(name, marker)
	if i <= 1 {
		return "", false
	}
	return name[1:i], true
}

// Clean removes the leftover temporary files of base in dir (base "" for
// every file): those of tramite's pattern whose lock is free, and those of
// earlier versions' patterns older than an hour. It returns the paths
// removed; files it cannot remove are skipped (the next run tries again).
func Clean(dir, base string) ([]string, error) {
	if base == "" {
		return CleanFunc(dir, func(string) bool { return true }, false)
	}
	return CleanFunc(dir, func(b string) bool { return b == base }, true)
}

// CleanFunc is Clean for the files whose base name match accepts; legacy
// also removes earlier versions' temporary files (BASE.tmp-DIGITS and
// .BASE.tmp-DIGITS, unlocked, older than an hour) of those files.
func CleanFunc(dir string, match func(base string) bool, legacy bool) ([]string, error) {
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("looking for leftover temporary files in %s: %w", dir, err)
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		name := e.Name()
		path := filepath.Join(dir, name)
		if b, ok := IsTemp(name); ok {
			if !match(b) {
				continue
			}
			// A writer killed between publishing its file by a hard link
			// and removing the temporary name leaves a second name of the
			// real file, locked whenever the real file is: that name goes
			// whatever its lock.
			if sameFile(path, filepath.Join(dir, b)) && os.Remove(path) == nil || removeIfUnlocked(path) {
				removed = append(removed, path)
			}
			continue
		}
		if b, ok := legacyBase(name); legacy && ok && match(b) && oldEnough(e, legacyAge) && removeIfUnlocked(path) {
			removed = append(removed, path)
		}
	}
	return removed, nil
}

// legacyBase reports whether name is an earlier version's temporary
// file, ".BASE.tmp-DIGITS" (exports) or "BASE.tmp-DIGITS" (backups), and
// of which file.
func legacyBase(name string) (string, bool) {
	i := strings.LastIndex(name, legacyMarker)
	if i <= 0 {
		return "", false
	}
	rest := name[i+len(legacyMarker):]
	if rest == "" {
		return "", false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	return strings.TrimPrefix(name[:i], "."), true
}

func oldEnough(e fs.DirEntry, age time.Duration) bool {
	info, err := e.Info()
	return err == nil && time.Since(info.ModTime()) > age
}

// removeIfUnlocked removes path when no live writer holds its lock.
func removeIfUnlocked(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := tryLock(f); err != nil {
		if errors.Is(err, errLocked) {
			return false
		}
		// No locks on this system: only files old enough to be abandoned.
		info, serr := f.Stat()
		if serr != nil || time.Since(info.ModTime()) < legacyAge {
			return false
		}
	}
	return os.Remove(path) == nil
}

// errLocked is tryLock's answer for a file another process holds.
var errLocked = errors.New("locked by a running writer")

// ErrBusy is TryLock's answer for a file another process holds locked.
var ErrBusy = errors.New("the file is in use by another process")

// TryLock takes an exclusive advisory lock on f without waiting, held
// until f is closed: ErrBusy when another process holds one (bbolt's lock
// on an open database counts). Where the system has no locks it returns
// nil.
func TryLock(f *os.File) error {
	switch err := tryLock(f); {
	case errors.Is(err, errLocked):
		return ErrBusy
	case err != nil:
		return nil
	}
	return nil
}

// sameFile reports whether path and target are names of one file.
func sameFile(path, target string) bool {
	a, err := os.Stat(path)
	if err != nil {
		return false
	}
	b, err := os.Stat(target)
	return err == nil && os.SameFile(a, b)
}
