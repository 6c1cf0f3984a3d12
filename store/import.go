package store

import (
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
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
	var res ImportResult
	err := s.update("importing", func(tx *bolt.Tx) error {
		io := boltImport{s: s, tx: tx}
		// A dry run writes as an import does, then rolls back: it takes
		// the same bulk path and agenda pause (without them a dry run of
		// 100,000 cases took 4.5 minutes, the import itself 15 s).
		if len(people)+len(cases) >= bulkFloor {
			// Into a store holding fewer records: the secondary buckets
			// at the end, in order (bulk.go).
			var err error
			if io.bulk, err = startBulk(tx, len(people)+len(cases)); err != nil {
				return err
			}
		}
		im := NewImporter(io, s.stamp, s.today(), opt)
		// Run changes the maps: they are kept again only if this commits.
		if k := s.takeKnown(); k != nil && k.txid == tx.ID()-1 {
			im.personUID, im.personFold, im.caseUID = k.personUID, k.personFold, k.caseUID
		} else if err := io.load(im); err != nil {
			return err
		}
		if err := pauseAgendaFor(tx, len(cases)); err != nil {
			return err
		}
		var err error
		res, err = im.Run(people, cases)
		if err == nil && io.bulk != nil {
			err = io.bulk.finish(tx)
		}
		if err == nil && !opt.DryRun {
			k := &importKnown{txid: tx.ID(), personUID: im.personUID, personFold: im.personFold, caseUID: im.caseUID}
			tx.OnCommit(func() { s.keepKnown(k) })
		}
		return err
	})
	if err != nil && !(opt.DryRun && errors.Is(err, errDryRun)) {
		return ImportResult{}, err
	}
	return res, nil
}

// importKnown is what an import learnt of the stored people and cases,
// kept for this Store's next import while nothing else has written the
// file: its next write transaction is then the one after txid. The
// batches of a demo or of a long sheet do not each read every stored
// person again (that made 100,000 demo cases take 76 s of CPU).
type importKnown struct {
	txid                           int
	personUID, personFold, caseUID map[string]uint64
}

// takeKnown hands over the kept knowledge, if any, leaving none.
func (s *Store) takeKnown() *importKnown {
	s.knownMu.Lock()
	defer s.knownMu.Unlock()
	k := s.known
	s.known = nil
	return k
}

// keepKnown keeps k for the next import (bbolt runs commit handlers after
// it lets the next writer in, hence the lock).
func (s *Store) keepKnown(k *importKnown) {
	s.knownMu.Lock()
	defer s.knownMu.Unlock()
	s.known = k
}

// boltImport is the bbolt engine's reads and writes for an Importer,
// inside one transaction.
type boltImport struct {
	s  *Store
	tx *bolt.Tx
	// bulk, when set, keeps the secondary buckets until the end of an
	// import into an empty store (bulk.go).
	bulk *bulkIndexes
}

// load gives im the stored people (one pass) and the cases' uids.
func (io boltImport) load(im *Importer) error {
	err := io.tx.Bucket(bucketPeople).ForEach(func(k, v []byte) error {
		p, err := getPerson(io.tx, btoi(k))
		if err != nil {
			return err
		}
		im.KnowPerson(p)
		return nil
	})
	if err != nil {
		return err
	}
	return io.tx.Bucket(bucketCases).ForEach(func(k, v []byte) error {
		im.KnowCase(btoi(k), uidOf(v))
		return nil
	})
}

// uidOf reads a stored case's uid without decoding it whole: it is in
// the first 64 bytes of the JSON, and only those are inflated.
func uidOf(v []byte) string {
	var uid string
	_ = withJSON(v, 64, func(js []byte) error {
		uid = uidIn(js)
		return nil
	})
	return uid
}

// uidIn finds the uid in the beginning of a case's JSON.
func uidIn(v []byte) string {
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

func (io boltImport) Person(id uint64) (Person, error) { return getPerson(io.tx, id) }

func (io boltImport) Case(id uint64) (Case, error) { return getCase(io.tx, id) }

func (io boltImport) CasesOf(personID uint64) ([]uint64, error) { return io.casesOf(personID), nil }

func (io boltImport) casesOf(personID uint64) []uint64 {
	if io.bulk != nil {
		return io.bulk.casesOf(personID)
	}
	return casesOf(io.tx, personID)
}

func (io boltImport) NextPersonID() (uint64, error) { return io.tx.Bucket(bucketPeople).NextSequence() }

func (io boltImport) NextCaseID() (uint64, error) { return io.tx.Bucket(bucketCases).NextSequence() }

func (io boltImport) NameFree(name string, id uint64) error {
	other, taken := uint64(0), false
	if io.bulk != nil {
		other, taken = io.bulk.nameOwner(name)
	} else if v := io.tx.Bucket(bucketPeopleByName).Get(nameKey(name)); v != nil {
		other, taken = btoi(v), true
	}
	if taken && other != id {
		return fmt.Errorf("%w: %q", ErrDuplicateName, name)
	}
	return nil
}

// PutPerson writes p (over old), keeping the name index, the name words
// and, when the name changed, the person's index rows in step.
func (io boltImport) PutPerson(p, old *Person) error {
	was := ""
	if old != nil {
		was = old.Name
	}
	if io.bulk != nil {
		io.bulk.putPerson(p.ID, was, p.Name)
	} else {
		byName := io.tx.Bucket(bucketPeopleByName)
		if old != nil {
			if err := byName.Delete(nameKey(old.Name)); err != nil {
				return err
			}
		}
		if err := byName.Put(nameKey(p.Name), itob(p.ID)); err != nil {
			return err
		}
		if err := putNameWords(io.tx, p.ID, was, p.Name); err != nil {
			return err
		}
	}
	if err := putLean(io.tx.Bucket(bucketPeople), p.ID, p); err != nil {
		return err
	}
	if old != nil && old.Name != p.Name {
		return renameInIndex(io.tx, io.casesOf(p.ID), p.Name)
	}
	return nil
}

// PutCase writes c (over old) with its index row.
func (io boltImport) PutCase(c, old *Case) error {
	if io.bulk != nil {
		io.bulk.putCase(c.ID, c.PersonID)
	} else if old != nil && old.PersonID != c.PersonID {
		if err := io.tx.Bucket(bucketCasesByPerson).Delete(pairKey(old.PersonID, c.ID)); err != nil {
			return err
		}
	}
	return putCaseWith(io.tx, c, io.s.calendar())
}
