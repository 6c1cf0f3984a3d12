package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"tramite/safefile"
)

// defaultTimeout is how long Open waits for another tramite to let go.
const defaultTimeout = time.Second

// open is Open with the schema as a parameter, so tests can exercise a
// migration the current code does not need yet.
//
// An existing file is opened in steps, each of which may refuse it
// without writing: (1) our own read of bbolt's header (bbolt would
// initialise an empty file, and fault on one cut short); (2) for a
// read-write open, our own walk of every page (checkPages); (3) a
// read-only bbolt open that checks the meta bucket and schema, and for a
// read-write open the records and bbolt's Tx.Check (verify); (4) only then
// the read-write open, which migrates or reindexes if needed.
func open(path string, opt Options, sc schema) (*Store, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	s := &Store{path: path, now: opt.Now, readOnly: opt.ReadOnly, timeout: opt.Timeout, rebuilding: opt.Rebuilding}

	created := false
	info, err := os.Stat(path)
	if err == nil && !opt.ReadOnly && !info.IsDir() {
		// An earlier first run killed before it finished: recreate it.
		again, uerr := unfinished(path, opt.Timeout)
		if uerr != nil {
			return nil, uerr
		}
		if again {
			if err := create(path, sc, opt.Timeout, true); err != nil {
				return nil, err
			}
			created = true
		}
	}
	switch {
	case created:
	case errors.Is(err, fs.ErrNotExist) && opt.ReadOnly:
		return nil, fmt.Errorf("no tramite file at %s yet (run tramite once to create it, or pass --db PATH): %w", path, err)
	case errors.Is(err, fs.ErrNotExist):
		if err := create(path, sc, opt.Timeout, false); err != nil {
			return nil, err
		}
		created = true
	case err != nil:
		return nil, fmt.Errorf("opening %s: %w", path, err)
	case info.IsDir():
		return nil, refuse(path, ErrNotTramite, errors.New("it is a folder; pass the path of a file with --db PATH"))
	}

	var st metaState
	checked := false // every page and record checked before this open
	if !created {
		if err := checkHeader(path); err != nil {
			return nil, refuse(path, ErrNotTramite, err)
		}
		// A read-write open checks every page first (checkPages, verify):
		// nothing may write into a damaged file. A read-only open skips
		// that cost: its reads are guarded, so damage found later is an
		// ErrDamaged error, never a crash.
		fullCheck := !opt.ReadOnly && needsFullCheck(path)
		checked = fullCheck
		if fullCheck {
			if err := checkPages(path); err != nil {
				return nil, damaged(path, err)
			}
		}
		db, err := openBolt(path, true, opt.Timeout)
		if err != nil {
			return nil, err
		}
		err = guard(func() error {
			return db.View(func(tx *bolt.Tx) error {
				st, err = readState(tx, sc)
				return err
			})
		})
		if err != nil {
			closeQuietly(db)
			return nil, refusal(path, err)
		}
		if fullCheck {
			// Before anything may write to it: every page read, and bbolt's
			// consistency check (see verify; its cost is in BENCHMARKS.md).
			if err := verify(db); err != nil {
				closeQuietly(db)
				return nil, damaged(path, err)
			}
		}
		if opt.ReadOnly && st.schema < sc.version && !sc.readable[st.schema] {
			closeQuietly(db)
			return nil, fmt.Errorf("%s was written by an older tramite: open it once without read-only so tramite can upgrade it (keeping a copy)", path)
		}
		if opt.ReadOnly && st.rules != rulesVersion() && st.schema == sc.version && !opt.stayStale {
			// Rules changed since the index was built: rebuild it once now,
			// if the file can be taken for a moment, rather than recompute
			// every row on every read-only command until the next
			// read-write open (10 s at 100,000 cases). An older schema
			// waits for a read-write open: its upgrade writes a copy first.
			closeQuietly(db)
			reindexInPassing(path, opt, sc)
			again := opt
			again.stayStale = true
			return open(path, again, sc)
		}
		if opt.ReadOnly {
			s.db = db
			s.setCal(calendarOf(st.closures))
			s.staleIndex = st.rules != rulesVersion()
			s.share()
			return s, nil
		}
		closeQuietly(db)
	}

	db, err := openBolt(path, false, opt.Timeout)
	if err != nil {
		return nil, err
	}
	s.db = db
	dropStamp(path) // until Close records the file as tramite left it
	if err := s.prepare(sc); err != nil {
		closeQuietly(db)
		return nil, err
	}
	if checked {
		// The agenda key is derived data: damaged, it is rebuilt.
		if err := s.repairAgenda(); err != nil {
			closeQuietly(db)
			return nil, err
		}
	}
	// What a creation killed after its file was in place left behind.
	_, _ = safefile.Clean(filepath.Dir(path), filepath.Base(path))
	s.share()
	return s, nil
}

