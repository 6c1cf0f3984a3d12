package store

import (
	"bytes"
	stdflate "compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
	"tramite/record"
)

// TestLeanDictFrozen: values written with leanDict1 must stay readable
// forever, so the dictionary never changes; a new one is a new tag.
func TestLeanDictFrozen(t *testing.T) {
	sum := sha256.Sum256([]byte(leanDict1))
	if got := hex.EncodeToString(sum[:]); got != leanDict1SHA256 {
		t.Fatalf("leanDict1 changed (sha256 %s, was %s): values written with it would no longer read. "+
			"Restore it, and add the new dictionary under a new tag (leanvalue.go)", got, leanDict1SHA256)
	}
	if leanTag1 != 0x01 || leanTag1 == '{' {
		t.Fatalf("leanTag1 changed to %#x", leanTag1)
	}
}

// leanDict1SHA256 is the digest of leanDict1 as first written.
const leanDict1SHA256 = "3e9be1c04c803bceeb1747505726f8ffde0767cba765a84444f85684cf905525"

func leanSampleCase() Case {
	at := time.Date(2026, 11, 13, 10, 0, 0, 0, time.UTC)
	return Case{ID: 7, UID: "2663aae1-a86d-4730-b3a1-1ca44bac4f9d", PersonID: 3, Procedure: "canje",
		Answers:  procedures.Answers{"entered": "no", "visa_expiry": "2027-03-01", "visa_type": "temporary"},
		Progress: procedures.Progress{Stage: procedures.StageReady},
		History:  []record.Event{{At: at, Kind: record.EventCreated}, {At: at.Add(time.Hour), Kind: record.EventStage, Stage: procedures.StageReady}},
		Notes:    "Trae el pasaporte — 原件 \u0000 y copias",
		Created:  at, Updated: at.Add(time.Hour), Version: 2}
}

// TestLeanRoundTrip: a case and a person written lean read back equal,
// well under their JSON, and JSON values read as they are.
func TestLeanRoundTrip(t *testing.T) {
	c := leanSampleCase()
	p := Person{ID: 3, UID: "d3d71712-5111-4ceb-8df6-1d2d67aa1435", Name: "Ana López", Nationality: "española",
		Details: map[string]string{"email": "ana@example.com", "phone": "+52 55 6444 6565"},
		Created: c.Created, Updated: c.Updated}
	for _, tc := range []struct {
		name string
		v    any
		into func() any
	}{
		{"case", c, func() any { return new(Case) }},
		{"person", p, func() any { return new(Person) }},
	} {
		lean, err := encodeLean(tc.v)
		mustDo(t, err)
		js, _ := json.Marshal(tc.v)
		if lean[0] != leanTag1 || 10*len(lean) >= 6*len(js) { // well under its JSON: 52% for this person, 40% for a demo case
			t.Errorf("%s: lean value of %d B (tag %#x) for %d B of JSON", tc.name, len(lean), lean[0], len(js))
		}
		for _, v := range [][]byte{lean, js} {
			got := tc.into()
			mustDo(t, decodeLean(v, got))
			if !reflect.DeepEqual(reflect.ValueOf(got).Elem().Interface(), tc.v) {
				t.Errorf("%s: read back %+v, want %+v", tc.name, got, tc.v)
			}
			if !leanValid(v) {
				t.Errorf("%s: leanValid false for a good value", tc.name)
			}
		}
		if tc.name == "case" {
			if got := uidOf(lean); got != c.UID {
				t.Errorf("uidOf(lean) = %q, want %q", got, c.UID)
			}
			if got := uidOf(js); got != c.UID {
				t.Errorf("uidOf(json) = %q, want %q", got, c.UID)
			}
		}
	}
	// A long value (notes of a busy case) grows the pooled buffer and
	// reads back whole.
	long := c
	long.Notes = strings.Repeat("Llamar a la oficina de Querétaro. ", 20000)
	lean, err := encodeLean(long)
	mustDo(t, err)
	got, err := decodeCase(lean)
	mustDo(t, err)
	if got.Notes != long.Notes {
		t.Errorf("long notes read back as %d bytes, want %d", len(got.Notes), len(long.Notes))
	}
}

