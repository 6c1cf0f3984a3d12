package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
)

// exitInterrupted is the exit code of a command ended by ctrl+c (SIGINT),
// as shells report a process killed by it (128 + 2): an interrupted
// interview is not a success, whatever it saved.
const exitInterrupted = 130

// interruptedErr ends a command stopped by ctrl+c with exit code 130 and
// a message in the user's language (what was kept, how to go on).
func interruptedErr(msg string, cause error) error {
	return &exitErr{code: exitInterrupted, err: msgErr{msg: msg, err: cause}}
}

// interruptedExit ends a command stopped by ctrl+c while it read the
// standard input: it prints msg plainly and sets exit code 130 without
// returning an error. fang styles an error only after asking a terminal
// for its background colour, and the reply to that question would go to
// the read left waiting on stdin (ctxReader): the message would show only
// after a timeout of seconds.
func (a *app) interruptedExit(msg string) error {
	fmt.Fprintln(a.stderr, "tramite: "+msg)
	a.exit = exitInterrupted
	return nil
}

// ctxReader reads r until ctx is done (ctrl+c: fang cancels the command's
// context on SIGINT), then reports the end of the input, so a prompt
// waiting for a line returns at once instead of after the next Enter.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

type readResult struct {
	n   int
	err error
}

func (c ctxReader) Read(p []byte) (int, error) {
	if c.ctx == nil {
		return c.r.Read(p)
	}
	if c.ctx.Err() != nil {
		return 0, io.EOF
	}
	buf := make([]byte, len(p))
	done := make(chan readResult, 1)
	go func() {
		n, err := c.r.Read(buf)
		done <- readResult{n, err}
	}()
	select {
	case res := <-done:
		copy(p, buf[:res.n])
		return res.n, res.err
	case <-c.ctx.Done():
		// The read left behind ends with the process.
		return 0, io.EOF
	}
}

// interrupted reports whether the command's context was cancelled by
// ctrl+c.
func (a *app) interrupted() bool {
	return a.ctx != nil && errors.Is(a.ctx.Err(), context.Canceled)
}
