package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// The index's string table is a bucket nested in the index bucket, so it
// is rebuilt with the index and never outlives it:
//
//	index
//	└── strings
//	    ├── 'i'<id>      → string   (ids from NextSequence, dense from 1)
//	    ├── 's'<string>  → <id>     (the reverse, for writers)
//	    └── 'n'          → <count>  (ids in use after the last rebuild)
//
// Writers only add strings: a note that held an old date stays in the
// table after the row that used it changes. When the table has grown past
// twice its size at the last rebuild (plus slack), the next write
// re-encodes every row against a fresh table (compactIndex), so the table
// that every listing loads stays about as large as the strings in use.
var bucketStrings = []byte("strings")

var keyLive = []byte("n")

const (
	prefixID  = 'i'
	prefixStr = 's'
	// maxShared is the longest string given an id; longer ones (a pasted
	// paragraph in an office name) are written inline, well below
	// bbolt's key size limit.
	maxShared = 1024
	// compactSlack is how many strings the table may gain before a
	// rebuild is worth it, whatever its size.
	compactSlack = 1024
)

// loadStrings reads the string table of idx: strs[id], strs[0] == "".
// A missing table is an empty one (rows that name an id then fail to
// decode, which says the index needs rebuilding).
//
// The strings are copied into chunks of arenaSize (lazyStrings.copy), not
// one allocation each: 3,000 strings, 1 MB, at 100,000 cases.
func loadStrings(idx *bolt.Bucket) ([]string, error) {
	b := idx.Bucket(bucketStrings)
	if b == nil {
		return []string{""}, nil
	}
	strs := make([]string, 1, min(b.Sequence()+1, 1<<16))
	var t lazyStrings
	c := b.Cursor()
	for k, v := c.Seek([]byte{prefixID}); k != nil && k[0] == prefixID; k, v = c.Next() {
		if len(k) != 9 || binary.BigEndian.Uint64(k[1:]) != uint64(len(strs)) {
			return nil, fmt.Errorf("%w: its string table is out of order", errIndexDamaged)
		}
		strs = append(strs, t.copy(v))
	}
	return strs, nil
}

// tableWriter gives strings ids in a write transaction, adding those the
// table lacks. It remembers the first error for the caller to check.
type tableWriter struct {
	b     *bolt.Bucket
	ids   map[string]uint64
	added int
	err   error
}

// newTableWriter opens (or creates) idx's string table for writing.
func newTableWriter(idx *bolt.Bucket) (*tableWriter, error) {
	b, err := idx.CreateBucketIfNotExists(bucketStrings)
	if err != nil {
		return nil, fmt.Errorf("opening the index's string table: %w", err)
	}
	return &tableWriter{b: b, ids: map[string]uint64{}}, nil
}

// id is a stringIDs: s's id, added when new; 0 (inline) for long strings
// and after an error.
func (w *tableWriter) id(s string) uint64 {
	if len(s) > maxShared || w.err != nil {
		return 0
	}
	if id, ok := w.ids[s]; ok {
		return id
	}
	key := append([]byte{prefixStr}, s...)
	if v := w.b.Get(key); len(v) == 8 {
		id := binary.BigEndian.Uint64(v)
		w.ids[s] = id
		return id
	}
	id, err := w.b.NextSequence()
	if err == nil {
		err = w.b.Put(append([]byte{prefixID}, itob(id)...), []byte(s))
	}
	if err == nil {
		err = w.b.Put(key, itob(id))
	}
	if err != nil {
		w.err = fmt.Errorf("adding to the index's string table: %w", err)
		return 0
	}
	w.ids[s] = id
	w.added++
	return id
}

// markLive records the table's size as the baseline for compaction.
func (w *tableWriter) markLive() error {
	return w.b.Put(keyLive, itob(w.b.Sequence()))
}

// overgrown reports whether the table has grown enough since its last
// rebuild for compactIndex to pay off.
func (w *tableWriter) overgrown() bool {
	return w.b.Sequence() > 2*btoi(w.b.Get(keyLive))+compactSlack
}

// compactIndex re-encodes every index row against a fresh string table,
// dropping the strings no row uses any more. It decodes rows, not cases:
// the rules do not run again.
func compactIndex(tx *bolt.Tx) error {
	idx := tx.Bucket(bucketIndex)
	strs, err := loadStrings(idx)
	if err != nil {
		return err
	}
	dec := newRowDecoder(strs)
	var (
		keys [][]byte
		rows []Summary
	)
	err = idx.ForEach(func(k, v []byte) error {
		if v == nil { // the string table itself
			return nil
		}
		s, err := dec.decode(v)
		if err != nil {
			return fmt.Errorf("index row of case %d: %w", btoi(k), err)
		}
		keys, rows = append(keys, append([]byte(nil), k...)), append(rows, s)
		return nil
	})
	if err != nil {
		return err
	}
	if err := idx.DeleteBucket(bucketStrings); err != nil {
		return fmt.Errorf("clearing the index's string table: %w", err)
	}
	w, err := newTableWriter(idx)
	if err != nil {
		return err
	}
	for i, s := range rows {
		if err := idx.Put(keys[i], encodeSummary(s, w.id)); err != nil {
			return err
		}
	}
	if w.err != nil {
		return w.err
	}
	return w.markLive()
}

