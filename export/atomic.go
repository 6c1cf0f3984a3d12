package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned by WriteFile when the file is already there and
// overwriting was not asked for.
var ErrExists = errors.New("file already exists")

// WriteFile writes what write produces to path, atomically: into a temporary
// file in the same folder, synced, then moved into place, so a crash or a
// full disk never leaves half a checklist. The file is readable by its
// owner only (0600): it holds passport numbers and addresses. An existing
// file is replaced only when force is set; otherwise WriteFile returns an
// error wrapping ErrExists and changes nothing.
func WriteFile(path string, force bool, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("creating a file in %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return fmt.Errorf("protecting %s: %w", tmp.Name(), err)
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := place(tmp.Name(), path, force); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// place moves tmp to path. Without force it links instead of renaming:
// a link fails if path appeared since the check above, so a file another
// program just wrote is never clobbered.
func place(tmp, path string, force bool) error {
	if !force {
		err := os.Link(tmp, path)
		switch {
		case err == nil:
			return os.Remove(tmp)
		case errors.Is(err, fs.ErrExist):
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		// Some file systems have no hard links: fall back to a rename, the
		// existence check above having passed.
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	return nil
}

// syncDir makes the rename durable. It is best effort: some systems cannot
// sync a directory, and the file itself is already safe.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
