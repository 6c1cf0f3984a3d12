package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// errDiskFull is what fullDisk answers once its room is used up.
var errDiskFull = errors.New("no space left on device (test)")

// fullDisk is a writer with room for n bytes: it writes what fits and
// fails from then on, as a full disk does.
type fullDisk struct {
	w io.Writer
	n int
}

func (d *fullDisk) Write(p []byte) (int, error) {
	if len(p) <= d.n {
		d.n -= len(p)
		return d.w.Write(p)
	}
	k := d.n
	d.n = 0
	if k > 0 {
		d.w.Write(p[:k])
	}
	return k, errDiskFull
}

// shortWriter writes at most n bytes and then, breaking io.Writer's
// contract, reports short writes without an error.
type shortWriter struct{ n int }

func (s *shortWriter) Write(p []byte) (int, error) {
	k := min(len(p), s.n)
	s.n -= k
	return k, nil
}

// formats renders the household in every export format.
func formats(t *testing.T) map[string]func(io.Writer) error {
	t.Helper()
	people, _ := household(t)
	views := householdViews(t)
	ctx := testContext()
	packet := []PacketCase{pdfRenewal(t, pdfPerson("Ana Pérez"))}
	return map[string]func(io.Writer) error{
		"text":     func(w io.Writer) error { return Text(w, views, ctx) },
		"markdown": func(w io.Writer) error { return Markdown(w, views, ctx) },
		"ics":      func(w io.Writer) error { return ICS(w, views, ctx) },
		"json":     func(w io.Writer) error { return JSON(w, people, views, ctx) },
		"pdf":      func(w io.Writer) error { return PDF(w, packet, pdfCtx, PaperA4) },
	}
}

// cuts are the points where the disk fills: nothing written, the first
// bytes, the middle, one byte short of the end.
func cuts(size int) []int {
	return []int{0, 1, 7, size / 3, size / 2, size - 1}
}

// TestRenderersReportAFullDisk: every renderer, given a writer that fails
// after n bytes, returns an error for every n short of the whole output
// (before, gopdf and golang-ical dropped the errors and reported success).
func TestRenderersReportAFullDisk(t *testing.T) {
	for name, render := range formats(t) {
		t.Run(name, func(t *testing.T) {
			var full bytes.Buffer
			if err := render(&full); err != nil {
				t.Fatal(err)
			}
			for _, n := range cuts(full.Len()) {
				err := render(&fullDisk{w: io.Discard, n: n})
				if !errors.Is(err, errDiskFull) {
					t.Errorf("%s with room for %d of %d bytes: err = %v, want the disk's error", name, n, full.Len(), err)
				}
				if err := render(&shortWriter{n: n}); err == nil {
					t.Errorf("%s with short writes after %d of %d bytes: no error", name, n, full.Len())
				}
			}
		})
	}
}

// TestWriteFileKeepsTheOldFileOnAFullDisk: an export that fails midway
// returns an error and leaves the file it was to replace byte for byte,
// and no temporary file behind.
func TestWriteFileKeepsTheOldFileOnAFullDisk(t *testing.T) {
	for name, render := range formats(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "packet."+name)
			old := []byte("the good packet of yesterday\n")
			if err := os.WriteFile(path, old, 0o600); err != nil {
				t.Fatal(err)
			}
			var full bytes.Buffer
			if err := render(&full); err != nil {
				t.Fatal(err)
			}
			for _, n := range cuts(full.Len()) {
				room := n
				wrapTemp = func(w io.Writer) io.Writer { return &fullDisk{w: w, n: room} }
				err := WriteFile(path, true, render)
				wrapTemp = func(w io.Writer) io.Writer { return w }
				if err == nil {
					t.Fatalf("WriteFile with room for %d of %d bytes succeeded", n, full.Len())
				}
				if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
					t.Fatalf("with room for %d bytes the old file became %d bytes", n, len(got))
				}
				assertNoTemp(t, dir, 1)
			}
			// With room enough the file is replaced whole.
			if err := WriteFile(path, true, render); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, full.Bytes()) && name != "pdf" {
				t.Errorf("the replaced file differs from the render")
			}
		})
	}
}

