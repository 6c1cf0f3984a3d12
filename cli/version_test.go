package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EVersionOneLine: `tramite version`, --version and -v print the
// same line, "tramite " and the version (with the commit when the build
// recorded one).
func TestE2EVersionOneLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	want := mustRun(t, db, "version").stdout
	if !strings.HasPrefix(want, "tramite ") || strings.Count(want, "\n") != 1 {
		t.Fatalf("tramite version = %q, want one line starting with tramite", want)
	}
	for _, flag := range []string{"--version", "-v"} {
		if got := mustRun(t, db, flag).stdout; got != want {
			t.Errorf("tramite %s = %q, want %q as tramite version prints", flag, got, want)
		}
	}
}

// TestE2EExitCodesTopic: `tramite help exit-codes` documents every code
// tramite exits with, remind's 3 and ctrl+c's 130 included.
func TestE2EExitCodesTopic(t *testing.T) {
	out := mustRun(t, filepath.Join(t.TempDir(), "t.db"), "help", "exit-codes").stdout
	for _, code := range []string{"0", "1", "2", "3", "130"} {
		if !strings.Contains(out, "\n    "+code+" ") {
			t.Errorf("help exit-codes lacks code %s:\n%s", code, out)
		}
	}
}
