package store

// What every engine's ImportWith shares, so that an import matches the
// same records on bbolt and on PostgreSQL.

// SamePerson reports whether the stored person a and the imported b hold
// the same values (ids and times aside): an import leaves a unchanged.
func SamePerson(a, b Person) bool { return samePerson(a, b) }

// SameCase reports whether the stored case a and the imported b hold the
// same values (ids, times aside; b's PersonID already this database's).
func SameCase(a, b Case) bool { return sameCase(a, b) }

// ErrDryRun is what an engine's ImportWith returns from inside its
// transaction to roll a dry run back (never returned to callers).
var ErrDryRun = errDryRun
