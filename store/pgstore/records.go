package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
	"tramite/textsafe"
)

// decodeCase decodes a stored case; the columns are the truth for its id
// and person. The result always has an Answers map.
func decodeCase(id, personID uint64, version int64, data []byte) (Case, error) {
	var c Case
	if err := json.Unmarshal(data, &c); err != nil {
		return Case{}, fmt.Errorf("case %d is damaged: %w", id, err)
	}
	c.ID, c.PersonID, c.Version = id, personID, uint64(version)
	if c.Answers == nil {
		c.Answers = procedures.Answers{}
	}
	return c, nil
}

func decodePerson(id uint64, data []byte) (Person, error) {
	var p Person
	if err := json.Unmarshal(data, &p); err != nil {
		return Person{}, fmt.Errorf("person %d is damaged: %w", id, err)
	}
	p.ID = id
	return p, nil
}

// getPerson reads one person inside tx; lock is "" or a locking clause.
func getPerson(ctx context.Context, tx pgx.Tx, id uint64, lock string) (Person, error) {
	var data []byte
	err := tx.QueryRow(ctx, `SELECT data FROM people WHERE id = $1 `+lock, int64(id)).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return Person{}, fmt.Errorf("person %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return Person{}, err
	}
	return decodePerson(id, data)
}

