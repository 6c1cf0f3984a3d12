package store

import (
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// A write of many records into a store that holds fewer (a copy's Load,
// an import of a backup into a new or nearly new file) writes the
// secondary buckets — the people's names and name words, the cases'
// person links, the due dates — at its end, each in its key order
// (putSorted). Put one by one in the order of the records, their keys
// landed all through one node that bbolt splits only at the commit, each
// put moving the keys after it: importing 100,000 cases into a new file
// took a minute of CPU, quadratic. A bulk reads the buckets' entries
// into memory first (no more than the write brings), removes the buckets
// — which putCaseWith, putRow and putNameWords then skip, as for an
// older file being migrated — answers the write's reads of them (a name
// taken, a person's cases), and writes them whole at the end; the due
// dates are read from the index rows then.

// bulkBuckets are the buckets a bulk write fills at its end.
var bulkBuckets = [][]byte{bucketPeopleByName, bucketPeopleWords, bucketCasesByPerson, bucketDue}

// bulkFloor is how many records an import must carry to be written as a
// bulk (a variable for tests); a Load, into an empty store, always is.
var bulkFloor = 512

// bulkIndexes is a bulk write's secondary buckets, kept in memory until
// its end.
type bulkIndexes struct {
	byName map[string]uint64   // nameKey → person id
	words  map[string]struct{} // keys of the words bucket
	owner  map[uint64]uint64   // case id → person id
	cases  map[uint64][]uint64 // person id → case ids
}

// startBulk makes tx's write of n records a bulk when the store holds no
// more records than that (see above), and returns nil otherwise.
func startBulk(tx *bolt.Tx, n int) (*bulkIndexes, error) {
	for _, name := range bulkBuckets {
		if tx.Bucket(name) == nil {
			return nil, nil // an older file: its migration fills them
		}
	}
	if stored := tx.Bucket(bucketPeople).Stats().KeyN + tx.Bucket(bucketCases).Stats().KeyN; stored > n {
		return nil, nil // its pages share the new keys out
	}
	b := &bulkIndexes{byName: map[string]uint64{}, words: map[string]struct{}{},
		owner: map[uint64]uint64{}, cases: map[uint64][]uint64{}}
	err := tx.Bucket(bucketPeopleByName).ForEach(func(k, v []byte) error {
		b.byName[string(k)] = btoi(v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = tx.Bucket(bucketPeopleWords).ForEach(func(k, _ []byte) error {
		b.words[string(k)] = struct{}{}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = tx.Bucket(bucketCasesByPerson).ForEach(func(k, _ []byte) error {
		if len(k) == 16 {
			b.putCase(btoi(k[8:]), btoi(k[:8]))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, name := range bulkBuckets {
		if err := tx.DeleteBucket(name); err != nil {
			return nil, fmt.Errorf("clearing %s: %w", name, err)
		}
	}
	return b, nil
}

// nameOwner is the person holding name (folded as the name index folds
// it), if any.
func (b *bulkIndexes) nameOwner(name string) (uint64, bool) {
	id, ok := b.byName[string(nameKey(name))]
	return id, ok
}

// putPerson records person id's name, replacing old (its name before,
// or "").
func (b *bulkIndexes) putPerson(id uint64, old, name string) {
	if old != "" {
		delete(b.byName, string(nameKey(old)))
		for _, w := range nameWords(old) {
			delete(b.words, string(wordKey(w, id)))
		}
	}
	b.byName[string(nameKey(name))] = id
	for _, w := range nameWords(name) {
		b.words[string(wordKey(w, id))] = struct{}{}
	}
}

// putCase records that case id is person's, wherever it was before.
func (b *bulkIndexes) putCase(id, person uint64) {
	if was, ok := b.owner[id]; ok {
		if was == person {
			return
		}
		b.cases[was] = slices.DeleteFunc(b.cases[was], func(c uint64) bool { return c == id })
	}
	b.owner[id] = person
	b.cases[person] = append(b.cases[person], id)
}

// casesOf is casesOf's answer for the bulk: the person's cases in id
// order.
func (b *bulkIndexes) casesOf(person uint64) []uint64 {
	return slices.Sorted(slices.Values(b.cases[person]))
}

// finish creates the secondary buckets and writes them, each in key
// order; the due dates are read from the index rows.
func (b *bulkIndexes) finish(tx *bolt.Tx) error {
	var nameKeys, nameIDs, wordKeys, pairKeys, dueKeys [][]byte
	for key, id := range b.byName {
		nameKeys, nameIDs = append(nameKeys, []byte(key)), append(nameIDs, itob(id))
	}
	for key := range b.words {
		wordKeys = append(wordKeys, []byte(key))
	}
	for c, p := range b.owner {
		pairKeys = append(pairKeys, pairKey(p, c))
	}
	err := tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
		if v == nil { // the string table
			return nil
		}
		day, ok, err := rowDue(v)
		if err != nil {
			return fmt.Errorf("index row of case %d: %w", btoi(k), err)
		}
		if ok {
			dueKeys = append(dueKeys, dueKey(day, btoi(k)))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name       []byte
		keys, vals [][]byte
	}{
		{bucketPeopleByName, nameKeys, nameIDs},
		{bucketPeopleWords, wordKeys, nil},
		{bucketCasesByPerson, pairKeys, nil},
		{bucketDue, dueKeys, nil},
	} {
		bk, err := tx.CreateBucket(f.name)
		if err != nil {
			return fmt.Errorf("creating %s: %w", f.name, err)
		}
		bk.FillPercent = appendFill
		if err := putSorted(bk, f.keys, f.vals); err != nil {
			return err
		}
	}
	return nil
}
