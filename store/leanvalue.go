package store

import (
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// The values of the people and cases buckets are the JSON of a
// record.Person or record.Case, written lean (issue 15): one format tag
// byte, then the JSON deflated with a preset dictionary (leandict.go).
// A JSON value starts with '{', never with a tag, so the values written
// before this format read as they are, and every value written before or
// after reads through decodeLean. A value is rewritten lean when it is
// next saved; `tramite db copy` writes every value lean.
const (
	// leanTag1: deflate (RFC 1951, read by compress/flate) with leanDict1.
	leanTag1 byte = 0x01
)

// maxLeanJSON bounds what a value may inflate to: a damaged value must
// not fill the memory (a case's notes are far below it).
const maxLeanJSON = 64 << 20

// errLeanTag: a value that is neither JSON nor of a known tag.
var errLeanTag = errors.New("it is in no format this tramite reads")

// leanReader is a pooled inflater with its input reader and its output
// buffer.
type leanReader struct {
	in  bytes.Reader
	r   io.ReadCloser
	out []byte
}

var leanReaders = sync.Pool{New: func() any {
	lr := &leanReader{}
	lr.r = flate.NewReaderDict(&lr.in, []byte(leanDict1))
	return lr
}}

// encodeLean returns v's JSON written lean: leanTag1 and the deflated
// JSON, in a new slice (bbolt keeps a value's slice until the commit).
func encodeLean(v any) ([]byte, error) {
	js, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return leanBytes(js)
}

// leanBytes writes the JSON js lean (see encodeLean), deflated by
// leanDeflate.
func leanBytes(js []byte) ([]byte, error) {
	out := make([]byte, 1, 16+len(js)/2)
	out[0] = leanTag1
	return leanDeflate(out, js), nil
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
	if out, ok, err := leanInflate(lr.out[:0], v[1:], leanDict1, cmp.Or(limit, maxLeanJSON)); ok {
		if cap(out) <= 1<<16 {
			lr.out = out[:0] // keep a buffer of a usual size for the next read
		}
		switch {
		case err == errLeanLimit && limit > 0:
			return fn(out)
		case err != nil:
			return fmt.Errorf("it does not inflate: %w", err)
		}
		return fn(out)
	}
	lr.in.Reset(v[1:])
	if err := lr.r.(flate.Resetter).Reset(&lr.in, []byte(leanDict1)); err != nil {
		return err
	}
	want := maxLeanJSON + 1
	if limit > 0 {
		want = limit
	}
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
