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

	"tramite/safefile"
)

// autoBackupLayout dates the automatic copies: PATH.backup-2026-11-23.
const autoBackupLayout = "2006-01-02"

// defaultKeep is how many automatic copies AutoBackup keeps.
const defaultKeep = 3

// BackupPattern is how messages name the automatic copies of path.
func BackupPattern(path string) string {
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
// the copy appears whole or not at all. It refuses to overwrite a file. Its
// temporary file (.NAME.tramite-tmp-*) is locked while it is written, so a
// killed backup's leftover is recognised and removed by the next
// AutoBackup (or safefile.Clean).
func (s *Store) BackupTo(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("backing up to %s: %w: choose another name", path, fs.ErrExist)
	}
	tmp, err := safefile.Create(filepath.Dir(path), filepath.Base(path))
	if err != nil {
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful link, only the temporary name goes
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
// date of now) at most once a day, and deletes the older automatic copies
// beyond keep (default 3). It returns the copy written, or "" when today's
// copy already exists.
//
// PATH is the real file: when the database is reached through a symbolic
// link, the copies go beside the file the link points to (a private
// folder), not beside the link. The rotation never trusts names alone:
//   - only copies that read as sound databases count and are ever deleted
//     (a damaged or foreign file named like a copy is left alone);
//   - they are ranked by modification time, which AutoBackup sets to now
//     on the copies it writes; today's copy always stays;
//   - a copy modified more than a day after now was written while the
//     clock was wrong: it is neither counted nor deleted, so copies dated
//     in the future never push the real ones out.
//
// Leftovers of backups that were killed midway are removed first.
func (s *Store) AutoBackup(now time.Time, keep int) (string, error) {
	if keep <= 0 {
		keep = defaultKeep
	}
	real := s.realPath()
	cleanBackupTemps(real)
	path := real + ".backup-" + now.Format(autoBackupLayout)
	written := ""
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		// A damaged file must not push the good copies out of the rotation.
		if err := s.Check(); err != nil {
			return "", fmt.Errorf("not backing up: %w; the older copies are kept", err)
		}
		if err := s.BackupTo(path); err != nil {
			return "", err
		}
		_ = os.Chtimes(path, now, now) // the rotation ranks by the time tramite gave it
		written = path
	}
	old, err := autoBackups(real)
	if err != nil {
		return written, err
	}
	var ranked []backupCopy
	kept := 0
	for _, p := range old {
		info, err := os.Stat(p)
		if err != nil || checkHeader(p) != nil || checkPages(p) != nil {
			continue // not a sound copy: neither counted nor deleted
		}
		switch {
		case p == path:
			kept++ // today's copy always stays
		case info.ModTime().After(now.Add(24 * time.Hour)):
			// written under a wrong clock: kept, not counted
		default:
			ranked = append(ranked, backupCopy{p, info.ModTime()})
		}
	}
	sort.Slice(ranked, func(i, j int) bool {
		if !ranked[i].mod.Equal(ranked[j].mod) {
			return ranked[i].mod.After(ranked[j].mod)
		}
		return ranked[i].path > ranked[j].path
	})
	for _, c := range ranked {
		if kept < keep {
			kept++
			continue
		}
		if err := os.Remove(c.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return written, fmt.Errorf("deleting old backup %s: %w", c.path, err)
		}
	}
	return written, nil
}

// backupCopy is an automatic copy and its modification time.
type backupCopy struct {
	path string
	mod  time.Time
}

// realPath is the file the store's path names, links followed.
func (s *Store) realPath() string {
	if p, err := filepath.EvalSymlinks(s.path); err == nil {
		return p
	}
	return s.path
}

// cleanBackupTemps removes what killed backups of the file at path left:
// temporary copies of PATH.backup-* and STEM-backup-* files.
func cleanBackupTemps(path string) {
	dir, base := filepath.Split(path)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	_, _ = safefile.CleanFunc(dir, func(b string) bool {
		return strings.HasPrefix(b, base+".backup-") || strings.HasPrefix(b, stem+"-backup-")
	}, true)
}

// autoBackups lists the automatic copies of the file at path by name.
// Other copies (a migration's, the user's own) are not listed, so they are
// never deleted.
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
	sort.Strings(out)
	return out, nil
}

// Check runs the checks of bbolt's Tx.Check over the whole file (checkTx)
// and returns the first problem found. Beside the dashboard's writes it
// may take a new read transaction (checkTx's snapshot gone): after a few,
// it runs bbolt's Tx.Check.
func (s *Store) Check() error {
	const tries = 4
	for try := 1; ; try++ {
		err := s.view("checking "+s.path, func(tx *bolt.Tx) error {
			// Every page is read, with plain reads: none stays resident.
			check := checkTx
			if try == tries {
				check = checkTxOrBbolt
			}
			if err := check(tx); err != nil && !errors.Is(err, errSnapshotGone) {
				return fmt.Errorf("%s is damaged: %w", s.path, err)
			} else if err != nil {
				return err
			}
			return nil
		})
		if !errors.Is(err, errSnapshotGone) {
			return err
		}
	}
}
