package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/safefile"
)

// create makes a new tramite file at path: built whole in a temporary file
// beside it (buckets, meta, schema) and only then moved into place, so a
// kill or a crash during the very first command leaves either no file or
// a complete one. replace is set when path holds an unfinished creation
// (see unfinished) to be replaced; otherwise an existing path is kept (a
// tramite started at the same moment made it first).
func create(path string, sc schema, timeout time.Duration, replace bool) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating the folder for %s: %w", path, err)
	}
	_, _ = safefile.Clean(dir, base) // earlier creations that were killed
	f, err := os.CreateTemp(dir, safefile.Pattern(base))
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after the link or rename, only the temporary name goes
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return fmt.Errorf("creating %s: %w", path, err)
	}
	f.Close()
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: timeout}) // bbolt's lock keeps Clean away
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		if err := initialize(tx, sc.version); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyRules, []byte(rulesVersion()))
	}); err != nil {
		db.Close()
		return fmt.Errorf("setting up %s: %w", path, err)
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("setting up %s: %w", path, err)
	}
	if replace {
		err = os.Rename(tmp, path)
	} else if err = os.Link(tmp, path); errors.Is(err, fs.ErrExist) {
		return nil // another tramite created it first: use theirs
	} else if err != nil {
		// No hard links on this file system: rename, which may replace a
		// file created in the last instant by another tramite, also new.
		err = os.Rename(tmp, path)
	}
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// unfinished reports whether the file at path is what an interrupted
// first run of an earlier tramite left: an empty file (it created the file,
// then bbolt was to set it up), or a bbolt file with no bucket and no key
// at all (bbolt set it up, tramite's own setup did not commit). Such a
// file holds nothing and is recreated. It takes the file's lock first, so
// a file another program has open is never taken for one.
const unfinishedMax = 64 * 64 << 10

func unfinished(path string, timeout time.Duration) (bool, error) {
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() {
		return false, nil
	}
	if info.Size() == 0 {
		f, err := os.Open(path)
		if err != nil {
			return false, nil
		}
		defer f.Close()
		if errors.Is(safefile.TryLock(f), safefile.ErrBusy) {
			return false, fmt.Errorf("cannot open %s: %w; close the other tramite (or wait for it to finish) and try again", path, ErrLocked)
		}
		st, err := f.Stat()
		return err == nil && st.Size() == 0, nil
	}
	// What bbolt writes when it sets a file up is four pages: a file
	// larger than 64 pages of 64 KiB (the largest page size in use) is
	// no creation cut short, and is not read whole here: comparing with
	// 64 pages of the largest page size bbolt could probe (16 MiB) read
	// every page of any file under 1 GiB at each read-write open.
	if info.Size() > unfinishedMax || checkHeader(path) != nil || checkPages(path) != nil {
		return false, nil // large, or not sound: not a creation cut short
	}
	db, err := openBolt(path, true, timeout)
	if err != nil {
		if errors.Is(err, ErrLocked) {
			return false, err
		}
		return false, nil
	}
	defer closeQuietly(db)
	empty := false
	_ = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			k, _ := tx.Cursor().First()
			empty = k == nil
			return nil
		})
	})
	return empty, nil
}
