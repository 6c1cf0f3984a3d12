package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// Bundle is a validated import: people and cases ready for the store. The
// ids are those of the file; a case's PersonID is the file id of one of
// People. The store gives every record a new id when it saves the bundle.
type Bundle struct {
	People []record.Person
	Cases  []record.Case
}

// InvalidError lists every problem found in an import file. Nothing is
// imported from a file with problems.
type InvalidError struct {
	// Problems are the problems in English, one a line.
	Problems []string
	// problems are the same, to be worded in a language (In).
	problems []fileProblem
}

// Error implements error: one problem per line.
func (e *InvalidError) Error() string {
	return fmt.Sprintf("the file is not valid (%s), nothing was imported:\n  - %s",
		plural(len(e.Problems), "problem"), strings.Join(e.Problems, "\n  - "))
}

// maxProblems bounds the list: past it the file is likely not a tramite
// export at all, and more lines would not help.
const maxProblems = 20

// Decode reads and validates a whole tramite JSON file (see File): the
// format and version, every person and every case (procedure known,
// answers valid for it, person present, dates real). It returns every
// problem at once in an *InvalidError, each naming the person or case and
// the key at fault, so the user can fix the file in one pass.
func Decode(r io.Reader) (Bundle, error) {
	return DecodeOn(r, procedures.DateOf(time.Now()))
}

// DecodeOn is Decode with the day of the import given: a birth date after
// today is refused (today zero: not checked).
//
// The file is read as a stream (importread.go): each person and case is
// validated as it is read, and only the bundle is kept. What is wrong is
// reported as when the file was decoded whole, first found first: a read
// error, a syntax error, a member of the wrong type or unknown, data after
// the object, the format and version, and then the people and cases.
func DecodeOn(r io.Reader, today procedures.Date) (Bundle, error) {
	f := newFileReader(r, validator{today: today})
	err := f.read()
	if f.in.input.err != nil {
		return Bundle{}, fmt.Errorf("reading the file: %w", f.in.input.err)
	}
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return Bundle{}, invalid(problemf("the file ends in the middle of its data (was it cut short?): export it again"))
	case errors.Is(err, io.EOF):
		return Bundle{}, invalid(problemf(`the file is empty: a tramite export is a JSON object that begins {"format": "tramite"`))
	case err != nil:
		return Bundle{}, invalid(verbatim(jsonProblem(err)))
	case f.memberErr != nil:
		return Bundle{}, invalid(verbatim(jsonProblem(f.memberErr)))
	case f.extra:
		return Bundle{}, invalid(problemf("extra data after the end of the JSON object"))
	}
	top := f.top
	switch {
	case top.Format == nil || *top.Format != Format:
		return Bundle{}, invalid(problemf(`"format" is not "tramite": this is not a tramite export`))
	case top.Version == nil:
		return Bundle{}, invalid(problemf(`"version" is missing: a tramite export says "version": 1`))
	case *top.Version > Version:
		return Bundle{}, invalid(problemf(`"version" is %d: this file comes from a newer tramite; this one reads version %d, update tramite to import it`, *top.Version, Version))
	case *top.Version != Version:
		return Bundle{}, invalid(problemf(`"version" is %d: this tramite reads version %d only`, *top.Version, Version))
	}
	if len(f.v.problems) > 0 {
		return Bundle{}, invalidOf(f.v.problems)
	}
	return f.bundle, nil
}

func invalid(problem fileProblem) error { return invalidOf([]fileProblem{problem}) }

// strictUnmarshal decodes data into v refusing unknown members.
func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("extra data after the end of the JSON object")
	}
	return nil
}

// jsonProblem is a decoding error as a problem line (a syntax error says
// its line: lineError).
func jsonProblem(err error) string {
	return strings.TrimPrefix(err.Error(), "json: ")
}

// validator collects problems. today is the day of the import, for the
// birth-date check (zero: not checked).
type validator struct {
	problems []fileProblem
	today    procedures.Date
	uids     map[string]bool // the uids seen so far
}

// problem is a store validation error as a problem line: without the
// ErrInvalid prefix, the field first.
func problem(err error) error {
	return trimmedError{err: err, prefix: record.ErrInvalid.Error() + ": "}
}

// short is v cut for a problem line: a line never repeats a long value.
func short(v string) string {
	if r := []rune(v); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return v
}

func (v *validator) addf(format string, args ...any) {
	if len(v.problems) < maxProblems {
		v.problems = append(v.problems, problemf(format, args...))
	} else if len(v.problems) == maxProblems {
		v.problems = append(v.problems, problemf("more problems not listed: fix these first"))
	}
}

