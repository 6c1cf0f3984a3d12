// Package store keeps tramite's people, cases and answers in one bbolt file.
//
// The file holds personal data, so it is created 0600 in a 0700 folder.
// Every write is its own committed (fsynced) transaction: once SaveAnswer
// returns, the answer survives a crash or a kill. Files tramite did not
// write, damaged files and files of a newer tramite are refused without
// changing a byte of them.
//
// Bucket tree (keys are 8-byte big-endian ids from NextSequence, so
// cursors walk in creation order; values are JSON unless noted):
//
//	meta
//	├── app     "tramite"
//	├── schema  "1"            (decimal; see schema.go)
//	├── rules   rules version  (the index was computed with these rules)
//	└── closures office closures (JSON dates; absent when none, see closures.go)
//	people
//	└── <person id> → Person
//	people_by_name
//	└── <folded name> → <person id>      (names are unique)
//	cases
//	└── <case id> → Case
//	cases_by_person
//	└── <person id><case id> → ""        (who has which cases)
//	index
//	├── <case id> → Summary row          (compact binary, see rowcodec.go)
//	└── strings/                          (the rows' shared strings, see strtable.go)
package store

import (
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
	"tramite/record"
)

// Bucket names, created once at open.
var (
	bucketMeta          = []byte("meta")
	bucketPeople        = []byte("people")
	bucketPeopleByName  = []byte("people_by_name")
	bucketCases         = []byte("cases")
	bucketCasesByPerson = []byte("cases_by_person")
	bucketIndex         = []byte("index")
)

// ErrNotFound is returned when a person or case does not exist.
var ErrNotFound = record.ErrNotFound

// ErrClosed is the answer of a Store used after Close.
var ErrClosed = errors.New("the database is closed")

// The errors Open and the write methods wrap, for callers that pick exit
// codes or messages with errors.Is.
var (
	// ErrLocked: another tramite holds the file's lock.
	ErrLocked = errors.New("another tramite is using the file")
	// ErrNotTramite: the file is not a tramite database (not bbolt at all,
	// damaged, cut short, empty, or another program's bbolt file).
	ErrNotTramite = errors.New("not a tramite file")
	// ErrNewerSchema: the file was written by a newer tramite.
	ErrNewerSchema = errors.New("written by a newer version of tramite")
	// ErrReadOnly: a write on a store opened with Options.ReadOnly.
	ErrReadOnly = errors.New("the file is open read-only")
	// ErrDuplicateName: a person with the same name already exists.
	ErrDuplicateName = record.ErrDuplicateName
	// ErrHasCases: a person cannot be deleted while they have cases.
	ErrHasCases = record.ErrHasCases
	// ErrNotEmpty: Load into a database that holds records.
	ErrNotEmpty = errors.New("the target database is not empty")
)

// Options tune Open.
type Options struct {
	// Timeout bounds the wait for the file lock (default 1s).
	Timeout time.Duration
	// ReadOnly opens the file shared, for commands that only read.
	ReadOnly bool
	// Now stamps Created and Updated (default time.Now); tests fix it.
	Now func() time.Time
	// Rebuilding, when set, is called before an open rebuilds the index
	// of every case (new rules, an upgrade): a moment's work at a few
	// cases, seconds at 100,000, that a front-end may announce.
	Rebuilding func()
	// stayStale: a read-only open that already tried to rebuild a stale
	// index reads the file as it is.
	stayStale bool
}

// Store is an open tramite database.
//
// It holds the file (and bbolt's lock on it) only for the length of each
// operation: between operations another tramite, the command line beside
// an open dashboard, may read and write the same file. An operation waits
// up to Options.Timeout for another's write to end (ErrLocked after it).
type Store struct {
	// db is the open bbolt handle: held through Open, then only while
	// operations of this Store run (users counts them; shared is set once
	// Open is done).
	db *bolt.DB
	// rebuilding is Options.Rebuilding.
	rebuilding func()
	hmu        sync.Mutex
	users      int
	shared     bool
	// closed is set by Close: an operation after it fails (ErrClosed)
	// instead of opening the file again, which would create it anew if
	// it had been moved or removed meanwhile.
	closed   bool
	timeout  time.Duration
	calMu    sync.Mutex
	path     string
	now      func() time.Time
	readOnly bool
	// staleIndex is set when a read-only store finds an index computed with
	// other rules: it cannot rebuild the index, so Summaries computes the
	// rows from the cases instead.
	staleIndex bool
	// cal is the office calendar with the stored closures (R-DAYS-BIZ):
	// read at Open, replaced by SetClosures, and the one every index row
	// is computed with. A read-write open holds the file's lock, so no
	// other tramite can change the closures behind it.
	cal procedures.Calendar
	// later is the damage check OpenCheckLater deferred (openlater.go),
	// nil when none was.
	later *later
	// left is the file's stamp (fileStamp) when this read-write Store
	// last closed its handle between operations: Close records it as
	// checked when nothing else wrote the file since.
	left string
	// known is the last import's knowledge of the stored records
	// (import.go).
	knownMu sync.Mutex
	known   *importKnown
}

// Open opens the tramite file at path, creating it (and its folder) when
// it does not exist. See the package comment for what it refuses.
func Open(path string, opt Options) (*Store, error) {
	return open(path, opt, currentSchema())
}

// Close releases the file and its lock.
func (s *Store) Close() error {
	s.packAgenda() // agendapack.go
	s.hmu.Lock()
	defer s.hmu.Unlock()
	if s.closed {
		return nil
	}
	s.closed, s.shared = true, true
	if s.db == nil {
		// Shared: the handle was closed after the last operation. The
		// file is as this Store left it unless another program or desk
		// wrote it since: then the next open checks it (checked.go).
		if !s.readOnly && s.left != "" {
			if now, err := fileStamp(s.path); err == nil && now == s.left {
				writeStamp(s.path)
			}
		}
		return nil
	}
	db := s.db
	s.db = nil
	if err := guard(db.Close); err != nil {
		return fmt.Errorf("closing %s: %w", s.path, err)
	}
	if !s.readOnly {
		writeStamp(s.path) // the next open may skip the full check (checked.go)
	}
	return nil
}

