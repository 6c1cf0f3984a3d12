package store

import (
	"errors"
	"testing"
)

// twoRecords stores one client twice (two cases on the second record)
// and a third person.
func twoRecords(t *testing.T) (s *Store, keep, other, third Person) {
	s = openTest(t, dbPath(t))
	keep, other, third = Person{Name: "Élodie Marchand Pérez"}, Person{Name: "elodie marchand"}, Person{Name: "Zoë Adams"}
	for _, p := range []*Person{&keep, &other, &third} {
		mustDo(t, s.SavePerson(p))
	}
	for range 2 {
		mustDo(t, s.SaveCase(&Case{PersonID: other.ID, Procedure: "renewal"}))
	}
	return s, keep, other, third
}

func TestMergePeople(t *testing.T) {
	t.Run("cases and their index rows move, the other record goes", func(t *testing.T) {
		s, keep, other, _ := twoRecords(t)
		keep.Details = map[string]string{"address": "Calle 60 No. 500, Mérida"}
		mustDo(t, s.MergePeople(&keep, other.ID))
		if _, err := s.Person(other.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("the merged record is still there: %v", err)
		}
		if p, _ := s.Person(keep.ID); p.Details["address"] == "" {
			t.Errorf("the kept person's merged details were not saved: %+v", p)
		}
		sums, err := s.Summaries()
		mustDo(t, err)
		for _, r := range sums {
			if r.PersonID != keep.ID || r.Person != keep.Name {
				t.Errorf("index row %+v: want person %d %q", r, keep.ID, keep.Name)
			}
		}
		// The other's name is free again.
		mustDo(t, s.SavePerson(&Person{Name: "elodie marchand"}))
	})
	t.Run("a refused keep changes nothing", func(t *testing.T) {
		s, keep, other, third := twoRecords(t)
		keep.Name = third.Name // taken
		if err := s.MergePeople(&keep, other.ID); !errors.Is(err, ErrDuplicateName) {
			t.Fatalf("err = %v, want ErrDuplicateName", err)
		}
		if _, err := s.Person(other.ID); err != nil {
			t.Errorf("the other record went: %v", err)
		}
		cases, _ := s.Cases()
		for _, c := range cases {
			if c.PersonID != other.ID {
				t.Errorf("case %d moved to %d on a refused merge", c.ID, c.PersonID)
			}
		}
	})
	t.Run("DeletePersonAndCases removes the cases and their rows in one go", func(t *testing.T) {
		s, _, other, _ := twoRecords(t)
		n, err := s.DeletePersonAndCases(other.ID)
		mustDo(t, err)
		cases, _ := s.Cases()
		sums, _ := s.Summaries()
		if n != 2 || len(cases) != 0 || len(sums) != 0 {
			t.Errorf("deleted %d; left %d cases, %d rows", n, len(cases), len(sums))
		}
		if _, err := s.PersonByName("elodie marchand"); !errors.Is(err, ErrNotFound) {
			t.Errorf("the name index still has them: %v", err)
		}
	})
}
