package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ErrDamaged: the file is a bbolt file whose pages are damaged (a bad
// sector, a disk that lied about a write, an editor that saved over it).
// An error wrapping ErrDamaged also wraps ErrNotTramite, and names the
// file and its newest backup.
var ErrDamaged = errors.New("the file is damaged")

// Refusal is the refusal of a file tramite will not touch: a damaged
// file (or an operation that found damage: a bbolt panic or a memory
// fault, recovered), or one that is not a tramite file. Its Error is the
// English; a front-end words it in its language from its fields and
// NewestBackup.
type Refusal struct {
	Path string
	// Damaged: the file is damaged; else Kind says what is wrong
	// (ErrNotTramite).
	Damaged bool
	Kind    error
	// Why is the reader's own reason.
	Why error
}

func (e *Refusal) Error() string {
	if e.Damaged {
		return fmt.Sprintf("cannot use %s: it is damaged (%v); tramite changed nothing in it. %s",
			e.Path, e.Why, backupAdvice(e.Path))
	}
	return fmt.Sprintf("cannot use %s: %v (%v); tramite changed nothing in it. %s",
		e.Path, e.Kind, e.Why, backupAdvice(e.Path))
}

func (e *Refusal) Unwrap() []error {
	if e.Damaged {
		return []error{ErrDamaged, ErrNotTramite, e.Why}
	}
	return []error{e.Kind, e.Why}
}

// pageDamage is a fault found in the file's pages by our own reads: it
// wraps ErrDamaged, and says only what is wrong.
type pageDamage string

func (d pageDamage) Error() string        { return string(d) }
func (d pageDamage) Is(target error) bool { return target == ErrDamaged }

func pageDamagef(format string, args ...any) error { return pageDamage(fmt.Sprintf(format, args...)) }

// damaged builds the error for damage found in the file at path.
func damaged(path string, why error) error { return &Refusal{Path: path, Damaged: true, Why: why} }

// errPanicked is a panic of bbolt (or a memory fault on the mapped file)
// turned into an error by guard.
var errPanicked = errors.New("bbolt could not read it")

// guard runs fn, turning a panic, or a memory fault on a damaged mapped
// file, into an error wrapping errPanicked: bbolt panics on some corrupt
// pages ("page expected to be", slice bounds) and faults on others.
func guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errPanicked, r)
		}
	}()
	return fn()
}

// verify checks a file before anything may write to it, after
// checkHeader and checkPages (which make every page bbolt will read lie
// inside the file): the shape of tramite's records, on this goroutine
// where a fault is recovered, then the checks of bbolt's own Tx.Check
// (pages both used and free, keys out of order, pages lost), read with
// plain reads (checkTx). Its cost is in BENCHMARKS.md.
func verify(db *bolt.DB) error {
	// The record walk reads every page through the mapping: dropEveryN
	// keeps few of them resident.
	err := guard(func() error {
		return db.View(func(tx *bolt.Tx) error { return readLean(tx, func() error { return checkRecords(tx) }) })
	})
	if err != nil {
		return err
	}
	// bbolt's consistency check, read with plain reads (checkTx).
	return guard(func() error {
		return db.View(checkTxOrBbolt)
	})
}

// drainCheck runs bbolt's consistency check (Tx.Check) over tx and
// returns the first problem found.
func drainCheck(tx *bolt.Tx) error {
	var first error
	for err := range tx.Check() { // drain: the checker reads tx until it closes the channel
		if first == nil {
			first = err
		}
	}
	return first
}

// checkRecords checks what bbolt cannot: that tramite's records have the
// shape tramite writes (8-byte ids, people and cases that decode to JSON
// (leanvalue.go), index rows that
// decode). A byte flipped in a page's element headers shifts keys and
// values without breaking bbolt's invariants; this finds most of those.
// It runs only on a file whose meta bucket was read (readState).
func checkRecords(tx *bolt.Tx) error {
	// Every record is read through the mapping: give its pages back as
	// the walk goes (besides readLean's timer, which a busy machine can
	// keep waiting while the walk reads on).
	drop := dropEveryN(tx)
	// keyLen and valLen: the length every key and value must have (0 for
	// keys, -1 for values: any).
	ids := func(name []byte, keyLen, valLen int, json bool) error {
		b := tx.Bucket(name)
		if b == nil {
			return nil // readState reports missing buckets
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			drop()
			switch {
			case v == nil:
				return pageDamagef("bucket %s holds a bucket %q where records belong", name, k)
			case keyLen > 0 && len(k) != keyLen:
				return pageDamagef("bucket %s holds a key of %d bytes, not %d", name, len(k), keyLen)
			case valLen >= 0 && len(v) != valLen:
				return pageDamagef("bucket %s holds a value of %d bytes, not %d", name, len(v), valLen)
			case json && !leanValid(v):
				return pageDamagef("record %d of bucket %s is not readable", btoi(k), name)
			}
		}
		return nil
	}
	for _, step := range []error{
		ids(bucketPeople, 8, -1, true),
		ids(bucketPeopleByName, 0, 8, false), /* any key: a folded name */
		ids(bucketCases, 8, -1, true),
		ids(bucketCasesByPerson, 16, 0, false), /* the pair is the key; no value */
	} {
		if step != nil {
			return step
		}
	}
	idx := tx.Bucket(bucketIndex)
	if idx == nil {
		return nil
	}
	nstrs, err := countStrings(idx)
	if err != nil {
		return pageDamagef("%v", err)
	}
	rows := rowChecker{nstrs: nstrs} // as newRowDecoder(loadStrings(idx)) would decode them
	c := idx.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		drop()
		if v == nil {
			continue // the string table
		}
		if len(k) != 8 {
			return pageDamagef("the deadline index holds a key of %d bytes", len(k))
		}
		if err := rows.check(v); err != nil {
			return pageDamagef("index row of case %d: %v", btoi(k), err)
		}
	}
	return nil
}

