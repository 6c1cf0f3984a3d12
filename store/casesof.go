package store

import (
	bolt "go.etcd.io/bbolt"
)

// casesReleaseEvery is how many cases are read between two releases of
// the mapping: a case (its answers, history and notes) is a few pages'
// worth of the file, where an index row is a fraction of one.
const casesReleaseEvery = 128

// CasesOf calls fn with each stored case of ids, in their order, in one
// read; an id not stored is skipped. A screen that reads thousands of
// cases (the dashboard's unfinished drafts at 100,000 cases) opens the
// file once instead of once a case: each open of a file with a long
// freelist rebuilds bbolt's index of it.
func (s *Store) CasesOf(ids []uint64, fn func(Case) error) error {
	return s.view("reading cases", func(tx *bolt.Tx) error {
		// The pages read are given back as it goes (pageReleaser): the
		// cases of 14,000 drafts would otherwise keep 60 MB of the file
		// mapped.
		rel := newPageReleaser(tx)
		defer rel.release()
		n := 0
		return EachStored(ids, func(id uint64) (Case, error) {
			if n++; n%casesReleaseEvery == 0 {
				rel.release()
			}
			return getCase(tx, id)
		}, fn)
	})
}
