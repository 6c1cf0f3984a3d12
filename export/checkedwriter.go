package export

import "io"

// checkedWriter remembers the first failed write and refuses every write
// after it. The PDF and calendar libraries drop their write errors
// (gopdf's compilePdf, golang-ical's SerializeTo): wrapping their writer in
// one and checking err afterwards is how a full disk becomes an error
// instead of a short file reported as written.
type checkedWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		c.err = err
	}
	return n, err
}
