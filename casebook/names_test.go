package casebook

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"tramite/record"
)

func TestMatchesFoldsAccentsAndCase(t *testing.T) {
	tests := map[string]struct {
		text, query string
		want        bool
	}{
		"muller finds Müller":                 {"María Müller", "muller", true},
		"nunez finds Núñez":                   {"José Núñez", "nunez", true},
		"perez finds Pérez":                   {"Élodie Marchand Pérez", "perez", true},
		"ibanez finds Ibáñez":                 {"Luis Ibáñez", "ibanez", true},
		"nguyen finds Nguyễn":                 {"Nguyễn Văn An", "nguyen", true},
		"an accented query finds plain text":  {"Jose Nunez", "NÚÑEZ", true},
		"spaces inside the query count once":  {"Ana María López", "maria   lopez", true},
		"a decomposed name folds as composed": {"Jose\u0301 Nu\u0303n\u0303ez", "josé núñez", true},
		"another name is not found":           {"José Núñez", "nuno", false},
		"ø stays a letter of its own":         {"Søren Dubois", "soren", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Matches(tt.text, tt.query); got != tt.want {
				t.Errorf("Matches(%q, %q) = %v, want %v", tt.text, tt.query, got, tt.want)
			}
		})
	}
}

func TestCandidates(t *testing.T) {
	people := []record.Person{
		{ID: 1, Name: "Élodie Marchand Pérez"},
		{ID: 2, Name: "Eloísa Ruiz"},
		{ID: 3, Name: "elodie marchand perez"},
		{ID: 4, Name: "Marcos Pérez"},
	}
	tests := map[string]struct {
		typed string
		want  []uint64
	}{
		"a first name finds the person":            {"elodie", []uint64{3, 1}},
		"the same name folded comes first":         {"Elodie Marchand Perez", []uint64{3, 1}},
		"the exact stored name comes first of all": {"Élodie Marchand Pérez", []uint64{1, 3}},
		"words in any order, each a prefix":        {"perez elo", []uint64{3, 1}},
		"a surname finds everyone who has it":      {"perez", []uint64{3, 1, 4}},
		"nobody":                                   {"zoë", nil},
		"an empty name finds nobody":               {"  ", nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var got []uint64
			for _, p := range Candidates(people, tt.typed) {
				got = append(got, p.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Candidates(%q) = %v, want %v", tt.typed, got, tt.want)
			}
		})
	}
}

func TestNameOrderIsSpanish(t *testing.T) {
	names := []string{"Zoë Adams", "elodie Marchand", "John Smith", "Élodie Marchand", "Ñoño Díaz", "Nuria Paz", "álvaro Ruiz", "Ana López"}
	want := []string{"álvaro Ruiz", "Ana López", "elodie Marchand", "Élodie Marchand", "John Smith", "Nuria Paz", "Ñoño Díaz", "Zoë Adams"}
	o := NewNameOrder()
	got := slices.Clone(names)
	slices.SortFunc(got, o.Compare)
	if !slices.Equal(got, want) {
		t.Errorf("sorted:\n got %s\nwant %s", strings.Join(got, " | "), strings.Join(want, " | "))
	}
	ranks := o.Ranks(append(slices.Clone(names), "Zoë Adams"))
	for i, n := range names {
		if w := int32(slices.Index(want, n)); ranks[i] != w {
			t.Errorf("rank of %q = %d, want %d", n, ranks[i], w)
		}
	}
	if ranks[len(names)] != ranks[0] {
		t.Errorf("a repeated name ranks %d, first %d: want equal", ranks[len(names)], ranks[0])
	}
}

// TestSortPeopleIsTheNameOrderThenTheID: SortPeople (ranked by collation
// keys) puts people where comparing their names with NameOrder, then
// their ids, puts them: names equal, equal but for case or accents, the
// same name composed and decomposed, ids out of order.
func TestSortPeopleIsTheNameOrderThenTheID(t *testing.T) {
	names := []string{"Zoë Adams", "zoe adams", "Zoe Adams", "elodie Marchand", "Élodie Marchand",
		norm.NFD.String("Élodie Marchand"), "Ñoño Díaz", "Nono Diaz", "Nuria Paz", "álvaro Ruiz", "Ana López", "Ana Lopez", "李小龍", "O'Brien"}
	var people []record.Person
	for i := range 200 {
		people = append(people, record.Person{ID: uint64((i*7919)%997 + 1), Name: names[(i*31)%len(names)]})
	}
	want := slices.Clone(people)
	o := NewNameOrder()
	slices.SortStableFunc(want, func(a, b record.Person) int {
		if c := o.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	SortPeople(people)
	for i := range people {
		if people[i].ID != want[i].ID || people[i].Name != want[i].Name {
			t.Fatalf("place %d: %d %q, want %d %q", i, people[i].ID, people[i].Name, want[i].ID, want[i].Name)
		}
	}
}
