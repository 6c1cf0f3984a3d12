package store

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// bbolt's lock is flock(2), held per open file description: a second
// process is refused, and so is a second Open in the same process (each
// Open has its own description). Both are tested.
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
			s, err := Open(path, Options{})
			mustDo(t, err)
			return func() { s.Close() }
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