// share ends Open: from now on the file is opened for each operation.
func (s *Store) share() {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	s.shared = true
	if s.users == 0 && s.db != nil {
		s.closeBetween()
	}
}

// closeBetween closes the handle between operations, noting the file's
// stamp (see left).
func (s *Store) closeBetween() {
	closeQuietly(s.db)
	s.db = nil
	if !s.readOnly {
		s.left, _ = fileStamp(s.path)
	}
}

// acquire returns the bbolt handle for one operation, opening the file
// (and taking its lock, waiting up to the timeout) when no other
// operation of this Store has it open; release gives it back.
func (s *Store) acquire() (*bolt.DB, error) {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	if s.db == nil {
		db, err := openBolt(s.path, s.readOnly, s.timeout)
		if err != nil {
			return nil, err
		}
		s.db = db
	}
	s.users++
	return s.db, nil
}

func (s *Store) release() {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	s.users--
	if s.users == 0 && s.later != nil {
		s.later.idle.Broadcast() // FinishOpen may be waiting to switch handles
	}
	if s.users == 0 && s.shared && s.db != nil {
		s.closeBetween()
	}
}

// writeLocked reports whether the store is read-only (read under hmu:
// FinishOpen may make it writable).
func (s *Store) writeLocked() bool {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	return s.readOnly
}

// calendar is the office calendar of the closures last read.
func (s *Store) calendar() procedures.Calendar {
	s.calMu.Lock()
	defer s.calMu.Unlock()
	return s.cal
}

func (s *Store) setCal(cal procedures.Calendar) {
	s.calMu.Lock()
	s.cal = cal
	s.calMu.Unlock()
}

// Generation is a number that changes whenever a write commits, from this
// tramite or another on the same file (bbolt's transaction id): the
// dashboard polls it to refresh.
func (s *Store) Generation() (uint64, error) {
	var g uint64
	err := s.view("reading the change counter", func(tx *bolt.Tx) error {
		g = uint64(tx.ID())
		return nil
	})
	return g, err
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// stamp is the time written to Created and Updated: UTC without a
// monotonic reading, so a value read back equals the one written.
func (s *Store) stamp() time.Time { return s.now().UTC().Round(0) }

// today is the date of the store's clock, for the birth-date check.
func (s *Store) today() procedures.Date { return procedures.DateOf(s.now()) }

// update runs fn in one committed write transaction.
func (s *Store) update(what string, fn func(tx *bolt.Tx) error) error {
	if err := s.FinishOpen(); err != nil {
		// Nothing writes to a file before its deferred check has passed.
		return fmt.Errorf("%s: %w", what, err)
	}
	if s.writeLocked() {
		return fmt.Errorf("%s: %w (%s)", what, ErrReadOnly, s.path)
	}
	db, err := s.acquire()
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer s.release()
	err = guard(func() error {
		return db.Update(func(tx *bolt.Tx) error {
			packAppendOnly(tx)
			// Another tramite may have changed the closures since: rows
			// are computed with those stored now.
			if ds, err := readClosures(tx); err == nil {
				s.setCal(calendarOf(ds))
			}
			return fn(tx)
		})
	})
	if err != nil {
		return s.wrap(what, err)
	}
	return nil
}

// appendFill is the split threshold of the buckets whose keys only grow
// (ids from NextSequence): their pages fill up before splitting instead of
// at bbolt's 50% (a demo-written file of 100,000 cases is 806 B a case
// with lean values, leanvalue.go, and the agenda paused by imports,
// agendapack.go; 1,590 B before them); an edit that grows a record in a full
// page splits only that page. A write transaction caches its
// bucket handles, so setting it once per transaction covers every later
// tx.Bucket call of that transaction.
const appendFill = 1.0

// wordsFill is the split threshold of the people's name words: written in
// no order, yet its pages were half full at bbolt's 50% (4.7 MB in 9.3 MB
// of pages at 100,000 demo cases) and are three quarters full at 100%
// (6.0 MB). The due and people_by_name buckets, tried the same way, ended
// emptier (26% and 15% full): they keep bbolt's default.
const wordsFill = 1.0

// packAppendOnly sets appendFill on the append-mostly buckets of tx.
func packAppendOnly(tx *bolt.Tx) {
	for _, name := range [][]byte{bucketPeople, bucketCases, bucketCasesByPerson, bucketIndex} {
		if b := tx.Bucket(name); b != nil {
			b.FillPercent = appendFill
		}
	}
	if b := tx.Bucket(bucketPeopleWords); b != nil {
		b.FillPercent = wordsFill
	}
}

// view runs fn in one read transaction.
func (s *Store) view(what string, fn func(tx *bolt.Tx) error) error {
	db, err := s.acquire()
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer s.release()
	if err := guard(func() error { return db.View(fn) }); err != nil {
		return s.wrap(what, err)
	}
	return nil
}

// wrap names the operation that failed; a panic or fault recovered by
// guard means the file is damaged, and says so with the way out.
func (s *Store) wrap(what string, err error) error {
	if errors.Is(err, errPanicked) {
		return fmt.Errorf("%s: %w", what, damaged(s.path, err))
	}
	return fmt.Errorf("%s: %w", what, err)
}

// ErrInvalid is wrapped by every refusal of a value (record.ErrInvalid).
var ErrInvalid = record.ErrInvalid
