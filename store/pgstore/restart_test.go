package pgstore

import (
	"context"
	"errors"
	"os"
	osexec "os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"tramite/store"
)

// cluster is a throwaway PostgreSQL server of this test's own (`bash
// .ci/pg start`), so that stopping it disturbs no other test running at
// the same time on the shared test server.
type cluster struct {
	addr string
	env  []string // the environment naming it for .ci/pg down, up, stop
}

var pgScript = filepath.Join("..", "..", ".ci", "pg")

// ownCluster starts a cluster for t, stopped and removed at its end. It
// needs what the other PostgreSQL tests need (TRAMITE_TEST_PG: a server,
// so its programs, exist), and skips or fails as they do without it.
func ownCluster(t *testing.T) cluster {
	t.Helper()
	serverAddr(t)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TRAMITE_PG_DIR=") && !strings.HasPrefix(kv, "TRAMITE_TEST_PG=") {
			env = append(env, kv)
		}
	}
	cmd := osexec.Command("bash", pgScript, "start")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("bash .ci/pg start: %v", err)
	}
	c := cluster{env: env}
	for _, line := range strings.Split(string(out), "\n") {
		kv, ok := strings.CutPrefix(strings.TrimSpace(line), "export ")
		if !ok {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		v = strings.Trim(v, "'")
		c.env = append(c.env, k+"="+v)
		if k == "TRAMITE_TEST_PG" {
			c.addr = v
		}
	}
	t.Cleanup(func() { c.ctl(t, "stop") })
	if c.addr == "" {
		t.Fatalf("bash .ci/pg start printed no address:\n%s", out)
	}
	return c
}

// ctl runs `bash .ci/pg VERB` on the cluster.
func (c cluster) ctl(t *testing.T, verb string) {
	t.Helper()
	cmd := osexec.Command("bash", pgScript, verb)
	cmd.Env = c.env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("bash .ci/pg %s: %v\n%s", verb, err, out)
	}
}

// The server stopped and started again under a running dashboard (a
// server of the test's own: ownCluster): while
// it is down the watcher and every read and write say it cannot be
// reached (and that nothing was saved); once it is back they work again
// without reopening anything, the dashboard's watcher wakes on changes
// again, and every answer saved before, and after, is there.
func TestServerRestartedUnderARunningDashboard(t *testing.T) {
	srv := ownCluster(t)
	addr := srv.addr
	desk := mustOpen(t, addr, store.Options{})
	other := mustOpen(t, addr, store.Options{})
	ana := Person{Name: "Ana López"}
	if err := desk.SavePerson(&ana); err != nil {
		t.Fatal(err)
	}
	c := Case{PersonID: ana.ID, Procedure: "renewal"}
	if err := desk.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	if err := desk.SaveAnswer(c.ID, "card_type", "temporary"); err != nil {
		t.Fatal(err)
	}
	waitListening(t, desk, 10*time.Second)

	// The dashboard's watcher, as tui/watch.go runs it: wait, and after an
	// error look again after a pause.
	type answer struct {
		gen uint64
		err error
	}
	var (
		mu      sync.Mutex
		answers []answer
	)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go func() {
		var known uint64
		for ctx.Err() == nil {
			g, err := desk.WaitChange(ctx, known)
			if ctx.Err() != nil {
				return
			}
			mu.Lock()
			answers = append(answers, answer{g, err})
			mu.Unlock()
			if err != nil {
				time.Sleep(200 * time.Millisecond)
				continue
			}
			known = g
		}
	}()
	seen := func(pred func(answer) bool) bool {
		mu.Lock()
		defer mu.Unlock()
		for _, a := range answers {
			if pred(a) {
				return true
			}
		}
		return false
	}
	eventually := func(what string, within time.Duration, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(within)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within %s", what, within)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	srv.ctl(t, "down")
	restarted := false
	defer func() {
		if !restarted {
			srv.ctl(t, "up")
		}
	}()
	eventually("the watcher reports the server gone", 10*time.Second, func() bool {
		return seen(func(a answer) bool { return errors.Is(a.err, ErrUnreachable) })
	})
	err := desk.SaveAnswer(c.ID, "in_mexico", "yes")
	if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "nothing was saved") {
		t.Errorf("a save while the server is down: %v; want ErrUnreachable saying nothing was saved", err)
	}
	if strings.Contains(err.Error(), pgPass(addr)) {
		t.Errorf("the error shows the password: %v", err)
	}

	srv.ctl(t, "up")
	restarted = true
	eventually("the store answers again", 20*time.Second, func() bool {
		_, err := desk.Generation()
		return err == nil
	})
	// The answer refused while it was down is typed again and saved.
	if err := desk.SaveAnswer(c.ID, "in_mexico", "yes"); err != nil {
		t.Fatalf("a save after the restart: %v", err)
	}
	got, err := desk.Case(c.ID)
	if err != nil || got.Answers["card_type"] != "temporary" || got.Answers["in_mexico"] != "yes" {
		t.Fatalf("after the restart the case holds %v, %v; want both answers", got.Answers, err)
	}
	// The watcher listens again: another desk's change reaches it.
	waitListening(t, desk, 15*time.Second)
	before, _ := other.Generation()
	mu.Lock()
	answers = nil
	mu.Unlock()
	if err := other.SetNotes(c.ID, "called the office"); err != nil {
		t.Fatal(err)
	}
	eventually("the watcher sees another desk's change after the restart", 3*time.Second, func() bool {
		return seen(func(a answer) bool { return a.err == nil && a.gen > before })
	})
}

// pgPass is the password in addr ("\x00" when none).
func pgPass(addr string) string {
	if i := strings.Index(addr, "://"); i >= 0 {
		rest := addr[i+3:]
		if at := strings.Index(rest, "@"); at >= 0 {
			if c := strings.Index(rest[:at], ":"); c >= 0 {
				return rest[c+1 : at]
			}
		}
	}
	return "\x00"
}
