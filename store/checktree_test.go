package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// bothChecks runs bbolt's Tx.Check (drainCheck, over the mapping) and
// checkTx (plain reads) on the file at path, opened read-only. ok is false
// when bbolt could not be run on it safely (checkHeader or checkPages
// refuse it: bbolt would read outside its mapping).
func bothChecks(t *testing.T, path string) (bboltErr, ours error, ok bool) {
	t.Helper()
	if checkHeader(path) != nil || checkPages(path) != nil {
		return nil, nil, false
	}
	db, err := openBolt(path, true, defaultTimeout)
	if err != nil {
		return nil, nil, false
	}
	defer closeQuietly(db)
	bboltErr = guard(func() error { return db.View(drainCheck) })
	ours = guard(func() error { return db.View(checkTx) })
	if errors.Is(bboltErr, errPanicked) {
		return nil, nil, false
	}
	return bboltErr, ours, true
}

// freelistOf returns the offset of the free list page of the file b and
// the ids on it.
func freelistOf(t *testing.T, b []byte) (at int, ids []uint64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "meta.db")
	writeFile(t, path, b)
	f, err := os.Open(path)
	mustDo(t, err)
	defer f.Close()
	m, err := readBestMeta(f)
	mustDo(t, err)
	at = int(m.freelist) * pageSize
	ne := binary.NativeEndian
	count := int(ne.Uint16(b[at+10 : at+12]))
	if count == 0xFFFF {
		t.Fatal("a test file with a long free list")
	}
	for i := range count {
		ids = append(ids, ne.Uint64(b[at+pageHeaderSize+8*i:]))
	}
	return at, ids
}

// checkTreeCorpus is damage that checkPages lets through and only the
// checks of bbolt's Tx.Check find: the free list and key order.
func checkTreeCorpus(t *testing.T, good []byte) []damage {
	m := mapPages(t, good)
	ne := binary.NativeEndian
	at, ids := freelistOf(t, good)
	if len(ids) < 2 {
		t.Fatalf("the test file has %d free pages, want 2 or more", len(ids))
	}
	var out []damage
	with := func(name string, edit func(b []byte)) {
		b := bytes.Clone(good)
		edit(b)
		out = append(out, damage{name, b})
	}
	with("a free page listed twice", func(b []byte) {
		copy(b[at+pageHeaderSize+8:], b[at+pageHeaderSize:at+pageHeaderSize+8])
	})
	with("a free page lost from the free list", func(b []byte) {
		ne.PutUint16(b[at+10:], uint16(len(ids)-1))
	})
	var leaves, branches []int
	for p, typ := range m.starts {
		switch typ {
		case "leaf":
			leaves = append(leaves, p)
		case "branch":
			branches = append(branches, p)
		}
	}
	slices.Sort(leaves)
	slices.Sort(branches)
	with("a page in use on the free list", func(b []byte) {
		ne.PutUint64(b[at+pageHeaderSize:], uint64(leaves[len(leaves)-1]))
	})
	key := func(b []byte, p, i int) []byte { // element i of page p
		e := p*pageSize + pageHeaderSize + i*elementSize
		pos, ksize := int(ne.Uint32(b[e+4:])), int(ne.Uint32(b[e+8:]))
		if typ := ne.Uint16(b[p*pageSize+8:]); typ == branchPageFlag {
			pos, ksize = int(ne.Uint32(b[e:])), int(ne.Uint32(b[e+4:]))
		}
		return b[e+pos : e+pos+ksize]
	}
	swapped, raised := 0, 0
	for _, p := range leaves {
		if n := int(ne.Uint16(good[p*pageSize+10:])); n >= 2 && swapped < 3 {
			if k0, k1 := key(good, p, 0), key(good, p, 1); len(k0) == len(k1) {
				swapped++
				with("two keys of a leaf swapped", func(b []byte) {
					a, c := key(b, p, 0), key(b, p, 1)
					tmp := bytes.Clone(a)
					copy(a, c)
					copy(c, tmp)
				})
			}
		}
	}
	for _, p := range branches {
		if n := int(ne.Uint16(good[p*pageSize+10:])); n >= 2 && raised < 3 {
			raised++
			with("a branch key above the keys below it", func(b []byte) {
				k := key(b, p, 1)
				for i := range k {
					k[i] = 0xFF
				}
			})
		}
	}
	if swapped == 0 || raised == 0 {
		t.Fatalf("the test file has no leaf (%d) or branch (%d) page to damage", swapped, raised)
	}
	return out
}

