package casebook

import (
	"errors"
	"fmt"
	"slices"

	"tramite/procedures"
	"tramite/record"
)

// NewCase is a case to create: the one shape every front-end fills in
// (the interview, `new` with flags or an answers file, accessible mode,
// the demo).
type NewCase struct {
	// Person is who the case is for: a stored person, or one to add (ID 0)
	// with at least a name.
	Person record.Person
	// Values are personal values (procedures.PersonKeys), already
	// normalised, to set on the person with the case.
	Values    map[string]string
	Procedure *procedures.Procedure
	// Answers are the procedure's answers, already normalised; the
	// person's known values answer its personal questions not given here
	// (PersonAnswers).
	Answers procedures.Answers
}

// Create saves the person (when new, or when Values change them) and the
// new draft case, and returns both. A failure leaves nothing behind: a
// person added for the case is removed again when the case cannot be
// saved (the person returned then has ID 0, unless removing failed too).
func (b *Book) Create(n NewCase) (record.Case, record.Person, error) {
	p := n.Person
	for k, v := range n.Values {
		p.Set(k, v)
	}
	added := p.ID == 0
	if added || len(n.Values) > 0 {
		if err := b.SavePerson(&p); err != nil {
			return record.Case{}, p, fmt.Errorf("save %s: %w", p.Name, err)
		}
	}
	answers := n.Answers.Clone()
	if answers == nil {
		answers = procedures.Answers{}
	}
	for k, v := range PersonAnswers(n.Procedure, p) {
		if _, given := answers[k]; !given {
			answers[k] = v
		}
	}
	c := record.Case{PersonID: p.ID, Procedure: n.Procedure.ID, Answers: answers,
		Progress: procedures.Progress{Stage: procedures.StageDraft}}
	if err := b.SaveCase(&c); err != nil {
		err = fmt.Errorf("save the %s case for %s: %w", n.Procedure.ID, p.Name, err)
		if added {
			if derr := b.DeletePerson(p.ID); derr != nil {
				err = errors.Join(err, fmt.Errorf("and %s, added for it, could not be removed: %w", p.Name, derr))
			} else {
				p.ID = 0 // removed again: nobody was added
			}
		}
		return record.Case{}, p, err
	}
	return c, p, nil
}

// IsPersonKey reports whether key is a personal value kept with the
// person (procedures.PersonKeys) rather than with one case.
func IsPersonKey(key string) bool { return slices.Contains(procedures.PersonKeys, key) }

// PersonAnswers are the answers p's known personal values give to proc's
// personal questions (birth date, nationality, passport...), so no
// interview asks again what tramite knows.
func PersonAnswers(proc *procedures.Procedure, p record.Person) procedures.Answers {
	a := procedures.Answers{}
	for _, q := range proc.Questions {
		if !IsPersonKey(q.Key) {
			continue
		}
		if v := p.Get(q.Key); v != "" {
			a[q.Key] = v
		}
	}
	return a
}

// Complete makes answers given all at once (flags, a file, the demo)
// what the interview would have stored: answers to questions it would not
// ask given the others are dropped (their keys returned, sorted), and
// every asked optional question not given is stored empty, as a skipped
// one is, so the case is complete and the dashboard does not reopen its
// interview.
func Complete(proc *procedures.Procedure, a procedures.Answers) (dropped []string) {
	for changed := true; changed; {
		changed = false
		asked := map[string]bool{}
		for _, q := range proc.Asked(a) {
			asked[q.Key] = true
		}
		for k := range a {
			if _, isQ := proc.Question(k); isQ && !asked[k] {
				delete(a, k)
				dropped = append(dropped, k)
				changed = true
			}
		}
	}
	slices.Sort(dropped)
	for _, q := range proc.Asked(a) {
		if _, given := a[q.Key]; !given && q.Optional {
			a[q.Key] = ""
		}
	}
	return dropped
}
