package store

import "sync"

// leanDeflate writes one deflate stream (RFC 1951) of src, matching
// against a preset dictionary, in a single block of the fixed Huffman
// codes: what compress/flate's reader reads with flate.NewReaderDict.
//
// compress/flate's own writer costs about 8x the JSON encoding of a case
// for each value: every Reset clears its 640 KB of hash tables and hashes
// the whole dictionary again. Values of a few hundred bytes need neither:
// the dictionary is hashed once (leanIndexOf), a value only copies its 16
// KB head table. For such small values the fixed codes lose little to the
// dynamic ones (whose table costs a value tens of bytes); BENCHMARKS.md
// "File size at 100k, lean records" has the figures.

const (
	leanHashBits = 12
	leanMinMatch = 4   // the hash covers 4 bytes
	leanMaxMatch = 258 // deflate's longest match
	leanMaxDist  = 32768
	leanMaxChain = 48 // candidates tried at each position
	leanLazy     = 32 // a match shorter than this waits one byte for a longer one
)

// leanIndex is the hash chains of a dictionary, built once.
type leanIndex struct {
	dict []byte
	head [1 << leanHashBits]int32 // hash -> last position + 1, 0 for none
	prev []int32                  // position -> previous position + 1 with its hash
}

func leanHash(b []byte) uint32 {
	u := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	return (u * 0x1e35a7bd) >> (32 - leanHashBits)
}

func newLeanIndex(dict string) *leanIndex {
	x := &leanIndex{dict: []byte(dict), prev: make([]int32, len(dict))}
	for p := 0; p+leanMinMatch <= len(x.dict); p++ {
		h := leanHash(x.dict[p:])
		x.prev[p] = x.head[h]
		x.head[h] = int32(p + 1)
	}
	return x
}

// leanEncoder is the state of one value's encoding, pooled.
type leanEncoder struct {
	x    *leanIndex
	buf  []byte // dictionary then src
	head [1 << leanHashBits]int32
	prev []int32 // for the positions of src
	out  []byte
	bits uint64
	nbit uint
}

var leanIndex1 = sync.OnceValue(func() *leanIndex { return newLeanIndex(leanDict1) })

var leanEncoders = sync.Pool{New: func() any { return &leanEncoder{x: leanIndex1()} }}

// leanDeflate appends to dst the deflate stream of src with the
// dictionary of leanIndex1.
func leanDeflate(dst, src []byte) []byte {
	e := leanEncoders.Get().(*leanEncoder)
	defer leanEncoders.Put(e)
	return e.encode(dst, src)
}

func (e *leanEncoder) encode(dst, src []byte) []byte {
	x := e.x
	nd := len(x.dict)
	e.buf = append(append(e.buf[:0], x.dict...), src...)
	e.head = x.head
	e.prev = append(e.prev[:0], make([]int32, len(src))...)
	e.out, e.bits, e.nbit = dst, 0, 0
	e.put(1, 1) // BFINAL
	e.put(1, 2) // BTYPE 01: fixed codes
	buf, n := e.buf, len(e.buf)
	ins := nd
	insertTo := func(end int) {
		for ; ins < end; ins++ {
			if ins+leanMinMatch <= n {
				h := leanHash(buf[ins:])
				e.prev[ins-nd] = e.head[h]
				e.head[h] = int32(ins + 1)
			}
		}
	}
	for i := nd; i < n; {
		insertTo(i)
		l, d := e.find(i)
		if l < leanMinMatch {
			e.literal(buf[i])
			i++
			continue
		}
		if l < leanLazy && i+1 < n {
			insertTo(i + 1)
			if l2, d2 := e.find(i + 1); l2 > l {
				e.literal(buf[i])
				i++
				l, d = l2, d2
			}
		}
		e.match(l, d)
		i += l
	}
	e.code(256) // end of block
	for e.nbit > 0 {
		e.out = append(e.out, byte(e.bits))
		e.bits >>= 8
		e.nbit = max(e.nbit, 8) - 8
	}
	if cap(e.buf) > 1<<16 { // keep only buffers of a usual size pooled
		e.buf, e.prev = nil, nil
	}
	return e.out
}

// find returns the longest match for position i among the earlier
// positions with its hash: its length and distance (length 0: none).
func (e *leanEncoder) find(i int) (length, dist int) {
	buf, nd := e.buf, len(e.x.dict)
	if i+leanMinMatch > len(buf) {
		return 0, 0
	}
	limit := min(len(buf)-i, leanMaxMatch)
	cand := int(e.head[leanHash(buf[i:])]) - 1
	for tries := 0; cand >= 0 && tries < leanMaxChain; tries++ {
		if cand >= i {
			// i itself, once inserted: its predecessor is next.
		} else {
			if i-cand > leanMaxDist {
				break
			}
			if buf[cand+length] == buf[i+length] || length == 0 {
				m := 0
				for m < limit && buf[cand+m] == buf[i+m] {
					m++
				}
				if m > length {
					length, dist = m, i-cand
					if m == limit {
						break
					}
				}
			}
		}
		if cand >= nd {
			cand = int(e.prev[cand-nd]) - 1
		} else {
			cand = int(e.x.prev[cand]) - 1
		}
	}
	if length < leanMinMatch {
		return 0, 0
	}
	return length, dist
}

// put writes the n low bits of v, least significant first.
func (e *leanEncoder) put(v uint32, n uint) {
	e.bits |= uint64(v) << e.nbit
	e.nbit += n
	for e.nbit >= 8 {
		e.out = append(e.out, byte(e.bits))
		e.bits >>= 8
		e.nbit -= 8
	}
}

// code writes the fixed Huffman code of a literal/length symbol (RFC 1951
// 3.2.6), most significant bit first.
func (e *leanEncoder) code(sym int) {
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
	e.put(reverseBits(c, n), uint(n))
}

func reverseBits(c, n uint32) uint32 {
	var r uint32
	for range n {
		r = r<<1 | c&1
		c >>= 1
	}
	return r
}

func (e *leanEncoder) literal(b byte) { e.code(int(b)) }

// The bases of the length codes 257..285 and the distance codes 0..29.
var (
	leanLenBase   = [29]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	leanLenExtra  = [29]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	leanDistBase  = [30]int{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	leanDistExtra = [30]uint{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// match writes a match of length l (3..258) at distance d (1..32768).
func (e *leanEncoder) match(l, d int) {
	lc := 28
	for leanLenBase[lc] > l {
		lc--
	}
	e.code(257 + lc)
	if n := leanLenExtra[lc]; n > 0 {
		e.put(uint32(l-leanLenBase[lc]), n)
	}
	dc := 29
	for leanDistBase[dc] > d {
		dc--
	}
	e.put(reverseBits(uint32(dc), 5), 5)
	if n := leanDistExtra[dc]; n > 0 {
		e.put(uint32(d-leanDistBase[dc]), n)
	}
}
