package store

import (
	"errors"

	bolt "go.etcd.io/bbolt"
)

// pageReleaser gives back to the kernel the pages of the mapped file a
// scan has read (madvise MADV_DONTNEED, releasePages): they stay in the
// page cache, only unmapped from this process, and come back on the next
// read of them. A listing that reads every index row once then holds a
// few pages of the file at a time, not all of them: at 100,000 cases the
// index is about 28 MB of resident memory otherwise.
//
// Every releaseEvery rows it gives back the whole mapping, not only the
// pages of those rows: a file's pages are in no particular order, and the
// kernel maps the neighbours of each page read (fault-around) too, so
// what was read is no one range. A page still needed (a branch of the
// tree, the next row's) costs one fault again.
type pageReleaser struct {
	base, size uintptr // the mapping, as the transaction sees it
	n          int
}

// releaseEvery is how many rows are read between two releases: at 100,000
// cases, about 600 KB of rows and a few MB of pages mapped around them.
const releaseEvery = 512

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

// release gives back every page of the mapping.
func (r *pageReleaser) release() {
	if r == nil || r.size == 0 {
		return
	}
	releasePages(r.base, r.size)
	r.n = 0
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
			rel.saw()
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
