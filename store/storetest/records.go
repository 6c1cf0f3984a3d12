package storetest

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/store"
)

type (
	Person = store.Person
	Case   = store.Case
)

func testRoundTripSurvivesReopen(t *testing.T, h Harness) {
	addr := h.Fresh(t)
	s, err := h.Open(addr, store.Options{Now: ticking()})
	mustDo(t, err)
	p := Person{
		Name: "Ana María Pérez", BirthDate: procedures.MustDate("1990-02-28"), Nationality: "Colombia",
		Details: map[string]string{"passport_number": "AB123456", "email": "ana@example.org"},
	}
	mustDo(t, s.SavePerson(&p))
	if p.ID == 0 || p.Created.IsZero() || !p.Updated.Equal(p.Created) {
		t.Fatalf("SavePerson did not assign id and times: %+v", p)
	}
	c := Case{
		PersonID: p.ID, Procedure: "renewal",
		Answers:  procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-20"},
		Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-01"), Office: "Cuernavaca"},
		Ticks:    map[string]bool{"D-PASS": true},
		Notes:    "bring the photos",
	}
	mustDo(t, s.SaveCase(&c))
	if c.ID == 0 || c.Created.IsZero() {
		t.Fatalf("SaveCase did not assign id and times: %+v", c)
	}
	mustDo(t, s.Close())

	s = open(t, h, addr)
	gotP, err := s.Person(p.ID)
	mustDo(t, err)
	if !reflect.DeepEqual(gotP, p) {
		t.Errorf("person after reopen:\n got %+v\nwant %+v", gotP, p)
	}
	gotC, err := s.Case(c.ID)
	mustDo(t, err)
	if !reflect.DeepEqual(gotC, c) {
		t.Errorf("case after reopen:\n got %+v\nwant %+v", gotC, c)
	}
	people, _ := s.People()
	cases, _ := s.Cases()
	if len(people) != 1 || len(cases) != 1 {
		t.Errorf("People, Cases = %d, %d; want 1, 1", len(people), len(cases))
	}
	if strings.Contains(s.Path(), "secret") {
		t.Errorf("Path() = %q shows a password", s.Path())
	}
}

func testEditsAreStoredAndStamped(t *testing.T, h Harness) {
	s := fresh(t, h)
	p := Person{Name: "Luis"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	if c.Answers == nil {
		t.Error("SaveCase left Answers nil: callers could not add to it")
	}

	mustDo(t, s.SaveAnswer(c.ID, "card_type", "temporary"))
	mustDo(t, s.SaveAnswer(c.ID, "card_expiry", "2026-12-20"))
	mustDo(t, s.DeleteAnswer(c.ID, "card_expiry"))
	mustDo(t, s.SetTick(c.ID, "D-PASS", true))
	mustDo(t, s.SetTick(c.ID, "D-PHOTO", true))
	mustDo(t, s.SetTick(c.ID, "D-PHOTO", false))
	pr := procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-20"), NUT: "CUE-2026-1"}
	mustDo(t, s.SetProgress(c.ID, pr))
	mustDo(t, s.SetNotes(c.ID, "called the office"))

	got, err := s.Case(c.ID)
	mustDo(t, err)
	if c.UID == "" || got.UID != c.UID {
		t.Errorf("a new case got uid %q, kept as %q: want one, kept by every edit", c.UID, got.UID)
	}
	want := Case{
		ID: c.ID, UID: c.UID, PersonID: p.ID, Procedure: "renewal",
		Answers:  procedures.Answers{"card_type": "temporary"},
		Progress: pr, Ticks: map[string]bool{"D-PASS": true}, Notes: "called the office",
		Created: c.Created, Updated: got.Updated, Version: 9, // created, then 8 edits
		// The history: answers and ticks are not in it (HistoryRoundTrips).
		History: got.History,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after edits:\n got %+v\nwant %+v", got, want)
	}
	if !got.Updated.After(c.Updated) {
		t.Errorf("Updated %v did not move past %v", got.Updated, c.Updated)
	}

	for name, err := range map[string]error{
		"SaveAnswer":   s.SaveAnswer(999, "k", "v"),
		"DeleteAnswer": s.DeleteAnswer(999, "k"),
		"SetTick":      s.SetTick(999, "D-PASS", true),
		"SetProgress":  s.SetProgress(999, pr),
		"SetNotes":     s.SetNotes(999, "x"),
		"DeleteCase":   s.DeleteCase(999),
		"DeletePerson": s.DeletePerson(999),
	} {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s on a missing record = %v; want ErrNotFound", name, err)
		}
	}
	if _, err := s.Case(999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Case(999) = %v; want ErrNotFound", err)
	}
	if _, err := s.Person(999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Person(999) = %v; want ErrNotFound", err)
	}
	if err := s.SaveAnswer(c.ID, "", "x"); err == nil {
		t.Error("SaveAnswer with an empty key succeeded")
	}
}

