package store

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
	"tramite/procedures"
)

// agendaDump is the agenda bucket's entries, "key=value" in key order.
func agendaDump(tx *bolt.Tx) []string {
	var out []string
	if ag := tx.Bucket(bucketAgenda); ag != nil {
		_ = ag.ForEach(func(k, v []byte) error {
			out = append(out, fmt.Sprintf("%x=%x", k, v))
			return nil
		})
	}
	return out
}

var errRollBack = errors.New("roll back")

// checkAgendaFresh fails unless the agenda bucket holds exactly what a
// rebuild from the index rows writes.
func checkAgendaFresh(t *testing.T, s *Store, after string) {
	t.Helper()
	var kept, fresh []string
	err := s.raw().Update(func(tx *bolt.Tx) error {
		kept = agendaDump(tx)
		if err := fillAgenda(tx, tx.Bucket(bucketIndex)); err != nil {
			return err
		}
		fresh = agendaDump(tx)
		return errRollBack
	})
	if !errors.Is(err, errRollBack) {
		t.Fatal(err)
	}
	if len(fresh) == 0 {
		t.Fatalf("after %s: a rebuilt agenda is empty", after)
	}
	if fmt.Sprint(kept) != fmt.Sprint(fresh) {
		t.Fatalf("after %s: the agenda holds %d entries, a rebuild %d, not the same:\n kept %v\nfresh %v", after, len(kept), len(fresh), kept, fresh)
	}
}

