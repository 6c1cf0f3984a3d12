package store

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// A schema-2 tramite opening a schema-1 file backs it up, then upgrades it
// in one transaction; a failing step leaves the file as it was.
func TestOlderSchemaIsMigratedAfterABackup(t *testing.T) {
	tests := map[string]struct {
		step    migration
		wantErr bool
	}{
		"a step that succeeds": {step: func(tx *bolt.Tx) error {
			_, err := tx.CreateBucket([]byte("reminders"))
			return err
		}},
		"a step that fails": {step: func(tx *bolt.Tx) error {
			if _, err := tx.CreateBucket([]byte("reminders")); err != nil {
				return err
			}
			return errors.New("boom")
		}, wantErr: true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			path := dbPath(t)
			s := openTest(t, path)
			p := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&p))
			mustDo(t, s.Close())

			// The next version after this code's: its steps, then tt.step.
			v2 := schema{version: SchemaVersion + 1, steps: map[int]migration{1: migrate1to2, SchemaVersion: tt.step}}
			if _, err := open(path, Options{ReadOnly: true}, v2); err == nil || !strings.Contains(err.Error(), "without read-only") {
				t.Errorf("read-only open of an older schema = %v; want a refusal saying to open without read-only", err)
			}
			s2, err := open(path, Options{Now: ticking()}, v2)
			backups, _ := filepath.Glob(path + ".backup-schema" + strconv.Itoa(SchemaVersion) + "-*")
			if len(backups) != 1 {
				t.Fatalf("backups written = %v; want one", backups)
			}
			checkHolds(t, backups[0], "Ana")

			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), backups[0]) {
					t.Fatalf("open with a failing step = %v; want an error naming the backup", err)
				}
				if v := schemaOf(t, path); v != strconv.Itoa(SchemaVersion) {
					t.Errorf("failed migration left schema %q; want %d", v, SchemaVersion)
				}
				checkHolds(t, path, "Ana")
				return
			}
			mustDo(t, err)
			defer s2.Close()
			if got, err := s2.PersonByName("ana"); err != nil || got.ID != p.ID {
				t.Errorf("person after migration = %+v, %v", got, err)
			}
			mustDo(t, s2.raw().View(func(tx *bolt.Tx) error {
				if tx.Bucket([]byte("reminders")) == nil {
					t.Error("the migration step did not run")
				}
				if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != strconv.Itoa(SchemaVersion+1) {
					t.Errorf("schema after migration = %q; want %d", v, SchemaVersion+1)
				}
				return nil
			}))
		})
	}
}

// schemaOf reads the schema key of a closed file.
func schemaOf(t *testing.T, path string) string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	mustDo(t, err)
	defer db.Close()
	var v string
	mustDo(t, db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get(keySchema))
		return nil
	}))
	return v
}

// checkHolds opens a copy and checks it holds the named person.
func checkHolds(t *testing.T, path, name string) {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the copy %s does not open: %v", path, err)
	}
	defer s.Close()
	if _, err := s.PersonByName(name); err != nil {
		t.Errorf("the copy %s lacks %s: %v", path, name, err)
	}
}
