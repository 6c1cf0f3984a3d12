// Package store keeps tramite's people, cases and answers in one bbolt file.
//
// CONTRACT (written before the implementation; the signatures below are
// what the other packages build on):
package store

import (
	"errors"
	"io"
	"time"

	"tramite/procedures"
)

// ErrNotFound is returned when a person or case does not exist.
var ErrNotFound = errors.New("not found")

// Person is a member of the household (or a facilitator's client).
type Person struct {
	ID          uint64          `json:"id"`
	Name        string          `json:"name"`
	BirthDate   procedures.Date `json:"birth_date,omitzero"`
	Nationality string          `json:"nationality,omitzero"`
	// Details holds the personal answer keys of procedures.PersonKeys
	// (passport_number, address, phone, email, office, ...).
	Details map[string]string `json:"details,omitempty"`
	Created time.Time         `json:"created"`
	Updated time.Time         `json:"updated"`
}

// Case is one procedure for one person.
type Case struct {
	ID        uint64              `json:"id"`
	PersonID  uint64              `json:"person_id"`
	Procedure string              `json:"procedure"`
	Answers   procedures.Answers  `json:"answers"`
	Progress  procedures.Progress `json:"progress"`
	// Ticks are the checklist documents the user ticked off, by document ID.
	Ticks   map[string]bool `json:"ticks,omitempty"`
	Notes   string          `json:"notes,omitzero"`
	Created time.Time       `json:"created"`
	Updated time.Time       `json:"updated"`
}

// Summary is a case's row in the deadline index: what the dashboard and
// `tramite deadlines` need, kept in a small bucket written in the same
// transaction as the case, so listing 10,000 cases decodes no whole case.
// Deadlines are procedures.Track with the default Calendar (they do not
// depend on today).
type Summary struct {
	CaseID    uint64                `json:"case"`
	PersonID  uint64                `json:"person_id"`
	Person    string                `json:"person"`
	Procedure string                `json:"procedure"`
	Stage     procedures.Stage      `json:"stage"`
	Deadlines []procedures.Deadline `json:"deadlines,omitempty"`
	Updated   time.Time             `json:"updated"`
}

// Options tune Open.
type Options struct {
	// Timeout bounds the wait for the file lock (default 1s).
	Timeout time.Duration
	// ReadOnly opens the file shared, for commands that only read.
	ReadOnly bool
}

// Store is an open tramite database.
type Store struct{}

var errTODO = errors.New("store: not implemented yet")

func Open(path string, opt Options) (*Store, error)                      { return nil, errTODO }
func (s *Store) Close() error                                            { return errTODO }
func (s *Store) Path() string                                            { return "" }
func (s *Store) SavePerson(p *Person) error                              { return errTODO }
func (s *Store) Person(id uint64) (Person, error)                        { return Person{}, errTODO }
func (s *Store) PersonByName(name string) (Person, error)                { return Person{}, errTODO }
func (s *Store) People() ([]Person, error)                               { return nil, errTODO }
func (s *Store) DeletePerson(id uint64) error                            { return errTODO }
func (s *Store) SaveCase(c *Case) error                                  { return errTODO }
func (s *Store) Case(id uint64) (Case, error)                            { return Case{}, errTODO }
func (s *Store) Cases() ([]Case, error)                                  { return nil, errTODO }
func (s *Store) DeleteCase(id uint64) error                              { return errTODO }
func (s *Store) SaveAnswer(caseID uint64, key, value string) error       { return errTODO }
func (s *Store) DeleteAnswer(caseID uint64, key string) error            { return errTODO }
func (s *Store) SetTick(caseID uint64, docID string, done bool) error    { return errTODO }
func (s *Store) SetProgress(caseID uint64, pr procedures.Progress) error { return errTODO }
func (s *Store) SetNotes(caseID uint64, notes string) error              { return errTODO }
func (s *Store) Summaries() ([]Summary, error)                           { return nil, errTODO }
func (s *Store) Backup(w io.Writer) (int64, error)                       { return 0, errTODO }
