package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// bbolt page types (go.etcd.io/bbolt v1.5.0, internal/common/page.go) and
// the flag of a leaf element that holds a bucket.
const (
	branchPageFlag  = 0x01
	leafPageFlag    = 0x02
	bucketLeafFlag  = 0x01
	elementSize     = 16 // branch: pos, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	bucketHeaderLen = 16 // root pgid u64, sequence u64
	maxTreeDepth    = 64
)

// checkPages walks the whole page tree of the file at path with plain
// reads, before bbolt maps it: every page the tree reaches lies inside the
// file, names itself, has a known type, is reached once, and every key and
// value of its elements lies inside the page. bbolt trusts all of this
// (it reads the mapped file through unchecked pointers), and a damaged
// page otherwise makes it read outside the mapping: a fault that, on the
// goroutine Tx.Check runs on, kills the process. checkPages runs after
// checkHeader, which validated the meta page it is given.
func checkPages(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	m, err := readBestMeta(f)
	if err != nil {
		return err
	}
	w := pageWalker{r: f, ps: uint64(m.pageSize), hwm: m.pgid}
	if info, err := f.Stat(); err == nil && m.pgid <= uint64(info.Size())/uint64(m.pageSize) {
		// One bit a page (3 KB for 100 MB of 4 KB pages) instead of a map
		// entry; a meta page promising more pages than the file holds
		// (checkHeader refuses it) keeps the map.
		w.bits = make([]uint64, (m.pgid+63)/64)
	} else {
		w.seen = map[uint64]bool{}
	}
	_, err = w.page(m.root, 0, nil, nil)
	return err
}

// readBestMeta returns the meta page bbolt will use (the valid one with
// the higher transaction id); checkHeader has already accepted the file.
func readBestMeta(f *os.File) (fileMeta, error) {
	a, okA := readMeta(f, 0)
	if !okA {
		// meta 0 is unreadable: find meta 1 as checkHeader does.
		for ps := int64(minPageSize); ps <= maxPageSize; ps <<= 1 {
			if m, ok := readMeta(f, ps); ok {
				return m, nil
			}
		}
		return fileMeta{}, pageDamagef("no valid meta page")
	}
	if b, ok := readMeta(f, int64(a.pageSize)); ok && b.txid > a.txid {
		return b, nil
	}
	return a, nil
}

type pageWalker struct {
	r   io.ReaderAt
	ps  uint64
	hwm uint64
	// bits (one a page, below hwm) or seen: the pages reached so far.
	bits []uint64
	seen map[uint64]bool
	// bufs[depth] holds the page being walked at that depth: a page's
	// bytes are needed until its last element is checked, after the pages
	// below it were read into the deeper buffers. One buffer a level,
	// reused, instead of one allocation a page (the whole file's size
	// allocated, then collected, at every check).
	bufs [][]byte
	// full: also the checks bbolt's Tx.Check makes (checkTree): keys in
	// order, no page both used and free.
	full  bool
	freed []uint64 // the pages on the free list, one bit a page (full)
}

// reached marks page i as reached and reports whether it already was.
func (w *pageWalker) reached(i uint64) bool {
	if w.bits != nil {
		word, bit := i/64, uint64(1)<<(i%64)
		was := w.bits[word]&bit != 0
		w.bits[word] |= bit
		return was
	}
	was := w.seen[i]
	w.seen[i] = true
	return was
}

// buf returns the buffer of depth, at least n bytes long.
func (w *pageWalker) buf(depth int, n uint64) []byte {
	for len(w.bufs) <= depth {
		w.bufs = append(w.bufs, nil)
	}
	if uint64(cap(w.bufs[depth])) < n {
		w.bufs[depth] = make([]byte, n)
	}
	return w.bufs[depth][:n]
}

// page checks the page id and everything below it. With w.full, every
// key below it must lie in [lo, hi) (nil: unbounded), and it returns the
// largest key of the subtree (valid until the next walk at depth+1).
func (w *pageWalker) page(id uint64, depth int, lo, hi []byte) ([]byte, error) {
	if depth > maxTreeDepth {
		return nil, pageDamagef("the page tree is more than %d levels deep at page %d", maxTreeDepth, id)
	}
	if id < 2 || id >= w.hwm {
		return nil, pageDamagef("a page points to page %d, outside the file's %d pages", id, w.hwm)
	}
	// One read of the first page (with its header), a second only for
	// the overflow pages of a large one.
	p := w.buf(depth, w.ps)
	n, err := w.r.ReadAt(p, int64(id*w.ps))
	if n < pageHeaderSize {
		return nil, pageDamagef("page %d cannot be read: %v", id, err)
	}
	ne := binary.NativeEndian
	self, flags := ne.Uint64(p[0:8]), ne.Uint16(p[8:10])
	count, overflow := int(ne.Uint16(p[10:12])), uint64(ne.Uint32(p[12:16]))
	switch {
	case self != id:
		return nil, pageDamagef("page %d calls itself page %d", id, self)
	case flags != branchPageFlag && flags != leafPageFlag:
		return nil, pageDamagef("page %d has an unknown type (flags %#x)", id, flags)
	case id+overflow >= w.hwm:
		return nil, pageDamagef("page %d runs past the file's %d pages", id, w.hwm)
	}
	for i := id; i <= id+overflow; i++ {
		if w.reached(i) {
			return nil, pageDamagef("page %d is used twice", i)
		}
	}
	if w.full && w.isFreed(id) {
		return nil, pageDamagef("page %d is in use and on the free list", id)
	}
	if err != nil && n < len(p) {
		return nil, pageDamagef("page %d cannot be read: %v", id, err)
	}
	if overflow > 0 {
		p = w.buf(depth, (overflow+1)*w.ps)
		if _, err := w.r.ReadAt(p, int64(id*w.ps)); err != nil {
			return nil, pageDamagef("page %d cannot be read: %v", id, err)
		}
	}
	return w.elements(id, p, flags, count, depth, lo, hi)
}

