package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// autoBackupLayout dates the automatic copies: PATH.backup-2026-11-23.
const autoBackupLayout = "2006-01-02"

// defaultKeep is how many automatic copies AutoBackup keeps.
const defaultKeep = 3

// backupPattern is how error messages describe the automatic copies.
func backupPattern(path string) string {
	return filepath.Base(path) + ".backup-YYYY-MM-DD"
}

// Backup writes a consistent copy of the whole file to w while the store
// stays open (bbolt's tx.WriteTo in a read transaction).
func (s *Store) Backup(w io.Writer) (int64, error) {
	var n int64
	err := s.view("backing up", func(tx *bolt.Tx) (err error) {
		n, err = tx.WriteTo(w)
		return err
	})
	return n, err
}

// BackupTo writes a consistent copy of the file to path (0600), atomically:
// the copy appears whole or not at all. It refuses to overwrite a file.
func (s *Store) BackupTo(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("backing up to %s: %w: choose another name", path, fs.ErrExist)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful link, only the temporary name goes
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	if _, err := s.Backup(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	// A hard link publishes the copy and fails if path appeared meanwhile;
	// rename is the fallback where links are not supported.
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("backing up to %s: %w: choose another name", path, err)
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			return fmt.Errorf("backing up to %s: %w", path, err)
		}
	}
	syncDir(filepath.Dir(path))
	return nil
}

// syncDir makes a new directory entry durable; failure only weakens the
// guarantee, so it is ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// AutoBackup copies the file next to itself as PATH.backup-YYYY-MM-DD (the
// date of now) at most once a day, and deletes the oldest automatic copies
// beyond keep (default 3). It returns the copy written, or "" when today's
// copy already exists.
func (s *Store) AutoBackup(now time.Time, keep int) (string, error) {
	if keep <= 0 {
		keep = defaultKeep
	}
	path := s.path + ".backup-" + now.Format(autoBackupLayout)
	written := ""
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		// A damaged file must not push the good copies out of the rotation.
		if err := s.Check(); err != nil {
			return "", fmt.Errorf("not backing up: %w; the older copies are kept", err)
		}
		if err := s.BackupTo(path); err != nil {
			return "", err
		}
		written = path
	}
	old, err := autoBackups(s.path)
	if err != nil {
		return written, err
	}
	for len(old) > keep {
		if err := os.Remove(old[0]); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return written, fmt.Errorf("deleting old backup %s: %w", old[0], err)
		}
		old = old[1:]
	}
	return written, nil
}

// autoBackups lists the automatic copies of the file at path, oldest
// first. Other copies (a migration's, the user's own) are not listed, so
// they are never deleted.
func autoBackups(path string) ([]string, error) {
	prefix := filepath.Base(path) + ".backup-"
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("listing backups of %s: %w", path, err)
	}
	var out []string
	for _, e := range entries {
		date, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if _, err := time.Parse(autoBackupLayout, date); err != nil {
			continue
		}
		out = append(out, filepath.Join(filepath.Dir(path), e.Name()))
	}
	sort.Strings(out) // ISO dates sort by time
	return out, nil
}

// Check runs bbolt's consistency check over the whole file and returns
// the first problem found.
func (s *Store) Check() error {
	return s.view("checking "+s.path, func(tx *bolt.Tx) error {
		var first error
		for err := range tx.Check() { // drain: the checker reads tx until it closes the channel
			if first == nil {
				first = fmt.Errorf("%s is damaged: %w", s.path, err)
			}
		}
		return first
	})
}
