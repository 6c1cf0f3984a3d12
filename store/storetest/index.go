package storetest

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
	"tramite/textsafe"
)

// wantRows is the oracle for the index: every case summarised afresh with
// the store's calendar, in case-id order.
func wantRows(t *testing.T, s store.Engine) []store.Summary {
	t.Helper()
	cases, err := s.Cases()
	mustDo(t, err)
	people, err := s.People()
	mustDo(t, err)
	names := map[uint64]string{}
	for _, p := range people {
		names[p.ID] = p.Name
	}
	slices.SortFunc(cases, func(a, b Case) int { return compareIDs(a.ID, b.ID) })
	var out []store.Summary
	for i := range cases {
		out = append(out, store.Summarize(&cases[i], names[cases[i].PersonID], s.Calendar()))
	}
	return out
}

func compareIDs(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// checkIndex compares Summaries with the oracle and returns the rows.
func checkIndex(t *testing.T, s store.Engine, step string) []store.Summary {
	t.Helper()
	got, err := s.Summaries()
	mustDo(t, err)
	if want := wantRows(t, s); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
		t.Fatalf("after %s the index is stale:\n got %+v\nwant %+v", step, got, want)
	}
	return got
}

func hasDeadline(row store.Summary, key string) bool {
	return slices.ContainsFunc(row.Deadlines, func(d procedures.Deadline) bool { return d.Key == key })
}

// Every write to a case rewrites its row in the same transaction.
func testIndexFollowsEveryWrite(t *testing.T, h Harness) {
	proc := needProcedure(t)
	s := fresh(t, h)
	ana := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&ana))
	c := Case{PersonID: ana.ID, Procedure: proc.ID}
	mustDo(t, s.SaveCase(&c))
	rows := checkIndex(t, s, "SaveCase")
	if len(rows) != 1 || rows[0].Person != "Ana" || rows[0].Stage != procedures.StageDraft || rows[0].Procedure != proc.ID {
		t.Fatalf("row of a new case = %+v", rows)
	}
	for k, v := range RenewalAnswers(proc) {
		mustDo(t, s.SaveAnswer(c.ID, k, v))
	}
	rows = checkIndex(t, s, "SaveAnswer")
	if proc.ID == "renewal" && !hasDeadline(rows[0], "renewal-window-closes") {
		t.Errorf("row after answering = %+v; want renewal-window-closes (R-RENEW-WINDOW)", rows[0])
	}
	mustDo(t, s.SetProgress(c.ID, procedures.Progress{
		Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03"), Office: "Cuernavaca",
	}))
	rows = checkIndex(t, s, "SetProgress (booked)")
	if rows[0].Stage != procedures.StageBooked || !hasDeadline(rows[0], "appointment") {
		t.Errorf("booked row = %+v; want stage booked and the appointment (R-APPT-HOW)", rows[0])
	}
	mustDo(t, s.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-23")}))
	checkIndex(t, s, "SetProgress (filed)")
	mustDo(t, s.SetTick(c.ID, "D-PASS", true))
	checkIndex(t, s, "SetTick")
	mustDo(t, s.SetNotes(c.ID, "x"))
	checkIndex(t, s, "SetNotes")
	mustDo(t, s.DeleteAnswer(c.ID, "card_expiry"))
	checkIndex(t, s, "DeleteAnswer")

	luis := Person{Name: "Luis"}
	mustDo(t, s.SavePerson(&luis))
	moved, err := s.Case(c.ID)
	mustDo(t, err)
	moved.PersonID = luis.ID
	mustDo(t, s.SaveCase(&moved))
	if rows = checkIndex(t, s, "moving the case to another person"); rows[0].Person != "Luis" || rows[0].PersonID != luis.ID {
		t.Errorf("row after moving names %q (%d)", rows[0].Person, rows[0].PersonID)
	}
	if err := s.DeletePerson(ana.ID); err != nil {
		t.Errorf("Ana has no case left but DeletePerson = %v", err)
	}
	mustDo(t, s.ReindexAll())
	checkIndex(t, s, "ReindexAll")
	mustDo(t, s.DeleteCase(c.ID))
	if rows = checkIndex(t, s, "DeleteCase"); len(rows) != 0 {
		t.Errorf("rows after DeleteCase = %+v", rows)
	}
}