// Every write keeps the per-deadline agenda key what a rebuild from the
// index rows makes of it: a new case, answers that move its dates, a
// stage that marks deadlines done, a renamed person, a deleted case, a
// merge, new office closures (R-DAYS-BIZ: the index is recomputed).
func TestAgendaKeyFollowsEveryWrite(t *testing.T) {
	needProcedure(t)
	path := dbPath(t)
	s := seedCases(t, path, 12)
	defer s.Close()
	checkAgendaFresh(t, s, "12 new cases")

	cs, err := s.Cases()
	mustDo(t, err)
	c := cs[3]
	c.Progress = procedures.Progress{Stage: procedures.StageFiled}
	mustDo(t, s.SaveCase(&c))
	checkAgendaFresh(t, s, "a case filed")

	mustDo(t, s.SetProgress(cs[4].ID, procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2027-02-11")}))
	checkAgendaFresh(t, s, "an appointment booked")

	p, err := s.Person(cs[5].PersonID)
	mustDo(t, err)
	p.Name = "Renombrada Núñez"
	mustDo(t, s.SavePerson(&p))
	checkAgendaFresh(t, s, "a person renamed")

	mustDo(t, s.DeleteCase(cs[6].ID))
	checkAgendaFresh(t, s, "a case deleted")

	keep, err := s.Person(cs[0].PersonID)
	mustDo(t, err)
	mustDo(t, s.MergePeople(&keep, cs[8].PersonID))
	checkAgendaFresh(t, s, "two people merged")

	mustDo(t, s.ReindexAll())
	checkAgendaFresh(t, s, "a reindex")
}

// A case the key cannot hold (a date it cannot order) leaves a marker,
// and the file's listings then say so before giving anything
// (casebook.ErrNoAgendaKey: the caller reads the rows); the marker goes
// with the case.
func TestAgendaKeyRefusesWhatItCannotOrder(t *testing.T) {
	path := dbPath(t)
	s := openTest(t, path)
	defer s.Close()
	var odd []procedures.Deadline
	err := s.raw().Update(func(tx *bolt.Tx) error {
		odd = []procedures.Deadline{{Key: "far", Date: procedures.Date{Year: 12026, Month: 1, Day: 1}, Kind: procedures.Due}}
		return putRow(tx, Summary{CaseID: 77, Person: "Ana", Procedure: "renewal", Deadlines: odd})
	})
	mustDo(t, err)
	calls := 0
	err = s.EachAgendaKey(casebook.AgendaKeyQuery{Done: true}, func([]string, *casebook.KeyedDeadline) error { calls++; return nil })
	if !errors.Is(err, casebook.ErrNoAgendaKey) || calls != 0 {
		t.Fatalf("EachAgendaKey over a date of year 12026 = %v after %d calls; want ErrNoAgendaKey before any", err, calls)
	}
	err = s.raw().Update(func(tx *bolt.Tx) error { return deleteRow(tx, 77) })
	mustDo(t, err)
	if err := s.EachAgendaKey(casebook.AgendaKeyQuery{Done: true}, func([]string, *casebook.KeyedDeadline) error { return nil }); err != nil {
		t.Fatalf("after the odd case went: %v", err)
	}
}

// The rank orders a case's deadlines of one day by key, then by their
// order in the case (CompareDeadlines, then a stable sort).
func TestAgendaRanks(t *testing.T) {
	ds := []procedures.Deadline{{Key: "b"}, {Key: "a"}, {Key: "c"}, {Key: "a"}, {Key: ""}}
	got := fmt.Sprint(agendaRanks(ds))
	if want := "[3 1 4 2 0]"; got != want {
		t.Fatalf("agendaRanks = %s; want %s", got, want)
	}
	// Byte order of the keys is the order of CompareDeadlines.
	k1, _ := agendaKey(1, &procedures.Deadline{Date: procedures.MustDate("2026-12-31")}, 9)
	k2, _ := agendaKey(2, &procedures.Deadline{Date: procedures.MustDate("2027-01-01"), ActBy: procedures.MustDate("2026-12-31")}, 0)
	k3, _ := agendaKey(1, &procedures.Deadline{Date: procedures.MustDate("2027-01-01")}, 0)
	if !(bytes.Compare(k1, k2) < 0 && bytes.Compare(k2, k3) < 0) {
		t.Fatalf("keys out of the agenda's order: %x %x %x", k1, k2, k3)
	}
}

// A read-write open that checks the file (it changed since tramite last
// closed it) checks the agenda key as the listings read it, and rebuilds
// it when an entry does not decode or a key has another shape: derived
// data, never refused, never read blindly.
func TestOpenRebuildsADamagedAgendaKey(t *testing.T) {
	needProcedure(t)
	for name, damage := range map[string]func(ag *bolt.Bucket, first, v []byte) error{
		"an entry naming no text": func(ag *bolt.Bucket, first, v []byte) error {
			bad := bytes.Clone(v)
			bad[2] = 0x7f // the procedure's id: beyond the string table
			return ag.Put(first, bad)
		},
		"a key of 10 bytes": func(ag *bolt.Bucket, first, v []byte) error {
			return ag.Put(first[:10], []byte{0})
		},
	} {
		t.Run(name, func(t *testing.T) {
			path := dbPath(t)
			s := seedCases(t, path, 4)
			mustDo(t, s.Close())
			rawBolt(t, path, func(tx *bolt.Tx) error {
				ag := tx.Bucket(bucketAgenda)
				k, v := ag.Cursor().First()
				return damage(ag, bytes.Clone(k), bytes.Clone(v))
			})
			db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
			mustDo(t, err)
			err = db.View(func(tx *bolt.Tx) error {
				n, _ := countStrings(tx.Bucket(bucketIndex))
				return checkAgenda(tx, n, func() {})
			})
			mustDo(t, db.Close())
			if err == nil {
				t.Fatal("the damaged agenda checks out")
			}
			s = openTest(t, path)
			defer s.Close()
			checkAgendaFresh(t, s, "a checked open")
		})
	}
}

// An entry that does not decode met by a listing (a read-only open checks
// nothing) stops it with the index's damage, never a wrong row; a
// read-write store rebuilds the key then, and the next listing reads it.
func TestAgendaKeyDamageMetByAListing(t *testing.T) {
	needProcedure(t)
	path := dbPath(t)
	s := seedCases(t, path, 4)
	mustDo(t, s.Close())
	rawBolt(t, path, func(tx *bolt.Tx) error {
		ag := tx.Bucket(bucketAgenda)
		k, _ := ag.Cursor().Last()
		return ag.Put(bytes.Clone(k), []byte{0, 0, 0x7f})
	})
	read := func(s *Store) (int, error) {
		n := 0
		err := s.EachAgendaKey(casebook.AgendaKeyQuery{Done: true}, func([]string, *casebook.KeyedDeadline) error { n++; return nil })
		return n, err
	}
	ro, err := Open(path, Options{ReadOnly: true})
	mustDo(t, err)
	if _, err := read(ro); !errors.Is(err, errIndexDamaged) {
		t.Fatalf("a damaged entry, read-only: %v; want the index's damage", err)
	}
	mustDo(t, ro.Close())
	s = openTest(t, path) // checks the changed file: rebuilds the key
	defer s.Close()
	if n, err := read(s); err != nil || n == 0 {
		t.Fatalf("after a checked open: %d deadlines, %v", n, err)
	}
	// Damage after the open: the listing that meets it rebuilds it.
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		ag := tx.Bucket(bucketAgenda)
		k, _ := ag.Cursor().Last()
		return ag.Put(bytes.Clone(k), []byte{0, 0, 0x7f})
	}))
	if _, err := read(s); !errors.Is(err, errIndexDamaged) {
		t.Fatalf("a damaged entry: %v; want the index's damage", err)
	}
	if n, err := read(s); err != nil || n == 0 {
		t.Fatalf("after the rebuild: %d deadlines, %v", n, err)
	}
	checkAgendaFresh(t, s, "the rebuild")
}

