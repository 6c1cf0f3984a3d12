package pgstore

import (
	"context"
	"errors"
	"fmt"
	"strings"

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
// An import reads only the stored records it may match (those whose uid,
// folded name or name key is among its own, and their people's cases:
// pgImport.load), and writes its new records with COPY, so it costs what
// it imports, not what is stored.
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
		if err := io.load(im, people, cases); err != nil {
			return err
		}
		if importLoaded != nil {
			importLoaded(len(io.people), len(io.cases))
		}
		if res, err = im.Run(people, cases); err != nil {
			return err
		}
		if err := io.flush(); err != nil {
			return err
		}
		io.realIDs(&res)
		return nil
	})
	if err != nil && !(opt.DryRun && errors.Is(err, store.ErrDryRun)) {
		return store.ImportResult{}, err
	}
	return res, nil
}

// importLoaded, when set (by tests), is told how many stored people and
// cases each import loaded to match against.
var importLoaded func(people, cases int)

// pgImport is this engine's reads and writes for a store.Importer, inside
// one transaction. It holds the stored records the import may match
// (load) and the import's own, as the import changes them; new records
// wait in pending lists and are written together with COPY (flush) before
// any other write and at the end, so the database sees the writes in the
// Importer's order.
type pgImport struct {
	s   *Store
	tx  pgx.Tx
	ctx context.Context
	cal procedures.Calendar
	dry bool

	people   map[uint64]Person   // the people loaded or added, by id
	cases    map[uint64]Case     // the cases loaded or added, by id
	byPerson map[uint64][]uint64 // case ids of each person of whole, in id order
	whole    map[uint64]bool     // people whose every case is in cases
	nameKeys map[string]uint64   // the holder of each name key in asked
	asked    map[string]bool     // the name keys whose holder nameKeys knows

	newPeople, newCases []uint64 // added, not yet written, in order

	// A new record's id is provisional (provisional and up) until flush
	// takes the ids of all the pending ones from the sequence in one
	// query; the Importer keeps using the provisional ones, which real
	// translates for the database. A dry run takes real-looking ids at
	// once (dryIDs).
	lastProvisional uint64
	real            map[uint64]uint64

	// dryIDs are the next ids a dry run gives, by sequence: a dry run
	// takes none from the sequences (which a rollback does not give back),
	// so the ids of the real import that follows are the ones bbolt gives.
	dryIDs map[string]uint64
}

// provisional is the first provisional id: no sequence reaches it.
const provisional = 1 << 62

