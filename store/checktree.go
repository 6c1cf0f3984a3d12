package store

import (
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
	"os"

	bolt "go.etcd.io/bbolt"
)

// checkTx is the whole-file consistency check of the file tx reads: what
// bbolt's Tx.Check checks (no page used twice, or both used and free, or
// neither; no page of an unknown type; keys in order in every page and
// between a branch page and the pages below it; the free list without
// repeats), and what checkPages checks (every page inside the file, and
// every element inside its page). It reads the pages of tx's snapshot
// with plain reads (checkTree) rather than through bbolt's mapping:
// Tx.Check, on its own goroutine, touches the mapped pages faster than
// they can be given back, and at 100,000 cases kept up to 100 MB of the
// file resident in the dashboard (BENCHMARKS.md, "TUI peak at 100k with
// the damage check and the daily backup"); plain reads leave the pages in
// the page cache, which is not the process's memory.
//
// The snapshot is the meta page whose transaction id is tx's: while tx is
// open bbolt reuses none of the pages it reaches, so the reads agree with
// tx even while another transaction writes. When the file holds no such
// meta page any more (two commits since tx began, or the file replaced)
// it returns errSnapshotGone: a caller checks again in a new transaction
// (Store.Check), or, where nothing can write (verify's read-only open),
// runs bbolt's Tx.Check (checkTxOrBbolt). bbolt's own check is no answer
// beside a writer: it judges tx's pages by the free list of the moment,
// and reports pages freed since tx began as "reachable freed".
func checkTx(tx *bolt.Tx) error {
	f, err := os.Open(tx.DB().Path())
	if err != nil {
		return errSnapshotGone
	}
	defer f.Close()
	ps := tx.DB().Info().PageSize
	for _, off := range []int64{0, int64(ps)} {
		m, ok := readMeta(f, off)
		if !ok || m.txid != uint64(tx.ID()) || int(m.pageSize) != ps {
			continue
		}
		info, err := f.Stat()
		if err != nil {
			break
		}
		return checkTree(f, m, info.Size())
	}
	return errSnapshotGone
}

// errSnapshotGone: the file no longer holds the meta page of the
// transaction checkTx was given.
var errSnapshotGone = errors.New("the file changed since the check began")

// checkTxOrBbolt is checkTx, or bbolt's Tx.Check (its pages given back by
// readLean) when tx's meta page is gone: only for a file nothing writes
// while tx is open.
func checkTxOrBbolt(tx *bolt.Tx) error {
	if err := checkTx(tx); !errors.Is(err, errSnapshotGone) {
		return err
	}
	return readLean(tx, func() error { return drainCheck(tx) })
}

// checkTree checks the tree of meta page m of a file of size bytes read
// through r, as checkTx describes.
func checkTree(r io.ReaderAt, m fileMeta, size int64) error {
	const noFreelist = ^uint64(0)
	ps := uint64(m.pageSize)
	if ps == 0 || m.pgid > uint64(size)/ps {
		return pageDamagef("the file holds fewer pages than its %d", m.pgid)
	}
	if m.pgid < 2 {
		return pageDamagef("the file claims %d pages", m.pgid)
	}
	w := pageWalker{r: r, ps: ps, hwm: m.pgid, full: true}
	w.bits = make([]uint64, (m.pgid+63)/64)
	w.freed = make([]uint64, (m.pgid+63)/64)
	w.reached(0) // the meta pages
	w.reached(1)
	if m.freelist != noFreelist {
		if err := w.readFreelist(m); err != nil {
			return err
		}
	}
	if _, err := w.page(m.root, 0, nil, nil); err != nil {
		return err
	}
	if m.freelist == noFreelist {
		return nil // bbolt rebuilds the list from the pages it does not reach
	}
	// Every page below the high-water mark is in use or free.
	for word := range w.bits {
		missing := ^(w.bits[word] | w.freed[word])
		if word == len(w.bits)-1 && m.pgid%64 != 0 {
			missing &= uint64(1)<<(m.pgid%64) - 1
		}
		if missing != 0 {
			return pageDamagef("page %d is neither in use nor on the free list", uint64(word)*64+uint64(bits.TrailingZeros64(missing)))
		}
	}
	return nil
}

// readFreelist reads the free-page list of m into w.freed, and marks its
// own pages as in use.
func (w *pageWalker) readFreelist(m fileMeta) error {
	if err := checkFreelist(w.r, m); err != nil {
		return err
	}
	ne := binary.NativeEndian
	var hdr [pageHeaderSize]byte
	if _, err := w.r.ReadAt(hdr[:], int64(m.freelist*w.ps)); err != nil {
		return pageDamagef("reading the free-page list: %v", err)
	}
	overflow := uint64(ne.Uint32(hdr[12:16]))
	for i := m.freelist; i <= m.freelist+overflow; i++ {
		if w.reached(i) {
			return pageDamagef("page %d is used twice", i)
		}
	}
	p := w.buf(0, (overflow+1)*w.ps)
	if _, err := w.r.ReadAt(p, int64(m.freelist*w.ps)); err != nil {
		return pageDamagef("reading the free-page list: %v", err)
	}
	count, start := uint64(ne.Uint16(p[10:12])), uint64(pageHeaderSize)
	if count == 0xFFFF {
		count, start = ne.Uint64(p[pageHeaderSize:]), start+8
	}
	for i := range count {
		id := ne.Uint64(p[start+8*i:])
		switch {
		case id < 2:
			return pageDamagef("the free-page list frees meta page %d", id)
		case id >= w.hwm:
			continue // past the file's pages: bbolt's check ignores them too
		case w.isFreed(id):
			return pageDamagef("page %d is on the free list twice", id)
		}
		w.freed[id/64] |= uint64(1) << (id % 64)
	}
	return nil
}

// isFreed reports whether page id is on the free list (full walks only).
func (w *pageWalker) isFreed(id uint64) bool {
	return w.freed != nil && id < w.hwm && w.freed[id/64]&(uint64(1)<<(id%64)) != 0
}
