package tui

import (
	"tramite/procedures"
	"tramite/store"
)

// Store is what the app needs from the database. Declared here, by its
// consumer, so tests can inject a failing store; *store.Store satisfies it.
type Store interface {
	People() ([]store.Person, error)
	SavePerson(p *store.Person) error
	Cases() ([]store.Case, error)
	Case(id uint64) (store.Case, error)
	SaveCase(c *store.Case) error
	DeleteCase(id uint64) error
	SaveAnswer(caseID uint64, key, value string) error
	DeleteAnswer(caseID uint64, key string) error
	SetTick(caseID uint64, docID string, done bool) error
	SetProgress(caseID uint64, pr procedures.Progress) error
	SetNotes(caseID uint64, notes string) error
	Summaries() ([]store.Summary, error)
}

var _ Store = (*store.Store)(nil)

// Options configure Run.
type Options struct {
	// Context carries "today" (from --today) and the office calendar.
	Context procedures.Context
	// NewProcedure, when set, opens a new-case interview for that procedure
	// id (`tramite new PROCEDURE`); NewCase alone opens the chooser
	// (`tramite new`).
	NewCase      bool
	NewProcedure string
	// ExportDir is where `e` and `p` write files by default.
	ExportDir string
}