func testUnknownProcedure(t *testing.T, h Harness) {
	s := fresh(t, h)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "no-such-procedure", Answers: procedures.Answers{"x": "y"},
		Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03")}}
	mustDo(t, s.SaveCase(&c))
	rows, err := s.Summaries()
	mustDo(t, err)
	if len(rows) != 1 || rows[0].Procedure != "no-such-procedure" || len(rows[0].Deadlines) != 0 {
		t.Errorf("row of an unknown procedure = %+v; want one row without deadlines", rows)
	}
}

// R-CANJE-30, R-DAYS-CAL, R-DAYS-CLOSED: the index keeps the canje's
// filing date, computed without today.
func testIndexKeepsTheCanjeFilingDate(t *testing.T, h Harness) {
	if _, err := procedures.Lookup("canje"); err != nil {
		t.Skip("the canje procedure is not registered")
	}
	s := fresh(t, h)
	p := Person{Name: "Lucía Fernández"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "canje", Answers: procedures.Answers{
		"visa_type": "temporary", "visa_issue_date": "2026-09-15", "visa_expiry": "",
		"entered": "yes", "entry_date": "2026-11-20", "work_permit": "no"}}
	mustDo(t, s.SaveCase(&c))
	rows := checkIndex(t, s, "saving a canje")
	if len(rows) != 1 || !hasDeadline(rows[0], "canje-file-by") {
		t.Fatalf("index rows %+v lack canje-file-by", rows)
	}
	for _, d := range rows[0].Deadlines {
		if d.Key == "canje-file-by" && (d.Date != procedures.MustDate("2026-12-19") || d.ActBy != procedures.MustDate("2026-12-18")) {
			t.Errorf("canje-file-by %s act by %s, want 2026-12-19 act by 2026-12-18", d.Date, d.ActBy)
		}
	}
}

// SeedCases writes n cases of varied stages for n/2 people.
func SeedCases(t testing.TB, s store.Engine, n int) {
	t.Helper()
	var p Person
	for i := range n {
		if i%2 == 0 {
			p = Person{Name: fmt.Sprintf("Persona %d", i/2)}
			mustDo(t, s.SavePerson(&p))
		}
		c := Case{PersonID: p.ID, Procedure: "renewal"}
		if proc := testProcedure(); proc != nil {
			c.Procedure, c.Answers = proc.ID, RenewalAnswers(proc)
		}
		if i%3 == 1 {
			c.Progress = procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03")}
		}
		mustDo(t, s.SaveCase(&c))
	}
}

func collectEach(t *testing.T, s store.Engine) []store.Summary {
	t.Helper()
	var out []store.Summary
	mustDo(t, s.EachSummary(func(row *store.Summary) error {
		r := *row
		r.Deadlines = slices.Clone(row.Deadlines)
		out = append(out, r)
		return nil
	}))
	return out
}

func testEachSummary(t *testing.T, h Harness) {
	s := fresh(t, h)
	SeedCases(t, s, 7)
	want := checkIndex(t, s, "seeding")
	if len(want) != 7 {
		t.Fatalf("Summaries = %d rows; want 7", len(want))
	}
	if got := collectEach(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("EachSummary rows:\n got %+v\nwant %+v", got, want)
	}
}