// sink keeps the walk's reads from being optimised away.
var sink byte

// maxDepth bounds the nesting of buckets: tramite's files nest two deep; a
// damaged page can make a bucket contain itself.
const maxDepth = 16

// checkFreelist checks the free-page list the meta page m points to, read
// with plain reads: bbolt loads it before any check and trusts its length.
func checkFreelist(r io.ReaderAt, m fileMeta) error {
	const noFreelist = ^uint64(0)
	if m.freelist == noFreelist {
		return nil
	}
	if m.freelist < 2 || m.freelist >= m.pgid {
		return pageDamagef("the free-page list is at page %d, outside the file's %d pages", m.freelist, m.pgid)
	}
	var hdr [pageHeaderSize + 8]byte
	if _, err := r.ReadAt(hdr[:], int64(m.freelist)*int64(m.pageSize)); err != nil {
		return pageDamagef("reading the free-page list: %v", err)
	}
	ne := binary.NativeEndian
	id, flags := ne.Uint64(hdr[0:8]), ne.Uint16(hdr[8:10])
	count, overflow := uint64(ne.Uint16(hdr[10:12])), uint64(ne.Uint32(hdr[12:16]))
	start := uint64(pageHeaderSize)
	if count == 0xFFFF {
		count, start = ne.Uint64(hdr[pageHeaderSize:]), start+8
	}
	switch {
	case id != m.freelist || flags != freelistPageFlag:
		return pageDamagef("the free-page list (page %d) is overwritten", m.freelist)
	case m.freelist+overflow >= m.pgid:
		return pageDamagef("the free-page list runs past the end of the file")
	case count > m.pgid || start+8*count > (overflow+1)*uint64(m.pageSize):
		return pageDamagef("the free-page list claims %d pages", count)
	}
	return nil
}

// freelistPageFlag marks bbolt's free-page list page.
const freelistPageFlag = 0x10

// Backup names a copy of the database that tramite finds next to it.
type Backup struct {
	Path     string
	Modified time.Time
}

// NewestBackup returns the newest copy of the database at path found
// beside it, by modification time: the daily copies (PATH.backup-DATE),
// the copies kept before an upgrade (PATH.backup-schemaN-...) and those
// of `tramite backup` (STEM-backup-DATE.EXT). Only files that pass the
// header check count; ok is false when there is none.
func NewestBackup(path string) (Backup, bool) {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // the copies are beside the real file
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Backup{}, false
	}
	var best Backup
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() ||
			!(strings.HasPrefix(name, base+".backup-") || strings.HasPrefix(name, stem+"-backup-") && strings.HasSuffix(name, ext)) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		p := filepath.Join(dir, name)
		if best.Path != "" && !info.ModTime().After(best.Modified) {
			continue
		}
		if checkHeader(p) != nil {
			continue
		}
		best = Backup{Path: p, Modified: info.ModTime()}
	}
	return best, best.Path != ""
}

// backupAdvice tells the user the way out of a refused file: its newest
// backup by name and date, or that there is none.
func backupAdvice(path string) string {
	if b, ok := NewestBackup(path); ok {
		return fmt.Sprintf("Its newest backup is %s (saved %s): copy it to %s to go on from that day "+
			"(tramite keeps daily copies next to it as %s), or start a new file with --db PATH",
			b.Path, b.Modified.Format("2006-01-02 15:04"), path, BackupPattern(path))
	}
	return fmt.Sprintf("tramite found no backup of it next to it (it keeps daily copies there as %s); "+
		"restore one you keep elsewhere, or start a new file with --db PATH", BackupPattern(path))
}
