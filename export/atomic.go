package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"tramite/procedures"
	"tramite/safefile"
)

// ErrExists is returned by WriteFile when the file is already there and
// overwriting was not asked for.
var ErrExists = errors.New("file already exists")

// ErrNotRegular is returned by WriteFile for a path that is neither a
// regular file nor a new name: a device, a pipe, a socket, a folder or a
// link to a file that does not exist. Nothing is written, even with force.
var ErrNotRegular = errors.New("not a regular file")

// wrapTemp lets tests put a failing writer (a full disk) between the
// renderer and the temporary file.
var wrapTemp = func(w io.Writer) io.Writer { return w }

// WriteFile writes what write produces to path, atomically: into a temporary
// file in the same folder, synced, then moved into place, so a crash, a
// kill or a full disk never leaves half a checklist, and a failed export
// leaves the file that was there byte for byte. Every write is checked,
// even those a renderer's library ignores. The file is readable by its
// owner only (0600): it holds passport numbers and addresses.
//
// An existing file is replaced only when force is set; otherwise WriteFile
// returns an error wrapping ErrExists and changes nothing. Only regular
// files and new names are written: a device, pipe, socket or folder is
// refused (ErrNotRegular) even with force. A symbolic link to a regular
// file writes that file (the link stays); a link to nothing is refused
// with a message saying so. Temporary files that earlier, killed exports of
// the same file left behind are removed first.
func WriteFile(path string, force bool, write func(io.Writer) error) (err error) {
	target, exists, err := destination(path)
	if err != nil {
		return err
	}
	if exists && !force {
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	_, _ = safefile.Clean(dir, base) // best effort: a failure here costs nothing
	tmp, err := safefile.Create(dir, base)
	if err != nil {
		return procedures.Problemf("creating a file in %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	cw := &checkedWriter{w: wrapTemp(tmp)}
	if err := write(cw); err != nil {
		if cw.err != nil && !errors.Is(err, cw.err) {
			return fmt.Errorf("writing %s: %w (%w)", path, cw.err, err)
		}
		return err
	}
	if cw.err != nil {
		return procedures.Problemf("writing %s: %w", path, cw.err)
	}
	if err := tmp.Sync(); err != nil {
		return procedures.Problemf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return procedures.Problemf("writing %s: %w", path, err)
	}
	if err := place(tmp.Name(), target, path, force); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// destination is the file WriteFile writes for path: path itself, or the
// file a symbolic link points to; exists reports that it is already there.
// Anything but a regular file or a new name is refused with what it is.
func destination(path string) (target string, exists bool, err error) {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path, false, nil
	case err != nil:
		return "", false, procedures.Problemf("cannot write %s: %w", path, err)
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		to, _ := os.Readlink(path)
		real, err := filepath.EvalSymlinks(path)
		if errors.Is(err, fs.ErrNotExist) {
			return "", false, fmt.Errorf("cannot write %s: it is a symbolic link to %s, which does not exist (%w): "+
				"remove the link or choose another file with -o", path, to, ErrNotRegular)
		}
		if err != nil {
			return "", false, procedures.Problemf("cannot write %s: following the link to %s: %w", path, to, err)
		}
		if info, err = os.Lstat(real); err != nil {
			return "", false, procedures.Problemf("cannot write %s: %w", path, err)
		}
		path = real
	}
	switch m := info.Mode(); {
	case m.IsRegular():
		return path, true, nil
	case m.IsDir():
		return "", false, fmt.Errorf("cannot write %s: it is a folder (%w): give a file name, such as %s",
			path, ErrNotRegular, filepath.Join(path, "checklist.txt"))
	default:
		return "", false, fmt.Errorf("cannot write %s: it is %s, %w; tramite writes only regular files or new names",
			path, kindOf(m), ErrNotRegular)
	}
}

// kindOf names a file that is not regular.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeNamedPipe != 0:
		return "a pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// place moves tmp to target (named path in messages). Without force it
// links instead of renaming: a link fails if target appeared since the
// check above, so a file another program just wrote is never clobbered.
func place(tmp, target, path string, force bool) error {
	if !force {
		err := os.Link(tmp, target)
		switch {
		case err == nil:
			return os.Remove(tmp)
		case errors.Is(err, fs.ErrExist):
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		// Some file systems have no hard links: fall back to a rename, the
		// existence check above having passed.
	} else if info, err := os.Lstat(target); err == nil && !info.Mode().IsRegular() {
		// Something else took the name since the check: never replace it.
		return fmt.Errorf("cannot write %s: it is now %s, %w", path, kindOf(info.Mode()), ErrNotRegular)
	}
	if err := os.Rename(tmp, target); err != nil {
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

// CleanTemps removes the temporary files that killed exports left in dir
// (full copies of personal data): tramite's own, whose writer is gone, and
// those of earlier versions older than an hour. It returns what it removed.
func CleanTemps(dir string) ([]string, error) { return safefile.Clean(dir, "") }