func testEachSummaryStops(t *testing.T, h Harness) {
	s := fresh(t, h)
	SeedCases(t, s, 6)
	want, err := s.Summaries()
	mustDo(t, err)
	var persons, titles []string
	mustDo(t, s.EachSummary(func(row *store.Summary) error {
		persons = append(persons, row.Person)
		for _, d := range row.Deadlines {
			titles = append(titles, d.Title)
		}
		return nil
	}))
	var wantPersons, wantTitles []string
	for _, r := range want {
		wantPersons = append(wantPersons, r.Person)
		for _, d := range r.Deadlines {
			wantTitles = append(wantTitles, d.Title)
		}
	}
	if !slices.Equal(persons, wantPersons) || !slices.Equal(titles, wantTitles) {
		t.Errorf("kept strings changed:\n persons %q\n want %q\n titles %q\n want %q", persons, wantPersons, titles, wantTitles)
	}
	stop := errors.New("enough")
	calls := 0
	err = s.EachSummary(func(*store.Summary) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 2 {
		t.Errorf("EachSummary after fn failed on row 2: err %v after %d calls; want %v after 2", err, calls, stop)
	}
	// The store is usable after a stopped walk.
	if _, err := s.Summaries(); err != nil {
		t.Errorf("Summaries after a stopped walk: %v", err)
	}
}

func testClosuresRoundTrip(t *testing.T, h Harness) {
	addr := h.Fresh(t)
	s, err := h.Open(addr, store.Options{Now: ticking()})
	mustDo(t, err)
	got, err := s.Closures()
	mustDo(t, err)
	if len(got) != 0 || len(s.Calendar().Closures) != 0 {
		t.Fatalf("a new database has closures %v / %v, want none (R-DAYS-BIZ)", got, s.Calendar().Closures)
	}
	mustDo(t, s.SetClosures(dates("2027-03-26", "2027-03-25", "2026-12-24", "2027-03-25")))
	want := dates("2026-12-24", "2027-03-25", "2027-03-26")
	got, err = s.Closures()
	mustDo(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Closures() = %v, want %v (sorted, once each)", got, want)
	}
	if s.Calendar().IsBusinessDay(procedures.MustDate("2027-03-25")) {
		t.Errorf("Calendar() counts the closure 2027-03-25 as a business day (R-DAYS-BIZ)")
	}
	s.Calendar().Closures[procedures.MustDate("2027-01-04")] = true
	if !s.Calendar().IsBusinessDay(procedures.MustDate("2027-01-04")) {
		t.Errorf("writing to Calendar().Closures changed the store's calendar")
	}
	mustDo(t, s.Close())
	for _, ro := range []bool{false, true} {
		r, err := h.Open(addr, store.Options{ReadOnly: ro, Now: ticking()})
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
	s = open(t, h, addr)
	mustDo(t, s.SetClosures(nil))
	got, err = s.Closures()
	mustDo(t, err)
	if len(got) != 0 || len(s.Calendar().Closures) != 0 {
		t.Errorf("after SetClosures(nil) closures = %v / %v, want none", got, s.Calendar().Closures)
	}
}

func testSetClosuresRefusesZeroDate(t *testing.T, h Harness) {
	s := fresh(t, h)
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

// rowDeadline finds key among the deadlines of the only index row.
func rowDeadline(t *testing.T, s store.Engine, key string) procedures.Deadline {
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

func testClosuresMoveIndexDates(t *testing.T, h Harness) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skip("the renewal procedure is not registered")
	}
	filed := procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-23")}
	answers := FillAnswers(proc, procedures.Answers{"card_type": "temporary", "card_expiry": "2027-03-25"})
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
		{"R-DAYS-CLOSED: a window closing on a closure gets the business day before as act-by", []string{"2027-03-25"}, procedures.Progress{}, "renewal-window-closes", "2027-03-25", "2027-03-24"},
		{"R-DAYS-CLOSED: two closed days in a row go back past both", []string{"2027-03-24", "2027-03-25"}, procedures.Progress{}, "renewal-window-closes", "2027-03-25", "2027-03-23"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			addr := h.Fresh(t)
			s := open(t, h, addr)
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			c := Case{PersonID: ana.ID, Procedure: proc.ID, Answers: answers.Clone(), Progress: tc.progress}
			mustDo(t, s.SaveCase(&c))
			plain := rowDeadline(t, s, tc.key)
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
			mustDo(t, s.SetNotes(c.ID, "bring two copies"))
			check("SetNotes")
			mustDo(t, s.ReindexAll())
			check("ReindexAll")
			mustDo(t, s.Close())
			s = open(t, h, addr)
			check("reopening")
			mustDo(t, s.SetClosures(nil))
			if d := rowDeadline(t, s, tc.key); d != plain {
				t.Errorf("after SetClosures(nil): %s = %+v, want the plain %+v", tc.key, d, plain)
			}
		})
	}
}

