package export

import (
	"encoding/csv"
	"errors"
	"io"
	"maps"
	"slices"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// A spreadsheet import (CSV, as every spreadsheet saves it): a header row
// naming tramite's keys, then one row per person, or per case when a
// person has several. Columns:
//
//	person            the person's full name (required; "name" also works)
//	nationality, birth_date, passport_number, address, phone, email, office
//	                  the person's details (procedures.PersonKeys)
//	procedure         a procedure id (`tramite procedures`): the row also
//	                  creates a case of it
//	any answer key    the case's answers (`tramite procedures show ID`)
//
// Empty cells say nothing. Values are typed as the interview takes them
// (dates as 2026-11-23 or 23/11/2026, yes/no, choice ids).

// CSVColumns are the columns a spreadsheet for procedure proc may have,
// in a useful order: the person, their details, the procedure, then its
// questions. A nil proc gives the person's columns alone.
func CSVColumns(proc *procedures.Procedure) []string {
	cols := append([]string{"person"}, procedures.PersonKeys...)
	if proc == nil {
		return cols
	}
	cols = append(cols, "procedure")
	for _, q := range proc.Questions {
		if !slices.Contains(cols, q.Key) {
			cols = append(cols, q.Key)
		}
	}
	return cols
}

// CSVTemplate writes an empty spreadsheet with proc's columns (CSVColumns).
func CSVTemplate(w io.Writer, proc *procedures.Procedure) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns(proc)); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// DecodeCSV reads and checks a whole spreadsheet: every cell by its
// column's rules (personal values as `tramite person set` checks them,
// answers as the interview does, given the row's other answers, on
// today). It returns every problem at once in an *InvalidError, each with
// its line, column and what to type. Rows of one name (folded: case and
// accents aside) are one person. People are numbered from 1 in the order
// they first appear; each row with a procedure is a case of its person.
func DecodeCSV(r io.Reader, today procedures.Date) (Bundle, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return Bundle{}, invalid(problemf("the file is empty: the first line must name the columns, e.g. person,passport_number,procedure,card_expiry"))
	}
	if err != nil {
		return Bundle{}, invalid(csvProblem(err))
	}
	v := &csvValidator{today: today, byName: map[string]int{}}
	cols := v.header(header)
	if len(v.problems) > 0 {
		return Bundle{}, invalidOf(v.problems)
	}
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			v.problems = append(v.problems, csvProblem(err))
			break
		}
		line, _ := cr.FieldPos(0)
		v.row(line, cols, row)
		if len(v.problems) >= maxProblems {
			v.addf("stopped after %d problems: fix these and import again", maxProblems)
			break
		}
	}
	if len(v.problems) > 0 {
		return Bundle{}, invalidOf(v.problems)
	}
	if len(v.b.People) == 0 {
		return Bundle{}, invalid(problemf("the file has a header but no rows: add one row per person"))
	}
	return v.b, nil
}

func csvProblem(err error) fileProblem {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return problemf("line %d, column %s: %v: check the quotes (a value with a comma or a quote is written \"like, this\", a quote inside doubled \"\")", pe.Line, colName(pe.Column-1), pe.Err)
	}
	return verbatim(err.Error())
}

// colName is a spreadsheet's name for column i (0-based): A … Z, AA ….
func colName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

// csvValidator collects a spreadsheet's people, cases and problems.
type csvValidator struct {
	today    procedures.Date
	b        Bundle
	byName   map[string]int // folded name → index in b.People
	problems []fileProblem
}

func (v *csvValidator) addf(format string, args ...any) {
	v.problems = append(v.problems, problemf(format, args...))
}

// column is one column of the header: its key and kind.
type column struct {
	key      string
	personal bool // name or a personal key
}

// header reads the header row's keys.
func (v *csvValidator) header(h []string) []column {
	known := map[string]bool{"person": true, "name": true, "procedure": true}
	for _, k := range procedures.PersonKeys {
		known[k] = true
	}
	for _, p := range procedures.Catalog() {
		for _, q := range p.Questions {
			known[q.Key] = true
		}
	}
	cols := make([]column, len(h))
	seen := map[string]string{}
	for i, raw := range h {
		k := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff")))
		if k == "name" {
			k = "person"
		}
		where := problemf("line 1, column %s", colName(i))
		switch {
		case k == "":
			v.addf("%s: the column has no name: name it with a key (person, procedure, an answer key) or delete it", where)
		case !known[k]:
			v.addf("%s: %q is not a key tramite knows: use person, procedure, a personal key (%s) or an answer key (`tramite procedures show PROCEDURE`)",
				where, record.Short(raw), strings.Join(procedures.PersonKeys, ", "))
		case seen[k] != "":
			v.addf("%s: %s is also column %s: keep one of them", where, k, seen[k])
		}
		seen[k] = colName(i)
		cols[i] = column{key: k, personal: k == "person" || slices.Contains(procedures.PersonKeys, k)}
	}
	if seen["person"] == "" {
		v.addf("line 1: no person column: add one named person with each client's full name")
	}
	return cols
}

