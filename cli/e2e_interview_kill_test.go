package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
)

// TestE2EAnswerSurvivesKillAfterEnter (issue 14): the built binary runs
// in tmux at 80x24; the first question of a notification is answered with
// enter, and as soon as the next question is on screen the process is
// killed with SIGKILL. The answer must be in the database every time:
// the interview shows the next question only once the save returned.
func TestE2EAnswerSurvivesKillAfterEnter(t *testing.T) {
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	p, err := procedures.Lookup("notification")
	if err != nil {
		t.Fatal(err)
	}
	first, _ := p.Next(procedures.Answers{})
	want := first.Options()[0].ID
	second, _ := p.Next(procedures.Answers{first.Key: want})
	runs := 3
	if testing.Short() {
		runs = 1
	}
	if n, err := strconv.Atoi(os.Getenv("TRAMITE_KILL_RUNS")); err == nil && n > 0 {
		runs = n // a longer run by hand
	}
	sock := fmt.Sprintf("tramite-e2e-%d", os.Getpid())
	t.Cleanup(func() { exec.Command("tmux", "-L", sock, "kill-server").Run() })
	lost := 0
	for i := range runs {
		db := filepath.Join(t.TempDir(), "t.db")
		home := t.TempDir()
		session := "kill" + strconv.Itoa(i)
		cmdline := fmt.Sprintf("exec env -i PATH=%q HOME=%q XDG_DATA_HOME=%q TERM=xterm-256color %q --db %q --today %s new notification",
			os.Getenv("PATH"), home, filepath.Join(home, "data"), binPath, db, e2eToday)
		tm := func(args ...string) string {
			out, err := exec.Command("tmux", append([]string{"-L", sock}, args...)...).CombinedOutput()
			if err != nil {
				t.Fatalf("tmux %v: %v\n%s", args, err, out)
			}
			return string(out)
		}
		tm("new-session", "-d", "-s", session, "-x", "80", "-y", "24", cmdline)
		screen := func() string {
			out, _ := exec.Command("tmux", "-L", sock, "capture-pane", "-p", "-t", session).CombinedOutput()
			return strings.Join(strings.Fields(string(out)), " ")
		}
		waitFor := func(sub string) {
			t.Helper()
			sub = strings.Join(strings.Fields(sub), " ")
			deadline := time.Now().Add(15 * time.Second)
			for !strings.Contains(screen(), sub) {
				if time.Now().After(deadline) {
					t.Fatalf("run %d: the screen never showed %q:\n%s", i, sub, screen())
				}
				time.Sleep(5 * time.Millisecond)
			}
		}
		pid, err := strconv.Atoi(strings.TrimSpace(tm("display-message", "-p", "-t", session, "#{pane_pid}")))
		if err != nil {
			t.Fatal(err)
		}
		waitFor("Who is it for?")
		tm("send-keys", "-t", session, "-l", "Ana Kill")
		tm("send-keys", "-t", session, "Enter")
		waitFor("Step 1 of")
		tm("send-keys", "-t", session, "Enter") // the first choice
		waitFor(second.Prompt[:min(len(second.Prompt), 30)])
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", pid, err)
		}
		for deadline := time.Now().Add(5 * time.Second); syscall.Kill(pid, 0) == nil && time.Now().Before(deadline); {
			time.Sleep(5 * time.Millisecond)
		}
		st, err := store.Open(db, store.Options{Timeout: 2 * time.Second})
		if err != nil {
			t.Fatalf("run %d: reopening the database: %v", i, err)
		}
		cases, err := st.Cases()
		st.Close()
		if err != nil || len(cases) != 1 {
			t.Fatalf("run %d: cases = %v, %v; want the one case", i, cases, err)
		}
		if got, ok := cases[0].Answers[first.Key]; !ok || got != want {
			lost++
			t.Errorf("run %d: %s = %q (present %v) after a kill with the next question on screen, want %q", i, first.Key, got, ok, want)
		}
	}
	t.Logf("%d kills after enter, %d answers lost", runs, lost)
}
