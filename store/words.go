package store

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"tramite/record"
)

// bucketPeopleWords (schema 2) indexes every person by each word of their
// folded name (record.FoldName: no case, no accents): the key is the word,
// a 0 byte and the person's id; the value is empty. It is written with the
// person, in the same transaction, so that looking for the people a typed
// name may mean (casebook.Candidates: "elodie" for "Élodie Marchand
// Pérez") reads the few people whose words begin with the typed ones,
// not every person.
var bucketPeopleWords = []byte("people_words")

// nameWords are the distinct words of name, folded.
func nameWords(name string) []string {
	ws := strings.Fields(record.FoldName(name))
	slices.Sort(ws)
	return slices.Compact(ws)
}

// wordKey is a key of the words bucket.
func wordKey(w string, id uint64) []byte {
	k := make([]byte, 0, len(w)+9)
	k = append(k, w...)
	k = append(k, 0)
	return append(k, itob(id)...)
}

// putNameWords indexes person id under the words of name; old, when not
// empty, is the name whose words it replaces.
func putNameWords(tx *bolt.Tx, id uint64, old, name string) error {
	b := tx.Bucket(bucketPeopleWords)
	if b == nil {
		return nil // an older file being migrated: the step fills it
	}
	if old != "" {
		if err := deleteNameWords(tx, id, old); err != nil {
			return err
		}
	}
	for _, w := range nameWords(name) {
		if err := b.Put(wordKey(w, id), nil); err != nil {
			return err
		}
	}
	return nil
}

// deleteNameWords removes person id from the words of name.
func deleteNameWords(tx *bolt.Tx, id uint64, name string) error {
	b := tx.Bucket(bucketPeopleWords)
	if b == nil {
		return nil
	}
	for _, w := range nameWords(name) {
		if err := b.Delete(wordKey(w, id)); err != nil {
			return err
		}
	}
	return nil
}

// fillNameWords indexes every person (the schema 1 to 2 step).
func fillNameWords(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketPeopleWords)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketPeople).ForEach(func(k, v []byte) error {
		var p struct{ Name string }
		if err := decodeLean(v, &p); err != nil {
			return fmt.Errorf("person %d is damaged: %w", btoi(k), err)
		}
		for _, w := range nameWords(p.Name) {
			if err := b.Put(wordKey(w, btoi(k)), nil); err != nil {
				return err
			}
		}
		return nil
	})
}

// PeopleMatching returns the people typed may name (casebook.Candidates
// picks among them): those every folded word of typed begins a word of,
// in id order. An empty typed name matches nobody. It reads the words
// index, then only those people.
func (s *Store) PeopleMatching(typed string) ([]Person, error) {
	words := strings.Fields(record.FoldName(typed))
	if len(words) == 0 {
		return nil, nil
	}
	var out []Person
	err := s.view("looking for people by name", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPeopleWords)
		if b == nil { // a schema-1 file read read-only
			return tx.Bucket(bucketPeople).ForEach(func(k, v []byte) error {
				var p Person
				if err := decodeLean(v, &p); err != nil {
					return fmt.Errorf("person %d is damaged: %w", btoi(k), err)
				}
				if personHasWords(p.Name, words) {
					out = append(out, p)
				}
				return nil
			})
		}
		// The longest word first: it is usually the rarest.
		slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
		var ids []uint64
		for i, w := range words {
			var these []uint64
			c := b.Cursor()
			prefix := []byte(w)
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				if len(k) >= 9 {
					these = append(these, btoi(k[len(k)-8:]))
				}
			}
			slices.Sort(these)
			these = slices.Compact(these)
			if i == 0 {
				ids = these
			} else {
				ids = slices.DeleteFunc(ids, func(id uint64) bool { _, ok := slices.BinarySearch(these, id); return !ok })
			}
			if len(ids) == 0 {
				return nil
			}
		}
		for _, id := range ids {
			p, err := getPerson(tx, id)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// personHasWords reports whether each of words (folded) begins a word of
// name, folded.
func personHasWords(name string, words []string) bool {
	ws := strings.Fields(record.FoldName(name))
	for _, w := range words {
		if !slices.ContainsFunc(ws, func(n string) bool { return strings.HasPrefix(n, w) }) {
			return false
		}
	}
	return true
}