// TestLeanDamagedValues: a value that does not decode is reported as
// damaged by a read and by the damage check, never a panic.
func TestLeanDamagedValues(t *testing.T) {
	good, err := encodeLean(leanSampleCase())
	mustDo(t, err)
	bad := map[string][]byte{
		"empty":          {},
		"unknown tag":    append([]byte{0x7f}, good[1:]...),
		"cut in half":    good[:len(good)/2],
		"tag alone":      {leanTag1},
		"not deflate":    append([]byte{leanTag1}, 0xff, 0xff, 0xff, 0xff),
		"JSON cut short": []byte(`{"id":7,"uid":"`),
	}
	for name, v := range bad {
		if leanValid(v) {
			t.Errorf("%s: leanValid true", name)
		}
		if _, err := decodeCase(v); err == nil {
			t.Errorf("%s: decodeCase read it", name)
		}
	}
	// Every single byte flipped: read and check agree, no panic.
	for i := range good {
		v := bytes.Clone(good)
		v[i] ^= 0x5a
		_, err := decodeCase(v)
		if err == nil && !leanValid(v) {
			t.Errorf("byte %d flipped: decodeCase reads what the check calls damaged", i)
		}
	}

	for name, v := range bad {
		t.Run(name, func(t *testing.T) {
			s := openTest(t, dbPath(t))
			p := Person{Name: "Ana López"}
			mustDo(t, s.SavePerson(&p))
			c := Case{PersonID: p.ID, Procedure: needProcedure(t).ID}
			mustDo(t, s.SaveCase(&c))
			mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
				return tx.Bucket(bucketCases).Put(itob(c.ID), v)
			}))
			if _, err := s.Case(c.ID); err == nil || !strings.Contains(err.Error(), "damaged") {
				t.Errorf("Case: %v, want a damaged case", err)
			}
			err := s.raw().View(checkRecords)
			var pd pageDamage
			if !errors.As(err, &pd) || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "bucket cases is not readable") {
				t.Errorf("checkRecords: %v, want the case reported unreadable", err)
			}
		})
	}
}

// TestOldJSONValuesStayReadableAndEditable: a file whose people and cases
// were written as JSON (before lean values) opens, reads and edits; an
// edited record is written lean, the others stay as they were.
func TestOldJSONValuesStayReadableAndEditable(t *testing.T) {
	path := dbPath(t)
	s := openTest(t, path)
	proc := needProcedure(t)
	var ids []uint64
	for _, name := range []string{"Ana López", "José Núñez"} {
		p := Person{Name: name, Details: map[string]string{"phone": "+52 55 1234 5678"}}
		mustDo(t, s.SavePerson(&p))
		c := Case{PersonID: p.ID, Procedure: proc.ID, Answers: fillAnswers(proc, nil)}
		mustDo(t, s.SaveCase(&c))
		ids = append(ids, c.ID)
	}
	// Write every person and case back as plain JSON, as an older
	// tramite did.
	people, err := s.People()
	mustDo(t, err)
	cases, err := s.Cases()
	mustDo(t, err)
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		for _, p := range people {
			if err := putJSON(tx.Bucket(bucketPeople), p.ID, p); err != nil {
				return err
			}
		}
		for _, c := range cases {
			if err := putJSON(tx.Bucket(bucketCases), c.ID, c); err != nil {
				return err
			}
		}
		return nil
	}))
	mustDo(t, s.Close())

	s = openTest(t, path)
	mustDo(t, s.FinishOpen())
	mustDo(t, s.raw().View(checkRecords))
	stored := func(b []byte, id uint64) (v []byte) {
		mustDo(t, s.raw().View(func(tx *bolt.Tx) error {
			v = bytes.Clone(tx.Bucket(b).Get(itob(id)))
			return nil
		}))
		return v
	}
	if v := stored(bucketCases, ids[0]); v[0] != '{' {
		t.Fatalf("the planted case is not JSON: %q", v)
	}
	gotPeople, err := s.People()
	mustDo(t, err)
	gotCases, err := s.Cases()
	mustDo(t, err)
	if !reflect.DeepEqual(gotPeople, people) || !reflect.DeepEqual(gotCases, cases) {
		t.Fatalf("JSON records read back differently:\n%+v\n%+v", gotPeople, gotCases)
	}
	if m, err := s.PeopleMatching("nunez"); err != nil || len(m) != 1 {
		t.Fatalf("PeopleMatching over JSON people: %v, %v", m, err)
	}
	mustDo(t, s.SetNotes(ids[0], "Trae copias."))
	if v := stored(bucketCases, ids[0]); v[0] != leanTag1 {
		t.Errorf("an edited case is not written lean: %q", v[:min(len(v), 20)])
	}
	if v := stored(bucketCases, ids[1]); v[0] != '{' {
		t.Errorf("an untouched case was rewritten: %q", v[:min(len(v), 20)])
	}
	c, err := s.Case(ids[0])
	mustDo(t, err)
	if c.Notes != "Trae copias." || c.Version != cases[0].Version+1 {
		t.Errorf("edited case read back as %+v", c)
	}
	p := gotPeople[1]
	p.Nationality = "japonesa"
	mustDo(t, s.SavePerson(&p))
	if v := stored(bucketPeople, p.ID); v[0] != leanTag1 {
		t.Errorf("an edited person is not written lean")
	}
	mustDo(t, s.raw().View(checkRecords))
	mustDo(t, s.Close())
}

