package store

import (
	"errors"
	"slices"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// pageReleaser gives back to the kernel the pages of the mapped file a
// scan has read (madvise MADV_DONTNEED, releasePages): they stay in the
// page cache, only unmapped from this process, and come back on the next
// read of them. A listing that reads every index row once then holds a
// bounded part of the file at a time, not all of it: at 100,000 cases the
// index is about 28 MB of resident memory otherwise.
//
// It gives back the whole mapping, not only the pages read: a file's pages
// are in no particular order, and the kernel maps the neighbours of each
// page read (fault-around, 64 KB) too, so what was read is no one range.
// A page still needed (a branch of the tree, the next row's) costs one
// fault again. A release walks the page tables of the whole mapping (at
// 100,000 cases, 150-250 µs), so it comes only once the scan may have
// mapped releaseBytes: sawBytes counts each 64 KB window of the file
// that the rows read fall in, once each time the scan enters it (a window
// among the last four counts once), which bounds what the rows' faults
// can have mapped.
type pageReleaser struct {
	base, size uintptr // the mapping, as the transaction sees it
	n          int
	// recent are the last 64 KB windows entered (window numbers, next
	// the place of the next), mapped how much is counted since the last
	// release.
	recent   [4]uintptr
	next     int
	last     uintptr // the window of the last row
	mapped   int
	releases int // how many releases so far (tests)
}

// releaseEvery is how many rows are read between two releases by the
// scans that count rows (saw): at 100,000 cases, about 600 KB of rows and
// a few MB of pages mapped around them.
const releaseEvery = 512

// releaseBytes is how much of the file the scans that count bytes
// (sawBytes) may have mapped between two releases: at 100,000 cases a
// listing of the agenda up to a month ahead (5 MB of key) releases once,
// at its end, and one of every index row (28 MB) four times, where it
// released every 512 rows (195 times); peak RSS 34 MB (16 MB: 42). A
// variable so that tests can make releases happen in a few rows.
var releaseBytes = 8 << 20

// faultWindow is the span the kernel maps around a page fault of a file
// mapping (fault_around_bytes' default).
const faultWindow = 64 << 10

// newPageReleaser releases what tx reads; nil where releasePages cannot.
func newPageReleaser(tx *bolt.Tx) *pageReleaser {
	if !canReleasePages {
		return nil
	}
	return &pageReleaser{base: tx.DB().Info().Data, size: uintptr(tx.Size())}
}

// saw counts a row read.
func (r *pageReleaser) saw() {
	if r == nil {
		return
	}
	if r.n++; r.n >= releaseEvery {
		r.release()
	}
}

// sawBytes counts b, a key or value of the mapped file just read,
// releasing the mapping once the windows entered since the last release
// add up to releaseBytes. A window among the last few entered counts
// once: a listing that merges two cursors (an agenda of done and not
// done deadlines) goes back and forth between two windows.
func (r *pageReleaser) sawBytes(b []byte) {
	if r == nil || len(b) == 0 {
		return
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	first, last := start/faultWindow, (start+uintptr(len(b))-1)/faultWindow
	if first == r.last && last == first {
		return // most rows: the window of the row before
	}
	r.enter(first, last)
}

// enter is sawBytes' counting of windows first to last.
func (r *pageReleaser) enter(first, last uintptr) {
	r.last = last
	for w := first; w <= last; w++ {
		if slices.Contains(r.recent[:], w) {
			continue
		}
		r.recent[r.next%len(r.recent)] = w
		r.next++
		if r.mapped += faultWindow; r.mapped >= releaseBytes {
			r.release()
			return
		}
	}
}

// release gives back every page of the mapping.
func (r *pageReleaser) release() {
	if r == nil {
		return
	}
	r.n, r.mapped, r.recent, r.next, r.last = 0, 0, [4]uintptr{}, 0, 0
	r.releases++
	if r.size != 0 {
		releasePages(r.base, r.size)
	}
}

// EachSummaryOnce is EachSummary for a listing that reads each row once,
// in case-id order, from one consistent snapshot: the pages of the file
// it has read are given back as it goes (pageReleaser), so that its
// resident memory stays a few megabytes whatever the number of cases.
// fn's rules are EachSummary's.
func (s *Store) EachSummaryOnce(fn func(*Summary) error) error {
	if s.staleIndex {
		return s.EachSummary(fn)
	}
	var stop error
	damaged, noTable := false, false
	err := s.view("reading the deadline index", func(tx *bolt.Tx) error {
		idx := tx.Bucket(bucketIndex)
		strs, err := loadStrings(idx)
		if err != nil {
			noTable = true
			return nil
		}
		rows := s.newSummaryReader(strs)
		defer func() { damaged = rows.damaged }()
		rel := newPageReleaser(tx)
		err = idx.ForEach(func(k, v []byte) error {
			if v == nil { // the string table
				return nil
			}
			r, err := rows.read(tx, btoi(k), v)
			if err != nil {
				return err
			}
			rel.sawBytes(v)
			if err := fn(r); err != nil {
				stop = err
				return err
			}
			return nil
		})
		rel.release()
		return err
	})
	if stop != nil {
		return stop
	}
	if err == nil && noTable {
		// Nothing reached fn: EachSummary rebuilds or computes.
		return s.EachSummary(fn)
	}
	if err == nil && damaged && !s.writeLocked() {
		return s.ReindexAll()
	}
	if errors.Is(err, errIndexDamaged) {
		return s.EachSummary(fn)
	}
	return err
}
