package store

import (
	"fmt"
	"maps"
	"strings"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// SaveCase creates c (assigning c.ID when zero) or replaces it, and writes
// its index row in the same transaction. The person must exist. Replacing
// a case needs c.Version to be the stored one: a save based on an older
// version is refused with a *record.ConflictError (record.ErrConflict).
// On success c holds the stored ID, times and version.
func (s *Store) SaveCase(c *Case) error {
	d := *c
	d.Procedure = strings.TrimSpace(d.Procedure)
	if d.Procedure == "" {
		return fmt.Errorf("saving a case: the procedure is missing: pick one of `tramite procedures`")
	}
	if d.Answers == nil {
		d.Answers = procedures.Answers{}
	}
	isNew := d.ID == 0
	err := s.update("saving the case", func(tx *bolt.Tx) error {
		cases := tx.Bucket(bucketCases)
		var was *Case
		if d.ID != 0 {
			if old, err := getCase(tx, d.ID); err == nil {
				was = &old
			}
		}
		if err := record.CheckVersion(d, was); err != nil {
			return err
		}
		if err := record.ValidateCase(d, was, s.today()); err != nil {
			return err
		}
		d.Version = 1
		if was != nil {
			d.Version = was.Version + 1
		}
		if d.ID == 0 {
			id, err := cases.NextSequence()
			if err != nil {
				return err
			}
			d.ID = id
		} else if old, err := getCase(tx, d.ID); err == nil {
			if d.Created.IsZero() {
				d.Created = old.Created
			}
			if old.PersonID != d.PersonID {
				if err := tx.Bucket(bucketCasesByPerson).Delete(pairKey(old.PersonID, d.ID)); err != nil {
					return err
				}
			}
		} else if cases.Sequence() < d.ID {
			// A caller-chosen id (an import): keep NextSequence above it.
			if err := cases.SetSequence(d.ID); err != nil {
				return err
			}
		}
		now := s.stamp()
		if d.Created.IsZero() {
			d.Created = now
		}
		// A new case gets a uid; a stored one keeps its own, or none: a
		// case from before uids keeps its calendar UIDs (export.CaseUID).
		if d.UID == "" && was != nil {
			d.UID = was.UID
		} else if d.UID == "" {
			d.UID = record.NewUID()
		}
		d.Updated = now
		// The change and its history entry, in this one transaction; a
		// case imported under its own id keeps the history it brings.
		if was != nil || isNew {
			casebook.Chronicle(was, &d, now)
		}
		return putCaseWith(tx, &d, s.calendar())
	})
	if err != nil {
		return err
	}
	*c = d
	return nil
}

// Case returns the case with the given id.
func (s *Store) Case(id uint64) (Case, error) {
	var c Case
	err := s.view(fmt.Sprintf("reading case %d", id), func(tx *bolt.Tx) (err error) {
		c, err = getCase(tx, id)
		return err
	})
	return c, err
}

// Cases returns every case, in the order they were created. Listing many
// cases is slow (each is decoded whole): dashboards use Summaries.
func (s *Store) Cases() ([]Case, error) {
	var out []Case
	err := s.view("listing cases", func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCases).ForEach(func(k, v []byte) error {
			c, err := decodeCase(v)
			if err != nil {
				return fmt.Errorf("case %d is damaged: %w", btoi(k), err)
			}
			out = append(out, c)
			return nil
		})
	})
	return out, err
}

// DeleteCase deletes a case and its index row.
func (s *Store) DeleteCase(id uint64) error {
	return s.update(fmt.Sprintf("deleting case %d", id), func(tx *bolt.Tx) error {
		c, err := getCase(tx, id)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketCasesByPerson).Delete(pairKey(c.PersonID, id)); err != nil {
			return err
		}
		if err := deleteRow(tx, id); err != nil {
			return err
		}
		return tx.Bucket(bucketCases).Delete(itob(id))
	})
}

// SaveAnswer stores one answer, stored form as the procedure normalised
// it. Like every edit below, it is one committed transaction: once it
// returns, the answer survives a crash.
func (s *Store) SaveAnswer(caseID uint64, key, value string) error {
	if key == "" {
		return fmt.Errorf("saving an answer of case %d: the answer key is empty", caseID)
	}
	return s.editCase(caseID, "saving answer "+key, func(c *Case) {
		c.Answers[key] = value
	})
}

