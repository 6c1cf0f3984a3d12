package store

import (
	"errors"
	"fmt"
	"maps"
	"strings"
	"time"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// ImportIO is what an engine does for an Importer, inside the import's
// transaction: its reads and writes. The matching, the decisions and the
// stamping are the Importer's, the same for every engine.
type ImportIO interface {
	// Person and Case read one stored record.
	Person(id uint64) (Person, error)
	Case(id uint64) (Case, error)
	// CasesOf lists the ids of a person's stored cases, in id order.
	CasesOf(personID uint64) ([]uint64, error)
	// NextPersonID and NextCaseID give a new record's id.
	NextPersonID() (uint64, error)
	NextCaseID() (uint64, error)
	// NameFree returns an error wrapping ErrDuplicateName when a person
	// other than id holds name's key (NameKey).
	NameFree(name string, id uint64) error
	// PutPerson writes p over old (nil: p is new), keeping the name index,
	// the name words and the summaries' person name in step.
	PutPerson(p, old *Person) error
	// PutCase writes c over old (nil: c is new) with its index row.
	PutCase(c, old *Case) error
}

// Importer matches an import's records against what an engine stores and
// decides what becomes of each: a person by uid, else by name folded
// (record.FoldName); a case by uid, else by its person, procedure and
// creation time (and, with MatchAnswers, by its answers). An equal record
// is left alone, an older stored one is replaced (keeping its id, creation
// time and uid), a newer or as new one is kept (a conflict); a new record
// gets an id, a uid, its times and Version 1. Every engine's ImportWith
// loads its stored records into one (KnowPerson, KnowCase) and Runs it.
type Importer struct {
	io    ImportIO
	stamp func() time.Time
	now   time.Time
	today procedures.Date
	opt   ImportOptions

	personUID  map[string]uint64
	personFold map[string]uint64 // the first person (by id) of each folded name
	caseUID    map[string]uint64
}

// NewImporter is an Importer writing through io, reading the engine's
// clock with stamp (new records take its first reading, history entries
// their own) and checking birth dates against today.
func NewImporter(io ImportIO, stamp func() time.Time, today procedures.Date, opt ImportOptions) *Importer {
	return &Importer{io: io, stamp: stamp, now: stamp(), today: today, opt: opt,
		personUID: map[string]uint64{}, personFold: map[string]uint64{}, caseUID: map[string]uint64{}}
}

// KnowPerson indexes one stored person; the engine gives them in id order.
func (im *Importer) KnowPerson(p Person) {
	if p.UID != "" {
		im.personUID[p.UID] = p.ID
	}
	if _, seen := im.personFold[record.FoldName(p.Name)]; !seen {
		im.personFold[record.FoldName(p.Name)] = p.ID
	}
}

// KnowCase indexes one stored case's uid.
func (im *Importer) KnowCase(id uint64, uid string) {
	if uid != "" {
		im.caseUID[uid] = id
	}
}

// Run imports people, then cases (whose PersonID is one of people's IDs as
// the caller numbered them), in order. A dry run returns ErrDryRun with the
// result, for the engine to roll back.
func (im *Importer) Run(people []Person, cases []Case) (ImportResult, error) {
	res := ImportResult{People: make([]Person, len(people)), Reused: make([]bool, len(people)),
		PeopleHow: make([]ImportAction, len(people)), Cases: make([]Case, len(cases)), CasesHow: make([]ImportAction, len(cases))}
	newID := make(map[uint64]uint64, len(people))
	for i, p := range people {
		q, how, err := im.person(p)
		if err != nil {
			return res, fmt.Errorf("person %d: %w", p.ID, err)
		}
		newID[p.ID], res.People[i], res.PeopleHow[i], res.Reused[i] = q.ID, q, how, how != ImportNew
	}
	for i, c := range cases {
		pid, ok := newID[c.PersonID]
		if !ok {
			return res, fmt.Errorf("case %d: its person %d is not among the people imported", c.ID, c.PersonID)
		}
		c.PersonID = pid
		d, how, err := im.caseOf(c)
		if err != nil {
			return res, fmt.Errorf("case %d: %w", c.ID, err)
		}
		res.Cases[i], res.CasesHow[i] = d, how
	}
	if im.opt.DryRun {
		return res, errDryRun
	}
	return res, nil
}

// person imports one person.
func (im *Importer) person(p Person) (Person, ImportAction, error) {
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
		old, err := im.io.Person(id)
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
		if err := record.CheckPerson(&q, &old, im.today); err != nil {
			return p, 0, err
		}
		if err := im.io.NameFree(q.Name, q.ID); err != nil {
			return p, 0, err
		}
		if err := im.io.PutPerson(&q, &old); err != nil {
			return p, 0, err
		}
		im.personUID[q.UID] = q.ID
		return q, ImportUpdated, nil
	}
	if err := record.CheckPerson(&p, nil, im.today); err != nil {
		return p, 0, err
	}
	if err := im.io.NameFree(p.Name, 0); err != nil {
		return p, 0, err
	}
	nid, err := im.io.NextPersonID()
	if err != nil {
		return p, 0, err
	}
	p.ID = nid
	im.newIdentity(&p.UID, im.personUID[p.UID] != 0, &p.Created, &p.Updated)
	if err := im.io.PutPerson(&p, nil); err != nil {
		return p, 0, err
	}
	im.personUID[p.UID], im.personFold[record.FoldName(p.Name)] = p.ID, p.ID
	return p, ImportNew, nil
}

