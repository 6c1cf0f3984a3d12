package store

import (
	"os"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// staleFile is a file of n cases whose index was built with other rules,
// with its rows as the current rules compute them.
func staleFile(t *testing.T, n int) (path string, want []Summary) {
	t.Helper()
	path = dbPath(t)
	s := seedCases(t, path, n)
	want, err := s.Summaries()
	mustDo(t, err)
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		if err := putRow(tx, Summary{CaseID: 2, Person: "stale"}); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyRules, []byte("2020-01-01;index=0"))
	}))
	mustDo(t, s.Close())
	return path, want
}

var writable = mayWrite

func rulesOf(t *testing.T, path string) string {
	t.Helper()
	ro, err := Open(path, Options{ReadOnly: true, stayStale: true})
	mustDo(t, err)
	defer ro.Close()
	var v string
	mustDo(t, ro.raw().View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get(keyRules))
		return nil
	}))
	return v
}

// After a rules update, the first read-only command rebuilds the index
// once (a short read-write open), so the next ones read it as it is
// instead of recomputing every row each time.
func TestReadOnlyOpenRebuildsAStaleIndex(t *testing.T) {
	path, want := staleFile(t, 5)
	ro, err := Open(path, Options{ReadOnly: true})
	mustDo(t, err)
	if ro.staleIndex {
		t.Error("the read-only store still sees its index as stale: it was not rebuilt")
	}
	got, err := ro.Summaries()
	mustDo(t, err)
	mustDo(t, ro.Close())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows after the rebuild:\n got %+v\nwant %+v", got, want)
	}
	if v := rulesOf(t, path); v != rulesVersion() {
		t.Errorf("rules version on file = %q; want %q", v, rulesVersion())
	}
}

// A file tramite may not write is read as it is: right rows, computed
// afresh, and the file untouched.
func TestReadOnlyOpenOfAFileItMayNotWrite(t *testing.T) {
	path, want := staleFile(t, 4)
	mustDo(t, os.Chmod(path, 0o400))
	if os.Geteuid() == 0 {
		// root may write a file of mode 0400: say no as a user would hear.
		mayWrite = func(string) bool { return false }
		defer func() { mayWrite = writable }()
	}
	before, err := os.ReadFile(path)
	mustDo(t, err)
	ro, err := Open(path, Options{ReadOnly: true})
	mustDo(t, err)
	if !ro.staleIndex {
		t.Error("the index of a file that may not be written is not seen as stale")
	}
	got, err := ro.Summaries()
	mustDo(t, err)
	mustDo(t, ro.Close())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows read as they are:\n got %+v\nwant %+v", got, want)
	}
	after, err := os.ReadFile(path)
	mustDo(t, err)
	if !reflect.DeepEqual(before, after) {
		t.Error("a file of mode 0400 was changed by a read-only open")
	}
}
