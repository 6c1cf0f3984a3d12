package store

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A refused file must not change: not a byte, not its mtime, and no file
// may appear next to it.
func TestOpenRefusesFilesItDidNotWrite(t *testing.T) {
	tests := map[string]struct {
		make func(t *testing.T, path string)
		want error
	}{
		"a short text file": {
			make: func(t *testing.T, path string) { writeFile(t, path, []byte("name,expiry\nAna,2026-12-20\n")) },
			want: ErrNotTramite,
		},
		"a long text file": {
			make: func(t *testing.T, path string) {
				writeFile(t, path, bytes.Repeat([]byte("not a database at all\n"), 3000))
			},
			want: ErrNotTramite,
		},
		"a zero-filled file": {
			make: func(t *testing.T, path string) { writeFile(t, path, make([]byte, 64<<10)) },
			want: ErrNotTramite,
		},
		"random bytes": {
			make: func(t *testing.T, path string) {
				b := make([]byte, 64<<10)
				r := rand.New(rand.NewPCG(1, 2))
				for i := range b {
					b[i] = byte(r.Uint32())
				}
				writeFile(t, path, b)
			},
			want: ErrNotTramite,
		},
		"a tramite file cut in half": {
			make: func(t *testing.T, path string) {
				full := filledDB(t, 200)
				writeFile(t, path, full[:len(full)/2])
			},
			want: ErrNotTramite,
		},
		"a tramite file whose pages were overwritten": {
			make: func(t *testing.T, path string) {
				b := filledDB(t, 200)
				r := rand.New(rand.NewPCG(3, 4))
				for i := 2 * 4096; i < len(b); i++ { // keep both meta pages
					b[i] = byte(r.Uint32())
				}
				writeFile(t, path, b)
			},
			want: ErrNotTramite,
		},
		"another program's bbolt file": {
			make: func(t *testing.T, path string) {
				rawBolt(t, path, func(tx *bolt.Tx) error {
					b, err := tx.CreateBucket([]byte("widgets"))
					if err != nil {
						return err
					}
					return b.Put([]byte("a"), []byte("b"))
				})
			},
			want: ErrNotTramite,
		},
		"a bbolt file whose meta names another app": {
			make: func(t *testing.T, path string) {
				rawBolt(t, path, func(tx *bolt.Tx) error {
					b, err := tx.CreateBucket(bucketMeta)
					if err != nil {
						return err
					}
					return b.Put(keyApp, []byte("notes-app"))
				})
			},
			want: ErrNotTramite,
		},
		"a tramite file of a newer schema": {
			make: func(t *testing.T, path string) {
				writeFile(t, path, filledDB(t, 1))
				rawBolt(t, path, func(tx *bolt.Tx) error {
					return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion+1)))
				})
			},
			want: ErrNewerSchema,
		},
		"a tramite file with an unreadable schema": {
			make: func(t *testing.T, path string) {
				writeFile(t, path, filledDB(t, 1))
				rawBolt(t, path, func(tx *bolt.Tx) error {
					return tx.Bucket(bucketMeta).Put(keySchema, []byte("one"))
				})
			},
			want: ErrNotTramite,
		},
		"a tramite file missing a bucket": {
			make: func(t *testing.T, path string) {
				writeFile(t, path, filledDB(t, 1))
				rawBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketIndex) })
			},
			want: ErrNotTramite,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "tramite.db")
			tt.make(t, path)
			// An old mtime shows any write, whatever the clock's resolution.
			old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
			mustDo(t, os.Chtimes(path, old, old))
			before, err := os.ReadFile(path)
			mustDo(t, err)

			for _, ro := range []bool{false, true} {
				s, err := Open(path, Options{ReadOnly: ro})
				if err == nil {
					s.Close()
					t.Fatalf("Open(read-only %v) accepted it", ro)
				}
				if !errors.Is(err, tt.want) {
					t.Errorf("Open(read-only %v) = %v; want %v", ro, err, tt.want)
				}
				msg := err.Error()
				t.Logf("read-only %v: %s", ro, msg)
				for _, must := range []string{path, "--db PATH", "backup", "tramite.db.backup-YYYY-MM-DD"} {
					if !strings.Contains(msg, must) {
						t.Errorf("message does not say %q: %s", must, msg)
					}
				}
			}

			after, err := os.ReadFile(path)
			mustDo(t, err)
			if !bytes.Equal(before, after) {
				t.Error("the refused file's bytes changed")
			}
			info, err := os.Stat(path)
			mustDo(t, err)
			if !info.ModTime().Equal(old) {
				t.Errorf("the refused file's mtime changed to %v", info.ModTime())
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("refusing left %d files in the folder; want only the file", len(entries))
			}
		})
	}
}

func TestNewFileIsPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "tramite")
	path := filepath.Join(dir, "tramite.db")
	s, err := Open(path, Options{})
	mustDo(t, err)
	s.Close()
	for p, want := range map[string]os.FileMode{path: 0o600, dir: 0o700, filepath.Dir(dir): 0o700} {
		info, err := os.Stat(p)
		mustDo(t, err)
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s mode = %o; want %o (the file holds personal data)", p, got, want)
		}
	}
}

// filledDB returns the bytes of a closed tramite file holding n cases.
func filledDB(t *testing.T, n int) []byte {
	t.Helper()
	path := dbPath(t)
	s := openTest(t, path)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		for i := range n {
			c := Case{PersonID: p.ID, Procedure: "renewal", Notes: strings.Repeat("x", i%300)}
			c.ID, _ = tx.Bucket(bucketCases).NextSequence()
			if err := putCase(tx, &c); err != nil {
				return err
			}
		}
		return nil
	}))
	mustDo(t, s.Close())
	b, err := os.ReadFile(path)
	mustDo(t, err)
	return b
}

// rawBolt edits a bbolt file directly, as another program would.
func rawBolt(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	mustDo(t, err)
	mustDo(t, db.Update(fn))
	mustDo(t, db.Close())
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	mustDo(t, os.WriteFile(path, b, 0o600))
}
