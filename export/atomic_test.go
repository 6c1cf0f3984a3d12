package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWriteFile(t *testing.T) {
	t.Run("a new file is written owner-only (0600)", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "case.ics")
		if err := WriteFile(path, false, writeString("new")); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want 0600", st.Mode().Perm())
		}
		if b, _ := os.ReadFile(path); string(b) != "new" {
			t.Errorf("content %q, want %q", b, "new")
		}
	})

	t.Run("an existing file is kept without force", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "case.txt")
		if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		err := WriteFile(path, false, writeString("new"))
		if !errors.Is(err, ErrExists) {
			t.Fatalf("WriteFile over an existing file: %v, want ErrExists", err)
		}
		if b, _ := os.ReadFile(path); string(b) != "old" {
			t.Errorf("the existing file now holds %q", b)
		}
		assertNoTemp(t, dir, 1)
	})

	t.Run("force replaces an existing file, 0600", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "case.txt")
		if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(path, true, writeString("new")); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(path); string(b) != "new" {
			t.Errorf("content %q, want %q", b, "new")
		}
		if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want 0600", st.Mode().Perm())
		}
		assertNoTemp(t, dir, 1)
	})

	t.Run("a failed render leaves nothing behind", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "case.json")
		boom := errors.New("boom")
		err := WriteFile(path, false, func(w io.Writer) error {
			io.WriteString(w, "half")
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("WriteFile: %v, want the render's error", err)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("a half-written %s exists", path)
		}
		assertNoTemp(t, dir, 0)
	})

	t.Run("a missing folder is an error, not a panic", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "no", "such", "case.txt")
		if err := WriteFile(path, false, writeString("x")); err == nil {
			t.Error("WriteFile into a missing folder succeeded")
		}
	})
}

// assertNoTemp checks that dir holds exactly n entries: no temporary file
// was left behind.
func assertNoTemp(t *testing.T, dir string, n int) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != n {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want %d file(s)", names, n)
	}
}

// TestWriteFileRefusalInSpanish: a file that cannot be created says so in
// the user's language (procedures.MessageInChain, as tramite prints an
// error), the system's own reason kept.
func TestWriteFileRefusalInSpanish(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-folder", "x.txt")
	err := WriteFile(path, false, func(w io.Writer) error { return nil })
	if err == nil {
		t.Fatal("a file in a missing folder was written")
	}
	if !strings.HasPrefix(err.Error(), "creating a file in ") {
		t.Errorf("English: %q", err)
	}
	if es := procedures.MessageInChain(i18n.For(i18n.Spanish), err); !strings.HasPrefix(es, "al crear un archivo en ") || !strings.Contains(es, "no such file or directory") {
		t.Errorf("Spanish: %q", es)
	}
}
