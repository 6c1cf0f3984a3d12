package export

import (
	"encoding/binary"
	"errors"
)

// A long packet keeps two things per case for its last pages: the
// offsets of its objects for the cross-reference table (pdfJoiner) and
// what the sources page prints of each case (sourceLog). Both are kept in
// a varLog, a few bytes an entry in blocks of a fixed size, so that
// 100,000 cases take a few MB that never move instead of slices of 8-byte
// offsets and strings that double as they grow (issue 15).

// logBlock is the size of a varLog's blocks: small beside a part's memory.
const logBlock = 64 << 10

// varLog is an append-only list of unsigned numbers and byte strings,
// each number a uvarint, in blocks of logBlock bytes; it is read back in
// the order written with a logReader.
type varLog struct {
	blocks [][]byte
}

// grow makes room for n more bytes in the last block.
func (l *varLog) grow(n int) {
	if k := len(l.blocks); k > 0 && cap(l.blocks[k-1])-len(l.blocks[k-1]) >= n {
		return
	}
	l.blocks = append(l.blocks, make([]byte, 0, max(logBlock, n)))
}

// uint appends v.
func (l *varLog) uint(v uint64) {
	l.grow(binary.MaxVarintLen64)
	k := len(l.blocks) - 1
	l.blocks[k] = binary.AppendUvarint(l.blocks[k], v)
}

// bytes appends b, after its length (a value never split across blocks).
func (l *varLog) bytes(b []byte) {
	l.uint(uint64(len(b)))
	l.grow(len(b))
	k := len(l.blocks) - 1
	l.blocks[k] = append(l.blocks[k], b...)
}

// size is the bytes the log holds.
func (l *varLog) size() int {
	n := 0
	for _, b := range l.blocks {
		n += cap(b)
	}
	return n
}

// logReader reads a varLog from its start.
type logReader struct {
	l     *varLog
	block int
	at    int
	err   error
}

var errLogShort = errors.New("packet log read past its end")

// next moves to the next block when the current one is read to its end.
func (r *logReader) next() bool {
	for r.block < len(r.l.blocks) && r.at >= len(r.l.blocks[r.block]) {
		r.block++
		r.at = 0
	}
	if r.block >= len(r.l.blocks) {
		if r.err == nil {
			r.err = errLogShort
		}
		return false
	}
	return true
}

// uint reads a number written by varLog.uint.
func (r *logReader) uint() uint64 {
	if !r.next() {
		return 0
	}
	v, n := binary.Uvarint(r.l.blocks[r.block][r.at:])
	if n <= 0 {
		r.err = errLogShort
		return 0
	}
	r.at += n
	return v
}

// bytes reads a string written by varLog.bytes; it points into the log.
func (r *logReader) bytes() []byte {
	n := int(r.uint())
	if r.err != nil {
		return nil
	}
	if n == 0 {
		return nil
	}
	if !r.next() || len(r.l.blocks[r.block])-r.at < n {
		r.err = errLogShort
		return nil
	}
	b := r.l.blocks[r.block][r.at : r.at+n]
	r.at += n
	return b
}