// date parses the date under key, reporting a bad one with where.
func (v *validator) date(where fileProblem, key, s string) procedures.Date {
	if s == "" {
		return procedures.Date{}
	}
	if len(s) > 40 { // a date is 10 characters: do not repeat a long value
		v.addf("%s: %s: %q is not a date: write it as YYYY-MM-DD", where, key, short(s))
		return procedures.Date{}
	}
	d, err := procedures.ParseDate(s)
	if err != nil {
		v.addf("%s: %s: %v", where, key, err)
	}
	return d
}

// timestamp parses an optional RFC 3339 time.
func (v *validator) timestamp(where fileProblem, key, s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		v.addf("%s: %s: %q is not a timestamp: write it as 2026-01-05T10:00:00Z, or leave it out", where, key, short(s))
	}
	return t
}

// uid checks a record's "uid": absent, or a UUID, unique in the file.
func (v *validator) uid(where fileProblem, s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "":
		return ""
	case !record.ValidUID(s):
		v.addf(`%s: "uid" %q is not a UUID: leave it as tramite exported it, or remove it`, where, short(s))
		return ""
	case v.uids[s]:
		v.addf(`%s: "uid" %s is used twice: each person and case has its own`, where, s)
		return ""
	}
	if v.uids == nil {
		v.uids = map[string]bool{}
	}
	v.uids[s] = true
	return s
}

// person validates the i-th person of the file, decoded as fp (decodeErr:
// it did not fit FilePerson).
func (v *validator) person(i int, fp FilePerson, decodeErr error) (record.Person, bool) {
	where := problemf("person %d", i+1)
	if decodeErr != nil {
		v.addf("%s: %s", where, jsonProblem(decodeErr))
		return record.Person{}, false
	}
	if fp.ID != 0 {
		where = problemf("person %d (id %d)", i+1, fp.ID)
	}
	n := len(v.problems)
	if fp.ID == 0 {
		v.addf(`%s: "id" is missing: give each person a number, used by its cases' "person"`, where)
	}
	name := strings.TrimSpace(fp.Name)
	if name == "" {
		v.addf(`%s: "name" is empty: every person needs a name`, where)
	} else if _, err := record.ValidatePersonValue("name", name, v.today); err != nil {
		v.addf("%s: %s", where, problem(err))
	}
	nationality := strings.TrimSpace(fp.Nationality)
	if _, err := record.ValidatePersonValue("nationality", nationality, v.today); err != nil {
		v.addf("%s: %s", where, problem(err))
	}
	// Details: personal keys only, each checked as `tramite person set`
	// checks it (phone, e-mail, passport, lengths, characters).
	var details map[string]string
	for _, k := range slices.Sorted(maps.Keys(fp.Details)) {
		val, err := record.ValidatePersonValue(k, fp.Details[k], v.today)
		switch {
		case !slices.Contains(procedures.PersonKeys, k) || k == "nationality" || k == "birth_date":
			v.addf("%s: details.%s: not a personal detail: use passport_number, address, phone, email or office", where, short(k))
			continue
		case err != nil:
			v.addf("%s: details.%s", where, problem(err))
			continue
		}
		if val == "" {
			continue
		}
		if details == nil {
			details = map[string]string{}
		}
		details[k] = val
	}
	p := record.Person{ID: fp.ID, Name: name, Nationality: nationality, Details: details}
	p.BirthDate = v.date(where, "birth_date", fp.BirthDate)
	if !p.BirthDate.IsZero() {
		if _, err := record.ValidatePersonValue("birth_date", p.BirthDate.String(), v.today); err != nil {
			v.addf("%s: %s", where, problem(err))
		}
	}
	p.Created = v.timestamp(where, "created", fp.Created)
	p.Updated = v.timestamp(where, "updated", fp.Updated)
	p.UID = v.uid(where, fp.UID)
	return p, len(v.problems) == n
}

