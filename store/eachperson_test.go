package store

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestEachPersonWalksPeopleInOrder(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "t.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, n := range []string{"Ana García", "Bo Li", "Chen Wu"} {
		p := Person{Name: n}
		if err := s.SavePerson(&p); err != nil {
			t.Fatal(err)
		}
	}
	want, _ := s.People()
	var got []Person
	if err := s.EachPerson(func(p Person) error { got = append(got, p); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d people, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].ID != want[i].ID || got[i].Name != want[i].Name {
			t.Errorf("person %d: %d %q, want %d %q", i, got[i].ID, got[i].Name, want[i].ID, want[i].Name)
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := s.EachPerson(func(Person) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("an error from fn: got %v after %d calls, want it returned after 1", err, n)
	}
}
