package cli

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// renewalOK are complete, valid renewal answers on 2026-11-23.
func renewalOK() procedures.Answers {
	return procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-10", "in_mexico": "yes",
		"holder_minor": "no", "status_since": "2024-01-15", "years_requested": "1",
		"grounds": "job", "grounds_hold": "yes"}
}

// duplicatesDB holds one client twice: "Élodie Marchand Pérez" with her
// passport and one case, "elodie marchand" with her address, another
// phone and two cases; and Zoë Adams with one case.
func duplicatesDB(t *testing.T) (db string, elodie, dup, zoe uint64) {
	t.Helper()
	db = peopleDB(t)
	st, err := store.Open(db, store.Options{Now: benchNow})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	add := func(name string, details map[string]string, cases int) uint64 {
		p := record.Person{Name: name, Details: details}
		if err := st.SavePerson(&p); err != nil {
			t.Fatal(err)
		}
		for range cases {
			c := record.Case{PersonID: p.ID, Procedure: "renewal", Answers: renewalOK()}
			if err := st.SaveCase(&c); err != nil {
				t.Fatal(err)
			}
		}
		return p.ID
	}
	elodie = add("Élodie Marchand Pérez", map[string]string{"passport_number": "XA1234567", "phone": "5512345678"}, 1)
	dup = add("elodie marchand", map[string]string{"address": "Calle 60 No. 500, Centro, Mérida", "phone": "9991234567"}, 2)
	zoe = add("Zoë Adams", nil, 1)
	return db, elodie, dup, zoe
}

