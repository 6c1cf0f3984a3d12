package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strconv"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// newCaseInput is the raw answers of `tramite new`, checked one by one.
type newCaseInput struct {
	// person holds personal values (procedures.PersonKeys), normalised.
	person map[string]string
	// answers holds the procedure's answers, normalised by kind; empty
	// optional answers are left out, and so are invalid ones.
	answers procedures.Answers
	// problems holds what is wrong with each key that failed, so that
	// one run reports every problem (see answerProblems).
	problems map[string]error
}

// splitAnswers sorts raw answers into personal values and the procedure's
// answers and checks each by its kind. A personal key that is also one of
// the procedure's questions goes to both. Every problem is kept in
// problems, by key: an unknown key, a value of the wrong kind.
func splitAnswers(proc *procedures.Procedure, raw map[string]string, today procedures.Date) newCaseInput {
	in := newCaseInput{person: map[string]string{}, answers: procedures.Answers{}, problems: map[string]error{}}
	// A former key (first_card_date for status_since) is taken as the
	// current one, as the store and the import take it.
	if canon := proc.Canonical(procedures.Answers(raw)); canon != nil {
		raw = canon
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, isQ := proc.Question(k); !isQ && !casebook.IsPersonKey(k) {
			in.problems[k] = procedures.Problemf("%s is not a question of %s", k, proc.ID)
		}
	}
	for _, k := range keys {
		if !casebook.IsPersonKey(k) {
			continue
		}
		v, err := record.ValidatePersonValue(k, raw[k], today)
		if err != nil {
			in.problems[k] = err
			continue
		}
		if v != "" {
			in.person[k] = v
		}
	}
	for _, q := range proc.Questions {
		r, ok := raw[q.Key]
		if !ok || in.problems[q.Key] != nil {
			continue
		}
		v, err := q.Normalize(r)
		if err == nil {
			// No fact after today, no plan before it (R-DATES-KNOWN).
			err = q.CheckBound(v, today)
		}
		if err != nil {
			in.problems[q.Key] = err
			continue
		}
		if v != "" {
			in.answers[q.Key] = v
		}
	}
	return in
}

// newCasePrep is a new case checked and ready to save.
type newCasePrep struct {
	proc   *procedures.Procedure
	st     store.Engine // nil until the first write when the file is new
	person store.Person
	exists bool
	// similar, when set, says --person matches someone but for accents:
	// a typo, reported with the answers' problems.
	similar error
	answers procedures.Answers
	values  map[string]string
	dropped []string
}

// prepareNewCase looks the person up (when the database exists), answers
// the procedure's personal questions from what is known about them, and
// drops answers the interview would not ask. A name that is nobody's
// exactly but may be someone's (casebook.Candidates: "elodie" for
// "Élodie Marchand Pérez") is refused unless newPerson says to add it.
func (a *app) prepareNewCase(proc *procedures.Procedure, name string, newPerson bool, in newCaseInput) (*newCasePrep, error) {
	pr := &newCasePrep{proc: proc, person: store.Person{Name: name}, answers: in.answers, values: in.person}
	if _, err := os.Stat(a.dbPath()); isPostgres(a.dbPath()) || !errors.Is(err, fs.ErrNotExist) {
		st, err := a.openStore(false)
		if err != nil {
			return nil, err
		}
		pr.st = st
		p, err := st.PersonByName(name)
		switch {
		case err == nil:
			pr.person, pr.exists = p, true
		case !errors.Is(err, store.ErrNotFound):
			pr.close()
			return nil, err
		default:
			// A name that matches someone but for accents is a typo:
			// adding it would make a duplicate of that person. Only
			// the people whose name words begin with the typed ones
			// can be candidates: the store finds them by their words.
			people, err := st.PeopleMatching(name)
			if err != nil {
				pr.close()
				return nil, err
			}
			if cands := casebook.Candidates(people, name); len(cands) > 0 && !newPerson {
				pr.similar = a.errorf("--person: %w", casebook.MaybeDuplicate(name, cands, "--new-person"))
			}
		}
	}
	for k, v := range casebook.PersonAnswers(proc, pr.person) {
		if _, given := pr.answers[k]; !given {
			pr.answers[k] = v
		}
	}
	pr.dropped = casebook.Complete(proc, pr.answers)
	return pr, nil
}

// save creates the case through the case layer (casebook.Book.Create):
// the person, new or with new personal values, and the draft case.
func (pr *newCasePrep) save(a *app) (uint64, error) {
	if pr.st == nil {
		st, err := a.openStore(false)
		if err != nil {
			return 0, err
		}
		pr.st = st
	}
	c, _, err := casebook.New(pr.st).Create(casebook.NewCase{Person: pr.person, Values: pr.values, Procedure: pr.proc, Answers: pr.answers})
	if err != nil {
		return 0, err
	}
	return c.ID, nil
}

// close releases the database if it was opened.
func (pr *newCasePrep) close() {
	if pr.st != nil {
		_ = pr.st.Close()
	}
}

// decodeAnswers reads a JSON object of answers. Strings are taken as typed;
// numbers and booleans (yes/no) are accepted for convenience.
func (a *app) decodeAnswers(data []byte) (map[string]string, error) {
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil {
		return nil, a.errorf("not a JSON object of answers (%v): write it as {\"key\": \"value\", ...}", err)
	}
	out := make(map[string]string, len(obj))
	for k, v := range obj {
		switch t := v.(type) {
		case string:
			out[k] = t
		case json.Number:
			out[k] = t.String()
		case bool:
			out[k] = map[bool]string{true: "yes", false: "no"}[t]
		case nil:
			out[k] = ""
		default:
			return nil, a.errorf("%s: the value must be a string, number or true/false, not %s", k, strconv.Quote(fmt.Sprint(t)))
		}
	}
	return out, nil
}

// readAll reads r to the end, at most 1 MiB: an answers file is small.
func readAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("read answers: %w", err)
	}
	return data, nil
}
