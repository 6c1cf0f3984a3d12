package storetest

import (
	"slices"
	"strings"
	"testing"

	"tramite/record"
	"tramite/store"
)

// wantMatching is the oracle of PeopleMatching: every person, in id
// order, whose folded name has a word beginning with each typed word.
func wantMatching(t *testing.T, s store.Engine, typed string) []uint64 {
	t.Helper()
	people, err := s.People()
	mustDo(t, err)
	typedWords := strings.Fields(record.FoldName(typed))
	var ids []uint64
	for _, p := range people {
		words := strings.Fields(record.FoldName(p.Name))
		ok := len(typedWords) > 0
		for _, w := range typedWords {
			if !slices.ContainsFunc(words, func(n string) bool { return strings.HasPrefix(n, w) }) {
				ok = false
			}
		}
		if ok {
			ids = append(ids, p.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// checkMatching compares PeopleMatching with its oracle for typed names
// that match by whole names, by word beginnings, and not at all.
func checkMatching(t *testing.T, s store.Engine, step string) {
	t.Helper()
	for _, typed := range []string{"elodie", "ÉLODIE marchand pérez", "ana", "an", "nunez", "perez elo", "ana lopez",
		"jose", "x", "", "  ", "an nu", "ana%", "a_a", "müller", "o'brien"} {
		got, err := s.PeopleMatching(typed)
		mustDo(t, err)
		var ids []uint64
		for _, p := range got {
			ids = append(ids, p.ID)
			if p.Name == "" {
				t.Errorf("PeopleMatching(%q) gave a person without a name: %+v", typed, p)
			}
		}
		if want := wantMatching(t, s, typed); !slices.Equal(ids, want) {
			t.Errorf("after %s, PeopleMatching(%q) = %v; want %v", step, typed, ids, want)
		}
	}
}

// The people a typed name may mean are found through the names' words,
// kept with every write of a person.
func testPeopleMatching(t *testing.T, h Harness) {
	s := fresh(t, h)
	var ids []uint64
	for _, name := range []string{"Élodie Marchand Pérez", "elodie marchand", "Ana López", "Anabel Núñez",
		"José Núñez Ana", "María Müller", "Seán O'Brien", "Ana%Rosa"} {
		p := Person{Name: name}
		mustDo(t, s.SavePerson(&p))
		ids = append(ids, p.ID)
	}
	checkMatching(t, s, "saving people")
	if got, _ := s.PeopleMatching("elodie"); len(got) != 2 {
		t.Fatalf("PeopleMatching(elodie) = %+v; want both Élodies", got)
	}
	p, err := s.Person(ids[2])
	mustDo(t, err)
	p.Name = "Ana Lucía Pérez"
	mustDo(t, s.SavePerson(&p))
	checkMatching(t, s, "a rename")
	p.Set("phone", "555 123 4567")
	mustDo(t, s.SavePerson(&p))
	checkMatching(t, s, "an edit that keeps the name")
	mustDo(t, s.DeletePerson(ids[3]))
	checkMatching(t, s, "DeletePerson")
	keep, err := s.Person(ids[0])
	mustDo(t, err)
	mustDo(t, s.MergePeople(&keep, ids[1]))
	checkMatching(t, s, "MergePeople")
	c := Case{PersonID: ids[4], Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	if _, err := s.DeletePersonAndCases(ids[4]); err != nil {
		t.Fatal(err)
	}
	checkMatching(t, s, "DeletePersonAndCases")
	_, err = s.Import([]Person{{ID: 50, Name: "Anastasia Núñez"}, {ID: 51, Name: "ana lucía pérez"}}, nil)
	mustDo(t, err)
	checkMatching(t, s, "Import")

	l := fresh(t, h)
	mustDo(t, l.Load([]Person{{ID: 3, Name: "Élodie Núñez"}, {ID: 8, Name: "Ana Pérez"}}, nil, nil))
	checkMatching(t, l, "Load")
}
