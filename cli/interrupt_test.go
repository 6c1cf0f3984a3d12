package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe to read while a process writes it.
type lockedBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func newLockedBuffer() *lockedBuffer { return &lockedBuffer{mu: make(chan struct{}, 1)} }

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.String()
}

// TestE2EInterruptedInterviewExits130: ctrl+c (SIGINT) while the
// accessible interview waits for an answer ends it at once with exit code
// 130, not 0, and says the answers so far are kept.
func TestE2EInterruptedInterviewExits130(t *testing.T) {
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			home := t.TempDir()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, binPath, "--db", filepath.Join(home, "t.db"), "--today", e2eToday, "--lang", lang,
				"new", "renewal", "--accessible", "--person", "Ana López")
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "XDG_DATA_HOME=" + filepath.Join(home, "data"), "NO_COLOR=1"}
			stdin, err := cmd.StdinPipe() // kept open: the interview waits for a line
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			out, errb := newLockedBuffer(), newLockedBuffer()
			cmd.Stdout, cmd.Stderr = out, errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			for deadline := time.Now().Add(10 * time.Second); !strings.Contains(out.String(), "?"); time.Sleep(20 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("no question asked: %q %q", out.String(), errb.String())
				}
			}
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
				t.Fatalf("exit %v, want %d\nstderr: %s", err, exitInterrupted, errb.String())
			}
			want := map[string]string{"en": "interrupted", "es": "interrumpid"}[lang]
			if !strings.Contains(errb.String(), want) {
				t.Errorf("stderr lacks %q: %q", want, errb.String())
			}
		})
	}
}
