package store

// What every engine's ImportWith shares besides the Importer
// (importmatch.go), so that an import matches the same records on bbolt
// and on PostgreSQL.

// ErrDryRun is what an engine's ImportWith returns from inside its
// transaction to roll a dry run back (never returned to callers).
var ErrDryRun = errDryRun
