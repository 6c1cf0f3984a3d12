package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"tramite/casebook"
)

// TestCompletions: cobra's __complete (what the shell scripts call)
// completes procedures (and their Spanish ids), case numbers with the
// person's name, people, rule ids and the --format and --paper values.
func TestCompletions(t *testing.T) {
	db := t.TempDir() + "/t.db"
	if _, _, err := runLang(t, nil, "--db", db, "demo", "--cases", "6"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runLang(t, nil, "--db", db, "cases", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Case   uint64 `json:"case"`
		Person string `json:"person"`
	}
	if err := json.Unmarshal([]byte(out), &cases); err != nil || len(cases) == 0 {
		t.Fatalf("cases --json: %v %q", err, out)
	}
	first := cases[0]
	tests := map[string]struct {
		args []string
		want []string
		not  []string
	}{
		"procedures, with the Spanish ids": {args: []string{"new", "ren"}, want: []string{"renewal\t", "renovacion\t= renewal"}, not: []string{"canje"}},
		"procedures show":                  {args: []string{"procedures", "show", "ca"}, want: []string{"canje\t", "cambio\t= status-change"}},
		"case numbers, with the person":    {args: []string{"case", "show", ""}, want: []string{strings.Join([]string{itoa(first.Case), first.Person}, "\t")}},
		"case numbers for export":          {args: []string{"export", ""}, want: []string{itoa(first.Case) + "\t" + first.Person}},
		"people":                           {args: []string{"person", "set", ""}, want: []string{first.Person}},
		"--person of new":                  {args: []string{"new", "renewal", "--person", ""}, want: []string{first.Person}},
		"--format of export":               {args: []string{"export", "1", "--format", ""}, want: []string{"pdf", "markdown", "ics"}},
		"--paper of export":                {args: []string{"export", "1", "--paper", ""}, want: []string{"a4", "letter"}},
		"rule ids":                         {args: []string{"rules", "R-CANJE-3"}, want: []string{"R-CANJE-30\t"}},
		"the second argument of case move": {args: []string{"case", "move", "1", ""}, want: []string{first.Person}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			out, _, err := runLang(t, []string{"TRAMITE_LANG", "en"}, append([]string{"--db", db, "__complete"}, tt.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("__complete %q lacks %q:\n%s", tt.args, w, out)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out, w) {
					t.Errorf("__complete %q has %q:\n%s", tt.args, w, out)
				}
			}
		})
	}
}

func itoa(n uint64) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestPeopleCompletionIsEveryNameStartingWithTheTyped: the people
// completion (found through the index of the names' words) is exactly the
// names that start with what is typed, accents and case aside, as a read
// of every person (`person list`) finds them: not a name whose later word
// starts with it.
func TestPeopleCompletionIsEveryNameStartingWithTheTyped(t *testing.T) {
	db := t.TempDir() + "/t.db"
	if _, _, err := runLang(t, nil, "--db", db, "demo", "--cases", "40"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runLang(t, nil, "--db", db, "person", "list", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var people []struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal([]byte(out), &people); err != nil || len(people) < 2 {
		t.Fatalf("person list --json: %v %q", err, out)
	}
	first := strings.Fields(people[0].Name)
	second := strings.Fields(people[1].Name)
	for _, typed := range []string{"", "a", strings.ToUpper(first[0][:1]), casebook.FoldName(first[0]),
		casebook.FoldName(first[0] + " " + first[1][:1]), casebook.FoldName(second[len(second)-1]), "zzz", "ana  l"} {
		t.Run(typed, func(t *testing.T) {
			got, _, err := runLang(t, nil, "--db", db, "__complete", "person", "show", typed)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(got), "\n")
			lines = lines[:len(lines)-1] // the directive
			if len(lines) == 1 && lines[0] == "" {
				lines = nil
			}
			slices.Sort(lines) // the shell sorts them; person list sorts by name
			got = strings.Join(lines, "\n")
			var want []string
			for _, p := range people {
				if strings.HasPrefix(casebook.FoldName(p.Name), casebook.FoldName(typed)) {
					want = append(want, p.Name)
				}
			}
			slices.Sort(want)
			if got != strings.Join(want, "\n") {
				t.Fatalf("__complete person show %q =\n%s\nwant\n%s", typed, got, strings.Join(want, "\n"))
			}
		})
	}
}
