package store

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
	"tramite/record"
)

// appID marks a bbolt file as tramite's.
const appID = "tramite"

// SchemaVersion is the layout this code writes. Bump it when the buckets or
// the JSON of Person or Case change incompatibly, and add the step that
// upgrades the previous version in currentSchema.
//
// Version 2 keeps a history in each case (record.Case.History, issue 19):
// a tramite that knows only version 1 would drop it on the next save, so it
// must refuse the file; upgrading marks where each stored case's history
// begins (record.EventBegun).
const SchemaVersion = 2

// indexFormat versions the index rows' encoding and what they hold; it is
// part of the rules version, so changing it rebuilds the index at open.
const indexFormat = 4 // 4: the agenda key's values hold the person's name before the case's deadlines

// Keys of the meta bucket.
var (
	keyApp    = []byte("app")
	keySchema = []byte("schema")
	keyRules  = []byte("rules")
)

// migration upgrades the file from one schema version to the next, inside
// the open's single write transaction.
type migration func(tx *bolt.Tx) error

// schema is the version this code writes and the steps that reach it:
// steps[v] upgrades version v to v+1.
type schema struct {
	version int
	steps   map[int]migration
	// readable are the older versions a read-only open reads as they
	// are (it cannot upgrade them); any other older version is refused
	// until a read-write open upgrades it.
	readable map[int]bool
}

// currentSchema returns the schema of this code. Version 2 added the
// date-ordered key of the index (bucketDue), the people's name words
// (bucketPeopleWords) and a history in each case (record.Case.History).
func currentSchema() schema {
	// A schema-1 file lacks only the due and words buckets and the
	// histories' first entries: read-only, EachSummaryDue reads the whole
	// index, PeopleMatching every person, and a case shows no history.
	return schema{version: SchemaVersion, steps: map[int]migration{1: migrate1to2}, readable: map[int]bool{1: true}}
}

// migrate1to2 adds the due bucket (the reindex that follows every
// migration fills it with the index rows) and the people's name words, and
// begins the history of every stored case.
func migrate1to2(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketDue); err != nil {
		return err
	}
	if err := fillNameWords(tx); err != nil {
		return err
	}
	return beginHistories(tx, time.Now().UTC().Round(0))
}

// beginHistories adds a record.EventBegun entry at at to every case that
// has no history.
func beginHistories(tx *bolt.Tx, at time.Time) error {
	b := tx.Bucket(bucketCases)
	if b == nil {
		return nil
	}
	type kv struct {
		id uint64
		c  Case
	}
	var todo []kv
	err := b.ForEach(func(k, v []byte) error {
		c, err := decodeCase(v)
		if err != nil {
			return fmt.Errorf("case %d is damaged: %w", btoi(k), err)
		}
		if len(c.History) == 0 {
			c.History = []record.Event{{At: at, Kind: record.EventBegun}}
			todo = append(todo, kv{btoi(k), c})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, x := range todo {
		if err := putLean(b, x.id, x.c); err != nil {
			return err
		}
	}
	return nil
}

// rulesVersion identifies the rules the index rows were computed with: the
// date DOMAIN.md was checked, the rules' code revision, the row format, and
// the procedures known. When
// it changes, Open rebuilds the index.
func rulesVersion() string {
	var ids []string
	for _, p := range procedures.Catalog() {
		ids = append(ids, p.ID)
	}
	return fmt.Sprintf("%s;rev=%d;index=%d;procedures=%s", procedures.RulesChecked, procedures.RulesRevision, indexFormat, strings.Join(ids, ","))
}

// metaState is what the meta bucket says about a file.
type metaState struct {
	schema int
	rules  string
	// closures are the configured office closures (R-DAYS-BIZ), sorted.
	closures []procedures.Date
}

// readState reads and checks the meta bucket: a tramite file, of a schema
// this code can read, with every bucket of its version present.
func readState(tx *bolt.Tx, sc schema) (metaState, error) {
	b := tx.Bucket(bucketMeta)
	if b == nil {
		return metaState{}, errors.New("it is a bbolt database of another program (no tramite meta bucket)")
	}
	if app := string(b.Get(keyApp)); app != appID {
		return metaState{}, fmt.Errorf("it is a bbolt database of another program (app %q)", app)
	}
	v, err := strconv.Atoi(string(b.Get(keySchema)))
	if err != nil || v < 1 {
		return metaState{}, fmt.Errorf("its schema version %q is unreadable", b.Get(keySchema))
	}
	if v > sc.version {
		return metaState{}, fmt.Errorf("%w (schema %d; this tramite reads up to %d)", ErrNewerSchema, v, sc.version)
	}
	for from := v; from < sc.version; from++ {
		if sc.steps[from] == nil {
			return metaState{}, fmt.Errorf("schema %d is too old for this tramite (no upgrade from it)", v)
		}
	}
	if v == sc.version {
		for _, name := range allBuckets() {
			if tx.Bucket(name) == nil {
				return metaState{}, fmt.Errorf("it is damaged: the %s bucket is missing", name)
			}
		}
	}
	closures, err := readClosures(tx)
	if err != nil {
		return metaState{}, err
	}
	return metaState{schema: v, rules: string(b.Get(keyRules)), closures: closures}, nil
}

// allBuckets lists the top-level buckets of the current schema.
func allBuckets() [][]byte {
	return [][]byte{bucketMeta, bucketPeople, bucketPeopleByName, bucketCases, bucketCasesByPerson, bucketIndex, bucketDue, bucketPeopleWords}
}

// initialize creates every bucket and the meta keys of a new file.
func initialize(tx *bolt.Tx, version int) error {
	for _, name := range allBuckets() {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("creating bucket %s: %w", name, err)
		}
	}
	// The per-deadline agenda key: complete in a new file (no case), and
	// refilled by the reindex that follows a migration (agendakey.go).
	if _, err := tx.CreateBucketIfNotExists(bucketAgenda); err != nil {
		return fmt.Errorf("creating bucket %s: %w", bucketAgenda, err)
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Put(keyApp, []byte(appID)); err != nil {
		return err
	}
	return meta.Put(keySchema, []byte(strconv.Itoa(version)))
}

// migrate upgrades an older file in one transaction, after writing a copy
// of it as it was next to it (the pattern of nomad's client/state/upgrade.go):
// if any step fails, nothing changes and the copy is there anyway.
func (s *Store) migrate(from int, sc schema) error {
	backup := fmt.Sprintf("%s.backup-schema%d-%s", s.path, from, s.stamp().Format("2006-01-02T150405"))
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := writeBackup(tx, backup); err != nil {
			return err
		}
		for v := from; v < sc.version; v++ {
			if err := sc.steps[v](tx); err != nil {
				return fmt.Errorf("upgrading schema %d to %d: %w", v, v+1, err)
			}
		}
		if err := initialize(tx, sc.version); err != nil {
			return err
		}
		// Rows may depend on what the steps changed: rebuild them, with the
		// closures the file holds after the steps.
		ds, err := readClosures(tx)
		if err != nil {
			return err
		}
		s.setCal(calendarOf(ds))
		return reindex(tx, s.calendar())
	})
	if err != nil {
		return fmt.Errorf("upgrading %s (a copy of it as it was is in %s): %w", s.path, backup, err)
	}
	return nil
}

// writeBackup copies the file as tx sees it to a new file at path (0600),
// refusing to overwrite one.
func writeBackup(tx *bolt.Tx, path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	if _, err := tx.WriteTo(f); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("backing up to %s: %w", path, err)
	}
	return nil
}
