package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"tramite/procedures"
	"tramite/store"
)

// ImportWith adds or updates people and cases in one transaction, matching
// what is stored exactly as the bbolt engine does ((*store.Store).
// ImportWith): a person by uid, else by name folded (record.FoldName); a
// case by uid, else by its person, procedure and creation time (and, with
// opt.MatchAnswers, by its answers). An equal record is left alone, an
// older stored one is replaced with the given "updated", a newer or as new
// one is kept (a conflict). Everything is written, or nothing; a dry run
// rolls back and writes nothing.
//
// The import holds SHARE ROW EXCLUSIVE locks on people and cases for its
// length, so what it matched against cannot change under it: other desks
// read on, and their edits wait until it commits.
func (s *Store) ImportWith(people []Person, cases []Case, opt store.ImportOptions) (store.ImportResult, error) {
	var res store.ImportResult
	err := s.write("importing", func(ctx context.Context, tx pgx.Tx) error {
		cal, err := s.lockClosures(ctx, tx, false)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `LOCK TABLE people, cases IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return err
		}
		io := &pgImport{s: s, tx: tx, ctx: ctx, cal: cal, dry: opt.DryRun}
		im := store.NewImporter(io, s.stamp, s.today(), opt)
		if err := io.load(im); err != nil {
			return err
		}
		res, err = im.Run(people, cases)
		return err
	})
	if err != nil && !(opt.DryRun && errors.Is(err, store.ErrDryRun)) {
		return store.ImportResult{}, err
	}
	return res, nil
}

// pgImport is this engine's reads and writes for a store.Importer, inside
// one transaction; its maps are the stored records as the import changes
// them.
type pgImport struct {
	s   *Store
	tx  pgx.Tx
	ctx context.Context
	cal procedures.Calendar
	dry bool

	people   map[uint64]Person   // every stored person, by id
	nameKeys map[string]uint64   // store.NameKey of every name: unique
	byPerson map[uint64][]uint64 // stored case ids of each person, in id order
	// dryIDs are the next ids a dry run gives, by sequence: a dry run
	// takes none from the sequences (which a rollback does not give back),
	// so the ids of the real import that follows are the ones bbolt gives.
	dryIDs map[string]uint64
}

// nextID is the id of a new record: the sequence's next value, or in a
// dry run one past the highest in use (no other desk writes these tables
// while the import holds its lock).
func (io *pgImport) nextID(seq, table string) (uint64, error) {
	if !io.dry {
		return nextID(io.ctx, io.tx, seq)
	}
	if io.dryIDs == nil {
		io.dryIDs = map[string]uint64{}
	}
	if _, ok := io.dryIDs[seq]; !ok {
		var last int64
		if err := io.tx.QueryRow(io.ctx, `SELECT greatest((SELECT coalesce(max(id), 0) FROM `+table+`),
			(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM `+seq+`))`).Scan(&last); err != nil {
			return 0, err
		}
		io.dryIDs[seq] = uint64(last)
	}
	io.dryIDs[seq]++
	return io.dryIDs[seq], nil
}

// load reads the stored people whole and the cases' uids and persons, and
// gives them to im.
func (io *pgImport) load(im *store.Importer) error {
	io.people, io.nameKeys, io.byPerson = map[uint64]Person{}, map[string]uint64{}, map[uint64][]uint64{}
	rows, err := io.tx.Query(io.ctx, `SELECT id, data FROM people ORDER BY id`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var (
			id   int64
			data []byte
		)
		if err := rows.Scan(&id, &data); err != nil {
			rows.Close()
			return err
		}
		p, err := decodePerson(uint64(id), data)
		if err != nil {
			rows.Close()
			return err
		}
		io.people[p.ID] = p
		io.nameKeys[store.NameKey(p.Name)] = p.ID
		im.KnowPerson(p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = io.tx.Query(io.ctx, `SELECT id, person_id, coalesce(data->>'uid', '') FROM cases ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id, pid int64
			uid     string
		)
		if err := rows.Scan(&id, &pid, &uid); err != nil {
			return err
		}
		im.KnowCase(uint64(id), uid)
		io.byPerson[uint64(pid)] = append(io.byPerson[uint64(pid)], uint64(id))
	}
	return rows.Err()
}

func (io *pgImport) Person(id uint64) (Person, error) {
	p, ok := io.people[id]
	if !ok {
		return Person{}, fmt.Errorf("person %d: %w", id, store.ErrNotFound)
	}
	return p, nil
}

func (io *pgImport) Case(id uint64) (Case, error) {
	c, _, err := getCase(io.ctx, io.tx, id, "")
	return c, err
}

func (io *pgImport) CasesOf(personID uint64) ([]uint64, error) { return io.byPerson[personID], nil }

func (io *pgImport) NextPersonID() (uint64, error) { return io.nextID("people_id_seq", "people") }

func (io *pgImport) NextCaseID() (uint64, error) { return io.nextID("cases_id_seq", "cases") }

func (io *pgImport) NameFree(name string, id uint64) error {
	if other, taken := io.nameKeys[store.NameKey(name)]; taken && other != id {
		return duplicateName(io.people[other].Name, other)
	}
	return nil
}

// PutPerson inserts or replaces one person's row and, when the name is
// new or changed, its words in the name-search index and the summaries'
// person name.
func (io *pgImport) PutPerson(p, old *Person) error {
	data, err := marshal(p)
	if err != nil {
		return err
	}
	_, err = io.tx.Exec(io.ctx, `INSERT INTO people (id, name_key, data) VALUES ($1, $2, $3)
		ON CONFLICT (id) DO UPDATE SET name_key = EXCLUDED.name_key, data = EXCLUDED.data`,
		int64(p.ID), store.NameKey(p.Name), data)
	if err != nil {
		return err
	}
	if old == nil || old.Name != p.Name {
		if err := putWords(io.ctx, io.tx, p.ID, p.Name); err != nil {
			return err
		}
	}
	if old != nil {
		delete(io.nameKeys, store.NameKey(old.Name))
	}
	io.nameKeys[store.NameKey(p.Name)] = p.ID
	io.people[p.ID] = *p
	if old != nil && old.Name != p.Name {
		_, err := io.tx.Exec(io.ctx, `UPDATE summaries SET person = $1 WHERE person_id = $2`, p.Name, int64(p.ID))
		return err
	}
	return nil
}

// PutCase writes c (over old) with its summary row.
func (io *pgImport) PutCase(c, old *Case) error {
	if err := putCase(io.ctx, io.tx, c, int64(c.Version), io.cal); err != nil {
		return err
	}
	switch {
	case old == nil:
		io.byPerson[c.PersonID] = insertSorted(io.byPerson[c.PersonID], c.ID)
	case old.PersonID != c.PersonID:
		io.byPerson[old.PersonID] = remove(io.byPerson[old.PersonID], c.ID)
		io.byPerson[c.PersonID] = insertSorted(io.byPerson[c.PersonID], c.ID)
	}
	return nil
}

func remove(ids []uint64, id uint64) []uint64 {
	out := ids[:0]
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

func insertSorted(ids []uint64, id uint64) []uint64 {
	i := len(ids)
	for i > 0 && ids[i-1] > id {
		i--
	}
	ids = append(ids, 0)
	copy(ids[i+1:], ids[i:])
	ids[i] = id
	return ids
}
