package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The child process: the test binary run again with childEnv set.
const (
	childEnv     = "TRAMITE_STORE_CHILD"
	childPathEnv = "TRAMITE_STORE_PATH"
	childCaseEnv = "TRAMITE_STORE_CASE"
	childTagEnv  = "TRAMITE_STORE_TAG"
)

// runChild runs one child mode and returns its exit code.
//
//	hold     hold bbolt's lock on the file, print "open", wait for stdin to close
//	answers  open the file, then save answers forever, printing each key
//	         only after SaveAnswer returned
func runChild(mode string) int {
	if mode == "first" {
		return firstRun(os.Getenv(childPathEnv))
	}
	if mode == "hold" {
		// A Store holds the file only during an operation: hold bbolt's
		// lock as a long write (or an older tramite) would.
		db, err := bolt.Open(os.Getenv(childPathEnv), 0o600, nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			return 2
		}
		defer db.Close()
		fmt.Println("open")
		_, _ = io.Copy(io.Discard, os.Stdin)
		return 0
	}
	s, err := Open(os.Getenv(childPathEnv), Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	defer s.Close()
	switch mode {
	case "hold":
		fmt.Println("open")
		_, _ = io.Copy(io.Discard, os.Stdin)
		return 0
	case "answers":
		id, _ := strconv.ParseUint(os.Getenv(childCaseEnv), 10, 64)
		tag := os.Getenv(childTagEnv)
		fmt.Println("open")
		for i := 0; ; i++ {
			key := fmt.Sprintf("%s_%d", tag, i)
			if err := s.SaveAnswer(id, key, "value of "+key); err != nil {
				fmt.Fprintln(os.Stderr, "child:", err)
				return 3
			}
			fmt.Println(key) // stdout is unbuffered: one write per line
		}
	}
	fmt.Fprintln(os.Stderr, "child: unknown mode", mode)
	return 2
}

// child is a running child process and its stdout lines.
type child struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines *bufio.Scanner
}

// startChild starts the test binary in mode on path and waits for "open".
func startChild(t *testing.T, mode, path string, env ...string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+mode, childPathEnv+"="+path)
	cmd.Env = append(cmd.Env, env...)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, stdin: stdin, lines: bufio.NewScanner(stdout)}
	if !c.lines.Scan() || c.lines.Text() != "open" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("child %s did not open %s", mode, path)
	}
	return c
}
