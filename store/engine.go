package store

import (
	"tramite/casebook"
	"tramite/procedures"
)

// Engine is the persistence tramite needs, whatever engine keeps it: the
// embedded bbolt file (*Store, the default) or a shared PostgreSQL
// database (package store/pgstore). Every engine passes the same contract
// suite (package store/storetest): the same records, the same deadline
// index rows (Summarize with the stored office closures), the same
// refusals (record.ErrInvalid, ErrNotFound, ErrDuplicateName, ErrHasCases,
// ErrReadOnly, ErrNewerSchema) and the same ordering (creation order,
// that is id order).
//
// A method added to casebook.Store is part of Engine too: both engines
// must implement it, and the contract suite should test it.
type Engine interface {
	casebook.Store

	// PersonByName finds a person by name, ignoring case and runs of
	// spaces (accents count); ErrNotFound when nobody has it.
	PersonByName(name string) (Person, error)
	// PeopleMatching returns, in id order, the people whose folded name
	// (record.FoldName) has, for each folded word of typed, a word that
	// begins with it: the people casebook.Candidates picks among, found
	// through an index of the names' words. An empty typed matches nobody.
	PeopleMatching(typed string) ([]Person, error)
	// EachSummary calls fn with every index row in case-id order, from one
	// consistent snapshot; fn may keep the row's strings, not the Summary
	// or its Deadlines. An error from fn stops the walk and is returned
	// as is.
	EachSummary(fn func(*Summary) error) error
	// CasesOf calls fn with each stored case of ids, in their order, in
	// one read; an id not stored is skipped. An error from fn stops it.
	CasesOf(ids []uint64, fn func(Case) error) error
	// PeopleOf is CasesOf for people.
	PeopleOf(ids []uint64, fn func(Person) error) error
	// EachSummaryDue is EachSummary over the rows of the cases that have
	// a deadline not done whose date to act by (ActBy when set, else the
	// legal date) is on or before until, read through a date-ordered key
	// or index: a listing bounded by a date reads only those rows.
	EachSummaryDue(until procedures.Date, fn func(*Summary) error) error
	// Closures are the configured office closures, sorted, once each.
	Closures() ([]procedures.Date, error)
	// SetClosures replaces them and recomputes every index row in the
	// same transaction.
	SetClosures(ds []procedures.Date) error
	// Calendar is the office calendar with the stored closures (a copy).
	Calendar() procedures.Calendar
	// Import is ImportWith without options: people and cases matched to
	// what is stored by uid, else by folded name (a person) or by person,
	// procedure and creation time (a case), in one transaction.
	Import(people []Person, cases []Case) (ImportResult, error)
	// ImportWith adds or updates people and cases in one transaction (all
	// or nothing), matching what is stored as (*Store).ImportWith says:
	// a person by uid, else by folded name; a case by uid, else by person,
	// procedure and creation time (or answers, opt.MatchAnswers).
	ImportWith(people []Person, cases []Case, opt ImportOptions) (ImportResult, error)
	// ReindexAll recomputes every index row in one transaction.
	ReindexAll() error
	// Load writes people, cases (ids, times and versions kept) and
	// closures into an empty database in one transaction, with the index
	// rows; ErrNotEmpty when it holds anything (tramite db copy).
	Load(people []Person, cases []Case, closures []procedures.Date) error
	// Generation is a number that changes whenever a write commits, at
	// any desk or process: the dashboard polls it to refresh.
	Generation() (uint64, error)
	// Path names the database for messages: a file path, or a
	// PostgreSQL address without its password.
	Path() string
	// Close releases the database.
	Close() error
}

var _ Engine = (*Store)(nil)

// Summarize computes a case's index row as every engine must store it:
// procedures.Track with cal, the office calendar of the stored closures
// (the deadlines do not depend on today); person is the person's name. A
// case of an unknown procedure has no deadlines; a panic in a procedure's
// rules gives no deadlines rather than losing the write.
func Summarize(c *Case, person string, cal procedures.Calendar) Summary {
	return summarize(c, person, cal)
}

// RulesVersion identifies the rules the index rows are computed with:
// an engine whose stored version differs rebuilds its index at open.
func RulesVersion() string { return rulesVersion() }

// NameKey is the folded form of a person's name that must be unique:
// case and runs of spaces do not count, accents do.
func NameKey(name string) string { return string(nameKey(name)) }

// NameWords are the distinct words of a person's folded name
// (record.FoldName), as PeopleMatching's index keeps them.
func NameWords(name string) []string { return nameWords(name) }
