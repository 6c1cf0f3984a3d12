package store

import (
	"reflect"
	"testing"

	"tramite/procedures"
)

// dates parses ISO dates for the tests.
func dates(ss ...string) []procedures.Date {
	out := make([]procedures.Date, len(ss))
	for i, s := range ss {
		out[i] = procedures.MustDate(s)
	}
	return out
}

// rowDeadline finds key among the deadlines of the only index row.
func rowDeadline(t *testing.T, s *Store, key string) procedures.Deadline {
	t.Helper()
	rows := checkIndex(t, s, "reading the row")
	if len(rows) != 1 {
		t.Fatalf("index has %d rows, want 1", len(rows))
	}
	for _, d := range rows[0].Deadlines {
		if d.Key == key {
			return d
		}
	}
	t.Fatalf("no %s deadline in the row %+v", key, rows[0])
	return procedures.Deadline{}
}

// Closures are stored sorted and once each, survive a reopen, and an
// empty list removes them (R-DAYS-BIZ: a configurable list, empty by
// default).
func TestClosuresRoundTrip(t *testing.T) {
	path := dbPath(t)
	s, err := Open(path, Options{Now: ticking()})
	mustDo(t, err)
	got, err := s.Closures()
	mustDo(t, err)
	if len(got) != 0 || len(s.Calendar().Closures) != 0 {
		t.Fatalf("a new file has closures %v / %v, want none (R-DAYS-BIZ)", got, s.Calendar().Closures)
	}
	in := dates("2027-03-26", "2027-03-25", "2026-12-24", "2027-03-25")
	mustDo(t, s.SetClosures(in))
	want := dates("2026-12-24", "2027-03-25", "2027-03-26")
	got, err = s.Closures()
	mustDo(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Closures() = %v, want %v (sorted, once each)", got, want)
	}
	if cal := s.Calendar(); cal.IsBusinessDay(procedures.MustDate("2027-03-25")) {
		t.Errorf("Calendar() counts the closure 2027-03-25 as a business day (R-DAYS-BIZ)")
	}
	// The map handed out is a copy: changing it changes nothing stored.
	s.Calendar().Closures[procedures.MustDate("2027-01-04")] = true
	if !s.Calendar().IsBusinessDay(procedures.MustDate("2027-01-04")) {
		t.Errorf("writing to Calendar().Closures changed the store's calendar")
	}
	mustDo(t, s.Close())

	for _, ro := range []bool{false, true} {
		r, err := Open(path, Options{ReadOnly: ro, Now: ticking()})
		mustDo(t, err)
		got, err = r.Closures()
		mustDo(t, err)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after reopening (read-only %v) Closures() = %v, want %v", ro, got, want)
		}
		if r.Calendar().IsBusinessDay(procedures.MustDate("2026-12-24")) {
			t.Errorf("after reopening (read-only %v) the calendar lost the closure 2026-12-24", ro)
		}
		mustDo(t, r.Close())
	}

	s = openTest(t, path)
	mustDo(t, s.SetClosures(nil))
	got, err = s.Closures()
	mustDo(t, err)
	if len(got) != 0 || len(s.Calendar().Closures) != 0 {
		t.Errorf("after SetClosures(nil) closures = %v / %v, want none", got, s.Calendar().Closures)
	}
}

// A zero date is refused and the stored list is left as it was.
func TestSetClosuresRefusesZeroDate(t *testing.T) {
	s := openTest(t, dbPath(t))
	mustDo(t, s.SetClosures(dates("2027-03-25")))
	if err := s.SetClosures([]procedures.Date{{}, procedures.MustDate("2027-03-26")}); err == nil {
		t.Fatal("SetClosures with a zero date succeeded, want an error")
	}
	got, err := s.Closures()
	mustDo(t, err)
	if want := dates("2027-03-25"); !reflect.DeepEqual(got, want) {
		t.Errorf("after a refused SetClosures, Closures() = %v, want %v unchanged", got, want)
	}
}

