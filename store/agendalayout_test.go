package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/casebook"
	"tramite/procedures"
)

// contingentSummary is a case of four deadlines, one contingent on
// another (IfMissed), one with a legal date apart from its date to act by,
// of a person whose name has accents.
func contingentSummary(id uint64) Summary {
	return Summary{CaseID: id, PersonID: 1, Person: "Ana María Núñez", Procedure: "renewal",
		Deadlines: []procedures.Deadline{
			{Key: "file", Date: procedures.MustDate("2026-12-20"), Title: "File the renewal", Rule: "R-RENEW-WINDOW", Kind: procedures.DeadlineKind(1)},
			{Key: "late", IfMissed: "file", Date: procedures.MustDate("2027-01-08"), Title: "File late, with a fine", Rule: "R-RENEW-LATE",
				Note: "a note", Kind: procedures.DeadlineKind(1)},
			{Key: "card", Date: procedures.MustDate("2026-12-26"), ActBy: procedures.MustDate("2026-12-24"), Title: "Pick up the card", Done: true},
			{Key: "file", Date: procedures.MustDate("2026-12-21"), Title: "File the renewal again"},
		}}
}

// keyedOf is what a listing reads of entry e: the deadline with its
// texts, and the case's deadlines when contingent.
func keyedOf(t *testing.T, e agendaEntry, strs []string) string {
	t.Helper()
	var d casebook.KeyedDeadline
	c := &agendaCase{strs: strs, nstrs: uint64(len(strs))}
	d.Case = c.deadlines
	if !decodeAgenda(e.k, e.v, c, uint64(len(strs)), &d) {
		t.Fatalf("entry %x=%x does not decode", e.k, e.v)
	}
	if !decodeAgenda(e.k, e.v, nil, uint64(len(strs)), new(casebook.KeyedDeadline)) {
		t.Fatalf("entry %x=%x does not check out", e.k, e.v)
	}
	out := fmt.Sprintf("case %d %q %q %q %q %q %q %+v pos %d", d.CaseID, d.Person, strs[d.Procedure], strs[d.Key], strs[d.Title],
		strs[d.Rule], strs[d.Note], d.Deadline, d.Pos)
	if d.Contingent {
		ds, err := d.Case()
		if err != nil {
			t.Fatalf("entry %x=%x: its case's deadlines: %v", e.k, e.v, err)
		}
		out += fmt.Sprintf(" case %+v", ds)
	}
	return out
}

// An entry reads back what it was written from (format 4: the person's
// name before the case's deadlines), contingent or not.
func TestAgendaValueReadsBack(t *testing.T) {
	for _, contingent := range []bool{true, false} {
		s := contingentSummary(7)
		if !contingent {
			s.Deadlines[1].IfMissed = ""
		}
		for _, person := range []string{s.Person, ""} {
			s.Person = person
			table := newMemTable()
			es, ok := agendaEntries(nil, &s, table.id)
			if !ok || len(es) != len(s.Deadlines) {
				t.Fatalf("agendaEntries: %d entries, %v", len(es), ok)
			}
			ranks := agendaRanks(s.Deadlines)
			for i, e := range es {
				got := keyedOf(t, e, table.strs)
				d := s.Deadlines[i]
				want := procedures.Deadline{Kind: d.Kind, Date: d.Date, ActBy: d.ActBy, Done: d.Done}
				mayChange := contingent && casebook.MayChange(s.Deadlines, i)
				pos := 0
				if mayChange {
					pos = i
				}
				w := fmt.Sprintf("case 7 %q %q %q %q %q %q %+v pos %d", person, s.Procedure, d.Key, d.Title, d.Rule, d.Note, want, pos)
				if !strings.HasPrefix(got, w) {
					t.Errorf("entry %d (rank %d):\n got %s\nwant %s", i, ranks[i], got, w)
				}
				if mayChange {
					var app []procedures.Deadline
					for _, x := range s.Deadlines {
						app = append(app, procedures.Deadline{Key: x.Key, IfMissed: x.IfMissed, Date: x.Date})
					}
					if w := fmt.Sprintf(" case %+v", app); !strings.HasSuffix(got, w) {
						t.Errorf("entry %d: the case's deadlines:\n got %s\nwant …%s", i, got, w)
					}
				} else if strings.Contains(got, " case [") {
					t.Errorf("entry %d, whose applicability cannot change, gives its case's deadlines: %s", i, got)
				}
			}
			if contingent && (casebook.MayChange(s.Deadlines, 2) || !casebook.MayChange(s.Deadlines, 0)) {
				t.Fatal("the case's pick-up should apply as it is, its filing may change: the test needs both")
			}
		}
	}
}

