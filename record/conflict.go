package record

import (
	"errors"
	"fmt"
	"time"
)

// ErrConflict: a save was based on an old version of a case, which
// another desk (another tramite on the same database) changed meanwhile.
// Nothing was saved. Match it with errors.Is; the error is a
// *ConflictError.
var ErrConflict = errors.New("this case was changed at another desk")

// ConflictError is the refusal of a save based on an old version.
type ConflictError struct {
	CaseID uint64
	// At is when the stored version was saved.
	At time.Time
	// Stored and Based are the stored version and the one the save was
	// based on.
	Stored, Based uint64
}

// Error reads as the person at the desk needs it.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("this case was changed at another desk at %s; your change was not saved: reopen it", e.At.Local().Format("15:04"))
}

// Is makes errors.Is(err, ErrConflict) hold.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// CheckVersion refuses a save of c based on another version than the
// stored one (stored is the case as stored; nil for a new case).
func CheckVersion(c Case, stored *Case) error {
	if stored == nil || c.Version == stored.Version {
		return nil
	}
	return &ConflictError{CaseID: c.ID, At: stored.Updated, Stored: stored.Version, Based: c.Version}
}
