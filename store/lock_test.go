package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// bbolt's lock is flock(2), held per open file description. A Store takes
// it only for each operation; while another holder has it (a long write,
// an older tramite) Open waits for the timeout, then reports ErrLocked:
// from another process, and from the same one (each bbolt handle has its
// own description). Both are tested.
func TestSecondOpenReportsLockWithinTheTimeout(t *testing.T) {
	type holder struct {
		hold func(t *testing.T, path string) (release func())
		// timeout of the second Open: the default (1s) where it matters
		// most, shorter elsewhere to keep the suite fast.
		timeout time.Duration
	}
	tests := map[string]holder{
		"held by another process": {timeout: 0, hold: func(t *testing.T, path string) func() {
			c := startChild(t, "hold", path)
			return func() {
				c.stdin.Close()
				if err := c.cmd.Wait(); err != nil {
					t.Errorf("child: %v", err)
				}
			}
		}},
		"held by this process": {timeout: 200 * time.Millisecond, hold: func(t *testing.T, path string) func() {
			db, err := bolt.Open(path, 0o600, nil)
			mustDo(t, err)
			return func() { db.Close() }
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			path := dbPath(t)
			s, err := Open(path, Options{})
			mustDo(t, err)
			mustDo(t, s.Close())

			release := tt.hold(t, path)
			for _, ro := range []bool{false, true} {
				timeout := tt.timeout
				if ro {
					timeout = 200 * time.Millisecond
				}
				began := time.Now()
				s, err := Open(path, Options{ReadOnly: ro, Timeout: timeout})
				took := time.Since(began)
				if err == nil {
					s.Close()
					release()
					t.Fatalf("second Open(read-only %v) succeeded while the file was held", ro)
				}
				if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) ||
					!strings.Contains(err.Error(), "another tramite is using the file") {
					t.Errorf("second Open(read-only %v) = %v; want ErrLocked naming %s", ro, err, path)
				}
				wait := timeout
				if wait == 0 {
					wait = defaultTimeout
				}
				if took > wait+500*time.Millisecond {
					t.Errorf("second Open(read-only %v) took %v; want about %v", ro, took, wait)
				}
			}
			release()

			s, err = Open(path, Options{})
			if err != nil {
				t.Fatalf("Open after the holder let go: %v", err)
			}
			s.Close()
		})
	}
}

// An open Store (the dashboard) holds no lock between its operations:
// another Store on the file, in this process or another, reads and writes,
// and the first sees the change (Generation moves, the data is there).
func TestAnOpenStoreSharesTheFile(t *testing.T) {
	path := dbPath(t)
	dash := openTest(t, path)
	p := Person{Name: "Ana"}
	mustDo(t, dash.SavePerson(&p))
	g0, err := dash.Generation()
	mustDo(t, err)

	for _, ro := range []bool{true, false} {
		// A loaded test machine may hold a write longer than the second
		// a person waits.
		other, err := Open(path, Options{ReadOnly: ro, Timeout: 20 * time.Second})
		if err != nil {
			t.Fatalf("Open(read-only %v) beside an open store: %v", ro, err)
		}
		if got, err := other.Person(p.ID); err != nil || got.Name != "Ana" {
			t.Errorf("read beside an open store: %+v, %v", got, err)
		}
		if !ro {
			c := Case{PersonID: p.ID, Procedure: "renewal"}
			mustDo(t, other.SaveCase(&c))
		}
		mustDo(t, other.Close())
	}
	g1, err := dash.Generation()
	mustDo(t, err)
	if g1 == g0 {
		t.Error("Generation did not move after another store wrote")
	}
	if rows, err := dash.Summaries(); err != nil || len(rows) != 1 {
		t.Errorf("the open store does not see the other's case: %v, %v", rows, err)
	}
	// A child process writes while this store stays open.
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, dash.SaveCase(&c))
	ch := startChild(t, "answers", path, childCaseEnv+"="+fmt.Sprint(c.ID), childTagEnv+"=child")
	for range 5 {
		if !ch.lines.Scan() {
			t.Fatal("the child stopped before saving 5 answers")
		}
		mustDo(t, dash.SetNotes(c.ID, "written beside the child"))
	}
	ch.stdin.Close()
	ch.cmd.Process.Kill()
	ch.cmd.Wait()
	got, err := dash.Case(c.ID)
	mustDo(t, err)
	if got.Notes != "written beside the child" || got.Answers["child_4"] == "" {
		t.Errorf("after writing beside the child: notes %q, child_4 %q", got.Notes, got.Answers["child_4"])
	}
}
