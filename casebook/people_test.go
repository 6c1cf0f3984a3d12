package casebook

import (
	"testing"

	"tramite/record"
)

func TestFoldName(t *testing.T) {
	people := []record.Person{{ID: 1, Name: "Ana López"}, {ID: 2, Name: "Søren Dubois"}, {ID: 3, Name: "José Núñez"}}
	tests := map[string]struct {
		name string
		want uint64 // 0: nobody
	}{
		"accents dropped match":                {"Ana Lopez", 1},
		"case and spaces do not matter":        {"  ana LOPEZ ", 1},
		"ñ and é fold to n and e":              {"jose nunez", 3},
		"ø is a letter of its own, not o+mark": {"Soren Dubois", 0},
		"another name matches nobody":          {"Ana Lopes", 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			p, ok := SimilarPerson(people, tt.name)
			if got := map[bool]uint64{true: p.ID}[ok]; got != tt.want {
				t.Errorf("SimilarPerson(%q) = %d (%v); want %d", tt.name, got, ok, tt.want)
			}
		})
	}
}
