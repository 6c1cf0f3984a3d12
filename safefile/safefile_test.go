package safefile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestCleanRemovesOnlyAbandonedTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	live, err := Create(dir, "packet.pdf")
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	dead, err := Create(dir, "packet.pdf")
	if err != nil {
		t.Fatal(err)
	}
	dead.Close() // as a killed writer: its lock is gone
	other, err := Create(dir, "other.txt")
	if err != nil {
		t.Fatal(err)
	}
	other.Close()
	old := time.Now().Add(-2 * time.Hour)
	write := func(name string, mtime time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return p
	}
	legacyOld := write(".packet.pdf.tmp-123", old)
	legacyBackup := write("packet.pdf.tmp-99", old)
	legacyNew := write(".packet.pdf.tmp-456", time.Now())
	keep := []string{
		write("packet.pdf", old),
		write(".packet.pdf.tmp-notdigits", old),
		write("packet.pdf.tmp-", old),
	}

	removed, err := Clean(dir, "packet.pdf")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(removed)
	want := []string{dead.Name(), legacyOld, legacyBackup}
	slices.Sort(want)
	if !slices.Equal(removed, want) {
		t.Errorf("removed %q\nwant    %q", removed, want)
	}
	for _, p := range append(keep, live.Name(), other.Name(), legacyNew) {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
	// Every base: the other file's leftover goes too, the live one stays.
	removed, _ = Clean(dir, "")
	if !slices.Equal(removed, []string{other.Name()}) {
		t.Errorf("Clean(dir, \"\") removed %q, want only %q", removed, other.Name())
	}
}

func TestCreateIsPrivate(t *testing.T) {
	f, err := Create(t.TempDir(), "a.db")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	if b, ok := IsTemp(filepath.Base(f.Name())); !ok || b != "a.db" {
		t.Errorf("IsTemp(%s) = %q, %v", f.Name(), b, ok)
	}
}

// TestCleanRemovesASecondNameOfTheRealFile: a writer killed after linking
// its temporary file into place leaves a second name of the real file;
// Clean removes that name even while the real file is locked.
func TestCleanRemovesASecondNameOfTheRealFile(t *testing.T) {
	dir := t.TempDir()
	tmp, err := Create(dir, "tramite.db")
	if err != nil {
		t.Fatal(err)
	}
	tmp.Close()
	real := filepath.Join(dir, "tramite.db")
	if err := os.Link(tmp.Name(), real); err != nil {
		t.Skip("no hard links:", err)
	}
	f, _ := os.Open(real)
	defer f.Close()
	if err := TryLock(f); err != nil {
		t.Fatal(err)
	}
	removed, _ := Clean(dir, "tramite.db")
	if len(removed) != 1 || removed[0] != tmp.Name() {
		t.Errorf("removed %q, want the second name %s", removed, tmp.Name())
	}
	if _, err := os.Stat(real); err != nil {
		t.Error("the real file went too")
	}
}
