package store

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
)

// The values of the people and cases buckets are the JSON of a
// record.Person or record.Case, written lean (issue 15): one format tag
// byte, then the JSON deflated with a preset dictionary (leandict.go).
// A JSON value starts with '{', never with a tag, so the values written
// before this format read as they are, and every value written before or
// after reads through decodeLean. A value is rewritten lean when it is
// next saved; `tramite db copy` writes every value lean.
const (
	// leanTag1: deflate (RFC 1951) with leanDict1.
	leanTag1 byte = 0x01
)

// maxLeanJSON bounds what a value may inflate to: a damaged value must
// not fill the memory (a case's notes are far below it).
const maxLeanJSON = 64 << 20

// errLeanTag: a value that is neither JSON nor of a known tag.
var errLeanTag = errors.New("it is in no format this tramite reads")

// leanDictBytes is leanDict1 as the deflate functions take it, made once
// (a conversion each read or write copied its 3.8 KB).
var leanDictBytes = []byte(leanDict1)

// leanReader is a pooled inflater with its input reader and its output
// buffer.
type leanReader struct {
	in  bytes.Reader
	r   io.ReadCloser
	out []byte
}

var leanReaders = sync.Pool{New: func() any {
	lr := &leanReader{}
	lr.r = flate.NewReaderDict(&lr.in, leanDictBytes)
	return lr
}}

// leanWriters are pooled buffers for leanBytes.
var leanWriters = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// encodeLean returns v's JSON written lean: leanTag1 and the deflated
// JSON, in a new slice (bbolt keeps a value's slice until the commit).
func encodeLean(v any) ([]byte, error) {
	js, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return leanBytes(js)
}

// leanBytes writes the JSON js lean (see encodeLean). The deflate is
// klauspost/compress's stateless one: compress/flate's writer clears 640
// KB of tables and hashes the dictionary again on every Reset, 8x the
// JSON encoding of a case; the stateless writer keeps nothing between
// values and writes the same format; its reader, also klauspost's, reads
// any deflate stream, a third faster than compress/flate's (BENCHMARKS.md
// "Household exports, person list and lean values").
func leanBytes(js []byte) ([]byte, error) {
	buf := leanWriters.Get().(*bytes.Buffer)
	defer leanWriters.Put(buf)
	buf.Reset()
	buf.WriteByte(leanTag1)
	if err := flate.StatelessDeflate(buf, js, true, leanDictBytes); err != nil {
		return nil, err
	}
	return bytes.Clone(buf.Bytes()), nil
}

// withJSON calls fn with the JSON of a stored value v, read as it is or
// inflated into a pooled buffer that fn must not keep. At most limit
// bytes are inflated (0: all): a caller that needs the JSON's beginning
// only stops there.
func withJSON(v []byte, limit int, fn func(js []byte) error) error {
	if len(v) == 0 {
		return errors.New("it is empty")
	}
	switch v[0] {
	case '{':
		return fn(v)
	case leanTag1:
	default:
		return errLeanTag
	}
	lr := leanReaders.Get().(*leanReader)
	defer leanReaders.Put(lr)
	lr.in.Reset(v[1:])
	if err := lr.r.(flate.Resetter).Reset(&lr.in, leanDictBytes); err != nil {
		return err
	}
	want := cmp.Or(limit, maxLeanJSON+1)
	out := lr.out[:0]
	if cap(out) == 0 {
		out = make([]byte, 0, 2048)
	}
	for len(out) < want {
		if len(out) == cap(out) {
			out = append(out, 0)[:len(out)]
		}
		n, err := lr.r.Read(out[len(out):min(cap(out), want)])
		out = out[:len(out)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			lr.out = out[:0]
			return fmt.Errorf("it does not inflate: %w", err)
		}
	}
	if len(out) > maxLeanJSON {
		lr.out = nil
		return fmt.Errorf("it inflates past %d MB", maxLeanJSON>>20)
	}
	if cap(out) <= 1<<16 {
		lr.out = out[:0] // keep a buffer of a usual size for the next read
	}
	return fn(out)
}

// decodeLean decodes a stored person or case value into dst.
func decodeLean(v []byte, dst any) error {
	return withJSON(v, 0, func(js []byte) error { return json.Unmarshal(js, dst) })
}

// leanValid reports whether a stored person or case value decodes to
// JSON (the damage check's test of a record).
func leanValid(v []byte) bool {
	return withJSON(v, 0, func(js []byte) error {
		if !json.Valid(js) {
			return errors.New("not JSON")
		}
		return nil
	}) == nil
}
