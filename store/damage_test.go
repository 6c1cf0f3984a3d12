package store

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// pageSize is the page size of the test files (bbolt uses the OS page).
var pageSize = os.Getpagesize()

// pageMap says which pages of a fresh tramite file are in use: starts are
// the first pages of branch and leaf pages, used adds their overflow pages;
// hwm is the high-water mark (pages past it are spare room).
type pageMap struct {
	starts, used map[int]string
	hwm          int
}

func mapPages(t *testing.T, b []byte) pageMap {
	t.Helper()
	path := filepath.Join(t.TempDir(), "copy.db")
	writeFile(t, path, b)
	db, err := bolt.Open(path, 0o600, nil) // a copy: read-write loads the free list
	mustDo(t, err)
	defer db.Close()
	m := pageMap{starts: map[int]string{}, used: map[int]string{}}
	mustDo(t, db.View(func(tx *bolt.Tx) error {
		m.hwm = int(tx.Size()) / pageSize
		for id := 2; id < m.hwm; id++ {
			pi, err := tx.Page(id)
			if err != nil {
				return err
			}
			if pi == nil || pi.Type == "free" || pi.Type == "meta" {
				continue
			}
			m.starts[id] = pi.Type
			for i := 0; i <= pi.OverflowCount; i++ {
				m.used[id+i] = pi.Type
			}
		}
		return nil
	}))
	return m
}

// damage is one damaged variant of a file.
type damage struct {
	name string
	b    []byte
}

// damageCorpus damages a fresh file holding cases in the ways a disk does:
// every used page zeroed, the header fields of every page flipped (id,
// type, element count, overflow), the first element's position and sizes
// (or child page) flipped, the file cut at every page boundary below its
// high-water mark.
func damageCorpus(t *testing.T, good []byte) []damage {
	m := mapPages(t, good)
	var out []damage
	at := func(p, off int) int { return p*pageSize + off }
	for p := range m.used {
		z := bytes.Clone(good)
		clear(z[at(p, 0):at(p+1, 0)])
		out = append(out, damage{fmt.Sprintf("page %d (%s) zeroed", p, m.used[p]), z})
	}
	for p, typ := range m.starts {
		offs := []int{0, 8, 10, 11, 12}              // id, flags, count, overflow
		offs = append(offs, 16+4, 16+8, 16+9, 16+12) // leaf: pos, ksize, vsize; branch: pos, ksize, pgid
		for _, off := range offs {
			f := bytes.Clone(good)
			f[at(p, off)] ^= 0x5a
			out = append(out, damage{fmt.Sprintf("page %d (%s) +%d flipped", p, typ, off), f})
		}
	}
	for k := 1; k < m.hwm; k++ {
		out = append(out, damage{fmt.Sprintf("cut at page %d of %d", k, m.hwm), bytes.Clone(good[:at(k, 0)])})
	}
	return out
}

// tryDamaged opens path read-write and, if that works, writes and reads,
// reporting a panic as a test failure. It returns Open's error.
func tryDamaged(t *testing.T, path string, readOnly bool) (openErr error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s (read-only %v): panic escaped the store: %v", path, readOnly, r)
		}
	}()
	s, err := Open(path, Options{ReadOnly: readOnly, Now: ticking()})
	if err != nil {
		return err
	}
	defer s.Close()
	_, _ = s.People()
	_, _ = s.Cases()
	_, _ = s.Summaries()
	if !readOnly {
		p := Person{Name: "Zoe"}
		_ = s.SavePerson(&p)
	}
	return nil
}

// TestDamagedFilesAreRefusedUntouched: every variant of the corpus is
// refused by a read-write Open with ErrDamaged (a message naming the file
// and its newest backup), its bytes and mtime unchanged, and no panic.
func TestDamagedFilesAreRefusedUntouched(t *testing.T) {
	good := filledDB(t, 300)
	corpus := damageCorpus(t, good)
	dir := t.TempDir()
	path := filepath.Join(dir, "tramite.db")
	backup := path + ".backup-2026-11-22"
	writeFile(t, backup, good)
	refused := 0
	for _, d := range corpus {
		writeFile(t, path, d.b)
		old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
		mustDo(t, os.Chtimes(path, old, old))
		err := tryDamaged(t, path, false)
		if err == nil {
			t.Errorf("%s: a read-write Open accepted it", d.name)
		} else {
			refused++
			if !errors.Is(err, ErrNotTramite) {
				t.Errorf("%s: %v, want ErrNotTramite", d.name, err)
			}
			for _, must := range []string{path, backup, "--db PATH"} {
				if !strings.Contains(err.Error(), must) {
					t.Errorf("%s: the message does not name %s: %v", d.name, must, err)
				}
			}
		}
		after, _ := os.ReadFile(path)
		if !bytes.Equal(after, d.b) {
			t.Errorf("%s: the file was written to", d.name)
		}
		if info, _ := os.Stat(path); !info.ModTime().Equal(old) {
			t.Errorf("%s: the mtime changed", d.name)
		}
		// A read-only open need not check every page, but nothing may panic.
		_ = tryDamaged(t, path, true)
		if entries, _ := os.ReadDir(dir); len(entries) != 2 {
			t.Errorf("%s: refusing left %d files in the folder", d.name, len(entries))
		}
	}
	t.Logf("%d damaged variants, %d refused", len(corpus), refused)
	if len(corpus) < 100 {
		t.Errorf("the corpus has only %d variants", len(corpus))
	}
}

