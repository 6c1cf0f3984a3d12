package pgstore

import "tramite/store"

// Import is ImportWith without options, as on the bbolt engine: a person
// is matched by uid, else by folded name; a case by uid, else by its
// person, procedure and creation time; new records get ids, uids and
// their index rows, written with COPY.
func (s *Store) Import(people []Person, cases []Case) (store.ImportResult, error) {
	return s.ImportWith(people, cases, store.ImportOptions{})
}
