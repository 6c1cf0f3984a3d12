package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// The on-disk layout of a bbolt meta page (go.etcd.io/bbolt v1.5.0,
// internal/common/page.go and meta.go). bbolt writes it in the machine's
// byte order. We read it ourselves before handing the file to bbolt,
// because bbolt.Open initialises a 0-byte file, and mapping a file shorter
// than the pages its meta promises makes the first read fault (SIGBUS),
// which no recover() can catch.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16 // id uint64, flags uint16, count uint16, overflow uint32
	metaPageFlag   = 0x04
	// Offsets inside the meta, after the page header.
	metaMagicOff    = 0
	metaVersionOff  = 4
	metaPageSizeOff = 8
	metaRootOff     = 16
	metaFreelistOff = 32 // after flags (12) and the root bucket (16..31)
	metaPgidOff     = 40
	metaTxidOff     = 48
	metaChecksumOff = 56
	metaSize        = 64
	// bbolt probes the second meta page at 1 KiB << i for i in 0..14.
	minPageSize = 1024
	maxPageSize = 1024 << 14
)

// errBadHeader is what checkHeader finds wrong, in words for the user.
var errBadHeader = errors.New("not a database file")

// fileMeta is what the header check learnt from one valid meta page.
type fileMeta struct {
	pageSize uint32
	pgid     uint64 // high-water mark: pages in use
	root     uint64 // the root bucket's page
	freelist uint64 // the free-page list's page
	txid     uint64
}

// checkHeader reads the start of the file at path and reports whether bbolt
// can open it without writing to it or reading past its end: at least one
// meta page with bbolt's magic, version and checksum, and a file long
// enough for every page that meta page claims. It only reads.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	size := info.Size()
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%w: it is not a regular file", errBadHeader)
	}
	if size == 0 {
		return fmt.Errorf("%w: the file is empty (0 bytes)", errBadHeader)
	}
	// bbolt uses the valid meta page with the higher transaction id, so that
	// is the one whose pages must all lie inside the file.
	var best *fileMeta
	consider := func(off int64) {
		if m, ok := readMeta(f, off); ok && (best == nil || m.txid > best.txid) {
			best = &m
		}
	}
	consider(0)
	if best != nil {
		consider(int64(best.pageSize))
	} else {
		for ps := int64(minPageSize); ps <= maxPageSize && ps < size; ps <<= 1 {
			consider(ps)
			if best != nil {
				break
			}
		}
	}
	switch {
	case best == nil && size < 2*minPageSize:
		return fmt.Errorf("%w: it is only %d bytes long", errBadHeader, size)
	case best == nil:
		return fmt.Errorf("%w: no valid bbolt header (damaged, or another kind of file)", errBadHeader)
	case int64(best.pageSize)*2 > size || int64(best.pgid) > size/int64(best.pageSize):
		return pageDamagef("the file is cut short: %d bytes, its header promises %d",
			size, int64(best.pgid)*int64(best.pageSize))
	case best.root < 2 || best.root >= best.pgid:
		return pageDamagef("its root page %d lies outside its %d pages", best.root, best.pgid)
	}
	return checkFreelist(f, *best)
}

// readMeta decodes and validates the meta page at off; ok is false when it
// is not a valid bbolt meta page.
func readMeta(r io.ReaderAt, off int64) (fileMeta, bool) {
	var buf [pageHeaderSize + metaSize]byte
	if _, err := r.ReadAt(buf[:], off); err != nil {
		return fileMeta{}, false
	}
	ne := binary.NativeEndian
	flags := ne.Uint16(buf[8:10])
	meta := buf[pageHeaderSize:]
	if flags != metaPageFlag ||
		ne.Uint32(meta[metaMagicOff:]) != boltMagic ||
		ne.Uint32(meta[metaVersionOff:]) != boltVersion {
		return fileMeta{}, false
	}
	h := fnv.New64a()
	h.Write(meta[:metaChecksumOff])
	if h.Sum64() != ne.Uint64(meta[metaChecksumOff:]) {
		return fileMeta{}, false
	}
	m := fileMeta{
		pageSize: ne.Uint32(meta[metaPageSizeOff:]),
		pgid:     ne.Uint64(meta[metaPgidOff:]),
		root:     ne.Uint64(meta[metaRootOff:]),
		freelist: ne.Uint64(meta[metaFreelistOff:]),
		txid:     ne.Uint64(meta[metaTxidOff:]),
	}
	if m.pageSize < minPageSize || m.pageSize > maxPageSize || m.pageSize&(m.pageSize-1) != 0 || m.pgid < 4 {
		return fileMeta{}, false
	}
	return m, true
}
