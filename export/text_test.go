package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"tramite/casebook"
	"tramite/procedures"
)

// renderers are the two checklist formats; both must carry the same facts.
var renderers = map[string]func(w *bytes.Buffer, cs []casebook.Detail) error{
	"text":     func(w *bytes.Buffer, cs []casebook.Detail) error { return Text(w, cs, testContext()) },
	"markdown": func(w *bytes.Buffer, cs []casebook.Detail) error { return Markdown(w, cs, testContext()) },
}

// TestChecklistGolden pins the checklist of each core procedure on
// 2026-11-23; run `go test ./export -update` to regenerate after a
// deliberate change, then read the diff.
func TestChecklistGolden(t *testing.T) {
	fs := fixtures()
	for _, format := range []string{"text", "markdown"} {
		for _, id := range coreIDs {
			t.Run(format+"/"+id, func(t *testing.T) {
				v := view(t, fs[id])
				var b bytes.Buffer
				if err := renderers[format](&b, []casebook.Detail{v}); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, b.Bytes())
			})
		}
	}
}

func TestHouseholdGolden(t *testing.T) {
	people, cases := household(t)
	cs, err := casebook.Household(people, cases, testContext())
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "markdown"} {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := renderers[format](&b, cs); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}

// TestChecklistContents checks what every checklist must say, whatever the
// procedure: the person, both names of the procedure, one box per document
// with its tick state, every deadline with its date, the sources and the
// date the rules were checked (DOMAIN.md: "every export prints ...").
func TestChecklistContents(t *testing.T) {
	fs := fixtures()
	for format, render := range renderers {
		for _, id := range coreIDs {
			t.Run(format+"/"+id, func(t *testing.T) {
				v := view(t, fs[id])
				var b bytes.Buffer
				if err := render(&b, []casebook.Detail{v}); err != nil {
					t.Fatal(err)
				}
				out := b.String()
				// Markdown escapes some characters; compare on unescaped text.
				plain := strings.ReplaceAll(out, `\`, "")
				// A line may wrap inside a phrase: compare with spaces folded.
				flat := strings.Join(strings.Fields(plain), " ")
				want := []string{v.Person.Name, v.Procedure.Name, v.Procedure.Spanish,
					"Checked: " + procedures.RulesChecked, "Rules checked: " + procedures.RulesChecked}
				for _, d := range v.Deadlines {
					want = append(want, d.Date.String(), d.Rule)
				}
				for _, r := range v.Rules() {
					want = append(want, r)
				}
				for _, w := range want {
					if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
						t.Errorf("%s checklist of %s lacks %q", format, id, w)
					}
				}
				ticked, open := "[x] ", "[ ] "
				if format == "markdown" {
					ticked, open = "- [x] ", "- [ ] "
				}
				if got, want := strings.Count(out, ticked), countTicked(v); got != want {
					t.Errorf("%d ticked boxes, want %d", got, want)
				}
				if got, want := strings.Count(out, open), len(v.Outcome.Documents)-countTicked(v); got != want {
					t.Errorf("%d open boxes, want %d", got, want)
				}
			})
		}
	}
}

// TestTextWidth: the text checklist fits 80 columns, for paper and e-mail,
// including the household index and long names.
func TestTextWidth(t *testing.T) {
	people, cases := household(t)
	people[1].Name = "Benjamin Alexander Oduya-Whitfield de la Santísima Trinidad y Montenegro-Castellanos"
	cases[0].Notes = "A very long note with a URL https://www.gob.mx/tramites/ficha/renovacion-de-documento-migratorio/INM820-and-more-and-more-and-more that cannot break."
	cs, err := casebook.Household(people, cases, testContext())
	if err != nil {
		t.Fatal(err)
	}
	for format, render := range renderers {
		var b bytes.Buffer
		if err := render(&b, cs); err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(b.String(), "\n") {
			if w := ansi.StringWidth(l); w > Width && format == "text" {
				t.Errorf("%s line %d is %d columns wide (max %d): %q", format, i+1, w, Width, l)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	tests := map[string]struct {
		in, first, rest string
		width           int
		keep            func(string) bool
		want            []string
	}{
		"short text stays on one line": {"Bring the passport.", "  - ", "    ", 80, nil,
			[]string{"  - Bring the passport."}},
		"long text breaks between words under the indent": {"one two three four five", "> ", "  ", 12, nil,
			[]string{"> one two", "  three four", "  five"}},
		"a word longer than a line is cut": {"abcdefghijklmnop", "", "", 5, nil,
			[]string{"abcde", "fghij", "klmno", "p"}},
		"accented letters count one column each": {"José Ñúñez Güemes", "", "", 10, nil,
			[]string{"José Ñúñez", "Güemes"}},
		"a Markdown list marker never starts a line": {"costs 5 - check", "", "", 7, blockStart().MatchString,
			[]string{"costs 5 -", "check"}},
		"empty text gives the bare indent": {"", "  ", "  ", 80, nil, []string{""}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := wrap(tc.in, tc.first, tc.rest, tc.width, tc.keep)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("wrap(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
			}
		})
	}
}

// TestRelative: days left are counted to the act-by date (R-DAYS-CLOSED),
// "late" only for dates that cost something when missed (Kind.Hard).
func TestRelative(t *testing.T) {
	tests := map[string]struct {
		d    procedures.Deadline
		want string
	}{
		"due today":                          {procedures.Deadline{Date: today, Kind: procedures.Due}, "today"},
		"due tomorrow":                       {procedures.Deadline{Date: today.AddDays(1), Kind: procedures.Due}, "tomorrow"},
		"closes in 12 days":                  {procedures.Deadline{Date: today.AddDays(12), Kind: procedures.Closes}, "in 12 days"},
		"closed 3 days ago is late":          {procedures.Deadline{Date: today.AddDays(-3), Kind: procedures.Closes}, "3 days late"},
		"one day late":                       {procedures.Deadline{Date: today.AddDays(-1), Kind: procedures.Due}, "1 day late"},
		"an opening in the past is not late": {procedures.Deadline{Date: today.AddDays(-3), Kind: procedures.Opens}, "3 days ago"},
		"counted to the act-by date":         {procedures.Deadline{Date: today.AddDays(5), ActBy: today.AddDays(3), Kind: procedures.Closes}, "in 3 days"},
		"done":                               {procedures.Deadline{Date: today.AddDays(-30), Kind: procedures.Due, Done: true}, "done"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := when(nil, today, tc.d); got != tc.want {
				t.Errorf("when(%s, %+v) = %q, want %q", today, tc.d, got, tc.want)
			}
		})
	}
}
