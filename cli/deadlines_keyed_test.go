package cli

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
)

// countingSource counts what the store's agenda key gives.
type countingSource struct {
	src                casebook.AgendaKeySource
	entries, contingen int
}

func (c *countingSource) EachAgendaKey(q casebook.AgendaKeyQuery, fn func([]string, *casebook.KeyedDeadline) error) error {
	return c.src.EachAgendaKey(q, func(texts []string, d *casebook.KeyedDeadline) error {
		c.entries++
		if d.Contingent {
			c.contingen++
		}
		return fn(texts, d)
	})
}

// `deadlines` in a pipe and `--json`, streamed from the store's
// per-deadline agenda key, print the bytes of the listing built from every
// index row (the agenda, sorted), in English and Spanish, over demo cases
// of every procedure (renewals' contingent dates, R-RENEW-EXPIRED-IN and
// -OUT, whose applicability changes as their day passes; R-DAYS-CLOSED's
// legal notes), on days before, at and after the demo's, for every
// filter.
func TestKeyedDeadlinesMatchTheAgenda(t *testing.T) {
	db := demoDB(t, 300)
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	src := &countingSource{src: st}
	days := []string{"2026-11-23", "2025-06-01", "2027-03-01", "2027-09-15", "2029-01-10"}
	for _, day := range days {
		today := procedures.MustDate(day)
		filters := map[string]deadlineFilter{
			"not done":           {today: today, within: -1},
			"--all":              {today: today, within: -1, all: true},
			"--within 30":        {today: today, within: 30},
			"--within 0":         {today: today, within: 0},
			"--all --within 30":  {today: today, within: 30, all: true},
			"--within 100000000": {today: today, within: 100000000},
		}
		for fname, f := range filters {
			list, err := loadDeadlineList(st, f)
			if err != nil {
				t.Fatal(err)
			}
			var want, got bytes.Buffer
			if err := list.writeJSON(&want); err != nil {
				t.Fatal(err)
			}
			if err := streamDeadlinesJSON(&got, src, f); err != nil {
				t.Fatalf("%s, %s: %v", day, fname, err)
			}
			if got.String() != want.String() {
				t.Errorf("%s, %s: --json from the agenda key differs (%d bytes, want %d)\n%s", day, fname, got.Len(), want.Len(), firstDiff(got.String(), want.String()))
			}
			for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
				a := newApp(strings.NewReader(""), &got, io.Discard, func(string) string { return "" }, benchNow)
				a.lang = i18n.For(lang)
				want.Reset()
				got.Reset()
				if list.len() > 0 {
					if err := printDeadlineListTSV(a.lang, &want, list); err != nil {
						t.Fatal(err)
					}
				}
				n, err := streamDeadlinesTSV(a, src, f)
				if err != nil {
					t.Fatal(err)
				}
				if n != list.len() || got.String() != want.String() {
					t.Errorf("%s, %s, %s: the plain list from the agenda key differs (%d rows, want %d)\n%s", lang, day, fname, n, list.len(), firstDiff(got.String(), want.String()))
				}
			}
		}
	}
	if src.entries < 1000 || src.contingen == 0 {
		t.Fatalf("the agenda key gave %d deadlines, %d of them contingent: the test proves little", src.entries, src.contingen)
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got " + g[i] + "\nwant " + w[i]
		}
	}
	return "one is longer"
}