func testClosuresApplyToNewRows(t *testing.T, h Harness) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Skip("the renewal procedure is not registered")
	}
	answers := FillAnswers(proc, procedures.Answers{"card_type": "temporary", "card_expiry": "2027-03-25"})
	want := procedures.MustDate("2027-03-24")
	tests := []struct {
		name  string
		write func(t *testing.T, s store.Engine)
	}{
		{"R-DAYS-CLOSED: SaveCase", func(t *testing.T, s store.Engine) {
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			mustDo(t, s.SaveCase(&Case{PersonID: ana.ID, Procedure: proc.ID, Answers: answers.Clone()}))
		}},
		{"R-DAYS-CLOSED: SaveAnswer", func(t *testing.T, s store.Engine) {
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			c := Case{PersonID: ana.ID, Procedure: proc.ID}
			mustDo(t, s.SaveCase(&c))
			for k, v := range answers {
				mustDo(t, s.SaveAnswer(c.ID, k, v))
			}
		}},
		{"R-DAYS-CLOSED: Import", func(t *testing.T, s store.Engine) {
			_, err := s.Import([]Person{{ID: 7, Name: "Ana"}}, []Case{{PersonID: 7, Procedure: proc.ID, Answers: answers.Clone()}})
			mustDo(t, err)
		}},
		{"R-DAYS-CLOSED: renaming the person keeps the row's dates", func(t *testing.T, s store.Engine) {
			ana := Person{Name: "Ana"}
			mustDo(t, s.SavePerson(&ana))
			mustDo(t, s.SaveCase(&Case{PersonID: ana.ID, Procedure: proc.ID, Answers: answers.Clone()}))
			ana.Name = "Ana María"
			mustDo(t, s.SavePerson(&ana))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := fresh(t, h)
			mustDo(t, s.SetClosures(dates("2027-03-25")))
			tc.write(t, s)
			if d := rowDeadline(t, s, "renewal-window-closes"); d.ActBy != want {
				t.Errorf("renewal-window-closes act by %s, want %s", d.ActBy, want)
			}
		})
	}
}