func TestPersonMerge(t *testing.T) {
	db, elodie, _, _ := duplicatesDB(t)
	out, _, err := runStdin(t, db, "", "person", "merge", "Élodie Marchand Pérez", "elodie marchand")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2 cases moved", "Taken from elodie marchand: address", `Conflict on phone: kept "5512345678", dropped "9991234567"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	people, cases := readDB(t, db)
	if got := names(people); got != "Élodie Marchand Pérez, Zoë Adams" {
		t.Fatalf("people after merge: %s", got)
	}
	p := people[0]
	if p.Details["passport_number"] != "XA1234567" || p.Details["address"] == "" || p.Details["phone"] != "5512345678" {
		t.Errorf("merged details = %v; want her passport, the other's address, her phone", p.Details)
	}
	n := 0
	for _, c := range cases {
		if c.PersonID == elodie {
			n++
		}
	}
	if n != 3 {
		t.Errorf("Élodie has %d cases after the merge, want 3", n)
	}
	sums := summariesOf(t, db)
	for _, s := range sums {
		if s.PersonID == elodie && s.Person != "Élodie Marchand Pérez" {
			t.Errorf("index row of case %d names %q", s.CaseID, s.Person)
		}
	}

	t.Run("--prefer-other keeps the other's value on a conflict", func(t *testing.T) {
		db, _, _, _ := duplicatesDB(t)
		if _, _, err := runStdin(t, db, "", "person", "merge", "Élodie Marchand Pérez", "elodie marchand", "--prefer-other"); err != nil {
			t.Fatal(err)
		}
		people, _ := readDB(t, db)
		if people[0].Details["phone"] != "9991234567" {
			t.Errorf("phone = %q, want the other's", people[0].Details["phone"])
		}
	})
	t.Run("a person merged with themselves is refused", func(t *testing.T) {
		db, _, _, _ := duplicatesDB(t)
		_, _, err := runStdin(t, db, "", "person", "merge", "Zoë Adams", "zoë adams")
		if err == nil || !strings.Contains(err.Error(), "same person") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestPersonDeleteAndRename(t *testing.T) {
	tests := map[string]struct {
		args       []string
		wantErr    string
		wantPeople string
		wantCases  int
	}{
		"delete refuses a person with cases, saying how many": {[]string{"person", "delete", "elodie marchand"},
			"has 2 cases", "Élodie Marchand Pérez, elodie marchand, Zoë Adams", 4},
		"delete --with-cases removes the person and their cases": {[]string{"person", "delete", "elodie marchand", "--with-cases"},
			"", "Élodie Marchand Pérez, Zoë Adams", 2},
		"delete of an unknown name suggests the stored one": {[]string{"person", "delete", "Zoe Adams"},
			`did you mean "Zoë Adams"?`, "Élodie Marchand Pérez, elodie marchand, Zoë Adams", 4},
		"rename into an existing name says to merge": {[]string{"person", "rename", "elodie marchand", "Elodie Marchand Perez"},
			`tramite person merge "Élodie Marchand Pérez" "elodie marchand"`, "Élodie Marchand Pérez, elodie marchand, Zoë Adams", 4},
		"person set name= into an existing name says to merge": {[]string{"person", "set", "elodie marchand", "name=ÉLODIE MARCHAND PÉREZ", "phone=5511112222"},
			"person merge", "Élodie Marchand Pérez, elodie marchand, Zoë Adams", 4},
		"rename to a new name": {[]string{"person", "rename", "elodie marchand", "Élodie Marchand"},
			"", "Élodie Marchand Pérez, Élodie Marchand, Zoë Adams", 4},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			db, _, _, _ := duplicatesDB(t)
			_, _, err := runStdin(t, db, "", tt.args...)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
			people, cases := readDB(t, db)
			if got := names(people); got != tt.wantPeople || len(cases) != tt.wantCases {
				t.Errorf("people %s, %d cases; want %s, %d", got, len(cases), tt.wantPeople, tt.wantCases)
			}
			if tt.wantErr != "" && people[1].Details["phone"] != "9991234567" {
				t.Errorf("a refusal changed a detail: %v", people[1].Details)
			}
		})
	}
}

func summariesOf(t *testing.T, db string) []record.Summary {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sums, err := st.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

// showCase is `tramite case show ID --json`.
func showCase(t *testing.T, db, id string) caseShowJSON {
	t.Helper()
	out, _, err := runStdin(t, db, "", "case", "show", id, "--json")
	if err != nil {
		t.Fatalf("case show %s: %v", id, err)
	}
	var c caseShowJSON
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("case show --json: %v\n%s", err, out)
	}
	return c
}

// Every `case` subcommand changes exactly what it says (read back with
// `case show --json`) and refuses bad input without changing anything.
func TestCaseSubcommands(t *testing.T) {
	tests := map[string]struct {
		args    []string
		wantErr string // "" for success
		usage   bool   // a usage mistake (exit 2)
		change  func(c *caseShowJSON)
	}{
		"set changes one answer": {args: []string{"case", "set", "1", "card_expiry=20/04/2027"},
			change: func(c *caseShowJSON) { c.Answers["card_expiry"] = "2027-04-20" }},
		"set refuses a bad date and saves none of the others": {args: []string{"case", "set", "1", "years_requested=2", "card_expiry=31/02/2027"},
			wantErr: "card_expiry"},
		"set refuses an unknown key":           {args: []string{"case", "set", "1", "colour=blue"}, wantErr: "colour is not a question of renewal"},
		"set refuses a fact after today":       {args: []string{"case", "set", "1", "status_since=2027-01-01"}, wantErr: "status_since"},
		"set refuses an empty required answer": {args: []string{"case", "set", "1", "grounds="}, wantErr: "an answer is needed"},
		"stage ready":                          {args: []string{"case", "stage", "1", "ready"}, change: func(c *caseShowJSON) { c.Progress.Stage = procedures.StageReady }},
		"stage filed with its date and NUT": {args: []string{"case", "stage", "1", "filed", "--date", "20/11/2026", "--nut", "CUE-1"},
			change: func(c *caseShowJSON) {
				c.Progress.Stage, c.Progress.FiledDate, c.Progress.NUT = procedures.StageFiled, procedures.MustDate("2026-11-20"), "CUE-1"
			}},
		"stage filed without its date is refused": {args: []string{"case", "stage", "1", "filed"}, wantErr: "date"},
		"stage filed tomorrow is refused":         {args: []string{"case", "stage", "1", "filed", "--date", "2026-11-24"}, wantErr: "filed date"},
		"stage ready with a NUT is refused":       {args: []string{"case", "stage", "1", "ready", "--nut", "X"}, wantErr: "not recorded at stage ready"},
		"an unknown stage is a usage mistake":     {args: []string{"case", "stage", "1", "sent"}, wantErr: "not a stage", usage: true},
		"tick a document": {args: []string{"case", "tick", "1", "D-PASS"},
			change: func(c *caseShowJSON) { c.Ticks = map[string]bool{"D-PASS": true} }},
		"tick an unknown document is refused": {args: []string{"case", "tick", "1", "D-NOPE"}, wantErr: "use one of"},
		"note adds a line": {args: []string{"case", "note", "1", "called", "the office"},
			change: func(c *caseShowJSON) { c.Notes = "called the office" }},
		"an empty note is refused":              {args: []string{"case", "note", "1", " "}, wantErr: "empty"},
		"move gives the case to another person": {args: []string{"case", "move", "1", "Zoë Adams"}, change: func(c *caseShowJSON) { c.PersonID, c.Person = 3, "Zoë Adams" }},
		"move to a near name asks":              {args: []string{"case", "move", "1", "zoe adams"}, wantErr: `did you mean "Zoë Adams"?`},
		"delete without --yes is refused":       {args: []string{"case", "delete", "1"}, wantErr: "--yes", usage: true},
		"a bad case id is a usage mistake":      {args: []string{"case", "tick", "one", "D-PASS"}, wantErr: "not a case number", usage: true},
		"a missing case says where to look":     {args: []string{"case", "set", "99", "years_requested=2"}, wantErr: "there is no case 99"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			db, _, _, _ := duplicatesDB(t)
			before := showCase(t, db, "1")
			_, _, err := runStdin(t, db, "", tt.args...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if got := exitCode(err); (got == exitUsage) != tt.usage {
					t.Errorf("exit code %d, usage %v", got, tt.usage)
				}
				if after := showCase(t, db, "1"); !reflect.DeepEqual(after, before) {
					t.Errorf("a refusal changed the case:\n before %+v\n after  %+v", before, after)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			after := showCase(t, db, "1")
			want := before
			want.Answers = before.Answers.Clone()
			tt.change(&want)
			after.Updated, want.Updated = before.Updated, before.Updated
			// Every edit raises the case's version (another desk holding
			// the old one must reopen it).
			if after.Version <= before.Version {
				t.Errorf("version %d after %v, want more than %d", after.Version, tt.args, before.Version)
			}
			after.Version = want.Version
			// The history an edit appends is TestCaseNoticeAndPay's and the
			// store contract's (HistoryRoundTrips).
			after.History = want.History
			if !reflect.DeepEqual(after, want) {
				t.Errorf("after %v:\n got  %+v\n want %+v", tt.args, after, want)
			}
		})
	}
	t.Run("delete --yes deletes that case alone", func(t *testing.T) {
		db, _, _, _ := duplicatesDB(t)
		if _, _, err := runStdin(t, db, "", "case", "delete", "1", "--yes"); err != nil {
			t.Fatal(err)
		}
		if _, cases := readDB(t, db); len(cases) != 3 || cases[0].ID != 2 {
			t.Errorf("cases after deleting 1: %+v", cases)
		}
	})
}

// TestPersonMergeAndRenameInSpanish: what merge and rename report is in
// the user's language.
func TestPersonMergeAndRenameInSpanish(t *testing.T) {
	db, _, _, _ := duplicatesDB(t)
	out, _, err := runLang(t, nil, "--db", db, "--lang", "es", "person", "merge", "Élodie Marchand Pérez", "elodie marchand")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"elodie marchand se unió a Élodie Marchand Pérez. Casos trasladados: 2 casos.",
		"Tomado de elodie marchand: address", `Conflicto en phone: se conserva "5512345678", se descarta "9991234567".`} {
		if !strings.Contains(out, want) {
			t.Errorf("merge in Spanish lacks %q:\n%s", want, out)
		}
	}
	_, errOut, err := runLang(t, nil, "--db", db, "--lang", "es", "person", "rename", "Zoë Adams", "Zoë Adams Brown")
	if err != nil {
		t.Fatal(err)
	}
	if errOut != "Zoë Adams ahora se llama Zoë Adams Brown.\n" {
		t.Errorf("rename in Spanish said %q", errOut)
	}
}

// TestMissingCaseInSpanish: a case number that names no case is refused
// in the user's language, by a view and by an edit alike.
func TestMissingCaseInSpanish(t *testing.T) {
	db, _, _, _ := duplicatesDB(t)
	for _, args := range [][]string{{"case", "show", "99"}, {"case", "note", "99", "hola"}, {"case", "tick", "99", "D-PASS"}} {
		_, _, err := runLang(t, nil, append([]string{"--db", db, "--lang", "es"}, args...)...)
		if err == nil || !strings.Contains(err.Error(), "no hay caso 99: `tramite cases` lista los números de caso") {
			t.Errorf("%v in Spanish: %v", args, err)
		}
	}
}
