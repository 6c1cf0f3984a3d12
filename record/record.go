// Package record holds the data tramite keeps: people, their cases and the
// deadline index's rows, with the sentinel errors of the store that keeps
// them. It has no behaviour, so every layer can name these types (the
// store that persists them, the case layer that works on them, the screens
// and exports that show them) without depending on the store itself.
package record

import (
	"errors"
	"time"

	"tramite/procedures"
)

// Person is a member of the household (or a facilitator's client).
type Person struct {
	ID uint64 `json:"id"`
	// UID is the person's stable unique id (a random UUID), the same in
	// every file the person is exported to or imported into: importing a
	// file twice finds them by it instead of adding them again.
	UID         string          `json:"uid,omitempty"`
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
	ID uint64 `json:"id"`
	// UID is the case's stable unique id (a random UUID), kept across
	// export and import: a re-import updates the case instead of
	// duplicating it, and calendar events derive their UIDs from it.
	// Cases stored before it existed have none (and keep their ids' UIDs).
	UID       string              `json:"uid,omitempty"`
	PersonID  uint64              `json:"person_id"`
	Procedure string              `json:"procedure"`
	Answers   procedures.Answers  `json:"answers"`
	Progress  procedures.Progress `json:"progress"`
	// Ticks are the checklist documents the user ticked off, by document ID.
	Ticks map[string]bool `json:"ticks,omitempty"`
	Notes string          `json:"notes,omitzero"`
	// History is what happened to the case, oldest first: stage moves,
	// INM's notices, payments, notes (issue 19). The store appends an
	// entry in the same transaction as the change it records. Cases kept
	// before there was a history have none for their past.
	History []Event   `json:"history,omitempty"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	// Version counts the case's saves (1 once created; 0 for a case saved
	// before versions existed). SaveCase refuses a case whose Version is
	// not the stored one (ErrConflict): another desk saved it meanwhile.
	Version uint64 `json:"version,omitzero"`
}

// Event is one entry of a case's history.
type Event struct {
	// At is when it was recorded (the store's clock, UTC).
	At time.Time `json:"at"`
	// Kind is what happened (the Event* constants).
	Kind string `json:"kind"`
	// Date is the day it happened as the user gave it (the filing, the
	// notice, the payment), when it differs from At's day or matters.
	Date procedures.Date `json:"date,omitzero"`
	// Stage is the stage the case moved to (EventStage, EventResolution).
	Stage procedures.Stage `json:"stage,omitzero"`
	// Text is a detail: the NUT and office of a stage, the note added.
	Text string `json:"text,omitzero"`
}

// The kinds of Event.
const (
	EventCreated     = "created"
	EventStage       = "stage"
	EventCorrections = "notice-corrections"
	EventResolution  = "notice-resolution"
	// EventRefusal: INM's resolution refused the application; the case
	// is closed as refused.
	EventRefusal = "notice-refusal"
	EventPayment = "payment"
	EventCardFee = "card-fee"
	EventNote    = "note"
	// EventBegun marks where a case stored before there was a history
	// began to keep one (the store's upgrade adds it): nothing is
	// recorded before it.
	EventBegun = "history-begun"
)

// MaxHistory bounds the entries a case keeps; the oldest go first.
const MaxHistory = 500

// Summary is a case's row in the deadline index: what the agenda needs,
// kept in a small bucket written in the same transaction as the case, so
// listing 10,000 cases decodes no whole case. Deadlines are
// procedures.Track with the office calendar (they do not depend on today).
// Stage is never empty (a new case reads StageDraft).
type Summary struct {
	CaseID    uint64                `json:"case"`
	PersonID  uint64                `json:"person_id"`
	Person    string                `json:"person"`
	Procedure string                `json:"procedure"`
	Stage     procedures.Stage      `json:"stage"`
	Deadlines []procedures.Deadline `json:"deadlines,omitempty"`
	Updated   time.Time             `json:"updated"`
}

// The errors a store wraps, for callers that choose a message with
// errors.Is.
var (
	// ErrNotFound: a person or case does not exist.
	ErrNotFound = errors.New("not found")
	// ErrDuplicateName: a person with the same name already exists.
	ErrDuplicateName = errors.New("a person with that name already exists")
	// ErrHasCases: a person cannot be deleted while they have cases.
	ErrHasCases = errors.New("the person still has cases")
)
