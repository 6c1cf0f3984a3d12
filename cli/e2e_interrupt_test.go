package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestE2EExportInterrupted: Ctrl-C during a long export writes nothing
// (issue 14): exit 130, the file that was there byte for byte, no
// temporary file left beside it.
func TestE2EExportInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1,000-case file")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	mustRun(t, db, "demo", "--cases", "1000")
	for _, format := range []string{"pdf", "text"} {
		t.Run(format, func(t *testing.T) {
			outDir := t.TempDir()
			out := filepath.Join(outDir, "household."+format)
			old := []byte("the packet printed last week\n")
			if err := os.WriteFile(out, old, 0o600); err != nil {
				t.Fatal(err)
			}
			home := t.TempDir()
			cmd := exec.Command(binPath, "--db", db, "--today", e2eToday, "export", "--household",
				"--format", format, "-o", out, "--force")
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "XDG_CONFIG_HOME=" + home, "NO_COLOR=1"}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait until the export is writing its temporary file, then
			// press Ctrl-C.
			deadline := time.Now().Add(20 * time.Second)
			for time.Now().Before(deadline) {
				if entries, _ := os.ReadDir(outDir); len(entries) > 1 {
					break
				}
				time.Sleep(2 * time.Millisecond)
			}
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 130 {
				t.Fatalf("exit: %v, want 130 (stderr %q)", err, stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("stderr %q does not say the export was interrupted", stderr.String())
			}
			if got, _ := os.ReadFile(out); !bytes.Equal(got, old) {
				t.Errorf("%s changed: %d bytes, want the old %d", out, len(got), len(old))
			}
			entries, _ := os.ReadDir(outDir)
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("files left in the folder: %v, want only %s", names, filepath.Base(out))
			}
		})
	}
}
