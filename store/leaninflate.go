package store

import (
	"errors"
	"sync"
)

// leanInflate reads what leanDeflate writes: one final block of the fixed
// Huffman codes (RFC 1951 3.2.6) over the dictionary dict, appending the
// output to dst (which must not alias dict) up to limit bytes. ok is
// false for a stream of another shape (another block type, more than one
// block), which the caller reads with compress/flate; err reports a
// stream of this shape that is broken. compress/flate's reader cost the
// damage check of a 100k file 2.4x its JSON time (verify): it reads a
// byte at a time through an interface and decodes any code.
func leanInflate(dst, src []byte, dict string, limit int) (out []byte, ok bool, err error) {
	d := leanBitReader{src: src}
	if d.bits(3) != 0b011 { // BFINAL 1, BTYPE 01
		return dst, false, nil
	}
	start := len(dst)
	tab := leanFixedTable()
	for {
		if d.overrun() {
			return dst, true, errLeanShort
		}
		e := tab[d.peek(9)]
		d.drop(uint(e.n))
		sym := int(e.sym)
		switch {
		case sym < 256:
			if len(dst)-start >= limit {
				return dst, true, errLeanLimit
			}
			dst = append(dst, byte(sym))
			continue
		case sym == 256:
			if d.overrun() {
				return dst, true, errLeanShort
			}
			if used := d.pos*8 + int(d.over) - int(d.nbit); (used+7)/8 < len(src) {
				return dst, true, errLeanTrailing
			}
			return dst, true, nil
		case sym > 285:
			return dst, true, errLeanCode
		}
		lc := sym - 257
		length := leanLenBase[lc] + int(d.bits(leanLenExtra[lc]))
		dc := int(reverseBits(d.bits(5), 5))
		if dc > 29 {
			return dst, true, errLeanCode
		}
		dist := leanDistBase[dc] + int(d.bits(leanDistExtra[dc]))
		if d.overrun() {
			return dst, true, errLeanShort
		}
		have := len(dst) - start
		if dist > have+len(dict) {
			return dst, true, errLeanDistance
		}
		cut := have+length > limit
		if cut {
			length = limit - have
		}
		for length > 0 {
			if dist > len(dst)-start {
				// From the dictionary: its tail, as far as it reaches.
				from := len(dict) - (dist - (len(dst) - start))
				n := min(length, len(dict)-from)
				dst = append(dst, dict[from:from+n]...)
				length -= n
				continue
			}
			from := len(dst) - dist
			n := min(length, dist) // an overlapping copy repeats the last dist bytes
			dst = append(dst, dst[from:from+n]...)
			length -= n
		}
		if cut {
			return dst, true, errLeanLimit
		}
	}
}

var (
	errLeanShort    = errors.New("the stream ends early")
	errLeanCode     = errors.New("an invalid code")
	errLeanDistance = errors.New("a match reaches before the dictionary")
	errLeanLimit    = errors.New("it inflates past its bound")
	errLeanTrailing = errors.New("bytes follow the end of the stream")
)

// leanBitReader reads bits least significant first; past the end of src
// it reads zeros and overrun reports it.
type leanBitReader struct {
	src  []byte
	pos  int
	acc  uint64
	nbit uint
	over uint // bits read past the end
}

func (r *leanBitReader) fill() {
	for r.nbit <= 56 {
		if r.pos < len(r.src) {
			r.acc |= uint64(r.src[r.pos]) << r.nbit
			r.pos++
		} else {
			r.over += 8
		}
		r.nbit += 8
	}
}

func (r *leanBitReader) peek(n uint) uint32 {
	if r.nbit < n {
		r.fill()
	}
	return uint32(r.acc & (1<<n - 1))
}

func (r *leanBitReader) drop(n uint) {
	r.acc >>= n
	r.nbit -= n
}

func (r *leanBitReader) bits(n uint) uint32 {
	if n == 0 {
		return 0
	}
	v := r.peek(n)
	r.drop(n)
	return v
}

// overrun reports whether bits past the end of src were consumed.
func (r *leanBitReader) overrun() bool { return r.over > r.nbit }

// leanFixedEntry is a symbol of the fixed literal/length code and its
// length in bits, indexed by the next 9 bits of the stream.
type leanFixedEntry struct {
	sym uint16
	n   uint8
}

var leanFixedTable = sync.OnceValue(func() *[512]leanFixedEntry {
	var t [512]leanFixedEntry
	for sym := range 288 {
		var c, n uint32
		switch {
		case sym < 144:
			c, n = 0x30+uint32(sym), 8
		case sym < 256:
			c, n = 0x190+uint32(sym-144), 9
		case sym < 280:
			c, n = uint32(sym-256), 7
		default:
			c, n = 0xc0+uint32(sym-280), 8
		}
		rev := reverseBits(c, n)
		for fill := uint32(0); fill < 1<<(9-n); fill++ {
			t[rev|fill<<n] = leanFixedEntry{uint16(sym), uint8(n)}
		}
	}
	return &t
})
