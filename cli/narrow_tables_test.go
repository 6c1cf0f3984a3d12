package cli

import (
	"strings"
	"testing"
	"unicode/utf8"

	"tramite/i18n"
	"tramite/procedures"
)

// TestTablesFitANarrowTerminal: `deadlines`, `cases` (and `person show`'s
// cases) and `person list` at 60 and 80 columns, in English and Spanish,
// print no line wider than the terminal (at 60 columns every line of the
// three wrapped), but for a case whose NEXT carries a legal date's note,
// which is never cut.
func TestTablesFitANarrowTerminal(t *testing.T) {
	sums := summariesOf(t, demoDB(t, 300))
	today := procedures.MustDate("2026-11-23")
	cases := make([]caseJSON, len(sums))
	people := map[uint64]*personJSON{}
	for i, s := range sums {
		cases[i] = toCaseJSON(s, today)
		if people[s.PersonID] == nil {
			people[s.PersonID] = &personJSON{Name: s.Person, Nationality: "venezolana de nacimiento", BirthDate: "1980-01-01"}
		}
		people[s.PersonID].count++
	}
	var persons []personJSON
	for _, p := range people {
		persons = append(persons, *p)
	}
	deadlines := deadlineRows(sums, deadlineFilter{today: today, within: -1, all: true})
	for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
		l := i18n.For(lang)
		for _, width := range []int{60, 80} {
			tables := map[string]func(*strings.Builder) error{
				"deadlines":   func(b *strings.Builder) error { return printDeadlines(l, b, deadlines, width) },
				"cases":       func(b *strings.Builder) error { return printCases(l, b, cases, width) },
				"person list": func(b *strings.Builder) error { return printPeopleTable(l, b, persons, width) },
			}
			for name, print := range tables {
				var b strings.Builder
				if err := print(&b); err != nil {
					t.Fatal(err)
				}
				lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
				if len(lines) < 100 {
					t.Fatalf("%s: only %d lines: the test proves little", name, len(lines))
				}
				for _, line := range lines {
					if n := utf8.RuneCountInString(line); n > width && !strings.Contains(line, l.T("(legal %s, %s)", "", "")[:6]) {
						t.Errorf("%s %s at %d: a line of %d columns: %q", lang, name, width, n, line)
						break
					}
				}
			}
		}
	}
}
