package store

import (
	"bytes"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"tramite/record"
	"tramite/textsafe"
)

// nameKey folds a name for the uniqueness index: case and runs of spaces
// do not count, accents do ("José" and "JOSÉ" are one person, "Jose"
// another).
func nameKey(name string) []byte {
	return []byte(strings.ToLower(strings.Join(strings.Fields(name), " ")))
}

// SavePerson creates p (assigning p.ID when zero) or updates it. Names are
// unique, ignoring case; renaming a person also renames them in the index
// rows of their cases. On success p holds the stored ID and times.
func (s *Store) SavePerson(p *Person) error {
	q := *p
	q.Name = strings.TrimSpace(q.Name)
	if q.Name == "" {
		return fmt.Errorf("saving a person: a name is needed: type the person's full name")
	}
	err := s.update("saving "+textsafe.Line(record.Short(q.Name)), func(tx *bolt.Tx) error {
		return s.putPerson(tx, &q)
	})
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// putPerson is SavePerson inside tx: q's name already trimmed.
func (s *Store) putPerson(tx *bolt.Tx, q *Person) error {
	people, byName := tx.Bucket(bucketPeople), tx.Bucket(bucketPeopleByName)
	var old *Person
	if q.ID == 0 {
		id, err := people.NextSequence()
		if err != nil {
			return err
		}
		q.ID = id
	} else {
		if prev, err := getPerson(tx, q.ID); err == nil {
			old = &prev
		} else if people.Sequence() < q.ID {
			// A caller-chosen id (an import): keep NextSequence above it.
			if err := people.SetSequence(q.ID); err != nil {
				return err
			}
		}
	}
	if err := record.CheckPerson(q, old, s.today()); err != nil {
		return err
	}
	key := nameKey(q.Name)
	if other := byName.Get(key); other != nil && !bytes.Equal(other, itob(q.ID)) {
		taken := q.Name
		if prev, err := getPerson(tx, btoi(other)); err == nil {
			taken = prev.Name
		}
		return fmt.Errorf("%w: %q (person %d); use a different name, for example with a second surname",
			ErrDuplicateName, taken, btoi(other))
	}
	now := s.stamp()
	q.Updated = now
	switch {
	case old != nil && q.Created.IsZero():
		q.Created = old.Created
	case q.Created.IsZero():
		q.Created = now
	}
	if q.UID == "" && old != nil {
		q.UID = old.UID // a person from before uids keeps none
	} else if q.UID == "" {
		q.UID = record.NewUID()
	}
	if err := putLean(people, q.ID, q); err != nil {
		return err
	}
	if old != nil && !bytes.Equal(nameKey(old.Name), key) {
		if err := byName.Delete(nameKey(old.Name)); err != nil {
			return err
		}
	}
	if err := byName.Put(key, itob(q.ID)); err != nil {
		return err
	}
	oldName := ""
	if old != nil {
		oldName = old.Name
	}
	if oldName != q.Name {
		if err := putNameWords(tx, q.ID, oldName, q.Name); err != nil {
			return err
		}
	}
	if old != nil && old.Name != q.Name {
		return renameInIndex(tx, casesOf(tx, q.ID), q.Name)
	}
	return nil
}

// Person returns the person with the given id.
func (s *Store) Person(id uint64) (Person, error) {
	var p Person
	err := s.view(fmt.Sprintf("reading person %d", id), func(tx *bolt.Tx) (err error) {
		p, err = getPerson(tx, id)
		return err
	})
	return p, err
}

// PersonByName finds a person by name, ignoring case and extra spaces.
// Names are stored in NFC (record.CheckPerson): a name typed with
// combining accents is looked up composed first, then as typed (a name
// stored before names were composed).
func (s *Store) PersonByName(name string) (Person, error) {
	var p Person
	err := s.view(fmt.Sprintf("finding %q", name), func(tx *bolt.Tx) error {
		byName := tx.Bucket(bucketPeopleByName)
		id := byName.Get(nameKey(record.NFC(name)))
		if id == nil {
			id = byName.Get(nameKey(name))
		}
		if id == nil {
			return fmt.Errorf("no person named %q: %w", strings.TrimSpace(name), ErrNotFound)
		}
		var err error
		p, err = getPerson(tx, btoi(id))
		return err
	})
	return p, err
}

// People returns everyone, in the order they were added.
func (s *Store) People() ([]Person, error) {
	var out []Person
	err := s.view("listing people", func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPeople).ForEach(func(k, v []byte) error {
			var p Person
			if err := decodeLean(v, &p); err != nil {
				return fmt.Errorf("person %d is damaged: %w", btoi(k), err)
			}
			out = append(out, p)
			return nil
		})
	})
	return out, err
}

// DeletePerson deletes a person who has no cases. A person with cases is
// refused (ErrHasCases), so deleting never loses a case by surprise.
func (s *Store) DeletePerson(id uint64) error {
	return s.update(fmt.Sprintf("deleting person %d", id), func(tx *bolt.Tx) error {
		p, err := getPerson(tx, id)
		if err != nil {
			return err
		}
		if n := len(casesOf(tx, id)); n > 0 {
			return fmt.Errorf("%w: %s has %d case(s); delete them first", ErrHasCases, p.Name, n)
		}
		if err := tx.Bucket(bucketPeopleByName).Delete(nameKey(p.Name)); err != nil {
			return err
		}
		if err := deleteNameWords(tx, id, p.Name); err != nil {
			return err
		}
		return tx.Bucket(bucketPeople).Delete(itob(id))
	})
}

// getPerson reads and decodes one person inside tx.
func getPerson(tx *bolt.Tx, id uint64) (Person, error) {
	v := tx.Bucket(bucketPeople).Get(itob(id))
	if v == nil {
		return Person{}, fmt.Errorf("person %d: %w", id, ErrNotFound)
	}
	var p Person
	if err := decodeLean(v, &p); err != nil {
		return Person{}, fmt.Errorf("person %d is damaged: %w", id, err)
	}
	return p, nil
}

// casesOf returns the ids of a person's cases, in creation order.
func casesOf(tx *bolt.Tx, personID uint64) []uint64 {
	var ids []uint64
	prefix := itob(personID)
	c := tx.Bucket(bucketCasesByPerson).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) == 16 {
			ids = append(ids, btoi(k[8:]))
		}
	}
	return ids
}
