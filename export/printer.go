package export

import (
	"fmt"
	"io"

	"tramite/textsafe"
)

// printer writes lines and keeps the first write error, so renderers can
// write many lines and check once at the end (the bufio.Writer pattern).
type printer struct {
	w   io.Writer
	nl  string
	err error
}

// newPrinter writes to w through a checkedWriter, so a short write without
// an error counts as a failure too.
func newPrinter(w io.Writer) *printer { return &printer{w: &checkedWriter{w: w}, nl: "\n"} }

// line writes one line and its end. Stored text in it (a name, a note)
// is made safe for a terminal first (textsafe.Line): no escape sequence,
// control character or bidi override gets through, and a newline inside
// it cannot fake a row.
func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.w, textsafe.Line(s)+p.nl)
	}
}

// linef writes one formatted line.
func (p *printer) linef(format string, args ...any) { p.line(fmt.Sprintf(format, args...)) }

// blank writes an empty line.
func (p *printer) blank() { p.line("") }