func testImport(t *testing.T, h Harness) {
	t.Run("new ids, person ids mapped, an existing name reused, index rows written", func(t *testing.T) {
		s := fresh(t, h)
		existing := Person{Name: "Ana García"}
		mustDo(t, s.SavePerson(&existing))
		people := []Person{{ID: 7, Name: "ana  GARCÍA"}, {ID: 9, Name: "Ben Ortiz", BirthDate: procedures.MustDate("2015-06-01")}}
		cases := []Case{
			{ID: 3, PersonID: 7, Procedure: "renewal", Answers: procedures.Answers{}},
			{ID: 4, PersonID: 9, Procedure: "canje", Ticks: map[string]bool{"D-PASS": true}},
		}
		res, err := s.Import(people, cases)
		mustDo(t, err)
		if !res.Reused[0] || res.Reused[1] {
			t.Errorf("Reused = %v, want [true false]", res.Reused)
		}
		if res.People[0].ID != existing.ID || res.People[0].Name != "Ana García" {
			t.Errorf("reused person = %+v, want the stored Ana García (id %d)", res.People[0], existing.ID)
		}
		if res.People[1].ID == 9 || res.People[1].ID == existing.ID {
			t.Errorf("new person id = %d, want a fresh id", res.People[1].ID)
		}
		if res.Cases[0].PersonID != existing.ID || res.Cases[1].PersonID != res.People[1].ID {
			t.Errorf("case person ids = %d, %d; want %d, %d", res.Cases[0].PersonID, res.Cases[1].PersonID, existing.ID, res.People[1].ID)
		}
		got, err := s.Case(res.Cases[1].ID)
		if err != nil || !got.Ticks["D-PASS"] || got.Procedure != "canje" {
			t.Errorf("Case(%d) = %+v, %v; want the imported canje with its tick", res.Cases[1].ID, got, err)
		}
		checkIndex(t, s, "Import")
		// Ids go on after the imported ones.
		next := Person{Name: "Carla"}
		mustDo(t, s.SavePerson(&next))
		if next.ID <= res.People[1].ID {
			t.Errorf("a person saved after the import got id %d, not after %d", next.ID, res.People[1].ID)
		}
	})
	t.Run("into an empty database, every index finds what was imported", func(t *testing.T) {
		// (bbolt writes such an import's indexes at its end: bulk.go.)
		s := fresh(t, h)
		answers := procedures.Answers{}
		if proc := testProcedure(); proc != nil {
			answers = RenewalAnswers(proc)
		}
		people := []Person{{ID: 1, Name: "Ana García"}, {ID: 2, Name: "Ben Ortiz"}, {ID: 3, Name: "ANA garcía"}}
		cases := []Case{
			{ID: 1, PersonID: 1, Procedure: "renewal", Answers: answers},
			{ID: 2, PersonID: 2, Procedure: "renewal", Answers: procedures.Answers{}},
			{ID: 3, PersonID: 3, Procedure: "canje"},
		}
		res, err := s.Import(people, cases)
		mustDo(t, err)
		ana, ben := res.People[0].ID, res.People[1].ID
		if res.People[2].ID != ana {
			t.Errorf("the file's second Ana García got id %d, want %d (the first)", res.People[2].ID, ana)
		}
		if got, err := s.PersonByName("ana garcía"); err != nil || got.ID != ana {
			t.Errorf("PersonByName after the import = %d, %v; want %d", got.ID, err, ana)
		}
		if got, err := s.PeopleMatching("ort"); err != nil || len(got) != 1 || got[0].ID != ben {
			t.Errorf("PeopleMatching(\"ort\") after the import = %+v, %v; want Ben (%d)", got, err, ben)
		}
		if err := s.DeletePerson(ana); !errors.Is(err, store.ErrHasCases) {
			t.Errorf("DeletePerson(Ana) after the import = %v; want ErrHasCases", err)
		}
		if testProcedure() != nil {
			var due []uint64
			mustDo(t, s.EachSummaryDue(procedures.MustDate("2030-01-01"), func(r *store.Summary) error { due = append(due, r.CaseID); return nil }))
			if !slices.Contains(due, res.Cases[0].ID) {
				t.Errorf("cases due by 2030 after the import = %v; want %d among them", due, res.Cases[0].ID)
			}
		}
		checkIndex(t, s, "an import into an empty database")
		if ps, _ := s.People(); len(ps) != 2 {
			t.Errorf("%d people after the import; want 2 (the two Anas are one)", len(ps))
		}
		renamed := Person{ID: ben, Name: "Benjamín Ortiz"}
		mustDo(t, s.SavePerson(&renamed))
		if _, err := s.PersonByName("Ben Ortiz"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("the old name still finds someone after a rename: %v", err)
		}
	})
	t.Run("an import that renames a stored person moves their name and its words", func(t *testing.T) {
		s := fresh(t, h)
		ben := Person{Name: "Ben Ortiz"}
		mustDo(t, s.SavePerson(&ben))
		stored, err := s.Person(ben.ID)
		mustDo(t, err)
		renamed := stored
		renamed.Name, renamed.Updated = "Carlos Ortiz", stored.Updated.Add(time.Hour)
		res, err := s.Import([]Person{renamed}, nil)
		mustDo(t, err)
		if res.PeopleHow[0] != store.ImportUpdated || res.People[0].ID != ben.ID {
			t.Fatalf("import of the renamed person: %v, id %d; want updated, id %d", res.PeopleHow[0], res.People[0].ID, ben.ID)
		}
		if _, err := s.PersonByName("ben ortiz"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("PersonByName(the old name) after the rename = %v; want ErrNotFound", err)
		}
		if got, err := s.PersonByName("carlos ortiz"); err != nil || got.ID != ben.ID {
			t.Errorf("PersonByName(the new name) = %d, %v; want %d", got.ID, err, ben.ID)
		}
		if got, err := s.PeopleMatching("ben"); err != nil || len(got) != 0 {
			t.Errorf("PeopleMatching(\"ben\") after the rename = %+v, %v; want nobody", got, err)
		}
		if got, err := s.PeopleMatching("carl ort"); err != nil || len(got) != 1 || got[0].ID != ben.ID {
			t.Errorf("PeopleMatching(\"carl ort\") after the rename = %+v, %v; want %d", got, err, ben.ID)
		}
	})
	t.Run("a case whose person is missing writes nothing", func(t *testing.T) {
		s := fresh(t, h)
		_, err := s.Import([]Person{{ID: 1, Name: "Ana"}}, []Case{
			{ID: 1, PersonID: 1, Procedure: "renewal"},
			{ID: 2, PersonID: 5, Procedure: "renewal"},
		})
		if err == nil {
			t.Fatal("Import with a dangling person id succeeded")
		}
		people, _ := s.People()
		cs, _ := s.Cases()
		rows, _ := s.Summaries()
		if len(people) != 0 || len(cs) != 0 || len(rows) != 0 {
			t.Errorf("after a failed import: %d people, %d cases, %d rows; want none", len(people), len(cs), len(rows))
		}
	})
}