// A store that closes after writing at least half the agenda key's
// entries since it was last written in order writes it again in order:
// the same entries, its count of writes back to zero.
func TestCloseRepacksAWornAgendaKey(t *testing.T) {
	needProcedure(t)
	defer func(n uint64) { packFloor = n }(packFloor)
	packFloor = 8
	path := dbPath(t)
	s := seedCases(t, path, 12)
	seq := func(s *Store) (n uint64) {
		mustDo(t, s.raw().View(func(tx *bolt.Tx) error { n = tx.Bucket(bucketAgenda).Sequence(); return nil }))
		return n
	}
	if n := seq(s) & agendaWritesMask; n < 8 {
		t.Fatalf("12 new cases counted %d entries written", n)
	}
	mustDo(t, s.Close())
	s = openTest(t, path)
	defer s.Close()
	n := seq(s)
	if n&agendaWritesMask != 0 || n>>32 < 8 {
		t.Fatalf("after a close that repacked: %d entries written since, %d in the key; want 0 and the key's", n&agendaWritesMask, n>>32)
	}
	checkAgendaFresh(t, s, "a repack at close")
	// Writes of less than half the key since leave it be.
	c := Case{PersonID: 1, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	if agendaWorn(seq(s)) {
		t.Fatalf("one case written since the key was packed wears it (%x)", seq(s))
	}
}

func TestAgendaWorn(t *testing.T) {
	for _, c := range []struct {
		size, writes uint64
		worn         bool
	}{
		{0, packFloor - 1, false}, {0, packFloor, true},
		{250000, 124999, false}, {250000, 125000, true}, {10, agendaWritesMask, true},
	} {
		if got := agendaWorn(c.size<<32 | c.writes); got != c.worn {
			t.Errorf("%d entries, %d written since: worn %v; want %v", c.size, c.writes, got, c.worn)
		}
	}
}

// TestALargeImportPausesTheAgendaKey: an import that would wear the key
// out leaves it paused (listings read the rows and say the same), writes
// none of its entries, and the Close after it writes the whole key in
// order; a small import into a sound key keeps it entry by entry.
func TestALargeImportPausesTheAgendaKey(t *testing.T) {
	proc := needProcedure(t)
	defer func(n int) { importPauseFloor = n }(importPauseFloor)
	importPauseFloor = 6
	path := dbPath(t)
	s := seedCases(t, path, 4)
	mustDo(t, s.Close())
	s = openTest(t, path)
	batch := func(from, n int) ([]Person, []Case) {
		var people []Person
		var cases []Case
		for i := range n {
			people = append(people, Person{ID: uint64(i + 1), Name: fmt.Sprintf("Importada %d", from+i)})
			cases = append(cases, Case{PersonID: uint64(i + 1), Procedure: proc.ID, Answers: renewalAnswers(proc),
				Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-10")}})
		}
		return people, cases
	}
	entries := func(s *Store) (n int, paused bool) {
		mustDo(t, s.raw().View(func(tx *bolt.Tx) error {
			ag := tx.Bucket(bucketAgenda)
			n, paused = ag.Stats().KeyN, hasKey(ag, agendaPausedKey)
			return nil
		}))
		return n, paused
	}
	// Under the floor: written entry by entry.
	mustDo2(t)(s.Import(batch(0, 5)))
	if n, paused := entries(s); paused || n < 5 {
		t.Fatalf("an import of 5 cases: %d entries, paused %v", n, paused)
	}
	checkAgendaFresh(t, s, "a small import")
	want, err := s.Summaries()
	mustDo(t, err)
	// Over it, into a key of 9 cases: paused.
	mustDo2(t)(s.Import(batch(100, 8)))
	mustDo2(t)(s.Import(batch(200, 8)))
	if n, paused := entries(s); !paused || n != 1 {
		t.Fatalf("after imports of 8 cases: %d entries, paused %v; want the marker alone", n, paused)
	}
	err = s.EachAgendaKey(casebook.AgendaKeyQuery{}, func([]string, *casebook.KeyedDeadline) error { return nil })
	if !errors.Is(err, casebook.ErrNoAgendaKey) {
		t.Fatalf("a paused key: EachAgendaKey says %v, want ErrNoAgendaKey (the rows)", err)
	}
	got, err := s.Summaries()
	mustDo(t, err)
	if len(got) != len(want)+16 {
		t.Fatalf("%d rows after importing 16 cases to %d", len(got), len(want))
	}
	mustDo(t, s.Close())
	s = openTest(t, path)
	defer s.Close()
	if n, paused := entries(s); paused || n < 25 {
		t.Fatalf("after the close: %d entries, paused %v; want the whole key", n, paused)
	}
	checkAgendaFresh(t, s, "the close after a paused key")
}

func mustDo2(t *testing.T) func(ImportResult, error) {
	return func(_ ImportResult, err error) { t.Helper(); mustDo(t, err) }
}

// TestLoadPausesTheAgendaKey: the copy's Load of many cases writes the
// agenda key once, in order, at Close. A copy whose rows outgrow the
// string table compacts it midway (compactIndex): the paused key stays
// paused, not written whole and then entry by entry into one growing page
// (what made `db copy` of 100,000 cases take two minutes).
func TestLoadPausesTheAgendaKey(t *testing.T) {
	needProcedure(t)
	defer func(n int) { importPauseFloor = n }(importPauseFloor)
	importPauseFloor = 6
	src := seedCases(t, dbPath(t), 10)
	defer src.Close()
	people, err := src.People()
	mustDo(t, err)
	cases, err := src.Cases()
	mustDo(t, err)
	for _, compacts := range []bool{false, true} {
		path := dbPath(t)
		s := openTest(t, path)
		var before uint64
		if compacts {
			// Strings no row uses, up to the compaction threshold: the
			// first row the copy writes compacts the table.
			mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
				w, err := newTableWriter(tx.Bucket(bucketIndex))
				if err != nil {
					return err
				}
				for i := range compactSlack {
					w.id(fmt.Sprintf("an old note %d", i))
				}
				return w.err
			}))
			before = tableSize(t, s)
		}
		mustDo(t, s.Load(people, cases, nil))
		if after := tableSize(t, s); compacts && after >= before {
			t.Fatalf("the string table has %d strings after the copy, %d before: it was not compacted", after, before)
		}
		var paused bool
		mustDo(t, s.raw().View(func(tx *bolt.Tx) error { paused = hasKey(tx.Bucket(bucketAgenda), agendaPausedKey); return nil }))
		if !paused {
			t.Fatalf("a Load of 10 cases (compacting the table: %v) left the key written entry by entry", compacts)
		}
		mustDo(t, s.Close())
		s = openTest(t, path)
		checkAgendaFresh(t, s, fmt.Sprintf("the close after a Load (compacting the table: %v)", compacts))
		s.Close()
	}
}
