package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonStream reads a JSON document a value at a time with a json.Decoder,
// so that no more than one value (a person, a case) is held at once. Every
// step first peeks at the next byte and calls the decoder only where it
// will read what it finds there, so that a syntax error is worded as
// encoding/json's scanner words it when it reads the whole document, and
// is placed on its line although the bytes before it are gone.
type jsonStream struct {
	dec   *json.Decoder
	input *countingReader
	ahead [1]byte // peek's
}

func newJSONStream(r io.Reader) *jsonStream {
	in := &countingReader{r: r}
	dec := json.NewDecoder(in)
	dec.UseNumber()             // a number token keeps its text: 1e999 is not an error yet
	dec.DisallowUnknownFields() // for the people and cases decoded from it
	return &jsonStream{dec: dec, input: in}
}

// countingReader counts the newlines of what the decoder has read, for
// the line of a syntax error, and keeps the first read error.
type countingReader struct {
	r        io.Reader
	newlines int
	err      error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.newlines += bytes.Count(p[:n], newline)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}

var newline = []byte{'\n'}

// lineError is a syntax error of the file, by line.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string {
	return fmt.Sprintf("line %d: %s (is this a tramite JSON export?)", e.line, e.msg)
}

// peek returns the next byte that is not space, without reading past it;
// io.EOF at the end of the input.
func (s *jsonStream) peek() (byte, error) {
	s.dec.More() // fills the decoder's buffer up to that byte
	buffered, b := s.dec.Buffered(), s.ahead[:]
	for n, _ := buffered.Read(b); n == 1; n, _ = buffered.Read(b) {
		if !isSpace(b[0]) { // More skips the space, except at the end
			return b[0], nil
		}
	}
	if s.input.err != nil {
		return 0, s.input.err
	}
	return 0, io.EOF
}

// delim reads the delimiter peek just returned.
func (s *jsonStream) delim() error {
	_, err := s.dec.Token()
	return s.located(err, false)
}

// refuse reports the byte peek just returned as out of place, in the
// decoder's words (a Token error: the byte is at the decoder's offset).
func (s *jsonStream) refuse() error {
	_, err := s.dec.Token()
	if err == nil {
		err = errors.New("json: internal error: a refused byte was read")
	}
	return s.located(err, false)
}

// token reads the next value's first token (a scalar whole, or '{' or
// '['), after the ':' of a member (colon) or as the document itself.
func (s *jsonStream) token(colon bool) (json.Token, error) {
	if colon {
		c, err := s.peek()
		if err != nil {
			return nil, err
		}
		if c != ':' {
			return nil, s.refuse()
		}
	}
	tok, err := s.dec.Token()
	if err != nil {
		// Token refuses a delimiter out of place at the decoder's offset;
		// anything else it reads as a value from there.
		tail := s.buffered()
		return nil, s.located(err, len(tail) > 0 && !strings.ContainsRune("[]{}:,", rune(tail[0])))
	}
	return tok, nil
}

// key reads the next member's key of an object whose '{' is read; done
// at its '}'. first: no member was read yet.
func (s *jsonStream) key(first bool) (key string, done bool, err error) {
	c, err := s.peek()
	switch {
	case err != nil:
		return "", false, err
	case c == '}':
		return "", true, s.delim()
	case first && c != '"':
		// The token API leaves out the scanner's context here: ask it.
		var syn *json.SyntaxError
		errors.As(json.Unmarshal([]byte{'{', c}, new(any)), &syn)
		return "", false, &lineError{line: s.lineAt(0), msg: syn.Error()}
	case !first && c != ',':
		return "", false, s.refuse()
	}
	tok, err := s.dec.Token() // after a ',', the key follows it
	if err != nil {
		tail := s.buffered()
		return "", false, s.located(err, len(tail) > 0 && tail[0] == '"')
	}
	return tok.(string), false, nil
}

// colon checks that the ':' of a member whose key is read comes next,
// for Decode to read it and the value after it.
func (s *jsonStream) colon() error {
	c, err := s.peek()
	if err != nil {
		return err
	}
	if c != ':' {
		return s.refuse()
	}
	return nil // Decode reads the ':' itself
}

// elements calls each for every element of an array whose '[' is read;
// each reads the element (decode). It returns at the array's ']'.
func (s *jsonStream) elements(each func() error) error {
	for first := true; ; first = false {
		c, err := s.peek()
		switch {
		case err != nil:
			return err
		case c == ']':
			return s.delim()
		case !first && c != ',':
			return s.refuse()
		}
		if err := each(); err != nil { // Decode reads the ',' itself
			return err
		}
	}
}

// decode reads the next value into v. A value that does not fit v is
// valueErr (the stream goes on); a syntax or read error is err.
func (s *jsonStream) decode(v any) (valueErr, err error) {
	err = s.dec.Decode(v)
	var syn *json.SyntaxError
	switch {
	case err == nil:
		return nil, nil
	case s.input.err != nil:
		return nil, s.input.err
	case errors.As(err, &syn), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return nil, s.located(err, true)
	}
	return err, nil
}

// skip reads past the next value, into buf (one buffer for all: only one
// value at a time is held).
func (s *jsonStream) skip(buf *json.RawMessage) error {
	_, err := s.decode(buf)
	return err
}

// skipRest reads past the rest of a value whose first token tok is read.
func (s *jsonStream) skipRest(tok json.Token, buf *json.RawMessage) error {
	switch tok {
	case json.Delim('['):
		return s.elements(func() error { return s.skip(buf) })
	case json.Delim('{'):
		for first := true; ; first = false {
			_, done, err := s.key(first)
			if err != nil || done {
				return err
			}
			if err := s.colon(); err != nil {
				return err
			}
			if err := s.skip(buf); err != nil {
				return err
			}
		}
	}
	return nil
}

// buffered is what the decoder has read and not yet consumed: it starts at
// the decoder's offset.
func (s *jsonStream) buffered() []byte {
	b, _ := io.ReadAll(s.dec.Buffered())
	return b
}

// located gives a syntax error its line. decoded: the decoder was reading
// a value from its offset, and the error is somewhere in it (its Offset
// counts the bytes of every value decoded so far: stream.go); otherwise it
// is the byte at the decoder's offset. Other errors pass unchanged.
func (s *jsonStream) located(err error, decoded bool) error {
	if s.input.err != nil {
		return s.input.err
	}
	var syn *json.SyntaxError
	if !errors.As(err, &syn) {
		return err
	}
	at := 0
	if decoded {
		// The value is still in the buffer from its first byte: a fresh
		// scanner over it stops at the same byte, counting from there.
		var again *json.SyntaxError
		if errors.As(json.NewDecoder(bytes.NewReader(s.buffered())).Decode(new(json.RawMessage)), &again) {
			at = int(again.Offset)
		}
	}
	return &lineError{line: s.lineAt(at), msg: syn.Error()}
}

// lineAt is the line of the byte at from the decoder's offset (the
// newlines read less those still ahead of it).
func (s *jsonStream) lineAt(at int) int {
	tail := s.buffered()
	at = min(max(at, 0), len(tail))
	return 1 + s.input.newlines - bytes.Count(tail[at:], newline)
}

// isSpace is JSON's white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}