// prepare brings a read-write file up to date: buckets and meta for a new
// file, migrations for an older schema, a new index for other rules. It
// writes nothing when the file is already current.
func (s *Store) prepare(sc schema) error {
	var st metaState
	err := guard(func() error {
		return s.db.View(func(tx *bolt.Tx) (err error) {
			st, err = readState(tx, sc)
			return err
		})
	})
	if err != nil {
		return refusal(s.path, err)
	}
	s.setCal(calendarOf(st.closures))
	if (st.schema < sc.version || st.rules != rulesVersion()) && s.rebuilding != nil {
		s.rebuilding()
	}
	if st.schema < sc.version {
		// migrate rebuilds the index too.
		return s.migrate(st.schema, sc)
	}
	if st.rules != rulesVersion() {
		if err := s.ReindexAll(); err != nil {
			return err
		}
	}
	return nil
}

// openBolt opens path with bbolt, mapping a lock timeout to ErrLocked and
// any failure or panic on a damaged file to a refusal.
func openBolt(path string, readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	var db *bolt.DB
	err := guard(func() (err error) {
		db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout, ReadOnly: readOnly})
		return err
	})
	if err == nil {
		db.AllocSize = fileGrowth
	}
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("cannot open %s: %w; close the other tramite (or wait for it to finish) and try again", path, ErrLocked)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	case err != nil:
		if db != nil {
			closeQuietly(db)
		}
		return nil, refuse(path, ErrNotTramite, err)
	}
	return db, nil
}

// fileGrowth is how far past what it needs bbolt grows a file larger
// than it: by 16 MB a step at its default, which left a demo-written file
// of 100,000 cases 17 MB (170 B a case) above its last page. At 4 MB it
// grows (a truncate and an fsync) every 4 MB written instead.
const fileGrowth = 4 << 20

// closeQuietly closes a db that is being abandoned after another error.
func closeQuietly(db *bolt.DB) {
	_ = guard(db.Close)
}

// refuse builds the error for a file tramite will not touch: it names the
// file, what is wrong, and the way out (its newest backup, if any).
func refuse(path string, kind, why error) error {
	if errors.Is(why, errPanicked) || errors.Is(why, ErrDamaged) {
		return damaged(path, why)
	}
	return &Refusal{Path: path, Kind: kind, Why: why}
}

// refusal classifies an error found while reading the meta bucket.
func refusal(path string, err error) error {
	if errors.Is(err, ErrNewerSchema) {
		return fmt.Errorf("cannot use %s: %w; update tramite, or: %s", path, err, backupAdvice(path))
	}
	return refuse(path, ErrNotTramite, err)
}

// reindexInPassing rebuilds the stale index of the file at path through a
// short read-write open (prepare's ReindexAll), for a read-only command. It
// gives up quietly when the file cannot be written or another tramite
// holds it: the read-only open then reads the file as it is.
func reindexInPassing(path string, opt Options, sc schema) {
	if !mayWrite(path) {
		return // not ours to write (a copy on read-only media, another user's file)
	}
	rw := opt
	rw.ReadOnly, rw.Timeout = false, min(opt.Timeout, reindexWait)
	if s, err := open(path, rw, sc); err == nil {
		_ = s.Close()
	}
}

// reindexWait is how long a read-only command waits for the file to
// rebuild a stale index before it reads the file as it is.
const reindexWait = 200 * time.Millisecond

// mayWrite reports whether this process may write the file at path (a
// variable so that tests run as root can say no).
var mayWrite = func(path string) bool {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}
