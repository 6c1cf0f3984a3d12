package store

import "tramite/record"

// The store persists the types of package record; these names keep the
// store's own code and its callers short.
type (
	Person  = record.Person
	Case    = record.Case
	Summary = record.Summary
)
