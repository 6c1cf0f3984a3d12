package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tramite/store"
)

// TestE2EDemoKilled: a demo killed half way keeps whole batches (each is
// one transaction), and the next run of the same demo says how far the
// killed one got and adds the rest (issue 14).
func TestE2EDemoKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 20,000 cases")
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	const n = 20000
	db := filepath.Join(t.TempDir(), "t.db")
	home := t.TempDir()
	cmd := exec.Command(binPath, "--db", db, "--today", e2eToday, "demo", "--cases", "20000")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "XDG_CONFIG_HOME=" + home, "NO_COLOR=1"}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once its first batch is in, before it can finish.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := store.Open(db, store.Options{ReadOnly: true, Timeout: 50 * time.Millisecond}); err == nil {
			sums, _ := st.Summaries()
			st.Close()
			if len(sums) >= demoBatch {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if _, err := os.Stat(db + ".demo-unfinished"); err != nil {
		t.Skip("the demo finished before it could be killed")
	}
	var cases []struct{ ID uint64 }
	decode(t, mustRun(t, db, "cases", "--json"), &cases)
	if len(cases)%demoBatch != 0 || len(cases) >= n {
		t.Fatalf("after the kill: %d cases, want whole batches of %d and fewer than %d", len(cases), demoBatch, n)
	}
	t.Logf("killed after %d cases", len(cases))
	r := mustRun(t, db, "demo", "--cases", "20000")
	if !strings.Contains(r.stderr, "interrupted after") {
		t.Errorf("the next demo does not say the last one was interrupted: %q", r.stderr)
	}
	decode(t, mustRun(t, db, "cases", "--json"), &cases)
	if len(cases) != n {
		t.Errorf("after the second run: %d cases, want %d", len(cases), n)
	}
	if _, err := os.Stat(db + ".demo-unfinished"); err == nil {
		t.Error("the marker is still there after the demo finished")
	}
}
