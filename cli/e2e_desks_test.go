package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
	"tramite/store/storetest"
)

// TestE2ECaseViewFollowsAnotherTerminal (issue 18): the built binary runs
// in tmux at 80x24 on a bbolt file with one case open in the case view;
// another process (`tramite case stage`, `tramite case note`) changes that
// case. Within seconds the open case view shows the new stage and the
// note, says it was updated at another desk, and the dashboard behind it
// agrees once the view is closed.
func TestE2ECaseViewFollowsAnotherTerminal(t *testing.T) {
	db := oneCaseFile(t)
	caseViewFollows(t, db, "file")
}

// The same on PostgreSQL, where the change arrives by LISTEN/NOTIFY: the
// file copied there (db copy) and the desks on the database.
func TestE2ECaseViewFollowsAnotherDeskOnPostgres(t *testing.T) {
	pg := storetest.PostgresSchema(t)
	mustRun(t, oneCaseFile(t), "db", "copy", "--to", pg)
	caseViewFollows(t, pg, "pg")
}

// oneCaseFile is a bbolt file with one complete renewal, appointment
// booked; its case id is 1.
func oneCaseFile(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "t.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := record.Person{Name: "Ana Desk"}
	mustOK(t, st.SavePerson(&p))
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	c := record.Case{PersonID: p.ID, Procedure: "renewal", Answers: storetest.RenewalAnswers(proc), Progress: procedures.Progress{
		Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-11-30")}}
	mustOK(t, st.SaveCase(&c))
	mustOK(t, st.Close())
	if c.ID != 1 {
		t.Fatalf("the case got id %d, want 1", c.ID)
	}
	return db
}

// caseViewFollows opens case 1 of db in the built binary in tmux, changes
// it from another process and waits for the open case view to show it.
func caseViewFollows(t *testing.T, db, name string) {
	t.Helper()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	sock := fmt.Sprintf("tramite-desks-%s-%d", name, os.Getpid())
	t.Cleanup(func() { exec.Command("tmux", "-L", sock, "kill-server").Run() })
	home := t.TempDir()
	cmdline := fmt.Sprintf("exec env -i PATH=%q HOME=%q XDG_DATA_HOME=%q XDG_CONFIG_HOME=%q TERM=xterm-256color %q --db %q --today %s",
		os.Getenv("PATH"), home, filepath.Join(home, "data"), filepath.Join(home, "cfg"), binPath, db, e2eToday)
	tm := func(args ...string) {
		if out, err := exec.Command("tmux", append([]string{"-L", sock}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
	}
	screen := func() string {
		out, _ := exec.Command("tmux", "-L", sock, "capture-pane", "-p", "-t", "desk").CombinedOutput()
		return strings.Join(strings.Fields(string(out)), " ")
	}
	waitFor := func(within time.Duration, subs ...string) {
		t.Helper()
		deadline := time.Now().Add(within)
		for {
			s, all := screen(), true
			for _, sub := range subs {
				all = all && strings.Contains(s, strings.Join(strings.Fields(sub), " "))
			}
			if all {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the screen never showed %q within %s:\n%s", subs, within, s)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	tm("new-session", "-d", "-s", "desk", "-x", "80", "-y", "24", cmdline)
	waitFor(15*time.Second, "Ana Desk")
	tm("send-keys", "-t", "desk", "Enter")
	waitFor(15*time.Second, "Stage:", "appointment booked")

	// Another terminal, the same file, while the dashboard holds it open.
	id := "1"
	mustRun(t, db, "case", "stage", id, "filed", "--date", "2026-11-20")
	mustRun(t, db, "case", "note", id, "Bruno called from desk 2")
	began := time.Now()
	waitFor(10*time.Second, "Updated at another desk at", "Stage: ● filed")
	t.Logf("the case view showed the other terminal's change %s after it", time.Since(began).Round(10*time.Millisecond))
	tm("send-keys", "-t", "desk", "End")
	waitFor(5*time.Second, "Bruno called from desk 2")
	if strings.Contains(screen(), "Error") {
		t.Errorf("an error on screen:\n%s", screen())
	}
	tm("send-keys", "-t", "desk", "Escape")
	waitFor(5*time.Second, "Ana Desk", "INM's decision due") // the filed case's next date
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
