package store

import (
	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
)

// checkAgenda is checkRecords' check of the per-deadline agenda key
// (agendakey.go): every key of the shape written, every value decoding
// as EachAgendaKey decodes it, its texts ids below nstrs (the size of the
// index's string table). A shifted key or value is page damage, as an
// index row that does not decode is.
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
			return pageDamagef("the agenda holds a bucket %q where entries belong", k)
		case len(k) == 9 && k[0] == agendaOdd:
			if len(v) != 0 {
				return pageDamagef("the agenda's mark of case %d holds a value", btoi(k[1:]))
			}
		case len(k) != agendaKeyLen:
			return pageDamagef("the agenda holds a key of %d bytes", len(k))
		case !decodeAgenda(k, v, nil, nstrs, &d):
			return pageDamagef("an entry of the agenda of case %d does not decode", btoi(k[5:13]))
		}
	}
	return nil
}