// getCase reads one case inside tx with its version; lock as getPerson.
func getCase(ctx context.Context, tx pgx.Tx, id uint64, lock string) (Case, int64, error) {
	var (
		pid, version int64
		data         []byte
	)
	err := tx.QueryRow(ctx, `SELECT person_id, version, data FROM cases WHERE id = $1 `+lock, int64(id)).Scan(&pid, &version, &data)
	if errors.Is(err, pgx.ErrNoRows) {
		return Case{}, 0, fmt.Errorf("case %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return Case{}, 0, err
	}
	c, err := decodeCase(id, uint64(pid), version, data)
	return c, version, err
}

// upsertPerson writes one person's row: $1 id, $2 name key, $3 folded
// name, $4 data.
const upsertPerson = `INSERT INTO people (id, name_key, name_fold, data) VALUES ($1, $2, $3, $4)
	ON CONFLICT (id) DO UPDATE SET name_key = EXCLUDED.name_key, name_fold = EXCLUDED.name_fold, data = EXCLUDED.data`

// personColumns are the columns of people a COPY writes, in the order of
// personRow's values.
var personColumns = []string{"id", "name_key", "name_fold", "data"}

// personRow is the values of p's row for a COPY.
func personRow(p *Person) ([]any, error) {
	data, err := marshal(p)
	if err != nil {
		return nil, err
	}
	return []any{int64(p.ID), store.NameKey(p.Name), record.FoldName(p.Name), data}, nil
}

// bumpSequence keeps seq's next value above a caller-chosen id.
func bumpSequence(ctx context.Context, tx pgx.Tx, seq string, id uint64) error {
	_, err := tx.Exec(ctx, `SELECT setval('`+seq+`', greatest($1::bigint, (SELECT last_value FROM `+seq+`)))`, int64(id))
	return err
}

func nextID(ctx context.Context, tx pgx.Tx, seq string) (uint64, error) {
	var id int64
	err := tx.QueryRow(ctx, `SELECT nextval('`+seq+`')`).Scan(&id)
	return uint64(id), err
}

// duplicateName is the refusal of a name another person has.
func duplicateName(taken string, id uint64) error {
	return fmt.Errorf("%w: %q (person %d); use a different name, for example with a second surname", store.ErrDuplicateName, taken, id)
}

// nameTaken reports the person other than id who has name's key.
func nameTaken(ctx context.Context, tx pgx.Tx, name string, id uint64) error {
	var (
		other int64
		taken string
	)
	err := tx.QueryRow(ctx, `SELECT id, data->>'name' FROM people WHERE name_key = $1 AND id <> $2`, store.NameKey(name), int64(id)).Scan(&other, &taken)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	return duplicateName(taken, uint64(other))
}

// isUniqueViolation reports a unique index refusing a row.
func isUniqueViolation(err error, constraint string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" && (constraint == "" || pe.ConstraintName == constraint)
}

// SavePerson creates p (assigning p.ID when zero) or updates it. Names are
// unique ignoring case and spaces; a rename renames the index rows too.
func (s *Store) SavePerson(p *Person) error {
	orig := *p
	orig.Name = strings.TrimSpace(orig.Name)
	if orig.Name == "" {
		return fmt.Errorf("saving a person: a name is needed: type the person's full name")
	}
	var q Person
	err := s.write("saving "+textsafe.Line(record.Short(orig.Name)), func(ctx context.Context, tx pgx.Tx) (err error) {
		q, err = s.savePersonTx(ctx, tx, orig)
		return err
	})
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Person returns the person with the given id.
func (s *Store) Person(id uint64) (Person, error) {
	var p Person
	err := s.read(fmt.Sprintf("reading person %d", id), func(ctx context.Context, tx pgx.Tx) (err error) {
		p, err = getPerson(ctx, tx, id, "")
		return err
	})
	return p, err
}

// PersonByName finds a person by name, ignoring case and extra spaces.
func (s *Store) PersonByName(name string) (Person, error) {
	var p Person
	err := s.read(fmt.Sprintf("finding %q", name), func(ctx context.Context, tx pgx.Tx) error {
		var (
			id   int64
			data []byte
		)
		// Names are stored in NFC (record.CheckPerson): a name typed with
		// combining accents is looked up composed first, then as typed (a
		// name stored before names were composed).
		err := pgx.ErrNoRows
		for _, key := range []string{store.NameKey(record.NFC(name)), store.NameKey(name)} {
			if strings.ContainsRune(key, 0) { // no stored text has NUL
				break
			}
			err = tx.QueryRow(ctx, `SELECT id, data FROM people WHERE name_key = $1`, key).Scan(&id, &data)
			if !errors.Is(err, pgx.ErrNoRows) {
				break
			}
		}
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("no person named %q: %w", strings.TrimSpace(name), store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		p, err = decodePerson(uint64(id), data)
		return err
	})
	return p, err
}

// People returns everyone, in the order they were added.
func (s *Store) People() ([]Person, error) {
	var out []Person
	err := s.read("listing people", func(ctx context.Context, tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT id, data FROM people ORDER BY id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				id   int64
				data []byte
			)
			if err := rows.Scan(&id, &data); err != nil {
				return err
			}
			p, err := decodePerson(uint64(id), data)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

// DeletePerson deletes a person who has no cases (ErrHasCases otherwise).
func (s *Store) DeletePerson(id uint64) error {
	return s.write(fmt.Sprintf("deleting person %d", id), func(ctx context.Context, tx pgx.Tx) error {
		p, err := getPerson(ctx, tx, id, "FOR UPDATE")
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM cases WHERE person_id = $1`, int64(id)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%w: %s has %d case(s); delete them first", store.ErrHasCases, p.Name, n)
		}
		_, err = tx.Exec(ctx, `DELETE FROM people WHERE id = $1`, int64(id))
		return err
	})
}

// SaveCase creates c (assigning c.ID when zero) or replaces it, with its
// index row, in one transaction. The person must exist.
func (s *Store) SaveCase(c *Case) error {
	orig := *c
	orig.Procedure = strings.TrimSpace(orig.Procedure)
	if orig.Procedure == "" {
		return fmt.Errorf("saving a case: the procedure is missing: pick one of `tramite procedures`")
	}
	if orig.Answers == nil {
		orig.Answers = procedures.Answers{}
	}
	var d Case
	err := s.write("saving the case", func(ctx context.Context, tx pgx.Tx) error {
		d = orig
		cal, err := s.lockClosures(ctx, tx, false)
		if err != nil {
			return err
		}
		var (
			was     *Case
			version int64
		)
		if d.ID != 0 {
			old, v, err := getCase(ctx, tx, d.ID, "FOR UPDATE")
			switch {
			case err == nil:
				was, version = &old, v
			case !errors.Is(err, store.ErrNotFound):
				return err
			}
		}
		if err := record.CheckVersion(d, was); err != nil {
			return err
		}
		if err := record.ValidateCase(d, was, s.today()); err != nil {
			return err
		}
		d.Version = uint64(version + 1)
		if d.ID == 0 {
			if d.ID, err = nextID(ctx, tx, "cases_id_seq"); err != nil {
				return err
			}
		} else if was == nil {
			if err := bumpSequence(ctx, tx, "cases_id_seq", d.ID); err != nil {
				return err
			}
		} else if d.Created.IsZero() {
			d.Created = was.Created
		}
		now := s.stamp()
		if d.Created.IsZero() {
			d.Created = now
		}
		// A new case gets a uid; a stored one keeps its own, or none (as on
		// the bbolt engine: a case from before uids keeps its calendar UIDs).
		if d.UID == "" && was != nil {
			d.UID = was.UID
		} else if d.UID == "" {
			d.UID = record.NewUID()
		}
		d.Updated = now
		// The change and its history entry, in this one transaction; a
		// case imported under its own id keeps the history it brings.
		if was != nil || orig.ID == 0 {
			casebook.Chronicle(was, &d, now)
		}
		return putCase(ctx, tx, &d, version+1, cal)
	})
	if err != nil {
		return err
	}
	*c = d
	return nil
}

// putCase writes a case at version and its index row, computed with cal.
func putCase(ctx context.Context, tx pgx.Tx, c *Case, version int64, cal procedures.Calendar) error {
	p, err := getPerson(ctx, tx, c.PersonID, "FOR SHARE")
	if err != nil {
		return fmt.Errorf("the case's person: %w (add the person first)", err)
	}
	data, err := marshal(c)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO cases (id, person_id, version, updated, data) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (id) DO UPDATE SET person_id = EXCLUDED.person_id, version = EXCLUDED.version,
			updated = EXCLUDED.updated, data = EXCLUDED.data`,
		int64(c.ID), int64(c.PersonID), version, c.Updated, data); err != nil {
		return err
	}
	return putRow(ctx, tx, store.Summarize(c, p.Name, cal))
}

// Case returns the case with the given id.
func (s *Store) Case(id uint64) (Case, error) {
	var c Case
	err := s.read(fmt.Sprintf("reading case %d", id), func(ctx context.Context, tx pgx.Tx) (err error) {
		c, _, err = getCase(ctx, tx, id, "")
		return err
	})
	return c, err
}

// Cases returns every case, in the order they were created.
func (s *Store) Cases() ([]Case, error) {
	var out []Case
	err := s.read("listing cases", func(ctx context.Context, tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT id, person_id, version, data FROM cases ORDER BY id`)
		if err != nil {
			return err
		}
		return eachCaseRow(rows, func(c Case) error { out = append(out, c); return nil })
	})
	return out, err
}

// eachCaseRow decodes rows of (id, person_id, version, data) into cases
// and calls fn with each; it closes rows. An error from fn stops it.
func eachCaseRow(rows pgx.Rows, fn func(Case) error) error {
	defer rows.Close()
	for rows.Next() {
		var (
			id, pid, version int64
			data             []byte
		)
		if err := rows.Scan(&id, &pid, &version, &data); err != nil {
			return err
		}
		c, err := decodeCase(uint64(id), uint64(pid), version, data)
		if err != nil {
			return err
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// DeleteCase deletes a case and its index row.
func (s *Store) DeleteCase(id uint64) error {
	return s.write(fmt.Sprintf("deleting case %d", id), func(ctx context.Context, tx pgx.Tx) error {
		if _, _, err := getCase(ctx, tx, id, "FOR UPDATE"); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM cases WHERE id = $1`, int64(id))
		return err
	})
}

// SaveAnswer stores one answer.
func (s *Store) SaveAnswer(caseID uint64, key, value string) error {
	if key == "" {
		return fmt.Errorf("saving an answer of case %d: the answer key is empty", caseID)
	}
	return s.editCase(caseID, "saving answer "+key, func(c *Case) { c.Answers[key] = value })
}

// DeleteAnswer removes one answer.
func (s *Store) DeleteAnswer(caseID uint64, key string) error {
	return s.editCase(caseID, "deleting answer "+key, func(c *Case) { delete(c.Answers, key) })
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

// SetProgress records where the case stands.
func (s *Store) SetProgress(caseID uint64, pr procedures.Progress) error {
	return s.editCase(caseID, "saving the progress", func(c *Case) { c.Progress = pr })
}

// SetNotes replaces the case's notes.
func (s *Store) SetNotes(caseID uint64, notes string) error {
	return s.editCase(caseID, "saving the notes", func(c *Case) { c.Notes = notes })
}

// editCase reads a case locked, applies edit, and writes it back with its
// index row, in one transaction: concurrent edits of one case apply one
// after the other, none lost.
func (s *Store) editCase(id uint64, what string, edit func(c *Case)) error {
	return s.write(fmt.Sprintf("%s (case %d)", what, id), func(ctx context.Context, tx pgx.Tx) error {
		cal, err := s.lockClosures(ctx, tx, false)
		if err != nil {
			return err
		}
		c, version, err := getCase(ctx, tx, id, "FOR UPDATE")
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
		c.Version = uint64(version + 1)
		return putCase(ctx, tx, &c, version+1, cal)
	})
}

// savePersonTx is SavePerson inside tx: it returns the person as stored.
// A new person gets a uid (record.NewUID), as on the bbolt engine.
func (s *Store) savePersonTx(ctx context.Context, tx pgx.Tx, q Person) (Person, error) {
	var old *Person
	if q.ID == 0 {
		id, err := nextID(ctx, tx, "people_id_seq")
		if err != nil {
			return q, err
		}
		q.ID = id
	} else if prev, err := getPerson(ctx, tx, q.ID, "FOR UPDATE"); err == nil {
		old = &prev
	} else if !errors.Is(err, store.ErrNotFound) {
		return q, err
	} else if err := bumpSequence(ctx, tx, "people_id_seq", q.ID); err != nil {
		return q, err
	}
	if err := record.CheckPerson(&q, old, s.today()); err != nil {
		return q, err
	}
	if err := nameTaken(ctx, tx, q.Name, q.ID); err != nil {
		return q, err
	}
	if old == nil && q.UID == "" {
		q.UID = record.NewUID()
	}
	now := s.stamp()
	q.Updated = now
	switch {
	case old != nil && q.Created.IsZero():
		q.Created = old.Created
	case q.Created.IsZero():
		q.Created = now
	}
	data, err := marshal(q)
	if err != nil {
		return q, err
	}
	_, err = tx.Exec(ctx, upsertPerson, int64(q.ID), store.NameKey(q.Name), record.FoldName(q.Name), data)
	if isUniqueViolation(err, "people_name_key_key") {
		// Another desk took the name since the check.
		return q, duplicateName(q.Name, 0)
	}
	if err != nil {
		return q, err
	}
	if old == nil || old.Name != q.Name {
		if err := putWords(ctx, tx, q.ID, q.Name); err != nil {
			return q, err
		}
	}
	if old != nil && old.Name != q.Name {
		_, err = tx.Exec(ctx, `UPDATE summaries SET person = $1 WHERE person_id = $2`, q.Name, int64(q.ID))
	}
	return q, err
}

// CasesOf calls fn with each stored case of ids, in their order, in one
// query; an id not stored is skipped (store.Store.CasesOf).
func (s *Store) CasesOf(ids []uint64, fn func(Case) error) error {
	want := make([]int64, len(ids))
	for i, id := range ids {
		want[i] = int64(id)
	}
	return s.read("reading cases", func(ctx context.Context, tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT c.id, c.person_id, c.version, c.data FROM unnest($1::bigint[]) WITH ORDINALITY AS w(id, n)
			JOIN cases c ON c.id = w.id ORDER BY w.n`, want)
		if err != nil {
			return err
		}
		return eachCaseRow(rows, fn)
	})
}