// caseOf imports one case, its PersonID already the engine's.
func (im *Importer) caseOf(c Case) (Case, ImportAction, error) {
	if c.Answers == nil {
		c.Answers = procedures.Answers{}
	}
	old, ok, err := im.match(c)
	if err != nil {
		return c, 0, err
	}
	if ok {
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
		if err := record.ValidateCase(d, &old, im.today); err != nil {
			return c, 0, err
		}
		d.Version = old.Version + 1 // an update, as any save (record.CheckVersion)
		// A file with less history than the stored case loses none of it;
		// what the update changes is recorded as any save's change is.
		casebook.Chronicle(&old, &d, im.stamp())
		if err := im.io.PutCase(&d, &old); err != nil {
			return c, 0, err
		}
		return d, ImportUpdated, nil
	}
	if err := record.ValidateCase(c, nil, im.today); err != nil {
		return c, 0, err
	}
	id, err := im.io.NextCaseID()
	if err != nil {
		return c, 0, err
	}
	c.ID = id
	im.newIdentity(&c.UID, im.caseUID[c.UID] != 0, &c.Created, &c.Updated)
	c.Version = 1
	if err := im.io.PutCase(&c, nil); err != nil {
		return c, 0, err
	}
	im.caseUID[c.UID] = c.ID
	return c, ImportNew, nil
}

// match finds the stored case c is: by uid, else among its person's cases
// by procedure and creation time (or answers, with MatchAnswers).
func (im *Importer) match(c Case) (Case, bool, error) {
	if id, ok := im.caseUID[c.UID]; ok && c.UID != "" {
		old, err := im.io.Case(id)
		return old, err == nil, err
	}
	// A uid this store has never seen may still be a case stored before
	// uids existed: its person, procedure and creation time tell.
	ids, err := im.io.CasesOf(c.PersonID)
	if err != nil {
		return Case{}, false, err
	}
	for _, id := range ids {
		old, err := im.io.Case(id)
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

// samePerson reports whether a and b hold the same values (ids and times
// aside).
func samePerson(a, b Person) bool {
	return a.Name == b.Name && a.BirthDate == b.BirthDate && a.Nationality == b.Nationality &&
		maps.Equal(a.Details, b.Details) && (b.UID == "" || a.UID == b.UID)
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

// newIdentity completes a new record's identity: a fresh UID when it has
// none or another record of the file or store took it, and the import's
// time for the times it lacks.
func (im *Importer) newIdentity(uid *string, taken bool, created, updated *time.Time) {
	if *uid == "" || taken {
		*uid = record.NewUID()
	}
	if created.IsZero() {
		*created = im.now
	}
	if updated.IsZero() {
		*updated = im.now
	}
}
