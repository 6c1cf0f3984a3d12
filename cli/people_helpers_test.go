package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"tramite/record"
	"tramite/store"
)

// runStdin runs tramite in-process on db, on 2026-11-23, with stdin, and
// returns its output and error.
func runStdin(t *testing.T, db, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	a := newApp(strings.NewReader(stdin), &out, &errb, func(string) string { return "" }, benchNow)
	root := newRootCmd(a)
	root.SetArgs(append([]string{"--db", db, "--today", "2026-11-23"}, args...))
	err = root.Execute()
	return out.String(), errb.String(), err
}

// peopleDB makes a database holding the named people, without cases.
func peopleDB(t *testing.T, names ...string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "t.db")
	st, err := store.Open(db, store.Options{Now: benchNow})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, n := range names {
		p := record.Person{Name: n}
		if err := st.SavePerson(&p); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// readDB returns the people and cases stored in db.
func readDB(t *testing.T, db string) ([]record.Person, []record.Case) {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	people, err := st.People()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := st.Cases()
	if err != nil {
		t.Fatal(err)
	}
	return people, cases
}

func names(people []record.Person) string {
	var out []string
	for _, p := range people {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}
