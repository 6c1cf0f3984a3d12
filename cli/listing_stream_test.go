package cli

import (
	"bytes"
	"strings"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
	"tramite/textsafe"
)

// The streamed plain listing of `tramite deadlines` in a pipe prints the
// bytes of the table printer with no width (printDeadlines, width 0), in
// English and Spanish, over demo cases of every procedure (R-RENEW-WINDOW,
// R-DAYS-CLOSED's legal notes and the rest) and over hostile names and
// titles (tabs, newlines, control sequences: textsafe.Hostile), whatever
// the filter.
func TestStreamedDeadlinesTSVMatchesTheTable(t *testing.T) {
	demo := summariesOf(t, demoDB(t, 300))
	day := procedures.MustDate("2026-12-01")
	var hostile []store.Summary
	for i, s := range textsafe.Hostile {
		hostile = append(hostile, store.Summary{CaseID: uint64(i + 1), Person: s, Procedure: "renewal", Deadlines: []procedures.Deadline{
			{Key: "a", Date: day, Kind: procedures.Due, Title: s, Rule: "R-RENEW-WINDOW"},
			{Key: "b", Date: day.AddDays(5), ActBy: day.AddDays(3), Kind: procedures.Closes, Title: s + "\t", Rule: "R-DAYS-CLOSED"},
		}})
	}
	today := procedures.MustDate("2026-11-23")
	filters := map[string]deadlineFilter{
		"not done":    {today: today, within: -1},
		"--all":       {today: today, within: -1, all: true},
		"--within 30": {today: today, within: 30},
	}
	sets := map[string][]store.Summary{"300 demo cases": demo, "hostile": hostile}
	for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
		l := i18n.For(lang)
		for sname, sums := range sets {
			for fname, f := range filters {
				list := listDeadlines(sums, f)
				var got, want bytes.Buffer
				if err := printDeadlineListTSV(l, &got, list); err != nil {
					t.Fatal(err)
				}
				if err := printDeadlines(l, &want, list.rows(), 0); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Errorf("%s, %s, %s: streamed TSV differs (%d bytes, want %d)", lang, sname, fname, got.Len(), want.Len())
				}
				if list.len() < 2 {
					t.Errorf("%s, %s: only %d rows: the test proves little", sname, fname, list.len())
				}
			}
		}
	}
}

// `cases --json` streams each index row as the row it used to build
// (toCaseJSON) would print, byte for byte: over demo cases and over
// hostile names, titles and far dates.
func TestCasesJSONStreamedMatchesTheRows(t *testing.T) {
	sums := summariesOf(t, demoDB(t, 300))
	day := procedures.MustDate("2026-12-01")
	for i, s := range textsafe.Hostile {
		sums = append(sums, store.Summary{CaseID: uint64(1000 + i), PersonID: 7, Person: s, Procedure: s, Stage: procedures.Stage(s), Deadlines: []procedures.Deadline{
			{Key: "a", Date: day, ActBy: day.AddDays(-1), Kind: procedures.Due, Title: s, Rule: s},
			{Key: "far", Date: procedures.Date{Year: 12000, Month: 1, Day: 1}, Kind: procedures.Closes},
		}})
	}
	sums = append(sums, store.Summary{CaseID: 2000, Person: "far", Deadlines: []procedures.Deadline{
		{Key: "far", Date: procedures.Date{Year: 12000, Month: 1, Day: 1}, Kind: procedures.Closes}}})
	for _, today := range []procedures.Date{procedures.MustDate("2026-11-23"), procedures.MustDate("2028-02-29")} {
		var got, want bytes.Buffer
		g, w := newCasesJSONWriter(&got), newCasesJSONWriter(&want)
		for i := range sums {
			if err := g.addSummary(&sums[i], today); err != nil {
				t.Fatal(err)
			}
			if err := w.add(toCaseJSON(sums[i], today)); err != nil {
				t.Fatal(err)
			}
		}
		g.close()
		w.close()
		if got.String() != want.String() {
			gl, wl := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Fatalf("%v: line %d:\n got %s\nwant %s", today, i, gl[i], wl[i])
				}
			}
			t.Fatalf("%v: %d lines; want %d", today, len(gl), len(wl))
		}
		if !strings.Contains(want.String(), `"next"`) {
			t.Fatal("no case has a next date: the test proves little")
		}
	}
}

// `tramite cases` to a pipe streams each case as a line of the table
// printCases prints from the list read whole, byte for byte, in English
// and Spanish (the stage labels, "in N days" and the legal notes), with
// the "no cases" line on an empty file.
func TestCasesTSVStreamedMatchesTheTable(t *testing.T) {
	db := demoDB(t, 300)
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A name longer than the terminal's column: whole in the lines.
	p := store.Person{Name: "Maximiliana Concepción de la Santísima Trinidad Del Río"}
	if err := st.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	c := store.Case{PersonID: p.ID, Procedure: "status-change"}
	if err := st.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	sums, err := st.Summaries()
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	today := procedures.MustDate("2026-11-23")
	rows := make([]caseJSON, len(sums))
	for i, s := range sums {
		rows[i] = toCaseJSON(s, today)
	}
	for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
		var want bytes.Buffer
		if err := printCases(i18n.For(lang), &want, rows, 0); err != nil {
			t.Fatal(err)
		}
		got, _, err := runLang(t, nil, "--db", db, "--lang", string(lang), "cases")
		if err != nil {
			t.Fatal(err)
		}
		if got != want.String() {
			t.Errorf("%s: the streamed lines differ from the table (%d bytes, want %d)", lang, len(got), want.Len())
		}
		if n := strings.Count(got, "\n"); n != len(sums)+1 {
			t.Errorf("%s: %d lines for %d cases", lang, n, len(sums))
		}
		if !strings.Contains(got, "Maximiliana Concepción de la Santísima Trinidad Del Río\t") {
			t.Errorf("%s: the long name is not whole on its line", lang)
		}
	}
	out, errOut, err := runLang(t, nil, "--db", t.TempDir()+"/none.db", "cases")
	if err != nil || out != "" || !strings.Contains(errOut, "No cases yet") {
		t.Errorf("no database: %v, stdout %q, stderr %q", err, out, errOut)
	}
}
