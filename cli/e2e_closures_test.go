package cli

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// windowActBy is the act-by of the renewal window's closing date in
// `deadlines --json`.
func windowActBy(t *testing.T, db string) string {
	t.Helper()
	var rows []deadlineJSON
	decode(t, mustRun(t, db, "deadlines", "--json"), &rows)
	for _, d := range rows {
		if d.Key == "renewal-window-closes" {
			return d.ActBy
		}
	}
	t.Fatalf("no renewal-window-closes in deadlines --json: %+v", rows)
	return ""
}

// TestE2EClosures configures an office closure and sees the deadlines move
// and come back: the card of testdata expires Saturday 26 Dec 2026, inside
// the likely year-end vacation, so with no closures entered the act-by is
// Friday 18 Dec (R-RENEW-WINDOW, R-DAYS-CLOSED, R-DAYS-LIKELY); once 24 Dec
// is entered as closed, the entered dates replace the guess for 2026
// (R-DAYS-BIZ) and it is 23 Dec.
func TestE2EClosures(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "new", "renewal", "--person", "Ana López", "--answers", filepath.Join("testdata", "renewal-answers.json"))

	var none []closureJSON
	decode(t, mustRun(t, db, "closures", "--json"), &none)
	if e := enteredOnly(none); len(e) != 0 {
		t.Fatalf("a new database has closures %+v, want none entered (R-DAYS-BIZ: empty by default)", e)
	}
	if len(none) == 0 || none[0].Kind != "likely" || none[0].Date != "2026-12-21" {
		t.Fatalf("the list shows no likely closure from 2026-12-21 (R-DAYS-LIKELY): %+v", none)
	}
	if got := windowActBy(t, db); got != "2026-12-18" {
		t.Fatalf("R-DAYS-LIKELY: act by %q with no closures entered, want 2026-12-18", got)
	}

	steps := []struct {
		name      string
		args      []string
		code      int
		stderr    string
		actBy     string
		closures  []closureJSON
		listLines []string
	}{
		{
			name: "R-DAYS-CLOSED: a closure on the act-by day moves it to the business day before",
			args: []string{"closures", "add", "24/12/2026"}, stderr: "Added 2026-12-24 (Thursday)",
			actBy:     "2026-12-23",
			closures:  []closureJSON{{Date: "2026-12-24", Weekday: "Thursday", Kind: "entered"}},
			listLines: []string{"2026-12-24  Thursday"},
		},
		{
			name: "R-DAYS-BIZ: a weekend day is kept but noted as already non-working",
			args: []string{"closures", "add", "2026-12-26"}, stderr: "already non-working",
			actBy: "2026-12-23",
			closures: []closureJSON{{Date: "2026-12-24", Weekday: "Thursday", Kind: "entered"},
				{Date: "2026-12-26", Weekday: "Saturday", Kind: "entered", Note: "already non-working: a weekend day"}},
			listLines: []string{"2026-12-24  Thursday", "2026-12-26  Saturday   (already non-working: a weekend day)"},
		},
		{
			name: "R-DAYS-BIZ: a bad date changes nothing and says what to type",
			args: []string{"closures", "add", "2026-12-23", "31/11/2026"}, code: exitUsage, stderr: "nothing was changed",
			actBy: "2026-12-23",
			closures: []closureJSON{{Date: "2026-12-24", Weekday: "Thursday", Kind: "entered"},
				{Date: "2026-12-26", Weekday: "Saturday", Kind: "entered", Note: "already non-working: a weekend day"}},
		},
		{
			name: "R-DAYS-BIZ: removing a day that is not a closure removes nothing",
			args: []string{"closures", "remove", "2026-12-24", "2026-12-31"}, code: exitUsage, stderr: "not a configured closure",
			actBy: "2026-12-23",
			closures: []closureJSON{{Date: "2026-12-24", Weekday: "Thursday", Kind: "entered"},
				{Date: "2026-12-26", Weekday: "Saturday", Kind: "entered", Note: "already non-working: a weekend day"}},
		},
		{
			name: "R-DAYS-LIKELY: removing the closures brings the guess back",
			args: []string{"closures", "remove", "2026-12-24", "2026-12-26"}, stderr: "recomputed with tramite's guess",
			actBy:    "2026-12-18",
			closures: []closureJSON{},
		},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := run(t, db, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stderr, s.stderr) {
				t.Fatalf("tramite %s: exit %d, stderr %q; want exit %d and %q", strings.Join(s.args, " "), r.code, r.stderr, s.code, s.stderr)
			}
			if got := windowActBy(t, db); got != s.actBy {
				t.Errorf("act by %q, want %q", got, s.actBy)
			}
			var all []closureJSON
			decode(t, mustRun(t, db, "closures", "--json"), &all)
			got := enteredOnly(all)
			if len(got) != 0 || len(s.closures) != 0 {
				if !reflect.DeepEqual(got, s.closures) {
					t.Errorf("closures --json = %+v, want %+v", got, s.closures)
				}
			}
			if s.listLines != nil {
				list := mustRun(t, db, "closures").stdout
				// The entered days come first; the guess for 2027 follows.
				if want := strings.Join(s.listLines, "\n") + "\n"; !strings.HasPrefix(list, want) ||
					!strings.Contains(list, "2027-03-25  Thursday   likely: Holy Thursday (tramite's guess)") {
					t.Errorf("closures lists\n%s\nwant it to start with\n%s\nand show Holy Thursday 2027 as likely", list, want)
				}
			}
		})
	}
}

