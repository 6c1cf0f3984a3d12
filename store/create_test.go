package store

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// firstRun is the child of TestKillDuringTheFirstRun: a first command
// that creates the file and saves a person, as `tramite new` does.
func firstRun(path string) int {
	s, err := Open(path, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	defer s.Close()
	p := Person{Name: "Ana"}
	if err := s.SavePerson(&p); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 3
	}
	fmt.Println("saved")
	return 0
}

// TestUnfinishedCreationIsRecreated: what a first run killed by an
// earlier tramite left (an empty file; a bbolt file without a bucket) is
// set up afresh by the next read-write open, which then works; a read-only
// open leaves it alone.
func TestUnfinishedCreationIsRecreated(t *testing.T) {
	for name, make := range map[string]func(t *testing.T, path string){
		"an empty file": func(t *testing.T, path string) { writeFile(t, path, nil) },
		"a bbolt file without buckets": func(t *testing.T, path string) {
			rawBolt(t, path, func(*bolt.Tx) error { return nil })
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "tramite.db")
			make(t, path)
			before, _ := os.ReadFile(path)
			if s, err := Open(path, Options{ReadOnly: true}); err == nil {
				s.Close()
				t.Error("a read-only open accepted an unfinished file")
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Fatal("a read-only open changed the file")
			}
			s := openTest(t, path)
			p := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&p))
			mustDo(t, s.Close())
			checkHolds(t, path, "Ana")
			if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
				t.Errorf("mode %v", info.Mode().Perm())
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("the folder holds %d files, want only the database", len(entries))
			}
		})
	}
}

// TestAnotherProgramsEmptyBboltFileInUseIsKept: a bbolt file without
// buckets that a program has open is not taken for an unfinished creation.
func TestAnotherProgramsEmptyBboltFileInUseIsKept(t *testing.T) {
	path := dbPath(t)
	db, err := bolt.Open(path, 0o600, nil)
	mustDo(t, err)
	defer db.Close()
	before, _ := os.ReadFile(path)
	_, err = Open(path, Options{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open = %v, want ErrLocked", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the file in use was changed")
	}
}

// TestFilesWithDataAreNotRecreated: a bbolt file with any bucket is never
// taken for an unfinished creation.
func TestFilesWithDataAreNotRecreated(t *testing.T) {
	path := dbPath(t)
	rawBolt(t, path, func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	before, _ := os.ReadFile(path)
	if _, err := Open(path, Options{}); !errors.Is(err, ErrNotTramite) {
		t.Fatalf("Open = %v, want ErrNotTramite", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the file was changed")
	}
}

// TestKillDuringTheFirstRun kills a first run (create the file, save a
// person) at random moments: the next open always works, and holds the
// person when the child said it was saved. No temporary file survives the
// next open.
func TestKillDuringTheFirstRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	r := rand.New(rand.NewPCG(3, 14))
	killed := 0
	for i := range 40 {
		dir := t.TempDir()
		path := filepath.Join(dir, "data", "tramite.db")
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"=first", childPathEnv+"="+path)
		var out bytes.Buffer
		cmd.Stdout = &out
		mustDo(t, cmd.Start())
		time.Sleep(time.Duration(r.IntN(6000)) * time.Microsecond)
		_ = cmd.Process.Kill()
		err := cmd.Wait()
		if err != nil {
			killed++
		}
		saved := strings.Contains(out.String(), "saved")
		s, oerr := Open(path, Options{Now: ticking()})
		if oerr != nil {
			t.Fatalf("run %d: after a kill the file cannot be opened: %v", i, oerr)
		}
		if saved {
			if _, err := s.PersonByName("Ana"); err != nil {
				t.Errorf("run %d: the child saved Ana, the file lacks her: %v", i, err)
			}
		}
		mustDo(t, s.Close())
		entries, _ := os.ReadDir(filepath.Dir(path))
		if len(entries) != 1 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("run %d: the folder holds %v", i, names)
		}
	}
	t.Logf("40 first runs, %d killed before they finished", killed)
}