// lazyStrings is the index's string table read by id as a listing meets
// them (need), for a listing that meets a part of it: at 100,000 cases
// `deadlines --within 30` meets 774 of the table's 3,000 strings (1 MB,
// 500 pages), `--within 0` 257. Once it has looked up more than
// lazyWholeAt of them one by one, it reads the rest in one pass, as
// loadStrings does. strs has the table's length from the start; an id
// not yet met holds "".
type lazyStrings struct {
	strs   []string
	have   []uint64 // bit id set: strs[id] is read
	b      *bolt.Bucket
	c      *bolt.Cursor
	key    [9]byte
	arena  []byte
	misses int
	whole  bool
}

// lazyWholeAt is the share of the table (a fraction 1/lazyWholeAt) looked
// up one by one after which the rest is read in one pass: a lookup costs
// a walk from the root of the table's tree (5 levels at 100,000 cases).
var lazyWholeAt = 2

// openLazyStrings opens idx's string table for need. Its size is the
// table's sequence (ids are dense from 1); a table whose last id is not
// its sequence is refused as loadStrings refuses one out of order.
func openLazyStrings(idx *bolt.Bucket) (*lazyStrings, error) {
	t := &lazyStrings{strs: []string{""}, have: []uint64{1}, whole: true}
	b := idx.Bucket(bucketStrings)
	if b == nil {
		return t, nil
	}
	seq := b.Sequence()
	c := b.Cursor()
	k, _ := c.Seek([]byte{prefixID + 1})
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	switch {
	case seq == 0 && (k == nil || k[0] != prefixID):
		return t, nil
	case k == nil || len(k) != 9 || k[0] != prefixID || binary.BigEndian.Uint64(k[1:]) != seq || seq >= 1<<24:
		return nil, fmt.Errorf("%w: its string table is out of order", errIndexDamaged)
	}
	t.strs = make([]string, seq+1)
	t.have = make([]uint64, (seq+1+63)/64)
	t.have[0] = 1
	t.b, t.whole = b, false
	t.key[0] = prefixID
	return t, nil
}

// need reads string id if it is not read yet; false when the table does
// not have it (damage: ids below len(strs) are all in a sound table).
func (t *lazyStrings) need(id uint64) bool {
	return t.has(id) || t.read(id)
}

// need5 is need of five ids below len(strs) (an agenda entry's texts),
// with one look at the bits when all are read.
func (t *lazyStrings) need5(a, b, c, d, e uint32) bool {
	h := t.have
	if (h[a>>6]>>(a&63))&(h[b>>6]>>(b&63))&(h[c>>6]>>(c&63))&(h[d>>6]>>(d&63))&(h[e>>6]>>(e&63))&1 != 0 {
		return true
	}
	return t.need(uint64(a)) && t.need(uint64(b)) && t.need(uint64(c)) && t.need(uint64(d)) && t.need(uint64(e))
}

// has reports whether string id is read.
func (t *lazyStrings) has(id uint64) bool {
	w := id >> 6
	return w < uint64(len(t.have)) && t.have[w]>>(id&63)&1 != 0
}

// read is need's reading of a string not read yet.
func (t *lazyStrings) read(id uint64) bool {
	if id >= uint64(len(t.strs)) {
		return false
	}
	if t.misses++; t.misses > len(t.strs)/lazyWholeAt {
		return t.readAll() && t.have[id/64]&(1<<(id%64)) != 0
	}
	binary.BigEndian.PutUint64(t.key[1:], id)
	// One cursor for every lookup: Bucket.Get makes one each (an
	// allocation, and its stack another).
	if t.c == nil {
		t.c = t.b.Cursor()
	}
	k, v := t.c.Seek(t.key[:])
	if !bytes.Equal(k, t.key[:]) || v == nil {
		return false
	}
	t.strs[id] = t.copy(v)
	t.have[id/64] |= 1 << (id % 64)
	return true
}

// readAll reads every string not read yet, in one pass of the table;
// false when it is out of order.
func (t *lazyStrings) readAll() bool {
	if t.whole {
		return true
	}
	t.whole = true
	c := t.b.Cursor()
	want := uint64(1)
	for k, v := c.Seek([]byte{prefixID}); k != nil && k[0] == prefixID; k, v = c.Next() {
		if len(k) != 9 || binary.BigEndian.Uint64(k[1:]) != want || want >= uint64(len(t.strs)) {
			return false
		}
		if t.have[want/64]&(1<<(want%64)) == 0 {
			t.strs[want] = t.copy(v)
			t.have[want/64] |= 1 << (want % 64)
		}
		want++
	}
	return want == uint64(len(t.strs))
}

// copy is string(v), copied into the table's arena (chunks of arenaSize;
// a string longer than a sixteenth of it gets its own).
func (t *lazyStrings) copy(v []byte) string {
	if len(v) == 0 {
		return ""
	}
	if len(v) > arenaSize/16 {
		return string(v)
	}
	if cap(t.arena)-len(t.arena) < len(v) {
		t.arena = make([]byte, 0, arenaSize)
	}
	start := len(t.arena)
	t.arena = append(t.arena, v...)
	return unsafe.String(&t.arena[start], len(v))
}
