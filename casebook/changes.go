package casebook

import "context"

// ChangeWaiter is a store that can wait for a change made by anyone, this
// tramite or another desk, without asking again and again: the PostgreSQL
// engine (LISTEN/NOTIFY). The dashboard waits on it; a store without it
// (the bbolt file) is polled for its change counter instead.
type ChangeWaiter interface {
	// WaitChange returns the change counter once it differs from known,
	// or after the store's own fallback interval (it may then still be
	// known), or ctx's error; an error when the store cannot be read.
	WaitChange(ctx context.Context, known uint64) (uint64, error)
}
