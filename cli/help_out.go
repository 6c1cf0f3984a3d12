package cli

import (
	"bytes"
	"io"
)

// helpOut is where cobra and fang write help, usage and completion scripts:
// stdout itself in a terminal, else stdout without trailing spaces. fang
// pads the help text to 120 columns when stdout is not a terminal (its
// width when it cannot ask), which turns every line of `tramite new --help
// | less` or a saved help file into 120 columns of mostly spaces.
func helpOut(stdout io.Writer) io.Writer {
	if isTerminal(stdout) {
		return stdout
	}
	return &spaceTrimmer{w: stdout}
}

// spaceTrimmer drops the spaces at the end of every line it passes on. It
// keeps no text back: only a run of spaces whose line may still go on.
type spaceTrimmer struct {
	w      io.Writer
	spaces int // spaces seen but not yet written
}

func (t *spaceTrimmer) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p))
	for _, c := range p {
		switch c {
		case ' ':
			t.spaces++
			continue
		case '\n':
			t.spaces = 0
		default:
			out = append(out, bytes.Repeat([]byte{' '}, t.spaces)...)
			t.spaces = 0
		}
		out = append(out, c)
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
