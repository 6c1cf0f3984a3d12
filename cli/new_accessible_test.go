package cli

import (
	"strings"
	"testing"
)

// A name typed in the accessible interview that is not exactly a stored
// name but starts or folds to one asks which person is meant: never a
// silent duplicate.
func TestAccessiblePersonPromptAsks(t *testing.T) {
	tests := map[string]struct {
		stdin      string
		wantPeople string
		wantCase   string // the case's person; "" for no case
		wantErr    bool
	}{
		"1 picks Élodie": {stdin: "elodie\n1\n", wantPeople: "Élodie Marchand Pérez, Zoë Adams",
			wantCase: "Élodie Marchand Pérez", wantErr: true /* the answers then run out */},
		"the name folded, then 1, picks her": {stdin: "ELODIE marchand perez\n1\n", wantPeople: "Élodie Marchand Pérez, Zoë Adams",
			wantCase: "Élodie Marchand Pérez", wantErr: true},
		"n adds a new person on purpose": {stdin: "elodie\nn\n", wantPeople: "Élodie Marchand Pérez, Zoë Adams, elodie",
			wantCase: "elodie", wantErr: true},
		"a wrong number asks again": {stdin: "elodie\n7\n1\n", wantPeople: "Élodie Marchand Pérez, Zoë Adams",
			wantCase: "Élodie Marchand Pérez", wantErr: true},
		"no answer adds nobody and saves nothing": {stdin: "elodie\n", wantPeople: "Élodie Marchand Pérez, Zoë Adams", wantErr: true},
		"an unknown name is added":                {stdin: "Luis Ibáñez\n", wantPeople: "Élodie Marchand Pérez, Zoë Adams, Luis Ibáñez", wantCase: "Luis Ibáñez", wantErr: true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			db := peopleDB(t, "Élodie Marchand Pérez", "Zoë Adams")
			out, _, err := runStdin(t, db, tt.stdin, "new", "renewal", "--accessible")
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v\n%s", err, out)
			}
			if strings.Contains(tt.stdin, "elodie\n") && !strings.Contains(out, "1. Élodie Marchand Pérez") {
				t.Errorf("the prompt does not offer Élodie:\n%s", out)
			}
			people, cases := readDB(t, db)
			if got := names(people); got != tt.wantPeople {
				t.Errorf("people = %s, want %s", got, tt.wantPeople)
			}
			if tt.wantCase == "" {
				if len(cases) != 0 {
					t.Errorf("%d cases saved, want none", len(cases))
				}
				return
			}
			if len(cases) != 1 {
				t.Fatalf("%d cases, want 1", len(cases))
			}
			for _, p := range people {
				if p.ID == cases[0].PersonID && p.Name != tt.wantCase {
					t.Errorf("the case is %s's, want %s's", p.Name, tt.wantCase)
				}
			}
		})
	}
}

// Every command-line entry point that adds a person refuses a name that
// may be someone stored, names them, and adds it only with --new-person.
func TestNearDuplicateRefusedUnlessForced(t *testing.T) {
	renewal := []string{"--answer", "card_type=temporary", "--answer", "card_expiry=2027-03-15", "--answer", "in_mexico=yes",
		"--answer", "holder_minor=no", "--answer", "status_since=2024-01-15", "--answer", "years_requested=1",
		"--answer", "grounds=job", "--answer", "grounds_hold=yes"}
	tests := map[string]struct {
		args []string
	}{
		"new --person with a first name": {append([]string{"new", "renewal", "--person", "elodie"}, renewal...)},
		"new --person without accents":   {append([]string{"new", "renewal", "--person", "Elodie Marchand Perez"}, renewal...)},
		"person set --create":            {[]string{"person", "set", "elodie", "--create", "phone=5512345678"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			db := peopleDB(t, "Élodie Marchand Pérez")
			_, _, err := runStdin(t, db, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), `did you mean "Élodie Marchand Pérez"?`) || !strings.Contains(err.Error(), "--new-person") {
				t.Fatalf("err = %v; want the did-you-mean naming --new-person", err)
			}
			if people, cases := readDB(t, db); len(people) != 1 || len(cases) != 0 {
				t.Fatalf("after the refusal: people %s, %d cases", names(people), len(cases))
			}
			if _, _, err := runStdin(t, db, "", append(tt.args, "--new-person")...); err != nil {
				t.Fatalf("with --new-person: %v", err)
			}
			if people, _ := readDB(t, db); len(people) != 2 {
				t.Errorf("with --new-person: people %s, want two", names(people))
			}
		})
	}
}

// In Spanish the accessible interview asks for the person in Spanish too:
// whose case it is, which of the near names is meant, how to choose.
func TestE2EAccessiblePersonPromptInSpanish(t *testing.T) {
	db := peopleDB(t, "Élodie Marchand Pérez", "Zoë Adams")
	out := run(t, db, "elodie\n7\n1\n", "new", "renewal", "--accessible", "--lang", "es").stdout
	for _, want := range []string{"¿De quién es este caso? Escriba el nombre de la persona:",
		`Nadie se llama exactamente "elodie". ¿Se refiere a una de estas personas?`, "1. Élodie Marchand Pérez",
		`n. ninguna: agregar una persona nueva llamada "elodie"`, "Escriba 1 para elegir a esa persona, o n para agregar una nueva:"} {
		if !strings.Contains(out, want) {
			t.Errorf("the Spanish run lacks %q:\n%s", want, out)
		}
	}
	for _, english := range []string{"Whose case", "Nobody is called", "none of them", "Type 1", "Type a number"} {
		if strings.Contains(out, english) {
			t.Errorf("the Spanish run says %q:\n%s", english, out)
		}
	}
}
