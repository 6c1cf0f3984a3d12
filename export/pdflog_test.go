package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"tramite/procedures"
)

// A varLog reads back what was written, in order, across its blocks:
// numbers of every size and strings up to longer than a block.
func TestVarLogRoundTrip(t *testing.T) {
	var l varLog
	type item struct {
		n uint64
		s []byte
	}
	var want []item
	for i := range 40000 {
		it := item{n: uint64(i) * uint64(i) * 7919}
		switch {
		case i%1000 == 999:
			it.s = bytes.Repeat([]byte{byte(i)}, logBlock+i) // longer than a block
		case i%3 == 0:
			it.s = []byte(strings.Repeat("ñ", i%50))
		}
		want = append(want, it)
		l.uint(it.n)
		l.bytes(it.s)
	}
	if len(l.blocks) < 10 {
		t.Fatalf("%d blocks: the test should cross many", len(l.blocks))
	}
	r := logReader{l: &l}
	for i, it := range want {
		n, s := r.uint(), r.bytes()
		if r.err != nil {
			t.Fatalf("item %d: %v", i, r.err)
		}
		if n != it.n || !bytes.Equal(s, it.s) {
			t.Fatalf("item %d: read %d and %d bytes, want %d and %d bytes", i, n, len(s), it.n, len(it.s))
		}
	}
	if r.uint(); !errors.Is(r.err, errLogShort) {
		t.Errorf("reading past the end: %v, want errLogShort", r.err)
	}
}

// The sources page's log gives back each case's heading and rules, the
// person's name carried over a run of the same person's cases.
func TestSourceLogRoundTrip(t *testing.T) {
	people, cases := benchHousehold(t)
	var sl sourceLog
	var want []PacketCase
	for i := range 30 {
		proc, err := procedures.Lookup(cases[i%len(cases)].Procedure)
		if err != nil {
			t.Fatal(err)
		}
		c := PacketCase{CaseID: uint64(1000 + i), Person: pdfPerson(people[i/3].Name), Procedure: proc}
		c.Outcome.Fee.Rule = []string{"", "R-A", "R-B"}[i%3]
		want = append(want, c)
		sl.add(c)
	}
	i := 0
	if err := sl.each(func(s pdfSource) {
		c := want[i]
		if s.caseID != c.CaseID || s.name != c.Person.Name || s.procedure != c.Procedure || s.rules != c.Outcome.Fee.Rule {
			t.Errorf("case %d: %d %q %s %q, want %d %q %s %q", i, s.caseID, s.name, s.procedure.ID, s.rules,
				c.CaseID, c.Person.Name, c.Procedure.ID, c.Outcome.Fee.Rule)
		}
		i++
	}); err != nil || i != len(want) {
		t.Errorf("read %d cases (%v), want %d", i, err, len(want))
	}
}
