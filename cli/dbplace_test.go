package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runIn runs tramite in-process on 2026-11-23 and returns stdout, stderr
// and the error the command returned.
func runIn(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	a := newApp(strings.NewReader(""), &out, &errb, env("XDG_DATA_HOME", t.TempDir()), benchNow)
	root := newRootCmd(a)
	root.SetArgs(append([]string{"--today", "2026-11-23"}, args...))
	err := root.Execute()
	return out.String(), errb.String(), err
}

// A database path tramite cannot use gets a message that names the
// culprit and says what to type instead, and nothing is created or
// changed; a missing folder is created for a write and left alone by a
// listing.
func TestDatabasePlace(t *testing.T) {
	write := []string{"demo", "--cases", "1"}
	list := []string{"deadlines"}

	t.Run("a folder that is in fact a file is named, for writes and listings", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "notes.txt")
		if err := os.WriteFile(file, []byte("mine"), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{write, list} {
			_, _, err := runIn(t, append([]string{"--db", filepath.Join(file, "sub", "tramite.db")}, cmd...)...)
			if err == nil {
				t.Fatalf("%v: no error", cmd)
			}
			for _, want := range []string{file + " is a file, not a folder", "--db"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%v: error %q lacks %q", cmd, err, want)
				}
			}
		}
		if data, _ := os.ReadFile(file); string(data) != "mine" {
			t.Errorf("the file in the way now holds %q", data)
		}
	})

	t.Run("a read-only folder says permission denied", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "ro")
		if err := os.Mkdir(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
		// root (as in CI containers) writes through 0500 anyway: there is
		// no permission error to report, so this case cannot happen.
		probe := filepath.Join(dir, "probe")
		if err := os.WriteFile(probe, nil, 0o600); err == nil {
			os.Remove(probe)
			t.Skip("running as root: chmod 0500 does not stop root from writing, so there is no error to check; the file-in-the-way case covers the message")
		}
		_, _, err := runIn(t, append([]string{"--db", filepath.Join(dir, "sub", "tramite.db")}, write...)...)
		if err == nil || !strings.Contains(err.Error(), "permission denied") || !strings.Contains(err.Error(), "--db") {
			t.Errorf("error = %v; want permission denied and what to type instead", err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("the read-only folder now holds %v", entries)
		}
	})

	t.Run("a missing folder is left alone by a listing", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "none")
		_, stderr, err := runIn(t, append([]string{"--db", filepath.Join(dir, "tramite.db")}, list...)...)
		if err != nil || !strings.Contains(stderr, "No deadlines") {
			t.Errorf("deadlines on a missing folder: err %v, stderr %q; want no deadlines", err, stderr)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Errorf("a listing created %s (%v)", dir, err)
		}
	})

	t.Run("a missing folder is created private for a write", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "new", "deeper")
		if _, _, err := runIn(t, append([]string{"--db", filepath.Join(dir, "tramite.db")}, write...)...); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o700 {
			t.Errorf("folder %s has mode %v; want 0700", dir, info.Mode().Perm())
		}
	})
}
