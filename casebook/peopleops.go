package casebook

import (
	"fmt"
	"maps"

	"tramite/procedures"
	"tramite/record"
)

// The people use cases a facilitator needs to keep one record per
// client: merge two records of one person, delete a person, move a case to
// another person, rename. Each is one store transaction.

// Conflict is a personal value two merged records both had, differently.
type Conflict struct {
	Key     string
	Kept    string // the value the merged person has
	Dropped string // the value that was not kept
}

// MergeResult says what MergePeople did.
type MergeResult struct {
	Kept      record.Person // the merged person as saved
	Removed   record.Person // the record merged into Kept, now gone
	Moved     int           // how many cases moved to Kept
	Filled    []string      // keys Kept lacked and took from Removed
	Conflicts []Conflict    // values both had, differently
}

// MergePeople merges person otherID into keepID: every case of other
// moves to keep, the personal values keep lacks are taken from other (so
// letters find a passport and an address whichever record had them), and
// values both have differently are kept from keep, or from other when
// preferOther is set, and listed. other is removed. One transaction:
// nothing changes on error.
func (b *Book) MergePeople(keepID, otherID uint64, preferOther bool) (MergeResult, error) {
	if keepID == otherID {
		return MergeResult{}, procedures.Problemf("these are the same person: name two different people to merge")
	}
	keep, err := b.Person(keepID)
	if err != nil {
		return MergeResult{}, err
	}
	other, err := b.Person(otherID)
	if err != nil {
		return MergeResult{}, err
	}
	res := MergeResult{Removed: other}
	merged := keep
	merged.Details = maps.Clone(keep.Details)
	for _, k := range procedures.PersonKeys {
		mine, theirs := keep.Get(k), other.Get(k)
		switch {
		case theirs == "" || mine == theirs:
		case mine == "":
			merged.Set(k, theirs)
			res.Filled = append(res.Filled, k)
		case preferOther:
			merged.Set(k, theirs)
			res.Conflicts = append(res.Conflicts, Conflict{Key: k, Kept: theirs, Dropped: mine})
		default:
			res.Conflicts = append(res.Conflicts, Conflict{Key: k, Kept: mine, Dropped: theirs})
		}
	}
	n, err := b.countCases(otherID)
	if err != nil {
		return MergeResult{}, err
	}
	if err := b.Store.MergePeople(&merged, otherID); err != nil {
		return MergeResult{}, fmt.Errorf("merge %s into %s: %w", other.Name, keep.Name, err)
	}
	res.Kept, res.Moved = merged, n
	return res, nil
}

// HasCasesError refuses deleting a person who still has cases.
type HasCasesError struct {
	Person record.Person
	Cases  int
}

func (e *HasCasesError) Error() string {
	return fmt.Sprintf("%s has %d case(s)", e.Person.Name, e.Cases)
}

func (e *HasCasesError) Unwrap() error { return record.ErrHasCases }

// RemovePerson deletes person id. A person with cases is refused
// (*HasCasesError, which says how many) unless withCases is set: then the
// cases go too, in the same transaction, and their number is returned.
func (b *Book) RemovePerson(id uint64, withCases bool) (int, error) {
	p, err := b.Person(id)
	if err != nil {
		return 0, err
	}
	n, err := b.countCases(id)
	if err != nil {
		return 0, err
	}
	if n > 0 && !withCases {
		return 0, &HasCasesError{Person: p, Cases: n}
	}
	if n == 0 {
		return 0, b.Store.DeletePerson(id)
	}
	return b.DeletePersonAndCases(id)
}

// MoveCase gives case caseID to person personID (a case filed under the
// wrong record of a client). Its dates and answers stay; the index row
// takes the new person's name in the same transaction.
func (b *Book) MoveCase(caseID, personID uint64) (record.Case, record.Person, error) {
	c, err := b.Case(caseID)
	if err != nil {
		return c, record.Person{}, err
	}
	p, err := b.Person(personID)
	if err != nil {
		return c, p, err
	}
	if c.PersonID == personID {
		return c, p, procedures.Problemf("case %d is already %s's: nothing changed", caseID, p.Name)
	}
	c.PersonID = personID
	if err := b.SaveCase(&c); err != nil {
		return c, p, err
	}
	return c, p, nil
}

// NameTakenError refuses renaming a person into another's name: they may
// be the same person, to merge rather than rename.
type NameTakenError struct {
	Person, Other record.Person
}

func (e *NameTakenError) Error() string {
	return fmt.Sprintf("%s is already someone's name", e.Other.Name)
}

func (e *NameTakenError) Unwrap() error { return record.ErrDuplicateName }

// RenamePerson renames person id to name (already checked: record.
// ValidatePersonValue). A name another person has but for case, accents
// and spacing is refused with *NameTakenError naming them: two records
// that near are one person to merge, or two people to tell apart.
func (b *Book) RenamePerson(id uint64, name string) (record.Person, error) {
	p, err := b.Person(id)
	if err != nil {
		return p, err
	}
	if err := b.CheckRename(p, name); err != nil {
		return p, err
	}
	return b.SetPersonValues(p, map[string]string{"name": name}, false)
}

// CheckRename refuses renaming p to a name another person has but for
// case, accents and spacing (*NameTakenError), before anything is saved.
func (b *Book) CheckRename(p record.Person, name string) error {
	people, err := b.People()
	if err != nil {
		return err
	}
	for _, o := range people {
		if o.ID != p.ID && FoldName(o.Name) == FoldName(name) {
			return &NameTakenError{Person: p, Other: o}
		}
	}
	return nil
}

// countCases is how many cases person id has (from the index).
func (b *Book) countCases(id uint64) (int, error) {
	sums, err := b.Summaries()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range sums {
		if s.PersonID == id {
			n++
		}
	}
	return n, nil
}