// A damaged entry is refused: by its read when what a listing prints of
// it does not decode, by its case's deadlines (KeyedDeadline.Case, the
// only read of them in a listing) when they do not, and by the damage
// check (decodeAgenda without a case) in both; never a panic.
func TestAgendaValueDamage(t *testing.T) {
	s := contingentSummary(7)
	table := newMemTable()
	es, _ := agendaEntries(nil, &s, table.id)
	e := es[1]
	nstrs := uint64(len(table.strs))
	var d casebook.KeyedDeadline
	c := &agendaCase{strs: table.strs, nstrs: nstrs}
	if !decodeAgenda(e.k, e.v, c, nstrs, &d) {
		t.Fatal("the sound entry does not decode")
	}
	block := len(e.v) - len(c.raw) // where the case's deadlines start
	name := bytes.Index(e.v, []byte(s.Person))
	edit := func(f func(v []byte) []byte) []byte { return f(bytes.Clone(e.v)) }
	for _, tc := range []struct {
		name string
		v    []byte
		// entry: the entry itself is refused; else only its case's deadlines.
		entry bool
	}{
		{"empty", nil, true},
		{"flags of another format", edit(func(v []byte) []byte { v[0] |= 4; return v }), true},
		{"a title beyond the table", edit(func(v []byte) []byte { v[4] = byte(nstrs); return v }), true},
		{"a name longer than the value", edit(func(v []byte) []byte { v[name-1] = 0x7f; return v }), true},
		{"cut in the name", e.v[:name+3], true},
		{"cut before the case's deadlines", e.v[:block], false},
		{"cut in the case's deadlines", e.v[:len(e.v)-1], false},
		{"a byte after them", append(bytes.Clone(e.v), 0), false},
		{"more deadlines than it holds", edit(func(v []byte) []byte { v[block]++; return v }), false},
		{"a count beyond the value", edit(func(v []byte) []byte { v[block] = 0x7f; return v }), false},
		{"an IfMissed beyond the table", edit(func(v []byte) []byte { v[block+2] = byte(nstrs); return v }), false},
		{"a varint that does not end", append(e.v[:block+1:block+1], 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if decodeAgenda(e.k, tc.v, nil, nstrs, new(casebook.KeyedDeadline)) {
				t.Error("the damage check passes it")
			}
			var d casebook.KeyedDeadline
			c := &agendaCase{strs: table.strs, nstrs: nstrs}
			d.Case = c.deadlines
			read := decodeAgenda(e.k, tc.v, c, nstrs, &d)
			if read == tc.entry {
				t.Fatalf("the entry's read says %v; want %v", read, !tc.entry)
			}
			if read {
				if _, err := d.Case(); !errors.Is(err, errIndexDamaged) {
					t.Errorf("its case's deadlines: %v; want the index's damage", err)
				}
			}
		})
	}
}