func testWritesRefuse(t *testing.T, h Harness) {
	proc := needProcedure(t)
	s := fresh(t, h)
	ana := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&ana))
	c := Case{PersonID: ana.ID, Procedure: proc.ID}
	mustDo(t, s.SaveCase(&c))
	long := strings.Repeat("x", 32<<10)
	people := map[string]struct {
		p     Person
		field string
	}{
		"a 32 KB name":      {Person{Name: long}, "name"},
		"a name with ESC":   {Person{Name: textsafe.Hostile[0]}, "name"},
		"a name with NUL":   {Person{Name: "Ana\x00B"}, "name"},
		"a name with LF":    {Person{Name: "Ana\n2  Fake row"}, "name"},
		"phone abc":         {Person{Name: "Bo", Details: map[string]string{"phone": "abc"}}, "phone"},
		"born in 2100":      {Person{Name: "Bo", BirthDate: procedures.MustDate("2100-01-01")}, "birth_date"},
		"a hostile address": {Person{Name: "Bo", Details: map[string]string{"address": "Calle 1\x1b[2J"}}, "address"},
	}
	for name, tc := range people {
		p := tc.p
		imp := tc.p
		imp.ID = 99
		_, ierr := s.Import([]Person{imp}, nil)
		for path, err := range map[string]error{"SavePerson": s.SavePerson(&p), "Import": ierr} {
			if !errors.Is(err, record.ErrInvalid) || !strings.Contains(err.Error(), tc.field) || len(err.Error()) > 400 {
				t.Errorf("%s via %s: %v; want a short record.ErrInvalid naming %s", name, path, err != nil, tc.field)
			}
		}
	}
	edits := map[string]struct {
		edit  func() error
		field string
	}{
		"appointment 99:99": {func() error {
			return s.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageBooked, AppointmentTime: "99:99"})
		}, "appointment_time"},
		"a 1 MB note":        {func() error { return s.SetNotes(c.ID, strings.Repeat(long, 32)) }, "notes"},
		"a note with ESC":    {func() error { return s.SetNotes(c.ID, "see\x1b]52;c;eA==\x07") }, "notes"},
		"a phone answer abc": {func() error { return s.SaveAnswer(c.ID, "phone", "abc") }, "phone"},
		"a hostile tick":     {func() error { return s.SetTick(c.ID, "D-\x1b[2J", true) }, "ticks"},
	}
	for name, tc := range edits {
		err := tc.edit()
		if !errors.Is(err, record.ErrInvalid) || !strings.Contains(err.Error(), tc.field) || len(err.Error()) > 400 {
			t.Errorf("%s: %v; want a short record.ErrInvalid naming %s", name, err != nil, tc.field)
		}
	}
	mustDo(t, s.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageBooked, AppointmentTime: "09:30", Office: "Querétaro"}))
	mustDo(t, s.SetNotes(c.ID, "Bring the originals.\n\tAnd copies."))
	bo := Person{Name: "José 陈 مريم", Details: map[string]string{"phone": "+52 55 1234 5678", "email": "jose@example.com"}}
	mustDo(t, s.SavePerson(&bo))
	if got, err := s.PersonByName("josé 陈 مريم"); err != nil || got.ID != bo.ID {
		t.Errorf("PersonByName of a name in three scripts = %+v, %v", got, err)
	}
}

