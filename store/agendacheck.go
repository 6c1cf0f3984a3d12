package store

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
)

// checkAgenda checks the per-deadline agenda key (agendakey.go) as
// EachAgendaKey reads it: every key of the shape written, every value
// decoding, its texts ids below nstrs (the size of the index's string
// table).
func checkAgenda(tx *bolt.Tx, nstrs uint64, drop func()) error {
	ag := tx.Bucket(bucketAgenda)
	if ag == nil {
		return nil // a file older than the key: its listings read the rows
	}
	var d casebook.KeyedDeadline
	c := ag.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		drop()
		switch {
		case v == nil:
			return fmt.Errorf("the agenda holds a bucket %q where entries belong", k)
		case len(k) == 9 && k[0] == agendaOdd:
			if len(v) != 0 {
				return fmt.Errorf("the agenda's mark of case %d holds a value", btoi(k[1:]))
			}
		case len(k) != agendaKeyLen:
			return fmt.Errorf("the agenda holds a key of %d bytes", len(k))
		case !decodeAgenda(k, v, nil, nstrs, &d):
			return fmt.Errorf("an entry of the agenda of case %d does not decode", btoi(k[5:13]))
		}
	}
	return nil
}

// repairAgenda checks the agenda key of a file whose pages and records a
// read-write open has just checked (the file changed since tramite last
// closed it), and rebuilds it from the index rows when it does not check
// out: it is derived data, so damage to it loses nothing, and a listing
// never reads it blindly.
func (s *Store) repairAgenda() error {
	bad := false
	err := s.view("checking the deadline index", func(tx *bolt.Tx) error {
		idx := tx.Bucket(bucketIndex)
		if idx == nil || tx.Bucket(bucketAgenda) == nil {
			return nil
		}
		return guard(func() error {
			return readLean(tx, func() error {
				nstrs, err := countStrings(idx)
				if err == nil {
					err = checkAgenda(tx, nstrs, dropEveryN(tx))
				}
				bad = err != nil
				return nil
			})
		})
	})
	if err != nil && !errors.Is(err, errPanicked) {
		return err
	}
	if !bad && err == nil {
		return nil
	}
	return s.update("rebuilding the deadline index", func(tx *bolt.Tx) error {
		return fillAgenda(tx, tx.Bucket(bucketIndex))
	})
}
