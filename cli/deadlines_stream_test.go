package cli

import (
	"bytes"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"tramite/procedures"
	"tramite/store"
)

// The streaming list (compact items, counting sort by date) gives the
// rows of the listing as first written, in the same order, whatever the
// filter: over demo cases of every procedure and stage (R-RENEW-WINDOW,
// R-CANJE-30 and the rest), and over odd rows (cases out of id order, a
// repeated case id, same-day deadlines keyed out of order, a date
// centuries away, which the counting sort hands to a comparison sort).
func TestDeadlineListMatchesTheOracle(t *testing.T) {
	demo := summariesOf(t, demoDB(t, 300))
	day := procedures.MustDate("2026-12-01")
	odd := []store.Summary{
		{CaseID: 9, Person: "Zoë", Procedure: "renewal", Deadlines: []procedures.Deadline{
			{Key: "b", Date: day, Kind: procedures.Due, Rule: "R-RENEW-WINDOW"},
			{Key: "a", Date: day, Kind: procedures.Closes, ActBy: day.AddDays(-2), Rule: "R-RENEW-WINDOW"},
			{Key: "a", Date: day, Kind: procedures.Opens, Rule: "R-RENEW-WINDOW"},
		}},
		{CaseID: 3, Person: "Ana", Procedure: "canje", Deadlines: []procedures.Deadline{
			{Key: "z", Date: day, Kind: procedures.Closes, Rule: "R-CANJE-30"},
			{Key: "far", Date: procedures.Date{Year: 2400, Month: 1, Day: 1}, Kind: procedures.Due, Done: true},
		}},
		{CaseID: 3, Person: "Ana bis", Procedure: "canje", Deadlines: []procedures.Deadline{
			{Key: "y", Date: day, Kind: procedures.Closes, Rule: "R-CANJE-30"},
		}},
	}
	today := procedures.MustDate("2026-11-23")
	filters := map[string]deadlineFilter{
		"not done":          {today: today, within: -1},
		"--all":             {today: today, within: -1, all: true},
		"--within 30":       {today: today, within: 30},
		"--all, a year on":  {today: today.AddDays(400), within: -1, all: true},
		"--within 0, later": {today: today.AddDays(45), within: 0},
	}
	sets := map[string][]store.Summary{"300 demo cases": demo, "odd rows": odd, "no rows": nil}
	for sname, sums := range sets {
		for fname, f := range filters {
			t.Run(sname+", "+fname, func(t *testing.T) {
				got, want := deadlineRows(sums, f), oracleDeadlineRows(sums, f)
				if len(want) == 0 && len(got) == 0 {
					return
				}
				if !reflect.DeepEqual(got, want) {
					for i := range min(len(got), len(want)) {
						if got[i] != want[i] {
							t.Fatalf("row %d of %d:\n got %+v\nwant %+v", i, len(want), got[i], want[i])
						}
					}
					t.Fatalf("%d rows; want %d", len(got), len(want))
				}
			})
		}
	}
}

