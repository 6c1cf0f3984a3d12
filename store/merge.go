package store

import (
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// MergePeople makes two records of one person one, in one transaction:
// keep (a stored person, with the details the caller merged) is saved, every
// case of person otherID moves to keep (their index rows take keep's name),
// and person otherID is removed. Nothing changes on error.
func (s *Store) MergePeople(keep *Person, otherID uint64) error {
	q := *keep
	q.Name = strings.TrimSpace(q.Name)
	if q.ID == 0 || q.ID == otherID {
		return fmt.Errorf("merging people: the person to keep must be stored and differ from the other (%d, %d)", q.ID, otherID)
	}
	err := s.update(fmt.Sprintf("merging person %d into %d", otherID, q.ID), func(tx *bolt.Tx) error {
		if _, err := getPerson(tx, q.ID); err != nil {
			return err
		}
		other, err := getPerson(tx, otherID)
		if err != nil {
			return err
		}
		// The other's name leaves the index first: keep may take it.
		if err := tx.Bucket(bucketPeopleByName).Delete(nameKey(other.Name)); err != nil {
			return err
		}
		if err := deleteNameWords(tx, otherID, other.Name); err != nil {
			return err
		}
		if err := tx.Bucket(bucketPeople).Delete(itob(otherID)); err != nil {
			return err
		}
		if err := s.putPerson(tx, &q); err != nil {
			return err
		}
		now := s.stamp()
		for _, id := range casesOf(tx, otherID) {
			c, err := getCase(tx, id)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketCasesByPerson).Delete(pairKey(otherID, id)); err != nil {
				return err
			}
			c.PersonID, c.Updated = q.ID, now
			c.Version++ // moved: a desk holding the old version must reopen it
			if err := putCaseWith(tx, &c, s.calendar()); err != nil {
				return fmt.Errorf("case %d: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	*keep = q
	return nil
}

// DeletePersonAndCases deletes a person with every one of their cases
// (and the cases' index rows), in one transaction, and returns how many
// cases went.
func (s *Store) DeletePersonAndCases(id uint64) (int, error) {
	n := 0
	err := s.update(fmt.Sprintf("deleting person %d and their cases", id), func(tx *bolt.Tx) error {
		p, err := getPerson(tx, id)
		if err != nil {
			return err
		}
		ids := casesOf(tx, id)
		for _, cid := range ids {
			if err := deleteRow(tx, cid); err != nil {
				return err
			}
			if err := tx.Bucket(bucketCases).Delete(itob(cid)); err != nil {
				return err
			}
			if err := tx.Bucket(bucketCasesByPerson).Delete(pairKey(id, cid)); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketPeopleByName).Delete(nameKey(p.Name)); err != nil {
			return err
		}
		if err := deleteNameWords(tx, id, p.Name); err != nil {
			return err
		}
		n = len(ids)
		return tx.Bucket(bucketPeople).Delete(itob(id))
	})
	return n, err
}
