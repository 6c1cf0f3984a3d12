package casebook

import (
	"errors"

	"tramite/procedures"
	"tramite/record"
)

// Store is the persistence the case layer needs. *store.Store satisfies
// it; tests give a fake. Declared here, by its consumer, so that nothing
// above the case layer names the store package.
type Store interface {
	People() ([]record.Person, error)
	Person(id uint64) (record.Person, error)
	SavePerson(p *record.Person) error
	DeletePerson(id uint64) error
	Cases() ([]record.Case, error)
	Case(id uint64) (record.Case, error)
	SaveCase(c *record.Case) error
	DeleteCase(id uint64) error
	SaveAnswer(caseID uint64, key, value string) error
	DeleteAnswer(caseID uint64, key string) error
	SetTick(caseID uint64, docID string, done bool) error
	SetProgress(caseID uint64, pr procedures.Progress) error
	SetNotes(caseID uint64, notes string) error
	Summaries() ([]record.Summary, error)
	// MergePeople saves keep (stored) and moves every case of person
	// otherID to it, then deletes otherID: one transaction.
	MergePeople(keep *record.Person, otherID uint64) error
	// DeletePersonAndCases deletes a person and all their cases in one
	// transaction, returning how many cases went.
	DeletePersonAndCases(id uint64) (int, error)
}

// Book is the household's (or the office's) cases over a Store: the use
// cases the front-ends share. The Store's reads and single-field edits
// pass through unchanged; the methods below add what must be the same
// everywhere (evaluating a case, finding its person).
type Book struct {
	Store
}

// New returns the book kept in st.
func New(st Store) *Book { return &Book{Store: st} }

// Detail loads case id with its person and evaluates it for ctx (see
// NewDetail). A case whose person is missing is shown with an empty
// person rather than not at all.
func (b *Book) Detail(id uint64, ctx procedures.Context) (Detail, error) {
	c, err := b.Case(id)
	if err != nil {
		return Detail{}, err
	}
	person, err := b.Person(c.PersonID)
	if err != nil && !errors.Is(err, record.ErrNotFound) {
		return Detail{}, err
	}
	return NewDetail(person, c, ctx)
}