// TestWriteFileOnlyWritesRegularFiles: a device, a pipe, a folder or a
// link to nothing is refused, even with force, and left as it was; a link
// to a regular file writes that file and keeps the link.
func TestWriteFileOnlyWritesRegularFiles(t *testing.T) {
	t.Run("device", func(t *testing.T) {
		err := WriteFile("/dev/null", true, writeString("x"))
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "a device") {
			t.Fatalf("WriteFile(/dev/null, force) = %v, want ErrNotRegular naming a device", err)
		}
		if info, err := os.Lstat("/dev/null"); err != nil || info.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/null is no longer a device: %v %v", info.Mode(), err)
		}
	})
	t.Run("pipe", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "fifo")
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skip("no mkfifo:", err)
		}
		if err := WriteFile(path, true, writeString("x")); !errors.Is(err, ErrNotRegular) {
			t.Fatalf("WriteFile(fifo, force) = %v, want ErrNotRegular", err)
		}
		if info, _ := os.Lstat(path); info.Mode()&os.ModeNamedPipe == 0 {
			t.Fatal("the pipe was replaced")
		}
		assertNoTemp(t, dir, 1)
	})
	t.Run("folder", func(t *testing.T) {
		dir := t.TempDir()
		err := WriteFile(dir, true, writeString("x"))
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "folder") {
			t.Fatalf("WriteFile(folder, force) = %v, want ErrNotRegular naming a folder", err)
		}
	})
	t.Run("dangling link", func(t *testing.T) {
		dir := t.TempDir()
		link := filepath.Join(dir, "out.txt")
		if err := os.Symlink(filepath.Join(dir, "gone", "x.txt"), link); err != nil {
			t.Fatal(err)
		}
		for _, force := range []bool{false, true} {
			err := WriteFile(link, force, writeString("x"))
			if errors.Is(err, ErrExists) || !errors.Is(err, ErrNotRegular) ||
				!strings.Contains(err.Error(), "symbolic link") || !strings.Contains(err.Error(), "does not exist") {
				t.Fatalf("WriteFile(dangling link, force=%v) = %v, want a message about the link", force, err)
			}
		}
	})
	t.Run("link to a regular file", func(t *testing.T) {
		dir := t.TempDir()
		real := filepath.Join(dir, "real.txt")
		link := filepath.Join(dir, "link.txt")
		os.WriteFile(real, []byte("old"), 0o600)
		if err := os.Symlink(real, link); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(link, false, writeString("new")); !errors.Is(err, ErrExists) {
			t.Fatalf("without force: %v, want ErrExists", err)
		}
		if err := WriteFile(link, true, writeString("new")); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(real); string(b) != "new" {
			t.Errorf("the linked file holds %q", b)
		}
		if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
			t.Error("the link was replaced by a file")
		}
	})
}

// TestWriteFileCleansLeftoversOfKilledExports: a temporary file a killed
// export left (no writer holds its lock) is removed by the next export of
// the same file, and by CleanTemps.
func TestWriteFileCleansLeftoversOfKilledExports(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "packet.pdf")
	left := filepath.Join(dir, ".packet.pdf.tramite-tmp-12345")
	os.WriteFile(left, []byte("half a packet"), 0o600)
	other := filepath.Join(dir, ".notes.md.tramite-tmp-999")
	os.WriteFile(other, []byte("half a checklist"), 0o600)
	if err := WriteFile(path, false, writeString("packet")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); err == nil {
		t.Errorf("the leftover %s is still there", left)
	}
	removed, err := CleanTemps(dir)
	if err != nil || len(removed) != 1 || removed[0] != other {
		t.Errorf("CleanTemps = %q, %v; want [%s]", removed, err, other)
	}
	assertNoTemp(t, dir, 1)
}
