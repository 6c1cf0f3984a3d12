package casebook

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"tramite/procedures"
	"tramite/record"
)

// Names are matched folded (FoldName: no case, no accents, one space
// between words) and sorted by the Spanish collation (NameOrder), so a
// facilitator who types "nunez" finds "José Núñez", and "Élodie" is listed
// next to "elodie", not after "Zoë".

// Matches reports whether text, folded, contains query, folded: the
// dashboard's search ("muller" finds "María Müller").
func Matches(text, query string) bool {
	return strings.Contains(FoldName(text), FoldName(query))
}

// PersonMatch is how well a typed name matches a stored person.
type PersonMatch int

const (
	// NoMatch: the person is someone else.
	NoMatch PersonMatch = iota
	// WordsMatch: every typed word starts a word of the name, folded
	// ("elodie" for "Élodie Marchand Pérez", "perez elo" too).
	WordsMatch
	// SameName: the names are equal folded ("elodie marchand perez").
	SameName
)

// MatchPerson says how typed matches name.
func MatchPerson(name, typed string) PersonMatch {
	fn, ft := FoldName(name), FoldName(typed)
	if ft == "" {
		return NoMatch
	}
	if fn == ft {
		return SameName
	}
	words := strings.Fields(fn)
	for _, w := range strings.Fields(ft) {
		if !slices.ContainsFunc(words, func(n string) bool { return strings.HasPrefix(n, w) }) {
			return NoMatch
		}
	}
	return WordsMatch
}

// Candidates are the people typed may mean, best first: those whose name
// is typed but for case, accents and spacing, then those whose words the
// typed words begin, each group in name order. An exact name (as stored)
// is first of all.
func Candidates(people []record.Person, typed string) []record.Person {
	var same, words []record.Person
	for _, p := range people {
		switch MatchPerson(p.Name, typed) {
		case SameName:
			same = append(same, p)
		case WordsMatch:
			words = append(words, p)
		}
	}
	SortPeople(same)
	SortPeople(words)
	t := strings.TrimSpace(typed)
	if i := slices.IndexFunc(same, func(p record.Person) bool { return p.Name == t }); i > 0 {
		p := same[i]
		same = slices.Delete(same, i, i+1)
		same = slices.Insert(same, 0, p)
	}
	return append(same, words...)
}

// NameOrder sorts names as a Spanish reader expects (the Spanish
// collation of golang.org/x/text/collate): case and accents decide only
// between names otherwise equal, and ñ follows n. It is not safe for
// concurrent use.
type NameOrder struct {
	col *collate.Collator
	buf collate.Buffer
}

// NewNameOrder returns a NameOrder.
func NewNameOrder() *NameOrder {
	return &NameOrder{col: collate.New(language.Spanish)}
}

// Compare orders a and b: negative when a comes first.
func (o *NameOrder) Compare(a, b string) int {
	if c := o.col.CompareString(a, b); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// Ranks numbers names in Spanish order: rank[i] is names[i]'s place among
// the distinct names (equal names share a rank). Each distinct name gets
// one collation key, so ranking 10,000 rows of 300 clients sorts 300 keys.
// The keys are made one after the other in the order's one buffer and
// compared where they lie there (no copy a key): at 100,000 names most of
// the garbage of ranking them was each key's own copy.
func (o *NameOrder) Ranks(names []string) []int32 {
	at := make(map[string]int32, min(len(names), 1<<16))
	distinct := make([]int32, 0, min(len(names), 1<<16)) // index in names of each distinct name
	for i, n := range names {
		if _, ok := at[n]; !ok {
			at[n] = int32(len(distinct))
			distinct = append(distinct, int32(i))
		}
	}
	// all holds the keys one after the other; end[k] is where distinct
	// name k's ends. The Buffer is reset after each key, so it never
	// grows past its own array.
	// Sized from the names (a key takes about six bytes a letter) and
	// doubled when short, rather than grown a quarter at a time by append
	// (four times the keys in garbage).
	size := 0
	for _, i := range distinct {
		size += 6*len(names[i]) + 8
	}
	all := make([]byte, 0, size)
	end := make([]int, len(distinct))
	for k, i := range distinct {
		key := o.col.KeyFromString(&o.buf, names[i])
		if len(all)+len(key) > cap(all) {
			all = append(make([]byte, 0, 2*cap(all)+len(key)), all...)
		}
		all = append(all, key...)
		o.buf.Reset()
		end[k] = len(all)
	}
	key := func(k int32) []byte {
		lo := 0
		if k > 0 {
			lo = end[k-1]
		}
		return all[lo:end[k]]
	}
	order := make([]int32, len(distinct))
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := bytes.Compare(key(a), key(b)); c != 0 {
			return c
		}
		return strings.Compare(names[distinct[a]], names[distinct[b]])
	})
	place := make([]int32, len(distinct)) // distinct name k's rank
	for r, k := range order {
		place[k] = int32(r)
	}
	rank := make([]int32, len(names))
	for i, n := range names {
		rank[i] = place[at[n]]
	}
	return rank
}

// SortPeople sorts people by name in Spanish order (NameOrder), then by
// id. Each distinct name is ranked once (Ranks: one collation key each):
// comparing names with the collator at every step of the sort was a third
// of `person list` at 50,000 people.
func SortPeople(people []record.Person) {
	names := make([]string, len(people))
	for i := range people {
		names[i] = people[i].Name
	}
	rank := NewNameOrder().Ranks(names)
	order := make([]int32, len(people))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(rank[a], rank[b]); c != 0 {
			return c
		}
		return cmp.Compare(people[a].ID, people[b].ID)
	})
	sorted := make([]record.Person, len(people))
	for i, k := range order {
		sorted[i] = people[k]
	}
	copy(people, sorted)
}

// MaybeDuplicate is the refusal of a new person called name when
// cands (Candidates) may already be them: it names them, says to type the
// name as stored, and names force, the flag that adds name as someone new
// all the same.
func MaybeDuplicate(name string, cands []record.Person, force string) error {
	const most = 5
	var quoted []string
	for i, p := range cands {
		if i == most {
			break
		}
		quoted = append(quoted, strconv.Quote(p.Name))
	}
	// The list's joining words are problems too, so that each reads in the
	// user's language (procedures.MessageIn words wrapped problems).
	var list any = quoted[0]
	switch n := len(quoted); {
	case len(cands) > most:
		list = procedures.Problemf("%s and %d more", strings.Join(quoted, ", "), len(cands)-most)
	case n > 1:
		list = procedures.Problemf("%s or %s", strings.Join(quoted[:n-1], ", "), quoted[n-1])
	}
	return procedures.Problemf("nobody is called %q; did you mean %s? Type the name exactly as stored (see `tramite person list`), or add %s to add %q as someone new",
		strings.TrimSpace(name), list, force, strings.TrimSpace(name))
}