// FuzzDecodeAgenda: whatever bytes an agenda value holds, its read and
// its case's deadlines' read give an answer, never a panic; the damage
// check passes a value only if a listing reads it whole.
func FuzzDecodeAgenda(f *testing.F) {
	s := contingentSummary(7)
	table := newMemTable()
	es, _ := agendaEntries(nil, &s, table.id)
	for _, e := range es {
		f.Add(e.v)
		f.Add(e.v[:len(e.v)/2])
	}
	s.Deadlines[1].IfMissed = ""
	es, _ = agendaEntries(nil, &s, table.id)
	f.Add(es[0].v)
	f.Add([]byte{})
	f.Add([]byte{2, 0, 0, 0, 0, 0, 0, 0, 0, 5})
	k := es[0].k
	nstrs := uint64(len(table.strs))
	f.Fuzz(func(t *testing.T, v []byte) {
		var d casebook.KeyedDeadline
		c := &agendaCase{strs: table.strs, nstrs: nstrs}
		d.Case = c.deadlines
		read := decodeAgenda(k, v, c, nstrs, &d)
		whole := read
		if read && d.Contingent {
			_, err := d.Case()
			whole = err == nil
		}
		if checked := decodeAgenda(k, v, nil, nstrs, new(casebook.KeyedDeadline)); checked != whole {
			t.Errorf("the damage check says %v of %x, a listing's read %v", checked, v, whole)
		}
	})
}

// listAll is every deadline EachAgendaKey gives, with its texts, and its
// case's deadlines.
func listAll(t *testing.T, s *Store) ([]string, error) {
	t.Helper()
	var out []string
	err := s.EachAgendaKey(casebook.AgendaKeyQuery{Done: true}, func(texts []string, d *casebook.KeyedDeadline) error {
		line := fmt.Sprintf("%d %q %q %q %q %+v", d.CaseID, d.Person, texts[d.Procedure], texts[d.Key], texts[d.Title], d.Deadline)
		if d.Contingent {
			ds, err := d.Case()
			if err != nil {
				return err
			}
			line += fmt.Sprintf(" %d %+v", d.Pos, ds)
		}
		out = append(out, line)
		return nil
	})
	return out, err
}

// streamAll is every row casebook streams from the key, with everything.
func streamAll(s *Store) (int, error) {
	n := 0
	err := casebook.StreamAgenda(s, casebook.AgendaFilter{Today: procedures.MustDate("2026-11-23"), Within: -1, All: true},
		func([]string, *casebook.StreamedDeadline) error { n++; return nil })
	return n, err
}

// A case's deadlines that do not decode, met by a listing (they are read
// when the listing asks for them: casebook does once per case), stop it
// with the index's damage, never a wrong row; a read-write store rebuilds
// the key then, and the next listing reads it. The open's check of a
// changed file finds them too.
func TestAgendaCaseDamageMetByAListing(t *testing.T) {
	needProcedure(t)
	path := dbPath(t)
	s := seedCases(t, path, 4)
	want, err := streamAll(s)
	mustDo(t, err)
	mustDo(t, s.Close())
	// Every entry that carries its case's deadlines, of the first such
	// entry's case (so whichever of them a listing meets first), loses
	// their last byte.
	damage := func(tx *bolt.Tx) error {
		ag := tx.Bucket(bucketAgenda)
		var first []byte
		c := ag.Cursor()
		for k, v := c.First(); k != nil && first == nil; k, v = c.Next() {
			if len(k) == agendaKeyLen && v[0]&agendaFlagContingent != 0 {
				first = bytes.Clone(k)
			}
		}
		if first == nil {
			return errors.New("no entry's applicability may change: the test needs one")
		}
		var es []agendaEntry
		_ = ag.ForEach(func(k, v []byte) error {
			if len(k) == agendaKeyLen && bytes.Equal(k[5:13], first[5:13]) && v[0]&agendaFlagContingent != 0 {
				es = append(es, agendaEntry{bytes.Clone(k), bytes.Clone(v[:len(v)-1])})
			}
			return nil
		})
		for _, e := range es {
			if err := ag.Put(e.k, e.v); err != nil {
				return err
			}
		}
		return nil
	}
	rawBolt(t, path, damage)
	ro, err := Open(path, Options{ReadOnly: true})
	mustDo(t, err)
	if _, err := streamAll(ro); !errors.Is(err, errIndexDamaged) {
		t.Fatalf("damaged deadlines of a case, read-only: %v; want the index's damage", err)
	}
	mustDo(t, ro.Close())
	s = openTest(t, path) // checks the changed file: rebuilds the key
	if n, err := streamAll(s); err != nil || n != want {
		t.Fatalf("after a checked open: %d rows, %v; want %d", n, err, want)
	}
	mustDo(t, s.raw().Update(damage))
	if _, err := streamAll(s); !errors.Is(err, errIndexDamaged) {
		t.Fatalf("damaged deadlines of a case: %v; want the index's damage", err)
	}
	if n, err := streamAll(s); err != nil || n != want {
		t.Fatalf("after the rebuild: %d rows, %v; want %d", n, err, want)
	}
	checkAgendaFresh(t, s, "the rebuild")
}