// TestE2EClosuresReachExport checks that a command evaluating the rules
// itself, not reading the index, counts the stored closures too: the
// calendar export puts the renewal's act-by on 23 Dec once 24 Dec is
// closed (R-DAYS-CLOSED, R-DAYS-BIZ).
func TestE2EClosuresReachExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "new", "renewal", "--person", "Ana López", "--answers", filepath.Join("testdata", "renewal-answers.json"))
	tests := []struct {
		name, want, not string
		args            []string
	}{
		{"R-DAYS-LIKELY: without closures entered the event is on Friday 18 Dec", "DTSTART;VALUE=DATE:20261218", "DTSTART;VALUE=DATE:20261223", nil},
		{"R-DAYS-BIZ: with 24 Dec closed the event is on Wednesday 23 Dec", "DTSTART;VALUE=DATE:20261223", "DTSTART;VALUE=DATE:20261224", []string{"closures", "add", "2026-12-24"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.args != nil {
				mustRun(t, db, tt.args...)
			}
			ics := mustRun(t, db, "export", "1", "--format", "ics").stdout
			if !strings.Contains(ics, tt.want) || strings.Contains(ics, tt.not) {
				t.Errorf("ics export wants %q and not %q:\n%s", tt.want, tt.not, ics)
			}
		})
	}
}

// enteredOnly keeps the closures the user entered.
func enteredOnly(rows []closureJSON) []closureJSON {
	var out []closureJSON
	for _, r := range rows {
		if r.Kind == "entered" {
			out = append(out, r)
		}
	}
	return out
}

// TestClosuresCountAgrees: the line after `closures add` agrees with the
// count, in English and Spanish ("1 día inhábil registrado", not
// "registrados").
func TestClosuresCountAgrees(t *testing.T) {
	for _, tc := range []struct {
		lang, one, two string
	}{
		{"en", "1 office closure configured; every deadline was recomputed with it.", "2 office closures configured; every deadline was recomputed with them."},
		{"es", "1 día inhábil registrado; todas las fechas se recalcularon con él.", "2 días inhábiles registrados; todas las fechas se recalcularon con ellos."},
	} {
		db := filepath.Join(t.TempDir(), "t.db")
		if r := run(t, db, "", "--lang", tc.lang, "closures", "add", "2027-03-25"); r.code != 0 || !strings.Contains(r.stderr, tc.one) {
			t.Errorf("%s: one closure: exit %d, stderr %q; want %q", tc.lang, r.code, r.stderr, tc.one)
		}
		if r := run(t, db, "", "--lang", tc.lang, "closures", "add", "2027-03-26"); r.code != 0 || !strings.Contains(r.stderr, tc.two) {
			t.Errorf("%s: two closures: exit %d, stderr %q; want %q", tc.lang, r.code, r.stderr, tc.two)
		}
	}
}
