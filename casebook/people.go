package casebook

import (
	"maps"
	"strings"

	"tramite/procedures"
	"tramite/record"
)

// FoldName is name for comparing without regard to case, spacing or
// accents (record.FoldName): "Ana Lopez", " ana  lópez" and "ANA LÓPEZ"
// fold alike.
func FoldName(name string) string { return record.FoldName(name) }

// SimilarPerson is the person whose name matches name but for accents (and
// case), for a "did you mean" when no name matches exactly; false when
// there is none.
func SimilarPerson(people []record.Person, name string) (record.Person, bool) {
	want := FoldName(name)
	for _, p := range people {
		if FoldName(p.Name) == want {
			return p, true
		}
	}
	return record.Person{}, false
}

// DidYouMean is the error for a name that matches nobody exactly but
// matches p but for accents: it names p and says to type that name, and
// never suggests adding someone new (that would be a duplicate).
func DidYouMean(name string, p record.Person) error {
	return procedures.Problemf("nobody is called %q; did you mean %q? Type the name exactly as it is stored (see `tramite person list`)", strings.TrimSpace(name), p.Name)
}

// SetPersonValues sets personal values (procedures.PersonFieldKeys,
// already checked: record.ValidatePersonValue) on p and saves it,
// returning the person as saved. p must be stored (ID set) unless add is
// true: a case's details never add a stranger to the household by
// accident. A name taken by someone else is record.ErrDuplicateName.
func (b *Book) SetPersonValues(p record.Person, values map[string]string, add bool) (record.Person, error) {
	if p.ID == 0 && !add {
		return p, procedures.Problemf("%q is not in the database: nothing was saved", p.Name)
	}
	p.Details = maps.Clone(p.Details) // p may share its map with a screen
	for _, k := range procedures.PersonFieldKeys() {
		if v, ok := values[k]; ok {
			p.Set(k, v)
		}
	}
	if err := b.SavePerson(&p); err != nil {
		return p, err
	}
	return p, nil
}