// The index rows are computed with the stored closures, by SetClosures
// itself and by every later write, and an empty list restores the plain
// dates.
func TestClosuresMoveIndexDates(t *testing.T) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skip("the renewal procedure is not registered")
	}
	// Filed on Monday 2026-11-23: 20 business days (R-CASE-DECIDE) end on
	// Monday 2026-12-21; a closure on Friday 2026-12-18 pushes INM's
	// deadline to Tuesday 2026-12-22. A closure on a Saturday changes
	// nothing (R-DAYS-BIZ).
	filed := procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-23")}
	// A card expiring on Thursday 2027-03-25 (Holy Thursday 2027): the
	// renewal window closes that day (R-RENEW-WINDOW); closed, the act-by
	// is Wednesday 2027-03-24 (R-DAYS-CLOSED).
	answers := fillAnswers(proc, procedures.Answers{"card_type": "temporary", "card_expiry": "2027-03-25"})

	tests := []struct {
		name     string
		closures []string
		progress procedures.Progress
		key      string
		date     string
		actBy    string
	}{
		{"R-CASE-DECIDE: no closures, decision due 20 business days after filing", nil, filed, "decision-due", "2026-12-21", ""},
		{"R-CASE-DECIDE: a closure inside the 20 business days makes INM's date later", []string{"2026-12-18"}, filed, "decision-due", "2026-12-22", ""},
		{"R-DAYS-BIZ: a closure on a Saturday changes nothing", []string{"2026-12-19"}, filed, "decision-due", "2026-12-21", ""},
		{"R-DAYS-LIKELY: no closures entered, Holy Thursday is a likely closure: act by the day before", nil, procedures.Progress{}, "renewal-window-closes", "2027-03-25", "2027-03-24"},
		{"R-DAYS-CLOSED: a window closing on a closure gets the business day before as act-by", []string{"2027-03-25"}, procedures.Progress{}, "renewal-window-closes", "2027-03-25", "2027-03-24"},
		{"R-DAYS-CLOSED: two closed days in a row go back past both", []string{"2027-03-24", "2027-03-25"}, procedures.Progress{}, "renewal-window-closes", "2027-03-25", "2027-03-23"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t, dbPath(t))
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			c := Case{PersonID: ana.ID, Procedure: proc.ID, Answers: answers.Clone(), Progress: tc.progress}
			mustDo(t, s.SaveCase(&c))
			plain := rowDeadline(t, s, tc.key)

			// SetClosures rebuilds the row already there.
			mustDo(t, s.SetClosures(dates(tc.closures...)))
			check := func(step string) {
				t.Helper()
				d := rowDeadline(t, s, tc.key)
				if d.Date.String() != tc.date || d.ActBy.String() != tc.actBy {
					t.Errorf("after %s with closures %v: %s = %s act by %q, want %s act by %q",
						step, tc.closures, tc.key, d.Date, d.ActBy, tc.date, tc.actBy)
				}
			}
			check("SetClosures")

			// A later write computes the row with the same closures.
			mustDo(t, s.SetNotes(c.ID, "bring two copies"))
			check("SetNotes")
			mustDo(t, s.ReindexAll())
			check("ReindexAll")

			// Reopened read-only with a stale rules version, the rows
			// computed from the cases use the stored closures too.
			path := s.Path()
			mustDo(t, s.Close())
			r, err := Open(path, Options{ReadOnly: true})
			mustDo(t, err)
			r.staleIndex = true
			s = r
			check("the read-only fallback")
			mustDo(t, r.Close())

			// An empty list restores the plain dates.
			s = openTest(t, path)
			mustDo(t, s.SetClosures(nil))
			if d := rowDeadline(t, s, tc.key); d != plain {
				t.Errorf("after SetClosures(nil): %s = %+v, want the plain %+v", tc.key, d, plain)
			}
		})
	}
}

// Import and the edits of a case write rows with the stored closures.
func TestClosuresApplyToNewRows(t *testing.T) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skip("the renewal procedure is not registered")
	}
	answers := fillAnswers(proc, procedures.Answers{"card_type": "temporary", "card_expiry": "2027-03-25"})
	// R-DAYS-CLOSED: closed on Holy Thursday 2027, act by the Wednesday.
	want := procedures.MustDate("2027-03-24")
	tests := []struct {
		name  string
		write func(t *testing.T, s *Store)
	}{
		{"R-DAYS-CLOSED: SaveCase", func(t *testing.T, s *Store) {
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			mustDo(t, s.SaveCase(&Case{PersonID: ana.ID, Procedure: proc.ID, Answers: answers.Clone()}))
		}},
		{"R-DAYS-CLOSED: SaveAnswer", func(t *testing.T, s *Store) {
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			c := Case{PersonID: ana.ID, Procedure: proc.ID}
			mustDo(t, s.SaveCase(&c))
			for k, v := range answers {
				mustDo(t, s.SaveAnswer(c.ID, k, v))
			}
		}},
		{"R-DAYS-CLOSED: Import", func(t *testing.T, s *Store) {
			_, err := s.Import([]Person{{ID: 7, Name: "Ana"}}, []Case{{PersonID: 7, Procedure: proc.ID, Answers: answers.Clone()}})
			mustDo(t, err)
		}},
		{"R-DAYS-CLOSED: renaming the person keeps the row's dates", func(t *testing.T, s *Store) {
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			mustDo(t, s.SaveCase(&Case{PersonID: ana.ID, Procedure: proc.ID, Answers: answers.Clone()}))
			ana.Name = "Ana María"
			mustDo(t, s.SavePerson(&ana))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t, dbPath(t))
			mustDo(t, s.SetClosures(dates("2027-03-25")))
			tc.write(t, s)
			if d := rowDeadline(t, s, "renewal-window-closes"); d.ActBy != want {
				t.Errorf("renewal-window-closes act by %s, want %s", d.ActBy, want)
			}
		})
	}
}
