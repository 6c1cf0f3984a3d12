package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// rowChecker checks index rows the way rowDecoder.decodeInto reads them,
// and refuses exactly the rows it refuses, with the same error, but builds
// nothing: no deadline slices, no copies of inline strings. The damage
// check (checkRecords) reads every row of the index with it: at 100,000
// cases decoding them allocated 33 MB of deadlines the check threw away.
// TestRowCheckerRefusesWhatTheDecoderRefuses holds the two together.
type rowChecker struct {
	// nstrs is the size of the string table (ids 0 to nstrs-1).
	nstrs uint64
	rowBytes
}

// check reports whether data decodes as an index row, and why not.
func (r *rowChecker) check(data []byte) error {
	r.buf, r.err = data, nil
	if v := r.byte(); r.err == nil && v != rowVersion {
		return fmt.Errorf("index row format %d is unknown", v)
	}
	r.uvarint() // case id
	r.uvarint() // person id
	r.ref()     // person
	r.ref()     // procedure
	r.ref()     // stage
	r.varint()  // updated, seconds
	if nsec := r.uvarint(); nsec >= 1e9 {
		r.fail(errors.New("index row has a bad time"))
	}
	n := r.uvarint()
	if n > uint64(len(r.buf)/minDeadlineBytes) {
		r.fail(errShortRow)
	}
	for i := uint64(0); r.err == nil && i < n; i++ {
		r.ref()     // key
		r.date()    // date
		r.uvarint() // kind
		r.ref()     // title
		r.date()    // act by
		r.ref()     // note
		r.ref()     // rule
		r.byte()    // flags
		r.ref()     // if missed
	}
	if r.err == nil && len(r.buf) != 0 {
		r.fail(fmt.Errorf("index row has %d stray bytes", len(r.buf)))
	}
	return r.err
}

// ref skips a string: a table id the table has, or inline bytes.
func (r *rowChecker) ref() {
	x := r.uvarint()
	if x&1 == 0 {
		if x>>1 >= r.nstrs {
			r.fail(errors.New("index row names a string the index does not have"))
		}
		return
	}
	if n := x >> 1; n > uint64(len(r.buf)) {
		r.fail(errShortRow)
	} else {
		r.buf = r.buf[n:]
	}
}

func (r *rowChecker) date() {
	y := r.varint()
	r.byte()
	r.byte()
	if y < -1e6 || y > 1e6 {
		r.fail(errors.New("index row has a bad date"))
	}
}

// countStrings is the size of idx's string table as loadStrings reads it
// (the empty string included), with the same refusal of a table out of
// order, without copying its strings.
func countStrings(idx *bolt.Bucket) (uint64, error) {
	n := uint64(1)
	b := idx.Bucket(bucketStrings)
	if b == nil {
		return n, nil
	}
	c := b.Cursor()
	for k, _ := c.Seek([]byte{prefixID}); k != nil && k[0] == prefixID; k, _ = c.Next() {
		if len(k) != 9 || binary.BigEndian.Uint64(k[1:]) != n {
			return 0, fmt.Errorf("%w: its string table is out of order", errIndexDamaged)
		}
		n++
	}
	return n, nil
}