// nextID is the id of a new record: a provisional one, or in a dry run
// one past the highest in use (no other desk writes these tables while
// the import holds its lock).
func (io *pgImport) nextID(seq, table string) (uint64, error) {
	if !io.dry {
		io.lastProvisional++
		return provisional + io.lastProvisional, nil
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

// realID is the id in the database of an id the Importer was given
// (provisional ones once flushed).
func (io *pgImport) realID(id uint64) uint64 {
	if id < provisional {
		return id
	}
	return io.real[id]
}

// realIDs gives the records of res their ids in the database.
func (io *pgImport) realIDs(res *store.ImportResult) {
	for i := range res.People {
		res.People[i].ID = io.realID(res.People[i].ID)
	}
	for i := range res.Cases {
		res.Cases[i].ID, res.Cases[i].PersonID = io.realID(res.Cases[i].ID), io.realID(res.Cases[i].PersonID)
	}
}

// load reads the stored records the import of people and cases may
// match, and gives them to im in id order: the people whose uid, folded
// name (record.FoldName) or name key (store.NameKey) is one of the
// import's, with every case of theirs, and the cases whose uid is one of
// the import's. The Importer looks up nothing else (a person by uid or
// folded name, a case by uid or among its person's cases; a name key
// before writing a name), so it decides as with every stored record
// loaded, for a cost that follows the import, not the database.
func (io *pgImport) load(im *store.Importer, people []Person, cases []Case) error {
	io.people, io.cases, io.byPerson = map[uint64]Person{}, map[uint64]Case{}, map[uint64][]uint64{}
	io.whole, io.nameKeys, io.asked = map[uint64]bool{}, map[string]uint64{}, map[string]bool{}
	io.real = map[uint64]uint64{}
	var folds, keys, uids, caseUIDs []string
	for _, p := range people {
		// The name as the Importer matches and writes it.
		q := p
		q.Name = strings.TrimSpace(q.Name)
		record.NormalizePerson(&q)
		key := store.NameKey(q.Name)
		io.asked[key] = true
		folds, keys = appendText(folds, record.FoldName(q.Name)), appendText(keys, key)
		uids = appendText(uids, p.UID)
	}
	for _, c := range cases {
		caseUIDs = appendText(caseUIDs, c.UID)
	}
	rows, err := io.tx.Query(io.ctx, `SELECT id, data FROM people
		WHERE name_fold = ANY($1) OR name_key = ANY($2) OR data->>'uid' = ANY($3) ORDER BY id`, folds, keys, uids)
	if err != nil {
		return err
	}
	var ids []int64
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
		io.whole[p.ID] = true
		ids = append(ids, id)
		im.KnowPerson(p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = io.tx.Query(io.ctx, `SELECT id, person_id, version, data FROM cases
		WHERE person_id = ANY($1) OR data->>'uid' = ANY($2) ORDER BY id`, ids, caseUIDs)
	if err != nil {
		return err
	}
	return eachCaseRow(rows, func(c Case) error {
		io.cases[c.ID] = c
		if io.whole[c.PersonID] {
			io.byPerson[c.PersonID] = append(io.byPerson[c.PersonID], c.ID)
		}
		im.KnowCase(c.ID, c.UID)
		return nil
	})
}

// appendText adds s to a query's list, unless it is empty or holds NUL
// (no stored text does).
func appendText(list []string, s string) []string {
	if s == "" || strings.ContainsRune(s, 0) {
		return list
	}
	return append(list, s)
}

func (io *pgImport) Person(id uint64) (Person, error) {
	if p, ok := io.people[id]; ok {
		return p, nil
	}
	return getPerson(io.ctx, io.tx, id, "")
}

func (io *pgImport) Case(id uint64) (Case, error) {
	if c, ok := io.cases[id]; ok {
		return c, nil
	}
	c, _, err := getCase(io.ctx, io.tx, id, "")
	return c, err
}

// CasesOf lists a person's cases; load has them all for the people the
// Importer can match, so the query is only a safeguard.
func (io *pgImport) CasesOf(personID uint64) ([]uint64, error) {
	if io.whole[personID] {
		return io.byPerson[personID], nil
	}
	if err := io.flush(); err != nil {
		return nil, err
	}
	rows, err := io.tx.Query(io.ctx, `SELECT id FROM cases WHERE person_id = $1 ORDER BY id`, int64(io.realID(personID)))
	if err != nil {
		return nil, err
	}
	return collectIDs(rows)
}

func (io *pgImport) NextPersonID() (uint64, error) { return io.nextID("people_id_seq", "people") }

func (io *pgImport) NextCaseID() (uint64, error) { return io.nextID("cases_id_seq", "cases") }

// NameFree looks name's key up among the keys load asked for (every name
// the import brings), else in the database.
func (io *pgImport) NameFree(name string, id uint64) error {
	key := store.NameKey(name)
	other, taken := io.nameKeys[key]
	if !taken && !io.asked[key] {
		if err := io.flush(); err != nil {
			return err
		}
		return nameTaken(io.ctx, io.tx, name, io.realID(id))
	}
	if taken && other != id {
		if err := io.flush(); err != nil { // for other's id in the message
			return err
		}
		return duplicateName(io.people[other].Name, io.realID(other))
	}
	return nil
}

// PutPerson adds a new person to the pending ones, or writes a stored
// one's row over old and, when the name changed, its words in the
// name-search index and the summaries' person name.
func (io *pgImport) PutPerson(p, old *Person) error {
	if old != nil {
		if err := io.flush(); err != nil {
			return err
		}
		q := *p
		q.ID = io.realID(q.ID)
		row, err := personRow(&q)
		if err != nil {
			return err
		}
		if _, err := io.tx.Exec(io.ctx, upsertPerson, row...); err != nil {
			return err
		}
		if old.Name != p.Name {
			if err := putWords(io.ctx, io.tx, q.ID, q.Name); err != nil {
				return err
			}
			if _, err := io.tx.Exec(io.ctx, `UPDATE summaries SET person = $1 WHERE person_id = $2`, q.Name, int64(q.ID)); err != nil {
				return err
			}
		}
		delete(io.nameKeys, store.NameKey(old.Name))
	} else {
		io.newPeople = append(io.newPeople, p.ID)
		io.whole[p.ID] = true
	}
	io.nameKeys[store.NameKey(p.Name)] = p.ID
	io.people[p.ID] = *p
	return nil
}

// PutCase adds a new case to the pending ones, or writes a stored one
// over old with its summary row.
func (io *pgImport) PutCase(c, old *Case) error {
	if old != nil {
		if err := io.flush(); err != nil {
			return err
		}
		d := *c
		d.ID, d.PersonID = io.realID(d.ID), io.realID(d.PersonID)
		if err := putCase(io.ctx, io.tx, &d, int64(d.Version), io.cal); err != nil {
			return err
		}
	} else {
		io.newCases = append(io.newCases, c.ID)
	}
	io.cases[c.ID] = *c
	switch {
	case old == nil:
		io.byPerson[c.PersonID] = insertSorted(io.byPerson[c.PersonID], c.ID)
	case old.PersonID != c.PersonID:
		io.byPerson[old.PersonID] = remove(io.byPerson[old.PersonID], c.ID)
		io.byPerson[c.PersonID] = insertSorted(io.byPerson[c.PersonID], c.ID)
	}
	return nil
}

// flush gives the pending new people and cases their ids, in the order
// they were added, and writes them with COPY, the people with their name
// words and the cases with their summary rows.
func (io *pgImport) flush() error {
	if len(io.newPeople) > 0 {
		ids, err := io.takeIDs("people_id_seq", io.newPeople)
		if err != nil {
			return err
		}
		rows := make([][]any, 0, len(io.newPeople))
		var words [][]any
		for i, id := range io.newPeople {
			io.real[id] = ids[i]
			p := io.people[id]
			p.ID = ids[i]
			row, err := personRow(&p)
			if err != nil {
				return err
			}
			rows = append(rows, row)
			words = appendWords(words, p.ID, p.Name)
		}
		if _, err := io.tx.CopyFrom(io.ctx, pgx.Identifier{"people"}, personColumns, pgx.CopyFromRows(rows)); err != nil {
			return err
		}
		if err := copyWords(io.ctx, io.tx, words); err != nil {
			return err
		}
		io.newPeople = io.newPeople[:0]
	}
	if len(io.newCases) == 0 {
		return nil
	}
	ids, err := io.takeIDs("cases_id_seq", io.newCases)
	if err != nil {
		return err
	}
	rows := make([][]any, 0, len(io.newCases))
	sums := make([]Summary, 0, len(io.newCases))
	for i, id := range io.newCases {
		io.real[id] = ids[i]
		c := io.cases[id]
		c.ID, c.PersonID = ids[i], io.realID(c.PersonID)
		data, err := marshal(&c)
		if err != nil {
			return err
		}
		rows = append(rows, []any{int64(c.ID), int64(c.PersonID), int64(c.Version), c.Updated, data})
		name, err := io.personName(io.cases[id].PersonID)
		if err != nil {
			return err
		}
		sums = append(sums, store.Summarize(&c, name, io.cal))
	}
	if _, err := io.tx.CopyFrom(io.ctx, pgx.Identifier{"cases"}, []string{"id", "person_id", "version", "updated", "data"}, pgx.CopyFromRows(rows)); err != nil {
		return err
	}
	io.newCases = io.newCases[:0]
	return copyRows(io.ctx, io.tx, sums)
}

// takeIDs gives the pending records of seq their ids from it; a dry
// run's are already as they would be, and it takes none.
func (io *pgImport) takeIDs(seq string, pending []uint64) ([]uint64, error) {
	if io.dry {
		return pending, nil
	}
	return nextIDs(io.ctx, io.tx, seq, len(pending))
}

// personName is the name of person id, for a summary row.
func (io *pgImport) personName(id uint64) (string, error) {
	if p, ok := io.people[id]; ok {
		return p.Name, nil
	}
	p, err := getPerson(io.ctx, io.tx, io.realID(id), "")
	if err != nil {
		return "", fmt.Errorf("the case's person: %w (add the person first)", err)
	}
	io.people[id] = p
	return p.Name, nil
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

// nextIDs takes n values of seq in one query, in increasing order.
func nextIDs(ctx context.Context, tx pgx.Tx, seq string, n int) ([]uint64, error) {
	if n == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT nextval('`+seq+`') FROM generate_series(1, $1) ORDER BY 1`, n)
	if err != nil {
		return nil, err
	}
	return collectIDs(rows)
}

// collectIDs reads rows of one bigint column as ids.
func collectIDs(rows pgx.Rows) ([]uint64, error) {
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, err
	}
	out := make([]uint64, len(ids))
	for i, id := range ids {
		out[i] = uint64(id)
	}
	return out, nil
}
