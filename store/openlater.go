package store

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// A read-write open of a file that needs the full damage check
// (needsFullCheck: a small file, or a large one changed since tramite
// last closed it) reads every page before it returns: 1.3 s at 100,000
// cases. OpenCheckLater returns at once with the file open for reading
// only, and runs that check, then becomes writable, in FinishOpen: the
// dashboard draws its first frame meanwhile, and nothing can write before
// the check has passed (the first write runs FinishOpen itself, and waits
// for it). A file the check refuses stays read-only: every write, and
// FinishOpen, return the refusal.

// later is a Store's deferred check (nil when none was deferred).
type later struct {
	pending atomic.Bool // FinishOpen has not run to the end
	mu      sync.Mutex  // one FinishOpen at a time
	err     error       // its answer, once run
	idle    *sync.Cond  // on Store.hmu: signalled when users drops to 0
	sc      schema
}

// OpenCheckLater is Open for writing, with the damage check of an
// existing file deferred to FinishOpen (see above). A new file, a file
// cut short at its creation, or one that needs an upgrade or a new index
// is opened as Open does, before it returns.
func OpenCheckLater(path string, opt Options) (*Store, error) {
	sc := currentSchema()
	opt.ReadOnly = false
	if !needsFullCheck(path) || !existingFile(path) {
		return open(path, opt, sc)
	}
	if again, err := unfinished(path, max(opt.Timeout, defaultTimeout)); err != nil || again {
		return open(path, opt, sc)
	}
	ro := opt
	ro.ReadOnly = true
	s, err := open(path, ro, sc)
	if err != nil {
		return nil, err
	}
	if s.staleIndex || s.schemaBehind(sc) {
		// It needs writing before use: open it whole now.
		s.Close()
		return open(path, opt, sc)
	}
	l := &later{sc: sc}
	l.idle = sync.NewCond(&s.hmu)
	l.pending.Store(true)
	s.hmu.Lock()
	s.later = l
	s.hmu.Unlock()
	return s, nil
}

// FinishOpen runs the damage check OpenCheckLater deferred, then opens
// the file for writing; it returns at once on any other Store, and with
// the same answer after its first run.
func (s *Store) FinishOpen() error {
	s.hmu.Lock()
	l := s.later
	s.hmu.Unlock()
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.pending.Load() {
		return l.err
	}
	l.err = s.checkThenWrite(l)
	l.pending.Store(false)
	return l.err
}

// checkThenWrite is FinishOpen's work: the check (beside any reads in
// progress, which hold the file shared), then, once no operation holds
// the read-only handle, the switch to writing.
func (s *Store) checkThenWrite(l *later) error {
	if err := checkPages(s.path); err != nil {
		return damaged(s.path, err)
	}
	db, err := openBolt(s.path, true, s.timeout)
	if err != nil {
		return err
	}
	if err := verify(db); err != nil {
		closeQuietly(db)
		return damaged(s.path, err)
	}
	closeQuietly(db)

	s.hmu.Lock()
	defer s.hmu.Unlock()
	for s.users > 0 {
		l.idle.Wait()
	}
	if s.db != nil {
		closeQuietly(s.db)
		s.db = nil
	}
	db, err = openBolt(s.path, false, s.timeout)
	if err != nil {
		return err
	}
	st, err := readStateOf(db, l.sc)
	if err != nil {
		closeQuietly(db)
		return refusal(s.path, err)
	}
	if st.schema != l.sc.version || st.rules != rulesVersion() {
		// Changed by another tramite since the read-only open: leave it
		// to a plain open, which upgrades it.
		closeQuietly(db)
		return fmt.Errorf("%s changed while it was being checked: %w; close tramite and open it again", s.path, ErrLocked)
	}
	s.db = db
	s.readOnly = false
	dropStamp(s.path) // until Close records the file as tramite left it
	s.closeBetween()
	return nil
}

// existingFile reports whether path is a regular file.
func existingFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// schemaBehind reports whether the file's schema or index is older than
// sc's (or cannot be read): a read-write open would write it.
func (s *Store) schemaBehind(sc schema) bool {
	var st metaState
	err := s.view("reading the file's version", func(tx *bolt.Tx) (err error) {
		st, err = readState(tx, sc)
		return err
	})
	return err != nil || st.schema != sc.version || st.rules != rulesVersion()
}

// readStateOf reads the meta bucket of db.
func readStateOf(db *bolt.DB, sc schema) (st metaState, err error) {
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			st, err = readState(tx, sc)
			return err
		})
	})
	return st, err
}
