package store

import (
	"time"

	"tramite/procedures"
)

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
// depend on today). Stage is never empty (a new case reads StageDraft).
type Summary struct {
	CaseID    uint64                `json:"case"`
	PersonID  uint64                `json:"person_id"`
	Person    string                `json:"person"`
	Procedure string                `json:"procedure"`
	Stage     procedures.Stage      `json:"stage"`
	Deadlines []procedures.Deadline `json:"deadlines,omitempty"`
	Updated   time.Time             `json:"updated"`
}
