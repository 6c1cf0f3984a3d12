package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"tramite/store"
)

// withPeople opens the database read-only, reads its people and calls fn
// with them and a way to stream the case index of the same snapshot of
// the file (eachCase: one index row in memory at a time, EachSummaryOnce
// where the engine has it). A database that does not exist yet has nobody
// and no cases.
func (a *app) withPeople(fn func(people []store.Person, eachCase func(func(*store.Summary) error) error) error) error {
	st, err := a.openStore(true)
	if errors.Is(err, errNoDB) {
		return fn(nil, func(func(*store.Summary) error) error { return nil })
	}
	if err != nil {
		return err
	}
	defer st.Close()
	people, err := st.People()
	if err != nil {
		return err
	}
	return fn(people, func(each func(*store.Summary) error) error { return eachSummaryOnce(st, each) })
}

// newPersonJSON is p with its cases (none is an empty list, never null).
func newPersonJSON(p store.Person, cases []caseJSON) personJSON {
	if cases == nil {
		cases = []caseJSON{}
	}
	return personJSON{ID: p.ID, Name: p.Name, BirthDate: p.BirthDate.String(), Nationality: p.Nationality,
		Details: p.Details, Cases: cases}
}

// writePeopleJSON writes people, each with its cases, as one indented
// JSON array, a person at a time: the bytes writeJSON gives for the whole
// []personJSON, without holding the whole document.
func writePeopleJSON(w io.Writer, people []personJSON) error {
	if len(people) == 0 {
		return writeJSON(w, people)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("[\n")
	for i := range people {
		b, err := json.MarshalIndent(&people[i], "  ", "  ")
		if err != nil {
			return fmt.Errorf("write JSON: %w", err)
		}
		bw.WriteString("  ")
		bw.Write(b)
		if i < len(people)-1 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}
