package store

import (
	"encoding/binary"
	"fmt"

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
func loadStrings(idx *bolt.Bucket) ([]string, error) {
	strs := []string{""}
	b := idx.Bucket(bucketStrings)
	if b == nil {
		return strs, nil
	}
	c := b.Cursor()
	for k, v := c.Seek([]byte{prefixID}); k != nil && k[0] == prefixID; k, v = c.Next() {
		if len(k) != 9 || binary.BigEndian.Uint64(k[1:]) != uint64(len(strs)) {
			return nil, fmt.Errorf("%w: its string table is out of order", errIndexDamaged)
		}
		strs = append(strs, string(v))
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