// TestRandomFlipsNeverPanic flips random bytes of used pages, values
// included: a flip inside a stored text may leave a file bbolt and tramite
// cannot tell from a sound one (there are no checksums on data pages), but
// no variant may crash a command, and a refused one stays byte for byte.
func TestRandomFlipsNeverPanic(t *testing.T) {
	good := filledDB(t, 300)
	m := mapPages(t, good)
	var pages []int
	for p := range m.used {
		pages = append(pages, p)
	}
	slices.Sort(pages) // the same variants every run
	r := rand.New(rand.NewPCG(14, 14))
	path := filepath.Join(t.TempDir(), "tramite.db")
	refused := 0
	const n = 300
	for i := range n {
		b := bytes.Clone(good)
		for range 1 + r.IntN(3) {
			p := pages[r.IntN(len(pages))]
			b[p*pageSize+r.IntN(pageSize)] ^= byte(1 + r.IntN(255))
		}
		writeFile(t, path, b)
		if err := tryDamaged(t, path, false); err != nil {
			refused++
			if after, _ := os.ReadFile(path); !bytes.Equal(after, b) {
				t.Errorf("variant %d was refused but written to", i)
			}
		}
		_ = tryDamaged(t, path, true)
	}
	t.Logf("%d random flips, %d refused, the rest hit bytes no check can judge", n, refused)
}

// TestGuardTurnsPanicsIntoErrDamaged: a panic inside a transaction (as
// bbolt raises on a corrupt page) reaches the caller as ErrDamaged naming
// the file, not as a crash.
func TestGuardTurnsPanicsIntoErrDamaged(t *testing.T) {
	s := openTest(t, dbPath(t))
	err := s.view("reading", func(*bolt.Tx) error { panic("assertion failed: Page expected to be: 40") })
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), s.Path()) {
		t.Fatalf("view with a panic = %v, want ErrDamaged naming the file", err)
	}
	err = s.update("writing", func(*bolt.Tx) error { var p *Person; _ = p.Name; return nil })
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("update with a nil dereference = %v, want ErrDamaged", err)
	}
	// The store still works after a recovered panic: the write lock was released.
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
}

// TestNewestBackupIsByModificationTime: the newest copy is the one
// written last, whatever its name says, and only copies that look like
// databases count.
func TestNewestBackupIsByModificationTime(t *testing.T) {
	good := filledDB(t, 1)
	dir := t.TempDir()
	path := filepath.Join(dir, "tramite.db")
	if _, ok := NewestBackup(path); ok {
		t.Fatal("a backup found in an empty folder")
	}
	day := func(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }
	for name, mt := range map[string]time.Time{
		"tramite.db.backup-2030-01-01":     day(1), // a wrong clock's name
		"tramite.db.backup-2026-11-20":     day(20),
		"tramite-backup-2026-11-21.db":     day(21),
		"tramite.db.backup-schema1-x":      day(10),
		"tramite.db.backup-2026-11-22":     day(22), // newest, but not a database
		"other.db.backup-2026-11-23":       day(23),
		"tramite.db.backup-2026-11-23.tmp": day(23),
	} {
		p := filepath.Join(dir, name)
		content := good
		if name == "tramite.db.backup-2026-11-22" || strings.HasSuffix(name, ".tmp") {
			content = []byte("half")
		}
		writeFile(t, p, content)
		mustDo(t, os.Chtimes(p, mt, mt))
	}
	b, ok := NewestBackup(path)
	if want := filepath.Join(dir, "tramite-backup-2026-11-21.db"); !ok || b.Path != want {
		t.Errorf("NewestBackup = %v %v, want %s", b, ok, want)
	}
}