// row checks one row and adds its person and case.
func (v *csvValidator) row(line int, cols []column, row []string) {
	cell := map[string]string{}
	at := map[string]string{}
	empty := true
	for i, raw := range row {
		if i >= len(cols) {
			if strings.TrimSpace(raw) != "" {
				v.addf("line %d, column %s: a value under no header: name the column in line 1 or delete the value", line, colName(i))
			}
			continue
		}
		val := strings.TrimSpace(raw)
		if val != "" {
			empty = false
		}
		cell[cols[i].key], at[cols[i].key] = val, colName(i)
	}
	if empty {
		return // a blank line
	}
	where := func(k string) fileProblem { return problemf("line %d, column %s (%s)", line, at[k], k) }
	n := len(v.problems)
	name := cell["person"]
	if name == "" {
		v.addf("%s: the name is empty: type the person's full name", where("person"))
		return
	}
	values := map[string]string{}
	for _, k := range append([]string{"name"}, procedures.PersonKeys...) {
		ck := k
		if k == "name" {
			ck = "person"
		}
		raw := cell[ck]
		if raw == "" {
			continue
		}
		out, err := record.ValidatePersonValue(k, raw, v.today)
		if err != nil {
			v.addf("%s: %s", where(ck), problem(err))
			continue
		}
		values[k] = out
	}
	var proc *procedures.Procedure
	if id := cell["procedure"]; id != "" {
		p, err := procedures.Lookup(strings.ToLower(id))
		if err != nil {
			v.addf("%s: %q is not a procedure: use one of %s", where("procedure"), record.Short(id), procedureIDs())
		}
		proc = p
	}
	answers := procedures.Answers{}
	for _, c := range cols {
		k := c.key
		raw := cell[k]
		if c.personal || k == "procedure" || raw == "" {
			continue
		}
		if proc == nil {
			if cell["procedure"] == "" {
				v.addf("%s: an answer without a procedure: fill the procedure column of this row, or empty this cell", where(k))
			}
			continue
		}
		if _, ok := proc.Question(k); !ok {
			v.addf("%s: not a question of %s: empty this cell (see `tramite procedures show %s`)", where(k), proc.ID, proc.ID)
			continue
		}
		answers[k] = raw
	}
	// Personal answers of the procedure come from the person's columns.
	if proc != nil {
		for _, q := range proc.Questions {
			if val, ok := values[q.Key]; ok {
				if _, given := answers[q.Key]; !given {
					answers[q.Key] = val
				}
			}
		}
		for _, k := range slices.Sorted(maps.Keys(answers)) {
			others := answers.Clone()
			delete(others, k)
			out, err := proc.AnswerOn(k, answers[k], others, v.today)
			if err != nil {
				v.addf("%s: %s", where(k), trimKey(err, k))
				continue
			}
			answers[k] = out
		}
	}
	if len(v.problems) > n {
		return
	}
	pid := v.person(line, name, values)
	if pid == 0 || proc == nil {
		return
	}
	casebook.Complete(proc, answers)
	v.b.Cases = append(v.b.Cases, record.Case{ID: uint64(len(v.b.Cases) + 1), PersonID: pid, Procedure: proc.ID, Answers: answers})
}

// person adds the row's person, or merges the row's values into the same
// person's earlier row; a value that differs from an earlier row's is a
// problem. It returns the person's file id (0 after a problem).
func (v *csvValidator) person(line int, name string, values map[string]string) uint64 {
	f := record.FoldName(name)
	i, ok := v.byName[f]
	if !ok {
		p := record.Person{ID: uint64(len(v.b.People) + 1), Name: values["name"]}
		for k, val := range values {
			if k != "name" {
				p.Set(k, val)
			}
		}
		v.b.People = append(v.b.People, p)
		v.byName[f] = len(v.b.People) - 1
		return p.ID
	}
	p := &v.b.People[i]
	for k, val := range values {
		if k == "name" {
			continue
		}
		if was := p.Get(k); was != "" && was != val {
			v.addf("line %d: %s is %q here but %q on an earlier line of %s: make them agree", line, k, record.Short(val), record.Short(was), p.Name)
			return 0
		}
		p.Set(k, val)
	}
	return p.ID
}

func procedureIDs() string {
	var ids []string
	for _, p := range procedures.Catalog() {
		ids = append(ids, p.ID)
	}
	return strings.Join(ids, ", ")
}
