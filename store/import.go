package store

import (
	"errors"
	"fmt"
	"maps"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// ImportAction is what Import did with one record of its input.
type ImportAction int

const (
	// ImportNew: the record was added.
	ImportNew ImportAction = iota
	// ImportUnchanged: the store already held the record as given.
	ImportUnchanged
	// ImportUpdated: the store held an older version; the given one
	// replaced it.
	ImportUpdated
	// ImportConflict: the store held a version that differs and is as new
	// or newer; it was kept.
	ImportConflict
)

// ImportOptions tune ImportWith.
type ImportOptions struct {
	// DryRun computes the result and writes nothing.
	DryRun bool
	// MatchAnswers takes a case with no uid and no creation time (a
	// spreadsheet row) as one already stored when its person has a case
	// of the same procedure with the same answers, so a repeated import
	// adds nothing.
	MatchAnswers bool
}

// ImportResult says what Import did, in the order of its input.
type ImportResult struct {
	// People are the people given, with their ids in this store.
	People []Person
	// Reused[i] reports that People[i] was already in the store (by uid
	// or by name, folded) and was not added again.
	Reused []bool
	// PeopleHow and CasesHow say what became of each person and case.
	PeopleHow []ImportAction
	// Cases are the cases given, with their ids and person ids in this
	// store.
	Cases    []Case
	CasesHow []ImportAction
}

// Count is how many records (people and cases) had action a.
func (r ImportResult) Count(a ImportAction) int {
	n := 0
	for _, h := range append(append([]ImportAction{}, r.PeopleHow...), r.CasesHow...) {
		if h == a {
			n++
		}
	}
	return n
}

// errDryRun rolls back a dry run's transaction.
var errDryRun = errors.New("dry run")

// Import is ImportWith without options.
func (s *Store) Import(people []Person, cases []Case) (ImportResult, error) {
	return s.ImportWith(people, cases, ImportOptions{})
}

// ImportWith adds or updates people and cases in one transaction: all are
// written, or none (a failure midway rolls everything back). A case's
// PersonID is the ID of one of people as the caller numbered them (an
// export file's numbering); Import maps it to the id in this store.
//
// Importing is safe to repeat. A person is matched by uid, else by name
// folded (case, accents, spacing: record.FoldName); a case by uid, else by
// its person, procedure and creation time (and, with MatchAnswers, by its
// answers). A matched record that is equal is left as it is (unchanged);
// one that differs is replaced when the given "updated" is later than the
// stored one (updated), and kept otherwise (a conflict). New records keep
// the given uid or get one. Each case's index row is written in the same
// transaction, as SaveCase does.
func (s *Store) ImportWith(people []Person, cases []Case, opt ImportOptions) (ImportResult, error) {
	res := ImportResult{People: make([]Person, len(people)), Reused: make([]bool, len(people)),
		PeopleHow: make([]ImportAction, len(people)), Cases: make([]Case, len(cases)), CasesHow: make([]ImportAction, len(cases))}
	err := s.update("importing", func(tx *bolt.Tx) error {
		im := importer{s: s, tx: tx, now: s.stamp(), opt: opt}
		if err := im.load(); err != nil {
			return err
		}
		newID := make(map[uint64]uint64, len(people))
		for i, p := range people {
			q, how, err := im.person(p)
			if err != nil {
				return fmt.Errorf("person %d: %w", p.ID, err)
			}
			newID[p.ID], res.People[i], res.PeopleHow[i], res.Reused[i] = q.ID, q, how, how != ImportNew
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
			return errDryRun
		}
		return nil
	})
	if err != nil && !(opt.DryRun && errors.Is(err, errDryRun)) {
		return ImportResult{}, err
	}
	return res, nil
}

// importer matches and writes an import's records inside one transaction.
type importer struct {
	s   *Store
	tx  *bolt.Tx
	now time.Time
	opt ImportOptions
	// The stored people by uid and by folded name, and the stored cases by
	// uid; cases by person are read from cases_by_person when needed.
	personUID  map[string]uint64
	personFold map[string]uint64
	caseUID    map[string]uint64
}

// load indexes the stored people (one pass) and the cases' uids.
func (im *importer) load() error {
	im.personUID, im.personFold, im.caseUID = map[string]uint64{}, map[string]uint64{}, map[string]uint64{}
	err := im.tx.Bucket(bucketPeople).ForEach(func(k, v []byte) error {
		p, err := getPerson(im.tx, btoi(k))
		if err != nil {
			return err
		}
		if p.UID != "" {
			im.personUID[p.UID] = p.ID
		}
		if _, seen := im.personFold[record.FoldName(p.Name)]; !seen {
			im.personFold[record.FoldName(p.Name)] = p.ID
		}
		return nil
	})
	if err != nil {
		return err
	}
	return im.tx.Bucket(bucketCases).ForEach(func(k, v []byte) error {
		if uid := uidOf(v); uid != "" {
			im.caseUID[uid] = btoi(k)
		}
		return nil
	})
}

// uidOf reads a stored case's uid without decoding it whole.
func uidOf(v []byte) string {
	const tag = `"uid":"`
	i := strings.Index(string(v[:min(len(v), 64)]), tag)
	if i < 0 {
		return ""
	}
	rest := v[i+len(tag):]
	if len(rest) < 36 {
		return ""
	}
	return string(rest[:36])
}

// person imports one person.
func (im *importer) person(p Person) (Person, ImportAction, error) {
	p.Name = strings.TrimSpace(p.Name)
	record.NormalizePerson(&p)
	if p.Name == "" {
		return p, 0, errors.New("a name is needed")
	}
	id, ok := im.personUID[p.UID]
	if !ok || p.UID == "" {
		id, ok = im.personFold[record.FoldName(p.Name)]
	}
	if ok {
		old, err := getPerson(im.tx, id)
		if err != nil {
			return p, 0, err
		}
		if samePerson(old, p) {
			return old, ImportUnchanged, nil
		}
		if !p.Updated.After(old.Updated) {
			return old, ImportConflict, nil
		}
		q := p
		q.ID, q.Created = old.ID, old.Created
		if q.UID == "" {
			q.UID = old.UID
		}
		if err := im.s.putPersonAs(im.tx, &q, &old); err != nil {
			return p, 0, err
		}
		im.personUID[q.UID] = q.ID
		return q, ImportUpdated, nil
	}
	if err := record.CheckPerson(&p, nil, im.s.today()); err != nil {
		return p, 0, err
	}
	id, err := im.tx.Bucket(bucketPeople).NextSequence()
	if err != nil {
		return p, 0, err
	}
	p.ID = id
	if p.UID == "" || im.personUID[p.UID] != 0 {
		p.UID = record.NewUID()
	}
	if p.Created.IsZero() {
		p.Created = im.now
	}
	if p.Updated.IsZero() {
		p.Updated = im.now
	}
	if err := putJSON(im.tx.Bucket(bucketPeople), p.ID, p); err != nil {
		return p, 0, err
	}
	if other := im.tx.Bucket(bucketPeopleByName).Get(nameKey(p.Name)); other != nil {
		return p, 0, fmt.Errorf("%w: %q", ErrDuplicateName, p.Name)
	}
	if err := im.tx.Bucket(bucketPeopleByName).Put(nameKey(p.Name), itob(p.ID)); err != nil {
		return p, 0, err
	}
	if err := putNameWords(im.tx, p.ID, "", p.Name); err != nil {
		return p, 0, err
	}
	im.personUID[p.UID], im.personFold[record.FoldName(p.Name)] = p.ID, p.ID
	return p, ImportNew, nil
}

// putPersonAs replaces old with q (same id), keeping the name index and
// the person's index rows in step, with q's own "updated".
func (s *Store) putPersonAs(tx *bolt.Tx, q, old *Person) error {
	if err := record.CheckPerson(q, old, s.today()); err != nil {
		return err
	}
	byName := tx.Bucket(bucketPeopleByName)
	if other := byName.Get(nameKey(q.Name)); other != nil && btoi(other) != q.ID {
		return fmt.Errorf("%w: %q", ErrDuplicateName, q.Name)
	}
	if err := byName.Delete(nameKey(old.Name)); err != nil {
		return err
	}
	if err := byName.Put(nameKey(q.Name), itob(q.ID)); err != nil {
		return err
	}
	if err := putNameWords(tx, q.ID, old.Name, q.Name); err != nil {
		return err
	}
	if err := putJSON(tx.Bucket(bucketPeople), q.ID, q); err != nil {
		return err
	}
	if old.Name != q.Name {
		return renameInIndex(tx, q.ID, q.Name)
	}
	return nil
}

// samePerson reports whether a and b hold the same values (ids and times
// aside).
func samePerson(a, b Person) bool {
	return a.Name == b.Name && a.BirthDate == b.BirthDate && a.Nationality == b.Nationality &&
		maps.Equal(a.Details, b.Details) && (b.UID == "" || a.UID == b.UID)
}

// caseOf imports one case, its PersonID already this store's.
func (im *importer) caseOf(c Case) (Case, ImportAction, error) {
	if c.Answers == nil {
		c.Answers = procedures.Answers{}
	}
	if old, ok, err := im.match(c); err != nil {
		return c, 0, err
	} else if ok {
		if sameCase(old, c) {
			return old, ImportUnchanged, nil
		}
		if !c.Updated.After(old.Updated) {
			return old, ImportConflict, nil
		}
		d := c
		d.ID, d.Created = old.ID, old.Created
		if d.UID == "" {
			d.UID = old.UID
		}
		if err := record.ValidateCase(d, &old, im.s.today()); err != nil {
			return c, 0, err
		}
		if old.PersonID != d.PersonID {
			if err := im.tx.Bucket(bucketCasesByPerson).Delete(pairKey(old.PersonID, d.ID)); err != nil {
				return c, 0, err
			}
		}
		d.Version = old.Version + 1 // an update, as any save (record.CheckVersion)
		// A file with less history than the stored case loses none of it;
		// what the update changes is recorded as any save's change is.
		casebook.Chronicle(&old, &d, im.s.stamp())
		if err := putCaseWith(im.tx, &d, im.s.calendar()); err != nil {
			return c, 0, err
		}
		return d, ImportUpdated, nil
	}
	if err := record.ValidateCase(c, nil, im.s.today()); err != nil {
		return c, 0, err
	}
	id, err := im.tx.Bucket(bucketCases).NextSequence()
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
	if err := putCaseWith(im.tx, &c, im.s.calendar()); err != nil {
		return c, 0, err
	}
	im.caseUID[c.UID] = c.ID
	return c, ImportNew, nil
}

// match finds the stored case c is: by uid, else among its person's cases
// by procedure and creation time (or answers, with MatchAnswers).
func (im *importer) match(c Case) (Case, bool, error) {
	if id, ok := im.caseUID[c.UID]; ok && c.UID != "" {
		old, err := getCase(im.tx, id)
		return old, err == nil, err
	}
	// A uid this store has never seen may still be a case stored before
	// uids existed: its person, procedure and creation time tell.
	for _, id := range casesOf(im.tx, c.PersonID) {
		old, err := getCase(im.tx, id)
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

// sameCase reports whether a and b hold the same values (ids, person and
// times aside).
func sameCase(a, b Case) bool {
	return a.PersonID == b.PersonID && a.Procedure == b.Procedure && maps.Equal(a.Answers, b.Answers) &&
		staged(a.Progress) == staged(b.Progress) && maps.Equal(trueTicks(a.Ticks), trueTicks(b.Ticks)) && a.Notes == b.Notes &&
		(b.UID == "" || a.UID == b.UID)
}

// staged is pr with an empty stage read as draft, as the index reads it.
func staged(pr procedures.Progress) procedures.Progress {
	if pr.Stage == "" {
		pr.Stage = procedures.StageDraft
	}
	return pr
}

func trueTicks(t map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k, v := range t {
		if v {
			out[k] = true
		}
	}
	return out
}
