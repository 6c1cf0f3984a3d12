package export

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteFileOnARealFullDisk fills a small tmpfs (when the test may mount
// one: root on Linux) and exports a PDF larger than the room left over a
// good packet: the export fails and the good packet stays byte for byte.
func TestWriteFileOnARealFullDisk(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0700"); err != nil {
		t.Skip("cannot mount a tmpfs here:", err)
	}
	defer syscall.Unmount(dir, 0)
	render := formats(t)["pdf"]
	var full bytes.Buffer
	if err := render(&full); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "packet.pdf")
	old := bytes.Repeat([]byte("good packet "), 3000) // 36 KB: the new one does not fit beside it
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	if full.Len() < 64<<10-len(old) {
		t.Skipf("the packet (%d bytes) fits in the room left", full.Len())
	}
	if err := WriteFile(path, true, render); err == nil {
		t.Fatal("exporting onto a full disk succeeded")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Fatalf("the good packet became %d bytes", len(got))
	}
	assertNoTemp(t, dir, 1)
}
