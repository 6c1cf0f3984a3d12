package cli

import (
	"bytes"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tramite/i18n"
)

// helpOut is where cobra and fang write help, usage and completion scripts:
// stdout itself in a terminal, else stdout without trailing spaces. fang
// pads the help text to 120 columns when stdout is not a terminal (its
// width when it cannot ask), which turns every line of `tramite new --help
// | less` or a saved help file into 120 columns of mostly spaces.
func helpOut(stdout io.Writer, l *i18n.Printer) io.Writer {
	w := stdout
	if !isTerminal(stdout) {
		w = &spaceTrimmer{w: stdout}
	}
	if l.Spanish() {
		w = &helpTranslator{w: w, l: l}
	}
	return w
}

// helpHeadings are the headings fang writes in every help page itself,
// and helpPlaceholders the words of its usage lines: a Spanish help page
// gets them in Spanish through helpTranslator.
var (
	helpHeadings     = []string{"USAGE", "EXAMPLES", "COMMANDS", "FLAGS"}
	helpPlaceholders = []string{"[command]"}
)

// helpTranslator replaces fang's own words in help with their Spanish:
// the lines that are only a heading, and the placeholders of the usage
// lines ("tramite cases [--flags]"; cobra's completion scripts have
// none). It holds back at most a line.
type helpTranslator struct {
	w       io.Writer
	l       *i18n.Printer
	pending []byte
}

func (t *helpTranslator) Write(p []byte) (int, error) {
	t.pending = append(t.pending, p...)
	i := bytes.LastIndexByte(t.pending, '\n')
	if i < 0 {
		return len(p), nil
	}
	lines := bytes.SplitAfter(t.pending[:i+1], []byte("\n"))
	for k, line := range lines {
		text := strings.TrimSpace(ansi.Strip(string(line)))
		for _, w := range helpHeadings {
			if text == w {
				line = bytes.ReplaceAll(line, []byte(w), []byte(t.l.Text(w)))
			}
		}
		// cobra's own -h flag: "Help for cases".
		if strings.HasPrefix(text, "-h --help") {
			if i := bytes.Index(line, []byte("Help for ")); i >= 0 {
				name := strings.TrimSpace(ansi.Strip(string(line[i+len("Help for "):])))
				line = append(append(line[:i:i], t.l.T("Help for %s", name)...), '\n')
			}
		}
		// Usage lines and the commands list ("cases [--flags]").
		for _, w := range helpPlaceholders {
			line = replaceAligned(line, w, t.l.Text(w))
		}
		lines[k] = line
	}
	if _, err := t.w.Write(bytes.Join(lines, nil)); err != nil {
		return 0, err
	}
	t.pending = append(t.pending[:0], t.pending[i+1:]...)
	return len(p), nil
}

// replaceAligned replaces old with new in line; where new is wider, as
// many of the spaces that follow (past any styling) go, so that the
// column after it stays where fang put it.
func replaceAligned(line []byte, old, new string) []byte {
	extra := ansi.StringWidth(new) - ansi.StringWidth(old)
	var out []byte
	for {
		i := bytes.Index(line, []byte(old))
		if i < 0 {
			return append(out, line...)
		}
		out = append(out, line[:i]...)
		out = append(out, new...)
		rest := line[i+len(old):]
		// Keep the styling codes, drop up to extra spaces, leaving two.
		j, codes := 0, []byte(nil)
		for j < len(rest) {
			if rest[j] == 0x1b {
				k := bytes.IndexByte(rest[j:], 'm')
				if k < 0 {
					break
				}
				codes = append(codes, rest[j:j+k+1]...)
				j += k + 1
				continue
			}
			break
		}
		spaces := 0
		for j+spaces < len(rest) && rest[j+spaces] == ' ' {
			spaces++
		}
		drop := max(min(extra, spaces-2), 0)
		out = append(out, codes...)
		line = rest[j+drop:]
	}
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