// DeleteAnswer removes one answer (nothing happens if it is absent).
func (s *Store) DeleteAnswer(caseID uint64, key string) error {
	return s.editCase(caseID, "deleting answer "+key, func(c *Case) {
		delete(c.Answers, key)
	})
}

// SetTick ticks (or unticks) one checklist document. It is a per-item
// update in one transaction on the case as stored (editCase), not a save
// of a caller's copy: two desks ticking different items of one case never
// lose either, so a tick needs no version check (storetest's
// InterleavedTicksBothSurvive). It sets a state, it does not toggle.
func (s *Store) SetTick(caseID uint64, docID string, done bool) error {
	return s.editCase(caseID, "ticking "+docID, func(c *Case) {
		if done {
			if c.Ticks == nil {
				c.Ticks = map[string]bool{}
			}
			c.Ticks[docID] = true
			return
		}
		delete(c.Ticks, docID)
		if len(c.Ticks) == 0 {
			c.Ticks = nil
		}
	})
}

// SetProgress records where the case stands (stage, appointment, filing).
func (s *Store) SetProgress(caseID uint64, pr procedures.Progress) error {
	return s.editCase(caseID, "saving the progress", func(c *Case) {
		c.Progress = pr
	})
}

// SetNotes replaces the case's free-text notes.
func (s *Store) SetNotes(caseID uint64, notes string) error {
	return s.editCase(caseID, "saving the notes", func(c *Case) {
		c.Notes = notes
	})
}

// editCase reads a case, applies edit, and writes it back with its index
// row, all in one transaction.
func (s *Store) editCase(id uint64, what string, edit func(c *Case)) error {
	return s.update(fmt.Sprintf("%s (case %d)", what, id), func(tx *bolt.Tx) error {
		c, err := getCase(tx, id)
		if err != nil {
			return err
		}
		was := c
		was.Answers, was.Ticks = c.Answers.Clone(), maps.Clone(c.Ticks)
		edit(&c)
		c.Updated = s.stamp()
		if err := record.ValidateCase(c, &was, s.today()); err != nil {
			return err
		}
		// Derived from fields checked just now.
		casebook.Chronicle(&was, &c, c.Updated)
		c.Version++
		return putCaseWith(tx, &c, s.calendar())
	})
}

// putCase is putCaseWith with the closures stored in tx, for callers that
// have a transaction but no Store (tests filling a file directly).
func putCase(tx *bolt.Tx, c *Case) error {
	ds, err := readClosures(tx)
	if err != nil {
		return err
	}
	return putCaseWith(tx, c, calendarOf(ds))
}

// putCaseWith writes a case, its person link and its index row, computed
// with cal (the store's office calendar).
func putCaseWith(tx *bolt.Tx, c *Case, cal procedures.Calendar) error {
	p, err := getPerson(tx, c.PersonID)
	if err != nil {
		return fmt.Errorf("the case's person: %w (add the person first)", err)
	}
	if err := putLean(tx.Bucket(bucketCases), c.ID, c); err != nil {
		return err
	}
	if byPerson := tx.Bucket(bucketCasesByPerson); byPerson != nil { // nil: Load writes it after
		if err := byPerson.Put(pairKey(c.PersonID, c.ID), nil); err != nil {
			return err
		}
	}
	return putRow(tx, summarize(c, p.Name, cal))
}

// getCase reads and decodes one case inside tx.
func getCase(tx *bolt.Tx, id uint64) (Case, error) {
	v := tx.Bucket(bucketCases).Get(itob(id))
	if v == nil {
		return Case{}, fmt.Errorf("case %d: %w", id, ErrNotFound)
	}
	c, err := decodeCase(v)
	if err != nil {
		return Case{}, fmt.Errorf("case %d is damaged: %w", id, err)
	}
	return c, nil
}

// decodeCase decodes a stored case. The result always has an Answers map,
// so callers can add to it.
func decodeCase(data []byte) (Case, error) {
	var c Case
	if err := decodeLean(data, &c); err != nil {
		return Case{}, err
	}
	if c.Answers == nil {
		c.Answers = procedures.Answers{}
	}
	return c, nil
}