// agendaValueV3 is the value of index format 3 (the person's name last,
// after the case's deadlines), to make a file of an older tramite.
func agendaValueV3(s *Summary, i int, ids stringIDs) []byte {
	ds := s.Deadlines
	contingent := false
	for _, d := range ds {
		contingent = contingent || d.IfMissed != ""
	}
	d := &ds[i]
	var flags byte
	if !d.ActBy.IsZero() {
		flags |= agendaFlagActBy
	}
	if contingent {
		flags |= agendaFlagContingent
	}
	v := []byte{flags}
	v = binary.AppendUvarint(v, uint64(d.Kind))
	for _, t := range [...]string{s.Procedure, d.Key, d.Title, d.Rule, d.Note} {
		v = binary.AppendUvarint(v, ids(t))
	}
	if flags&agendaFlagActBy != 0 {
		v = binary.AppendVarint(v, int64(d.Date.Year))
		v = append(v, byte(d.Date.Month), byte(d.Date.Day))
	}
	if contingent {
		v = binary.AppendUvarint(v, uint64(i))
		v = binary.AppendUvarint(v, uint64(len(ds)))
		for _, e := range ds {
			v = binary.AppendUvarint(v, ids(e.Key))
			v = binary.AppendUvarint(v, ids(e.IfMissed))
			v = binary.AppendVarint(v, int64(e.Date.Year))
			v = append(v, byte(e.Date.Month), byte(e.Date.Day))
		}
	}
	return append(v, s.Person...)
}

// olderFormatFile is a file as a tramite of index format 3 left it: its
// agenda's values of that format, its rules version naming it.
func olderFormatFile(t *testing.T, n int) (path string, want []string, rows []Summary) {
	t.Helper()
	path = dbPath(t)
	s := seedCases(t, path, n)
	want, err := listAll(t, s)
	mustDo(t, err)
	rows, err = s.Summaries()
	mustDo(t, err)
	mustDo(t, s.Close())
	rawBolt(t, path, func(tx *bolt.Tx) error {
		idx, ag := tx.Bucket(bucketIndex), tx.Bucket(bucketAgenda)
		strs, err := loadStrings(idx)
		if err != nil {
			return err
		}
		ids := map[string]uint64{}
		for i, s := range strs {
			ids[s] = uint64(i)
		}
		written := 0
		for _, row := range rows {
			ranks := agendaRanks(row.Deadlines)
			for i := range row.Deadlines {
				k, ok := agendaKey(row.CaseID, &row.Deadlines[i], ranks[i])
				if !ok || ag.Get(k) == nil {
					return fmt.Errorf("case %d has no entry for its deadline %d", row.CaseID, i)
				}
				if err := ag.Put(k, agendaValueV3(&row, i, func(s string) uint64 { return ids[s] })); err != nil {
					return err
				}
				written++
			}
		}
		if written == 0 {
			return errors.New("no entry rewritten")
		}
		old := strings.Replace(rulesVersion(), fmt.Sprintf(";index=%d;", indexFormat), ";index=3;", 1)
		if old == rulesVersion() {
			return errors.New("the rules version names no index format")
		}
		return tx.Bucket(bucketMeta).Put(keyRules, []byte(old))
	})
	return path, want, rows
}