// TestCheckTxFindsWhatTxCheckFinds: on every damaged file bbolt's Tx.Check
// can run on (the damage corpus, damage only Tx.Check's own checks find,
// random flips), checkTx finds damage wherever Tx.Check finds it; on the
// sound file neither finds any.
func TestCheckTxFindsWhatTxCheckFinds(t *testing.T) {
	good := filledDB(t, 300)
	path := filepath.Join(t.TempDir(), "tramite.db")
	writeFile(t, path, good)
	if b, ours, ok := bothChecks(t, path); !ok || b != nil || ours != nil {
		t.Fatalf("the sound file: bbolt %v, checkTx %v (ran %v)", b, ours, ok)
	}
	corpus := damageCorpus(t, good)
	special := checkTreeCorpus(t, good)
	corpus = append(corpus, special...)
	m := mapPages(t, good)
	var pages []int
	for p := range m.used {
		pages = append(pages, p)
	}
	slices.Sort(pages)
	r := rand.New(rand.NewPCG(15, 15))
	for range 300 {
		b := bytes.Clone(good)
		for range 1 + r.IntN(3) {
			p := pages[r.IntN(len(pages))]
			b[p*pageSize+r.IntN(pageSize)] ^= byte(1 + r.IntN(255))
		}
		corpus = append(corpus, damage{"random flips", b})
	}
	ran, byBbolt, byUs := 0, 0, 0
	for _, d := range corpus {
		writeFile(t, path, d.b)
		b, ours, ok := bothChecks(t, path)
		if !ok {
			continue
		}
		ran++
		if b != nil {
			byBbolt++
		}
		if ours != nil {
			byUs++
			if !errors.Is(ours, ErrDamaged) && !errors.Is(ours, errPanicked) {
				t.Errorf("%s: checkTx says %v, not ErrDamaged", d.name, ours)
			}
		}
		if b != nil && ours == nil {
			t.Errorf("%s: bbolt's Tx.Check finds %v; checkTx finds nothing", d.name, b)
		}
	}
	for _, d := range special {
		writeFile(t, path, d.b)
		if b, ours, ok := bothChecks(t, path); !ok || b == nil || ours == nil {
			t.Errorf("%s: bbolt %v, checkTx %v (ran %v); want both to find it", d.name, b, ours, ok)
		}
	}
	t.Logf("%d variants bbolt could check: bbolt found %d, checkTx %d", ran, byBbolt, byUs)
	if ran < 50 {
		t.Errorf("only %d variants could be compared", ran)
	}
}

// TestCheckFindsDamageBeforeTheDailyCopy: the daily backup refuses a file
// whose free list is damaged (found only by the checks of Tx.Check), and
// keeps the older copies.
func TestCheckFindsDamageBeforeTheDailyCopy(t *testing.T) {
	good := filledDB(t, 300)
	dir := t.TempDir()
	path := filepath.Join(dir, "tramite.db")
	for _, d := range checkTreeCorpus(t, good) {
		writeFile(t, path, d.b)
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
		mustDo(t, err)
		s := &Store{path: path, db: db, readOnly: true, timeout: defaultTimeout}
		err = s.Check()
		closeQuietly(db)
		if err == nil {
			t.Errorf("%s: Check found nothing", d.name)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the folder, want only the database", len(entries))
	}
}

// TestCheckTxWhileTheFileIsWritten: checkTx in a read transaction that
// commits of another transaction outlive finds no damage in a sound file:
// after one, its meta page is still on disk and its pages are kept; after
// three, its meta page is overwritten and it says so (errSnapshotGone),
// where bbolt's Tx.Check (which judges tx's pages by the free list of the
// moment) reports damage that is not there.
func TestCheckTxWhileTheFileIsWritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	// A mapping large enough that no commit remaps it (a remap waits for
	// the open read transaction).
	db, err := bolt.Open(path, 0o600, &bolt.Options{InitialMmapSize: 64 << 20})
	mustDo(t, err)
	defer db.Close()
	put := func(from, to int) {
		mustDo(t, db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("b"))
			if err != nil {
				return err
			}
			for i := from; i < to; i++ {
				if err := b.Put(itob(uint64(i)), bytes.Repeat([]byte{byte(i)}, 100+i%900)); err != nil {
					return err
				}
			}
			return nil
		}))
	}
	put(0, 2000)
	put(0, 500) // rewrites: free pages on the list
	for _, commits := range []int{0, 1, 3} {
		tx, err := db.Begin(false)
		mustDo(t, err)
		for c := range commits {
			put(c*300, c*300+600)
		}
		err = checkTx(tx)
		switch {
		case commits < 2 && err != nil:
			t.Errorf("after %d commits: %v", commits, err)
		case commits >= 2 && !errors.Is(err, errSnapshotGone):
			t.Errorf("after %d commits: %v, want errSnapshotGone", commits, err)
		}
		mustDo(t, tx.Rollback())
	}
}

// TestCheckBesideWrites: the daily copy's Check, run while the store is
// written (the dashboard saving beside it), finds no damage.
func TestCheckBesideWrites(t *testing.T) {
	s := openTest(t, dbPath(t))
	stop := make(chan struct{})
	done := make(chan error)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			p := Person{Name: fmt.Sprintf("Persona %d", i)}
			if err := s.SavePerson(&p); err != nil {
				done <- err
				return
			}
		}
	}()
	for range 30 {
		if err := s.Check(); err != nil {
			t.Errorf("Check beside writes: %v", err)
		}
	}
	close(stop)
	mustDo(t, <-done)
}