// elements checks the elements of page p (a page of the file, or a
// bucket's inline page) and walks to the pages they point to. With
// w.full, its keys must increase and lie in [lo, hi), as bbolt's Tx.Check
// requires (a branch key above the largest key of the subtree before it);
// it returns the largest key below p.
func (w *pageWalker) elements(id uint64, p []byte, flags uint16, count, depth int, lo, hi []byte) ([]byte, error) {
	ne := binary.NativeEndian
	if pageHeaderSize+count*elementSize > len(p) {
		return nil, pageDamagef("page %d claims %d elements, more than it holds", id, count)
	}
	if flags == branchPageFlag && count == 0 {
		return nil, pageDamagef("branch page %d is empty", id)
	}
	// place is where element i's key starts and its key's and value's
	// sizes, as its header says.
	place := func(i int) (start, ksize, vsize uint64) {
		at := pageHeaderSize + i*elementSize
		e := p[at : at+elementSize]
		var pos uint64
		if flags == branchPageFlag {
			pos, ksize = uint64(ne.Uint32(e[0:4])), uint64(ne.Uint32(e[4:8]))
		} else {
			pos, ksize, vsize = uint64(ne.Uint32(e[4:8])), uint64(ne.Uint32(e[8:12])), uint64(ne.Uint32(e[12:16]))
		}
		return uint64(at) + pos, ksize, vsize
	}
	// element returns the key and value of element i: where, and their
	// sizes, are checked first.
	element := func(i int) (k, v []byte) {
		start, ksize, vsize := place(i)
		return p[start : start+ksize], p[start+ksize : start+ksize+vsize]
	}
	// bbolt writes the keys and values right after the elements, in
	// element order, without gaps: a count, position or size changed by
	// damage breaks that chain even where the bytes still lie in the page.
	next := uint64(pageHeaderSize + count*elementSize)
	for i := range count {
		start, ksize, vsize := place(i)
		if start+ksize+vsize > uint64(len(p)) || start < uint64(pageHeaderSize+count*elementSize) {
			return nil, pageDamagef("element %d of page %d lies outside the page", i, id)
		}
		if start != next {
			return nil, pageDamagef("element %d of page %d is not where its page puts it", i, id)
		}
		next = start + ksize + vsize
		if ksize == 0 {
			return nil, pageDamagef("element %d of page %d has an empty key", i, id)
		}
	}
	var last []byte // the largest key so far (full)
	for i := range count {
		k, v := element(i)
		if w.full {
			switch {
			case i == 0 && lo != nil && bytes.Compare(lo, k) > 0:
				return nil, pageDamagef("the first key of page %d is below the key that leads to it", id)
			case i > 0 && bytes.Compare(last, k) >= 0:
				return nil, pageDamagef("the keys of page %d are out of order (element %d)", id, i)
			case hi != nil && bytes.Compare(k, hi) >= 0:
				return nil, pageDamagef("key %d of page %d is not below the next key of the page that leads to it", i, id)
			}
			last = k
		}
		if flags == branchPageFlag {
			at := pageHeaderSize + i*elementSize
			childHi := hi
			if i+1 < count {
				childHi, _ = element(i + 1)
			}
			max, err := w.page(ne.Uint64(p[at+8:at+16]), depth+1, k, childHi)
			if err != nil {
				return nil, err
			}
			last = max // as Tx.Check: the next key must be above this subtree's
			continue
		}
		at := pageHeaderSize + i*elementSize
		if ne.Uint32(p[at:at+4])&bucketLeafFlag == 0 {
			continue
		}
		if len(v) < bucketHeaderLen {
			return nil, pageDamagef("bucket %q on page %d is cut short", k, id)
		}
		root := ne.Uint64(v[0:8])
		if root != 0 && len(v) != bucketHeaderLen {
			return nil, pageDamagef("bucket %q on page %d has a header of %d bytes", k, id, len(v))
		}
		if root != 0 {
			// A bucket's own tree: its keys start afresh.
			if _, err := w.page(root, depth+1, nil, nil); err != nil {
				return nil, err
			}
			continue
		}
		// An inline bucket: its page follows the bucket header in the value.
		inline := v[bucketHeaderLen:]
		if len(inline) < pageHeaderSize {
			return nil, pageDamagef("bucket %q on page %d is cut short", k, id)
		}
		if f := ne.Uint16(inline[8:10]); f != leafPageFlag {
			return nil, pageDamagef("bucket %q on page %d has a bad inline page (flags %#x)", k, id, f)
		}
		if _, err := w.elements(id, inline, leafPageFlag, int(ne.Uint16(inline[10:12])), depth+1, nil, nil); err != nil {
			return nil, err
		}
	}
	return last, nil
}