// A file of the previous index format (the agenda's values laid out
// otherwise) is never read with this format's reading: a read-only open
// that may not write it lists from its rows (ErrNoAgendaKey, rows as they
// were), one that may rebuilds its index in passing, as a read-write open
// does, and the key lists then what it listed before.
func TestOlderAgendaFormatListsCorrectly(t *testing.T) {
	needProcedure(t)
	t.Run("read-only, a file it may not write", func(t *testing.T) {
		path, _, rows := olderFormatFile(t, 6)
		mustDo(t, os.Chmod(path, 0o400))
		mayWrite = func(string) bool { return false }
		defer func() { mayWrite = writable }()
		ro, err := Open(path, Options{ReadOnly: true})
		mustDo(t, err)
		defer ro.Close()
		if _, err := listAll(t, ro); !errors.Is(err, casebook.ErrNoAgendaKey) {
			t.Fatalf("the key of an older format, read-only: %v; want ErrNoAgendaKey (the rows)", err)
		}
		if _, err := streamAll(ro); !errors.Is(err, casebook.ErrNoAgendaKey) {
			t.Fatalf("streamed: %v; want ErrNoAgendaKey (the rows)", err)
		}
		got, err := ro.Summaries()
		mustDo(t, err)
		if !reflect.DeepEqual(got, rows) {
			t.Errorf("the rows of a file of an older format:\n got %+v\nwant %+v", got, rows)
		}
	})
	t.Run("read-only, rebuilt in passing", func(t *testing.T) {
		path, want, _ := olderFormatFile(t, 6)
		ro, err := Open(path, Options{ReadOnly: true})
		mustDo(t, err)
		defer ro.Close()
		got, err := listAll(t, ro)
		mustDo(t, err)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after the rebuild:\n got %q\nwant %q", got, want)
		}
	})
	t.Run("read-write", func(t *testing.T) {
		path, want, _ := olderFormatFile(t, 6)
		s := openTest(t, path)
		got, err := listAll(t, s)
		mustDo(t, err)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after the rebuild:\n got %q\nwant %q", got, want)
		}
		checkAgendaFresh(t, s, "the open's rebuild")
	})
}

// The openings and reminders not done are a class of their own (history
// once past): a listing of the not done with From reads them from that
// day on only, and gives every other entry the listing without From gives,
// in the same order.
func TestAgendaHistoryReadFrom(t *testing.T) {
	needProcedure(t)
	s := seedCases(t, dbPath(t), 12)
	type entry struct {
		line string
		d    procedures.Deadline
	}
	list := func(q casebook.AgendaKeyQuery) []entry {
		var out []entry
		mustDo(t, s.EachAgendaKey(q, func(texts []string, d *casebook.KeyedDeadline) error {
			out = append(out, entry{fmt.Sprintf("%d %q %+v", d.CaseID, texts[d.Key], d.Deadline), d.Deadline})
			return nil
		}))
		return out
	}
	all := list(casebook.AgendaKeyQuery{})
	left := 0
	for _, day := range []string{"2020-01-01", "2026-11-23", "2026-12-03", "2027-02-01", "2027-06-15", "2030-01-01"} {
		from := procedures.MustDate(day)
		var want []string
		for _, e := range all {
			if casebook.StaysPending(&e.d) || !casebook.ActDate(&e.d).Before(from) {
				want = append(want, e.line)
			}
		}
		var got []string
		for _, e := range list(casebook.AgendaKeyQuery{From: from}) {
			got = append(got, e.line)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("from %s:\n got %q\nwant %q", day, got, want)
		}
		left += len(all) - len(got)
		// Bounded too.
		until := from.AddDays(30)
		want = want[:0]
		for _, e := range all {
			if act := casebook.ActDate(&e.d); !act.After(until) && (casebook.StaysPending(&e.d) || !act.Before(from)) {
				want = append(want, e.line)
			}
		}
		got = got[:0]
		for _, e := range list(casebook.AgendaKeyQuery{From: from, Until: until, Bounded: true}) {
			got = append(got, e.line)
		}
		if !slices.Equal(got, want) {
			t.Errorf("from %s to %s:\n got %q\nwant %q", day, until, got, want)
		}
	}
	if left == 0 {
		t.Fatal("no From left an entry out: the cases have no opening or reminder to test with")
	}
}
