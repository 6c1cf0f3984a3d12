package pgstore

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"tramite/procedures"
	"tramite/record"
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
		res = store.ImportResult{People: make([]Person, len(people)), Reused: make([]bool, len(people)),
			PeopleHow: make([]store.ImportAction, len(people)), Cases: make([]Case, len(cases)), CasesHow: make([]store.ImportAction, len(cases))}
		cal, err := s.lockClosures(ctx, tx, false)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `LOCK TABLE people, cases IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return err
		}
		im := pgImporter{s: s, tx: tx, ctx: ctx, cal: cal, now: s.stamp(), opt: opt}
		if err := im.load(); err != nil {
			return err
		}
		newID := make(map[uint64]uint64, len(people))
		for i, p := range people {
			q, how, err := im.person(p)
			if err != nil {
				return fmt.Errorf("person %d: %w", p.ID, err)
			}
			newID[p.ID], res.People[i], res.PeopleHow[i], res.Reused[i] = q.ID, q, how, how != store.ImportNew
		}
		for i, c := range cases {
			pid, ok := newID[c.PersonID]
			if !ok {
				return fmt.Errorf("case %d: its person %d is not among the people imported", c.ID, c.PersonID)
			}
			c.PersonID = pid
			d, how, err := im.caseOf(c)
			if err != nil {
				return fmt.Errorf("case %d: %w", c.ID, err)
			}
			res.Cases[i], res.CasesHow[i] = d, how
		}
		if opt.DryRun {
			return store.ErrDryRun
		}
		return nil
	})
	if err != nil && !(opt.DryRun && errors.Is(err, store.ErrDryRun)) {
		return store.ImportResult{}, err
	}
	return res, nil
}

// pgImporter matches and writes an import's records inside one
// transaction; its maps are the stored records as the import changes them.
type pgImporter struct {
	s   *Store
	tx  pgx.Tx
	ctx context.Context
	cal procedures.Calendar
	now time.Time
	opt store.ImportOptions

	people     map[uint64]Person // every stored person, by id
	personUID  map[string]uint64
	personFold map[string]uint64   // the first person (by id) of each folded name
	nameKeys   map[string]uint64   // store.NameKey of every name: unique
	caseUID    map[string]uint64   // stored cases by uid
	byPerson   map[uint64][]uint64 // stored case ids of each person, in id order
	// dryIDs are the next ids a dry run gives, by sequence: a dry run
	// takes none from the sequences (which a rollback does not give back),
	// so the ids of the real import that follows are the ones bbolt gives.
	dryIDs map[string]uint64
}

// nextID is the id of a new record: the sequence's next value, or in a
// dry run one past the highest in use (no other desk writes these tables
// while the import holds its lock).
func (im *pgImporter) nextID(seq, table string) (uint64, error) {
	if !im.opt.DryRun {
		return nextID(im.ctx, im.tx, seq)
	}
	if im.dryIDs == nil {
		im.dryIDs = map[string]uint64{}
	}
	if _, ok := im.dryIDs[seq]; !ok {
		var last int64
		if err := im.tx.QueryRow(im.ctx, `SELECT greatest((SELECT coalesce(max(id), 0) FROM `+table+`),
			(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM `+seq+`))`).Scan(&last); err != nil {
			return 0, err
		}
		im.dryIDs[seq] = uint64(last)
	}
	im.dryIDs[seq]++
	return im.dryIDs[seq], nil
}

// load reads the stored people whole and the cases' uids and persons.
func (im *pgImporter) load() error {
	im.people, im.personUID, im.personFold, im.nameKeys = map[uint64]Person{}, map[string]uint64{}, map[string]uint64{}, map[string]uint64{}
	im.caseUID, im.byPerson = map[string]uint64{}, map[uint64][]uint64{}
	rows, err := im.tx.Query(im.ctx, `SELECT id, data FROM people ORDER BY id`)
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
		im.people[p.ID] = p
		if p.UID != "" {
			im.personUID[p.UID] = p.ID
		}
		if _, seen := im.personFold[record.FoldName(p.Name)]; !seen {
			im.personFold[record.FoldName(p.Name)] = p.ID
		}
		im.nameKeys[store.NameKey(p.Name)] = p.ID
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = im.tx.Query(im.ctx, `SELECT id, person_id, coalesce(data->>'uid', '') FROM cases ORDER BY id`)
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
		if uid != "" {
			im.caseUID[uid] = uint64(id)
		}
		im.byPerson[uint64(pid)] = append(im.byPerson[uint64(pid)], uint64(id))
	}
	return rows.Err()
}

// person imports one person.
func (im *pgImporter) person(p Person) (Person, store.ImportAction, error) {
	p.Name = strings.TrimSpace(p.Name)
	if p.Name == "" {
		return p, 0, errors.New("a name is needed")
	}
	id, ok := im.personUID[p.UID]
	if !ok || p.UID == "" {
		id, ok = im.personFold[record.FoldName(p.Name)]
	}
	if ok {
		old := im.people[id]
		if store.SamePerson(old, p) {
			return old, store.ImportUnchanged, nil
		}
		if !p.Updated.After(old.Updated) {
			return old, store.ImportConflict, nil
		}
		q := p
		q.ID, q.Created = old.ID, old.Created
		if q.UID == "" {
			q.UID = old.UID
		}
		if err := im.putPersonAs(&q, &old); err != nil {
			return p, 0, err
		}
		im.personUID[q.UID] = q.ID
		return q, store.ImportUpdated, nil
	}
	if err := record.ValidatePerson(p, nil, im.s.today()); err != nil {
		return p, 0, err
	}
	if other, taken := im.nameKeys[store.NameKey(p.Name)]; taken {
		return p, 0, duplicateName(im.people[other].Name, other)
	}
	nid, err := im.nextID("people_id_seq", "people")
	if err != nil {
		return p, 0, err
	}
	p.ID = nid
	if p.UID == "" || im.personUID[p.UID] != 0 {
		p.UID = record.NewUID()
	}
	if p.Created.IsZero() {
		p.Created = im.now
	}
	if p.Updated.IsZero() {
		p.Updated = im.now
	}
	if err := im.writePerson(p); err != nil {
		return p, 0, err
	}
	im.people[p.ID] = p
	im.personUID[p.UID], im.personFold[record.FoldName(p.Name)], im.nameKeys[store.NameKey(p.Name)] = p.ID, p.ID, p.ID
	return p, store.ImportNew, nil
}

// writePerson inserts or replaces one person's row and, when the name is
// new or changed, its words in the name-search index.
func (im *pgImporter) writePerson(p Person) error {
	data, err := marshal(p)
	if err != nil {
		return err
	}
	_, err = im.tx.Exec(im.ctx, `INSERT INTO people (id, name_key, data) VALUES ($1, $2, $3)
		ON CONFLICT (id) DO UPDATE SET name_key = EXCLUDED.name_key, data = EXCLUDED.data`,
		int64(p.ID), store.NameKey(p.Name), data)
	if err != nil {
		return err
	}
	if old, ok := im.people[p.ID]; ok && old.Name == p.Name {
		return nil
	}
	return putWords(im.ctx, im.tx, p.ID, p.Name)
}

// putPersonAs replaces old with q (same id) with q's own "updated",
// keeping the name index and the person's index rows in step.
func (im *pgImporter) putPersonAs(q, old *Person) error {
	if err := record.ValidatePerson(*q, old, im.s.today()); err != nil {
		return err
	}
	if other, taken := im.nameKeys[store.NameKey(q.Name)]; taken && other != q.ID {
		return duplicateName(im.people[other].Name, other)
	}
	if err := im.writePerson(*q); err != nil {
		return err
	}
	delete(im.nameKeys, store.NameKey(old.Name))
	im.nameKeys[store.NameKey(q.Name)] = q.ID
	im.people[q.ID] = *q
	if old.Name != q.Name {
		_, err := im.tx.Exec(im.ctx, `UPDATE summaries SET person = $1 WHERE person_id = $2`, q.Name, int64(q.ID))
		return err
	}
	return nil
}

// caseOf imports one case, its PersonID already this database's.
func (im *pgImporter) caseOf(c Case) (Case, store.ImportAction, error) {
	if c.Answers == nil {
		c.Answers = procedures.Answers{}
	}
	old, ok, err := im.match(c)
	if err != nil {
		return c, 0, err
	}
	if ok {
		if store.SameCase(old, c) {
			return old, store.ImportUnchanged, nil
		}
		if !c.Updated.After(old.Updated) {
			return old, store.ImportConflict, nil
		}
		d := c
		d.ID, d.Created = old.ID, old.Created
		if d.UID == "" {
			d.UID = old.UID
		}
		if err := record.ValidateCase(d, &old, im.s.today()); err != nil {
			return c, 0, err
		}
		d.Version = old.Version + 1 // an update, as any save (record.CheckVersion)
		if err := putCase(im.ctx, im.tx, &d, int64(d.Version), im.cal); err != nil {
			return c, 0, err
		}
		if old.PersonID != d.PersonID {
			im.byPerson[old.PersonID] = remove(im.byPerson[old.PersonID], d.ID)
			im.byPerson[d.PersonID] = insertSorted(im.byPerson[d.PersonID], d.ID)
		}
		return d, store.ImportUpdated, nil
	}
	if err := record.ValidateCase(c, nil, im.s.today()); err != nil {
		return c, 0, err
	}
	id, err := im.nextID("cases_id_seq", "cases")
	if err != nil {
		return c, 0, err
	}
	c.ID = id
	if c.UID == "" || im.caseUID[c.UID] != 0 {
		c.UID = record.NewUID()
	}
	if c.Created.IsZero() {
		c.Created = im.now
	}
	if c.Updated.IsZero() {
		c.Updated = im.now
	}
	c.Version = 1
	if err := putCase(im.ctx, im.tx, &c, 1, im.cal); err != nil {
		return c, 0, err
	}
	im.caseUID[c.UID] = c.ID
	im.byPerson[c.PersonID] = insertSorted(im.byPerson[c.PersonID], c.ID)
	return c, store.ImportNew, nil
}

// match finds the stored case c is: by uid, else among its person's cases
// by procedure and creation time (or answers, with MatchAnswers).
func (im *pgImporter) match(c Case) (Case, bool, error) {
	if id, ok := im.caseUID[c.UID]; ok && c.UID != "" {
		old, _, err := getCase(im.ctx, im.tx, id, "")
		return old, err == nil, err
	}
	// A uid this database has never seen may still be a case stored
	// before uids existed: its person, procedure and creation time tell.
	for _, id := range im.byPerson[c.PersonID] {
		old, _, err := getCase(im.ctx, im.tx, id, "")
		if err != nil {
			return old, false, err
		}
		if old.Procedure != c.Procedure || (old.UID != "" && c.UID != "" && old.UID != c.UID) {
			continue
		}
		switch {
		case !c.Created.IsZero() && old.Created.Equal(c.Created):
			return old, true, nil
		case c.Created.IsZero() && c.UID == "" && im.opt.MatchAnswers && maps.Equal(old.Answers, c.Answers):
			return old, true, nil
		}
	}
	return Case{}, false, nil
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
