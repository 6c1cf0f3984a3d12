package store

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// itob is an id as a bucket key: 8 bytes big-endian, so byte order is
// numeric order and cursors walk in creation order.
func itob(id uint64) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 8), id)
}

// btoi reads an id key; a key of another length reads as 0.
func btoi(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// pairKey is the cases_by_person key: person id, then case id.
func pairKey(personID, caseID uint64) []byte {
	return binary.BigEndian.AppendUint64(itob(personID), caseID)
}

// putLean stores v (a person or a case) under id, written lean
// (leanvalue.go).
func putLean(b *bolt.Bucket, id uint64, v any) error {
	data, err := encodeLean(v)
	if err != nil {
		return fmt.Errorf("encoding %d: %w", id, err)
	}
	return b.Put(itob(id), data)
}