func testCaseNeedsItsPersonAndProcedure(t *testing.T, h Harness) {
	s := fresh(t, h)
	if err := s.SaveCase(&Case{PersonID: 42, Procedure: "renewal"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SaveCase for a missing person = %v; want ErrNotFound", err)
	}
	p := Person{Name: "Luis"}
	mustDo(t, s.SavePerson(&p))
	if err := s.SaveCase(&Case{PersonID: p.ID}); err == nil {
		t.Error("SaveCase with no procedure succeeded; want an error")
	}
	if cases, _ := s.Cases(); len(cases) != 0 {
		t.Errorf("refused saves left %d cases", len(cases))
	}
	if rows, _ := s.Summaries(); len(rows) != 0 {
		t.Errorf("refused saves left %d index rows", len(rows))
	}
}

func testPersonNamesAreUniqueIgnoringCase(t *testing.T, h Harness) {
	s := fresh(t, h)
	jose := Person{Name: "José Pérez"}
	mustDo(t, s.SavePerson(&jose))

	tests := map[string]struct {
		name    string
		refused bool
	}{
		"same name in capitals is the same person": {"JOSÉ PÉREZ", true},
		"extra spaces do not make a new name":      {"  josé   pérez ", true},
		"without accents is another name":          {"Jose Perez", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			p := Person{Name: tt.name}
			err := s.SavePerson(&p)
			if got := errors.Is(err, store.ErrDuplicateName); got != tt.refused {
				t.Fatalf("SavePerson(%q) = %v; refused %v, want %v", tt.name, err, got, tt.refused)
			}
			if tt.refused && (p.ID != 0 || !strings.Contains(err.Error(), "José Pérez")) {
				t.Errorf("refusal changed the person or does not name it: %+v, %v", p, err)
			}
			found, err := s.PersonByName(tt.name)
			if err != nil {
				t.Fatalf("PersonByName(%q): %v", tt.name, err)
			}
			if tt.refused && found.ID != jose.ID {
				t.Errorf("PersonByName(%q) = person %d; want %d", tt.name, found.ID, jose.ID)
			}
		})
	}
	if _, err := s.PersonByName("Nadie"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PersonByName of a stranger = %v; want ErrNotFound", err)
	}
	if err := s.SavePerson(&Person{Name: "   "}); err == nil {
		t.Error("SavePerson with a blank name succeeded")
	}
	// Renaming onto a taken name is refused too.
	other := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&other))
	other.Name = "josé pérez"
	if err := s.SavePerson(&other); !errors.Is(err, store.ErrDuplicateName) {
		t.Errorf("renaming onto a taken name = %v; want ErrDuplicateName", err)
	}
	if got, _ := s.Person(other.ID); got.Name != "Ana" {
		t.Errorf("a refused rename changed the person: %+v", got)
	}
}

func testRenamingFreesTheOldName(t *testing.T, h Harness) {
	s := fresh(t, h)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	created := p.Created
	p.Name = "Ana Lucía"
	mustDo(t, s.SavePerson(&p))
	if !p.Created.Equal(created) {
		t.Errorf("rename changed Created from %v to %v", created, p.Created)
	}
	if _, err := s.PersonByName("ana"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("old name still found: %v", err)
	}
	other := Person{Name: "ANA"}
	mustDo(t, s.SavePerson(&other))
	if got, _ := s.PersonByName("ana lucía"); got.ID != p.ID {
		t.Errorf("PersonByName(new name) = %d; want %d", got.ID, p.ID)
	}
	if rows := checkIndex(t, s, "renaming"); rows[0].Person != "Ana Lucía" {
		t.Errorf("the index row still names %q", rows[0].Person)
	}
}