// FuzzLeanDecode: no input makes the decode panic or inflate past its
// bound.
func FuzzLeanDecode(f *testing.F) {
	good, _ := encodeLean(leanSampleCase())
	f.Add(good)
	f.Add([]byte(`{"id":1}`))
	f.Add([]byte{leanTag1, 0x03, 0x00})
	f.Fuzz(func(t *testing.T, v []byte) {
		var c Case
		_ = decodeLean(v, &c)
		_ = leanValid(v)
		_ = uidOf(v)
	})
}

// BenchmarkLeanEncode and BenchmarkLeanDecode: the cost of a lean case
// value, written (JSON and deflate) and read (inflate and JSON), beside
// the JSON alone.
func BenchmarkLeanEncode(b *testing.B) {
	c := leanSampleCase()
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			_, _ = json.Marshal(c)
		}
	})
	b.Run("lean", func(b *testing.B) {
		for b.Loop() {
			_, _ = encodeLean(c)
		}
	})
}

func BenchmarkLeanDecode(b *testing.B) {
	c := leanSampleCase()
	js, _ := json.Marshal(c)
	lean, _ := encodeLean(c)
	for _, tc := range []struct {
		name string
		v    []byte
	}{{"json", js}, {"lean", lean}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := decodeCase(tc.v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzLeanDeflate: whatever the input, leanBytes writes a value that
// reads back to it.
func FuzzLeanDeflate(f *testing.F) {
	js, _ := json.Marshal(leanSampleCase())
	f.Add(js)
	f.Add([]byte(leanDict1))
	f.Add([]byte(strings.Repeat("a", 70000)))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, src []byte) {
		v, err := leanBytes(src)
		mustDo(t, err)
		var got []byte
		mustDo(t, withJSON(v, 0, func(js []byte) error { got = bytes.Clone(js); return nil }))
		if !bytes.Equal(got, src) {
			t.Fatalf("read back %d bytes, wrote %d", len(got), len(src))
		}
	})
}

// BenchmarkFileReads times, on the file named by TRAMITE_BENCH_DB (a copy
// is made; skipped without it), the reads lean values change: the damage
// check of a read-write open (verify), every case decoded (Cases) and the
// index rebuilt (reindex, rolled back). BENCHMARKS.md "File size at 100k,
// lean records" compares a file of JSON values with a lean one.
func BenchmarkFileReads(b *testing.B) {
	src := os.Getenv("TRAMITE_BENCH_DB")
	if src == "" {
		b.Skip("TRAMITE_BENCH_DB names no file")
	}
	data, err := os.ReadFile(src)
	mustDo(b, err)
	path := filepath.Join(b.TempDir(), "bench.db")
	mustDo(b, os.WriteFile(path, data, 0o600))
	b.Run("verify", func(b *testing.B) {
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
		mustDo(b, err)
		defer db.Close()
		for b.Loop() {
			mustDo(b, verify(db))
		}
	})
	s, err := Open(path, Options{})
	mustDo(b, err)
	defer s.Close()
	mustDo(b, s.FinishOpen())
	b.Run("cases", func(b *testing.B) {
		for b.Loop() {
			_, err := s.Cases()
			mustDo(b, err)
		}
	})
	b.Run("reindex", func(b *testing.B) {
		for b.Loop() {
			err := s.raw().Update(func(tx *bolt.Tx) error {
				if err := reindex(tx, s.calendar()); err != nil {
					return err
				}
				return errRollBack
			})
			if !errors.Is(err, errRollBack) {
				b.Fatal(err)
			}
		}
	})
}

// FuzzLeanInflate: a lean value reads as compress/flate reads its stream,
// or is refused: never other bytes, never a stream compress/flate finds
// broken.
func FuzzLeanInflate(f *testing.F) {
	js, _ := json.Marshal(leanSampleCase())
	good, _ := leanBytes(js)
	f.Add(good[1:])
	f.Add(good[1 : len(good)/2])
	long, _ := leanBytes([]byte(strings.Repeat("abc", 30000)))
	f.Add(long[1:])
	f.Fuzz(func(t *testing.T, src []byte) {
		var got []byte
		err := withJSON(append([]byte{leanTag1}, src...), 1<<20, func(js []byte) error { got = bytes.Clone(js); return nil })
		if err != nil {
			return
		}
		want, werr := io.ReadAll(io.LimitReader(stdflate.NewReaderDict(bytes.NewReader(src), []byte(leanDict1)), 1<<20))
		if werr != nil {
			t.Fatalf("read %d bytes of a stream compress/flate refuses (%v)", len(got), werr)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("read %q, compress/flate %q", got, want)
		}
	})
}