// wantDue is the oracle of EachSummaryDue: the rows of Summaries whose
// case has a deadline not done to act by on or before until.
func wantDue(t *testing.T, s store.Engine, until procedures.Date) []store.Summary {
	t.Helper()
	all, err := s.Summaries()
	mustDo(t, err)
	var out []store.Summary
	for _, r := range all {
		if slices.ContainsFunc(r.Deadlines, func(d procedures.Deadline) bool {
			act := d.Date
			if !d.ActBy.IsZero() {
				act = d.ActBy
			}
			return !d.Done && !act.After(until)
		}) {
			out = append(out, r)
		}
	}
	return out
}

// checkDue compares EachSummaryDue with its oracle for a spread of dates.
func checkDue(t *testing.T, s store.Engine, step string) {
	t.Helper()
	for _, until := range []string{"1990-01-01", "2026-11-23", "2026-12-03", "2026-12-31", "2027-06-30", "2030-01-01", "2099-12-31"} {
		u := procedures.MustDate(until)
		var got []store.Summary
		mustDo(t, s.EachSummaryDue(u, func(row *store.Summary) error {
			r := *row
			r.Deadlines = slices.Clone(row.Deadlines)
			got = append(got, r)
			return nil
		}))
		if want := wantDue(t, s, u); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("after %s, EachSummaryDue(%s) gives %d rows; want %d:\n got %+v\nwant %+v", step, until, len(got), len(want), got, want)
		}
	}
}

// The date-ordered key follows every write, as the rows do: a listing
// bounded by a date gets exactly the cases with a pending deadline by it.
func testEachSummaryDue(t *testing.T, h Harness) {
	proc := needProcedure(t)
	s := fresh(t, h)
	SeedCases(t, s, 12)
	checkDue(t, s, "seeding")
	rows, err := s.Summaries()
	mustDo(t, err)
	if len(wantDue(t, s, procedures.MustDate("2099-12-31"))) == 0 {
		t.Fatalf("no seeded case has a pending deadline: the test proves nothing (%+v)", rows)
	}
	c := rows[0].CaseID
	mustDo(t, s.SetProgress(c, procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2027-03-03")}))
	checkDue(t, s, "booking an appointment")
	mustDo(t, s.SetProgress(c, procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-23")}))
	checkDue(t, s, "filing")
	for k, v := range RenewalAnswers(proc) {
		mustDo(t, s.SaveAnswer(rows[1].CaseID, k, v))
	}
	mustDo(t, s.DeleteAnswer(rows[2].CaseID, "card_expiry"))
	checkDue(t, s, "answers")
	mustDo(t, s.SetClosures([]procedures.Date{procedures.MustDate("2026-12-03"), procedures.MustDate("2026-12-24")}))
	checkDue(t, s, "closures")
	mustDo(t, s.DeleteCase(rows[3].CaseID))
	checkDue(t, s, "DeleteCase")
	n, err := s.DeletePersonAndCases(rows[4].PersonID)
	mustDo(t, err)
	if n == 0 {
		t.Fatal("DeletePersonAndCases deleted no case")
	}
	checkDue(t, s, "DeletePersonAndCases")
	mustDo(t, s.ReindexAll())
	checkDue(t, s, "ReindexAll")
	stop := errors.New("enough")
	calls := 0
	if err := s.EachSummaryDue(procedures.MustDate("2099-12-31"), func(*store.Summary) error {
		calls++
		return stop
	}); err != stop || calls != 1 {
		t.Errorf("EachSummaryDue after fn failed: err %v after %d calls; want %v after 1", err, calls, stop)
	}
}