func testDeletePersonRefusesWhileCasesRemain(t *testing.T, h Harness) {
	s := fresh(t, h)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))

	err := s.DeletePerson(p.ID)
	if !errors.Is(err, store.ErrHasCases) || !strings.Contains(err.Error(), "Ana") {
		t.Fatalf("DeletePerson with a case = %v; want ErrHasCases naming Ana", err)
	}
	if _, err := s.Case(c.ID); err != nil {
		t.Fatalf("refused delete lost the case: %v", err)
	}
	mustDo(t, s.DeleteCase(c.ID))
	mustDo(t, s.DeletePerson(p.ID))
	if _, err := s.Person(p.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Person after delete = %v; want ErrNotFound", err)
	}
	again := Person{Name: "ana"}
	if err := s.SavePerson(&again); err != nil {
		t.Errorf("the deleted person's name is still taken: %v", err)
	}
	if again.ID == p.ID {
		t.Errorf("a new person got the deleted person's id %d", p.ID)
	}
}

func testReadOnly(t *testing.T, h Harness) {
	addr := h.Fresh(t)
	s := open(t, h, addr)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	mustDo(t, s.Close())

	ro, err := h.Open(addr, store.Options{ReadOnly: true})
	mustDo(t, err)
	defer ro.Close()
	if got, err := ro.Person(p.ID); err != nil || got.Name != "Ana" {
		t.Errorf("read-only Person = %+v, %v", got, err)
	}
	for name, err := range map[string]error{
		"SavePerson":  ro.SavePerson(&Person{Name: "Luis"}),
		"SaveCase":    ro.SaveCase(&Case{PersonID: p.ID, Procedure: "renewal"}),
		"SetNotes":    ro.SetNotes(c.ID, "x"),
		"SetClosures": ro.SetClosures(nil),
		"DeleteCase":  ro.DeleteCase(c.ID),
	} {
		if !errors.Is(err, store.ErrReadOnly) {
			t.Errorf("read-only %s = %v; want ErrReadOnly", name, err)
		}
	}
	if _, err := ro.Import([]Person{{ID: 1, Name: "Bo"}}, nil); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("read-only Import = %v; want ErrReadOnly", err)
	}
	// Readers share the database.
	ro2, err := h.Open(addr, store.Options{ReadOnly: true})
	mustDo(t, err)
	ro2.Close()
}

// testCasesOf: CasesOf gives the stored cases of the ids asked, in that
// order, each as Case gives it; an id not stored is skipped; an error
// from fn stops the read and comes back.
func testCasesOf(t *testing.T, h Harness) {
	s := open(t, h, h.Fresh(t))
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	var ids []uint64
	for _, exp := range []string{"2026-12-20", "2027-01-15", "2027-02-10"} {
		c := Case{PersonID: p.ID, Procedure: "renewal", Answers: procedures.Answers{"card_type": "temporary", "card_expiry": exp}}
		mustDo(t, s.SaveCase(&c))
		ids = append(ids, c.ID)
	}
	ask := []uint64{ids[2], 9999, ids[0]}
	var got []Case
	mustDo(t, s.CasesOf(ask, func(c Case) error { got = append(got, c); return nil }))
	if len(got) != 2 || got[0].ID != ids[2] || got[1].ID != ids[0] {
		t.Fatalf("CasesOf(%v) gave %d cases; want cases %d and %d in that order", ask, len(got), ids[2], ids[0])
	}
	for _, c := range got {
		want, err := s.Case(c.ID)
		mustDo(t, err)
		if !reflect.DeepEqual(c, want) {
			t.Errorf("CasesOf's case %d differs from Case's:\n got %+v\nwant %+v", c.ID, c, want)
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := s.CasesOf(ids, func(Case) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("an error from fn: CasesOf returned %v after %d calls; want it back after 1", err, n)
	}
}
