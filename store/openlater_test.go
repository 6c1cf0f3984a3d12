package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A file opened with its check deferred reads at once, refuses writes
// until FinishOpen has checked it, then writes; the first write runs the
// check itself.
func TestOpenCheckLaterWritesOnlyAfterTheCheck(t *testing.T) {
	path := dbPath(t)
	s := openTest(t, path)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	mustDo(t, s.Close())

	s, err := OpenCheckLater(path, Options{Now: ticking()})
	mustDo(t, err)
	if s.later == nil || !s.writeLocked() {
		t.Fatal("a small file (always checked) was not opened read-only with its check deferred")
	}
	if ps, err := s.People(); err != nil || len(ps) != 1 {
		t.Fatalf("reading before the check: %v, %v", ps, err)
	}
	q := Person{Name: "Luis"}
	mustDo(t, s.SavePerson(&q)) // runs FinishOpen first
	if s.writeLocked() {
		t.Error("still read-only after a write")
	}
	mustDo(t, s.FinishOpen())
	mustDo(t, s.Close())
	s = openTest(t, path)
	if ps, err := s.People(); err != nil || len(ps) != 2 {
		t.Fatalf("after reopening: %v, %v", ps, err)
	}
	mustDo(t, s.Close())
}

// Every damaged variant the read-write Open refuses is refused by the
// deferred check too: FinishOpen and every write say so (ErrNotTramite),
// the file's bytes and mtime unchanged, and nothing panics.
func TestOpenCheckLaterRefusesDamagedFilesUntouched(t *testing.T) {
	good := filledDB(t, 300)
	corpus := damageCorpus(t, good)
	dir := t.TempDir()
	path := filepath.Join(dir, "tramite.db")
	for _, d := range corpus {
		writeFile(t, path, d.b)
		old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
		mustDo(t, os.Chtimes(path, old, old))
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic escaped the store: %v", d.name, r)
				}
			}()
			s, err := OpenCheckLater(path, Options{Now: ticking()})
			if err != nil {
				if !errors.Is(err, ErrNotTramite) {
					t.Errorf("%s: %v, want ErrNotTramite", d.name, err)
				}
				return
			}
			defer s.Close()
			_, _ = s.Summaries()
			ferr := s.FinishOpen()
			p := Person{Name: "Zoe"}
			werr := s.SavePerson(&p)
			if ferr == nil || werr == nil {
				t.Errorf("%s: the deferred check let it be written (check %v, write %v)", d.name, ferr, werr)
				return
			}
			if !errors.Is(ferr, ErrNotTramite) || !errors.Is(werr, ErrNotTramite) {
				t.Errorf("%s: check %v, write %v; want ErrNotTramite", d.name, ferr, werr)
			}
		}()
		after, _ := os.ReadFile(path)
		if !bytes.Equal(after, d.b) {
			t.Errorf("%s: the file was written to", d.name)
		}
		if info, _ := os.Stat(path); !info.ModTime().Equal(old) {
			t.Errorf("%s: the mtime changed", d.name)
		}
	}
}

// Reads that run while FinishOpen checks the file and switches to
// writing go on undisturbed, and a write waiting on the check lands once
// (run under -race).
func TestFinishOpenBesideReads(t *testing.T) {
	needProcedure(t)
	path := dbPath(t)
	s := seedCases(t, path, 40)
	mustDo(t, s.Close())
	s, err := OpenCheckLater(path, Options{Now: ticking()})
	mustDo(t, err)
	defer s.Close()
	done := make(chan error, 6)
	for range 4 {
		go func() {
			for range 15 {
				sums, err := s.Summaries()
				if err != nil || len(sums) != 40 {
					done <- fmt.Errorf("a read beside the check: %d rows, %v", len(sums), err)
					return
				}
			}
			done <- nil
		}()
	}
	go func() { done <- s.FinishOpen() }()
	go func() {
		p := Person{Name: "Zoe Beside"}
		done <- s.SavePerson(&p)
	}()
	for range 6 {
		mustDo(t, <-done)
	}
	if s.writeLocked() {
		t.Error("still read-only after FinishOpen")
	}
}