// caseOf validates the i-th case of the file, decoded as fc (decodeErr: it
// did not fit FileCase), against the ids of the valid people.
func (v *validator) caseOf(i int, fc FileCase, decodeErr error, people map[uint64]bool) (record.Case, bool) {
	where := problemf("case %d", i+1)
	if decodeErr != nil {
		v.addf("%s: %s", where, jsonProblem(decodeErr))
		return record.Case{}, false
	}
	if fc.ID != 0 {
		where = problemf("case %d (id %d)", i+1, fc.ID)
	}
	n := len(v.problems)
	if fc.ID == 0 {
		v.addf(`%s: "id" is missing: give each case a number`, where)
	}
	switch {
	case fc.Person == 0:
		v.addf(`%s: "person" is missing: write the id of one of "people"`, where)
	case !people[fc.Person]:
		v.addf(`%s: "person" is %d, but no valid person in "people" has that id`, where, fc.Person)
	}
	c := record.Case{ID: fc.ID, PersonID: fc.Person, Procedure: fc.Procedure, Notes: fc.Notes}
	if err := record.ValidateNotes(fc.Notes); err != nil {
		v.addf("%s: %s", where, problem(err))
	}
	if proc, err := procedures.Lookup(fc.Procedure); err != nil {
		v.addf("%s: procedure: %v", where, err)
	} else {
		c.Answers = v.answers(where, proc, fc.Answers)
	}
	c.Progress = v.progress(where, fc.Progress)
	c.History = v.history(where, fc.History) // history.go
	for _, id := range fc.Ticks {
		if strings.TrimSpace(id) == "" {
			v.addf(`%s: ticks: an empty document id: list ids such as "D-PASS"`, where)
			continue
		}
		if err := textsafe.CheckLine(id); err != nil || len(id) > record.MaxLineRunes {
			v.addf(`%s: ticks: %q is not a document id: list ids such as "D-PASS"`, where, short(id))
			continue
		}
		if c.Ticks == nil {
			c.Ticks = map[string]bool{}
		}
		c.Ticks[id] = true
	}
	c.Created = v.timestamp(where, "created", fc.Created)
	c.Updated = v.timestamp(where, "updated", fc.Updated)
	c.UID = v.uid(where, fc.UID)
	return c, len(v.problems) == n
}

// answers checks each answer as the interview would (Procedure.Answer:
// kind, choices, cross-checks) and returns them normalised. Missing
// answers are allowed: an unfinished interview is a valid case.
func (v *validator) answers(where fileProblem, proc *procedures.Procedure, in map[string]string) procedures.Answers {
	a := procedures.Answers(in).Clone()
	for _, key := range slices.Sorted(maps.Keys(in)) {
		if slices.Contains(procedures.PersonKeys, key) {
			val, err := record.ValidatePersonValue(key, in[key], v.today)
			if err != nil {
				v.addf("%s: answers.%s", where, problem(err))
				continue
			}
			a[key] = val
			continue
		}
		q, ok := proc.Question(key)
		if !ok {
			v.addf("%s: answers.%s: not a question of %s (see `tramite procedures show %s`)", where, key, proc.ID, proc.ID)
			continue
		}
		var val string
		var err error
		if q.Asked(a) {
			val, err = proc.Answer(key, in[key], a)
		} else {
			val, err = q.Normalize(in[key])
		}
		if err != nil {
			v.addf("%s: answers.%s: %v", where, key, trimKey(err, key))
			continue
		}
		a[key] = val
	}
	return a
}

// trimKey drops the "key: " prefix procedures errors carry, since the
// problem line already names answers.key.
func trimKey(err error, key string) error {
	return trimmedError{err: err, prefix: key + ": "}
}

func (v *validator) progress(where fileProblem, fp FileProgress) procedures.Progress {
	pr := procedures.Progress{Stage: procedures.StageDraft,
		AppointmentTime: fp.AppointmentTime, Office: fp.Office, Pieza: fp.Pieza, PiezaHint: fp.PiezaHint, NUT: fp.NUT}
	if err := record.ValidateProgress(pr, nil); err != nil {
		v.addf("%s: progress.%s", where, problem(err))
	}
	if fp.Stage != "" {
		st, err := procedures.ParseStage(fp.Stage)
		if err != nil {
			v.addf("%s: progress.stage: %v", where, err)
		}
		pr.Stage = st
	}
	w := problemf("%s: progress", where)
	pr.AppointmentDate = v.date(w, "appointment_date", fp.AppointmentDate)
	pr.PiezaDate = v.date(w, "pieza_date", fp.PiezaDate)
	pr.FiledDate = v.date(w, "filed_date", fp.FiledDate)
	pr.CorrectionNotice = v.date(w, "correction_notice", fp.CorrectionNotice)
	pr.ReceivedDate = v.date(w, "received_date", fp.ReceivedDate)
	pr.NewCardExpiry = v.date(w, "new_card_expiry", fp.NewCardExpiry)
	pr.FeePaid = v.date(w, "fee_paid", fp.FeePaid)
	pr.ApprovedDate = v.date(w, "approved_date", fp.ApprovedDate)
	pr.CardFeePaid = v.date(w, "card_fee_paid", fp.CardFeePaid)
	pr.RefusedDate = v.date(w, "refused_date", fp.RefusedDate)
	return pr
}

// plural is "1 problem", "3 problems" (the import's errors are English).
func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
