package storetest

import (
	"errors"
	"reflect"
	"testing"
)

// testPeopleOf: PeopleOf gives the people asked, in the order asked, as
// Person reads them, skips an id not stored, and stops at fn's error.
func testPeopleOf(t *testing.T, h Harness) {
	s := open(t, h, h.Fresh(t))
	var ids []uint64
	for _, name := range []string{"Ana López", "Bruno Díaz", "Zoë Adams"} {
		p := Person{Name: name, Nationality: "argentina"}
		mustDo(t, s.SavePerson(&p))
		ids = append(ids, p.ID)
	}
	ask := []uint64{ids[2], 9999, ids[0]}
	var got []Person
	mustDo(t, s.PeopleOf(ask, func(p Person) error { got = append(got, p); return nil }))
	if len(got) != 2 || got[0].ID != ids[2] || got[1].ID != ids[0] {
		t.Fatalf("PeopleOf(%v) gave %d people; want %d and %d in that order", ask, len(got), ids[2], ids[0])
	}
	for _, p := range got {
		want, err := s.Person(p.ID)
		mustDo(t, err)
		if !reflect.DeepEqual(p, want) {
			t.Errorf("PeopleOf's person %d differs from Person's:\n got %+v\nwant %+v", p.ID, p, want)
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := s.PeopleOf(ids, func(Person) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("an error from fn: PeopleOf returned %v after %d calls; want it back after 1", err, n)
	}
}