// `deadlines --all --json` prints what the first listing printed, byte
// for byte, over demo cases: enough rows for several blocks on each of
// the two goroutines that encode them.
func TestDeadlinesJSONMatchesTheOracle(t *testing.T) {
	db := demoDB(t, 700)
	var out bytes.Buffer
	a := newApp(strings.NewReader(""), &out, io.Discard, func(string) string { return "" }, benchNow)
	root := newRootCmd(a)
	root.SetArgs([]string{"--db", db, "--today", "2026-11-23", "deadlines", "--all", "--json"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	sums, err := st.Summaries()
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	f := deadlineFilter{today: procedures.MustDate("2026-11-23"), within: -1, all: true}
	if err := writeDeadlinesJSON(&want, oracleDeadlineRows(sums, f)); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(want.String(), "\n  {"); n < 4*jsonBlock {
		t.Fatalf("only %d rows: the test needs more than four blocks", n)
	}
	if !bytes.Equal(out.Bytes(), want.Bytes()) {
		t.Errorf("deadlines --all --json differs from the oracle's (%d bytes, want %d)", out.Len(), want.Len())
	}

	// A list whose agenda was asked for its entries (no longer safe for
	// two goroutines) is written on one, the same bytes; so is one of a
	// few rows.
	for name, list := range map[string]*deadlineList{"entries asked": listDeadlines(sums, f), "few rows": listDeadlines(sums[:40], f)} {
		if name == "entries asked" {
			list.a.At(0)
			if list.a.ConcurrentRows() {
				t.Fatal("an agenda asked for an entry still says its rows are safe for two goroutines")
			}
		}
		var got, want bytes.Buffer
		if err := list.writeJSON(&got); err != nil {
			t.Fatal(err)
		}
		if err := writeDeadlinesJSON(&want, list.rows()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: writeJSON differs from its rows' JSON (%d bytes, want %d)", name, got.Len(), want.Len())
		}
	}

	// A failing stdout stops the listing with the error.
	list := listDeadlines(sums, f)
	if err := list.writeJSON(failingWriter{}); err == nil || !strings.Contains(err.Error(), "write JSON") {
		t.Errorf("writeJSON to a failing writer = %v; want a write JSON error", err)
	}
}

// failingWriter fails every write, as a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) {
	return 0, io.ErrShortWrite
}

// demoDB fills a fresh database with n demo cases, as `tramite demo` does.
func demoDB(t *testing.T, n int) string {
	t.Helper()
	db := t.TempDir() + "/demo.db"
	a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
	root := newRootCmd(a)
	root.SetArgs([]string{"--db", db, "--today", "2026-11-23", "demo", "--cases", strconv.Itoa(n)})
	if err := root.Execute(); err != nil {
		t.Fatalf("demo --cases %d: %v", n, err)
	}
	return db
}

// tsvName and plainJSON's fast path for names agree with tsvCell and
// with the escaping they skip.
func TestNameFastPaths(t *testing.T) {
	for _, s := range []string{"", "Ana", "José Núñez", "Zoë", "a\tb", "a\x1b[31mb", "\u0085x", "\u202Ex", "日本", "ÿ\xc3", "\xc3(", "q\"uote", "back\\slash", "ñ\xff", "\u00a0nbsp", "Ana María\x7fGómez", "Ana María Gómez\x7f", "abcdefgh\x7fijklmnop", "abcdefghijklmnop\"q", "Ñandú Ñandú Ñandú Ñandú", "abcdefgh\u0085ijkl", "abcdefghijklmn\xc3",
		"Björk Janssen Nguyễn", "Nguyễn", "O’Brien", "Yasmín Hernández O’Brien", "ab\u2066cdefghij", "abcdefghi\u202e", "\u202a",
		"¿Ana?", "abcdefghij\u0085", "a\x1f", "abcdefgh\x1f", "abcdefghi\x7f", "\x80", "abcdefgh\xe2\x80", "Åsa", "Ωμέγα Ζήτα",
		"日本語の名前です", "abcdefgh日本", "\ufffd", "abcdefgh\ufffd", "\u00a0", "\xed\xa0\x80 surrogate", "\xf4\x90\x80\x80 too high"} {
		if got, want := tsvName(s), tsvCell(s); got != want {
			t.Errorf("tsvName(%q) = %q; tsvCell gives %q", s, got, want)
		}
		slow := func(s string) bool { // plainJSON's definition
			for i := 0; i < len(s); i++ {
				if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
					return false
				}
			}
			return utf8.ValidString(s)
		}
		if got, want := plainJSON(s), slow(s); got != want {
			t.Errorf("plainJSON(%q) = %v; want %v", s, got, want)
		}
	}
}

// FuzzTSVName: tsvName is tsvCell for any string.
func FuzzTSVName(f *testing.F) {
	for _, s := range []string{"", "Ana", "Björk Janssen Nguyễn", "O\u2019Brien", "a\x1b[31mb", "\u0085x", "\u202Ex", "ÿ\xc3", "abcdefgh\x7f"} {
		f.Add(s)
	}
	f.Add("José García Jiménez")
	f.Add("Ana María Gómez Ñandú")
	f.Add("abcdefg\xc3")
	f.Add("abcdefgh\xc3\xa9")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tsvName(s), tsvCell(s); got != want {
			t.Errorf("tsvName(%q) = %q; tsvCell gives %q", s, got, want)
		}
		if got, want := plainName(s), len(s) >= 8 && twoByteName(s); got != want {
			t.Errorf("plainName(%q) = %v; want %v", s, got, want)
		}
	})
}

// twoByteName is plainName's definition: printable ASCII and two-byte
// UTF-8 of lead bytes C3 to DF.
func twoByteName(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x20 && c < 0x7f:
		case c >= 0xc3 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i++
		default:
			return false
		}
	}
	return true
}

// plainName is its definition on every string of up to three bytes of
// interest (each byte class at a lead's either side) placed at each place
// of a 17-byte name.
func TestPlainName(t *testing.T) {
	bytes := []byte{0x00, 0x1f, 0x20, 'a', 0x7e, 0x7f, 0x80, 0xa9, 0xbf, 0xc0, 0xc2, 0xc3, 0xdf, 0xe0, 0xe1, 0xff}
	base := []byte("Ana Maria Gomez x")
	n := 0
	for _, a := range bytes {
		for _, b := range bytes {
			for _, c := range bytes {
				for at := 0; at+3 <= len(base); at++ {
					for _, cut := range []int{8, 9, 15, 16, 17} {
						s := []byte(string(base[:cut]))
						if at+3 > cut {
							continue
						}
						s[at], s[at+1], s[at+2] = a, b, c
						if got, want := plainName(string(s)), twoByteName(string(s)); got != want {
							t.Fatalf("plainName(%q) = %v; want %v", s, got, want)
						}
						n++
					}
				}
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d names tried", n)
	}
}
