package store

import (
	"errors"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// TestWritesRefuseWhatTheCommandLineRefuses: every write path of the
// store (SavePerson, SaveCase, the case edits, Import) refuses the values
// the adversarial test stored through import and the terminal interface,
// with record.ErrInvalid and a short message naming the field.
func TestWritesRefuseWhatTheCommandLineRefuses(t *testing.T) {
	proc := needProcedure(t)
	s := openTest(t, dbPath(t))
	ana := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&ana))
	c := Case{PersonID: ana.ID, Procedure: proc.ID}
	mustDo(t, s.SaveCase(&c))
	long := strings.Repeat("x", 32<<10)

	people := map[string]struct {
		p     Person
		field string
	}{
		"a 32 KB name":        {Person{Name: long}, "name"},
		"a name with ESC":     {Person{Name: textsafe.Hostile[0]}, "name"},
		"a name with NUL":     {Person{Name: "Ana\x00B"}, "name"},
		"a name with CR":      {Person{Name: "Ana\rB"}, "name"},
		"a name with LF":      {Person{Name: "Ana\n2  Fake row"}, "name"},
		"a name with RLO":     {Person{Name: "Ana \u202eavon"}, "name"},
		"a zero-width name":   {Person{Name: "\u200b\u200b"}, "name"},
		"phone abc":           {Person{Name: "Bo", Details: map[string]string{"phone": "abc"}}, "phone"},
		"e-mail @@":           {Person{Name: "Bo", Details: map[string]string{"email": "@@"}}, "email"},
		"unknown detail key":  {Person{Name: "Bo", Details: map[string]string{"shoe_size": "42"}}, "shoe_size"},
		"born in 2100":        {Person{Name: "Bo", BirthDate: procedures.MustDate("2100-01-01")}, "birth_date"},
		"a hostile address":   {Person{Name: "Bo", Details: map[string]string{"address": "Calle 1\x1b[2J"}}, "address"},
		"a hostile national.": {Person{Name: "Bo", Nationality: "x\u2066y"}, "nationality"},
	}
	for name, tc := range people {
		p := tc.p
		for path, err := range map[string]error{
			"SavePerson": s.SavePerson(&p),
			"Import":     importErr(s, tc.p),
		} {
			if !errors.Is(err, record.ErrInvalid) || !strings.Contains(err.Error(), tc.field) || len(err.Error()) > 400 {
				t.Errorf("%s via %s: %v; want a short record.ErrInvalid naming %s", name, path, record.Short(errString(err)), tc.field)
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
		"appointment 9:30": {func() error {
			return s.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageBooked, AppointmentTime: "9:30"})
		}, "appointment_time"},
		"an office with OSC 8": {func() error {
			return s.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageBooked, Office: textsafe.Hostile[2]})
		}, "office"},
		"a 1 MB note":        {func() error { return s.SetNotes(c.ID, strings.Repeat(long, 32)) }, "notes"},
		"a note with ESC":    {func() error { return s.SetNotes(c.ID, "see\x1b]52;c;eA==\x07") }, "notes"},
		"a phone answer abc": {func() error { return s.SaveAnswer(c.ID, "phone", "abc") }, "phone"},
		"an answer with CSI": {func() error { return s.SaveAnswer(c.ID, "grounds", "job\x1b[2J") }, "grounds"},
		"a hostile tick":     {func() error { return s.SetTick(c.ID, "D-\x1b[2J", true) }, "ticks"},
		"SaveCase notes": {func() error {
			d := c
			d.Notes = "\u202e"
			return s.SaveCase(&d)
		}, "notes"},
	}
	for name, tc := range edits {
		err := tc.edit()
		if !errors.Is(err, record.ErrInvalid) || !strings.Contains(err.Error(), tc.field) || len(err.Error()) > 400 {
			t.Errorf("%s: %v; want a short record.ErrInvalid naming %s", name, record.Short(errString(err)), tc.field)
		}
	}
	// What passes: the values the command line accepts.
	mustDo(t, s.SetProgress(c.ID, procedures.Progress{Stage: procedures.StageBooked, AppointmentTime: "09:30", Office: "Querétaro"}))
	mustDo(t, s.SetNotes(c.ID, "Bring the originals.\n\tAnd copies."))
	bo := Person{Name: "José 陈 مريم", Details: map[string]string{"phone": "+52 55 1234 5678", "email": "jose@example.com"}}
	mustDo(t, s.SavePerson(&bo))
}

// TestOldRecordsStayEditable: a record stored before these rules with a
// value they refuse can still be edited in its other fields.
func TestOldRecordsStayEditable(t *testing.T) {
	proc := needProcedure(t)
	s := openTest(t, dbPath(t))
	old := Person{ID: 1, Name: "Old\x1b]0;x\x07"}
	mustDo(t, s.update("planting", func(tx *boltTx) error {
		if err := putJSON(tx.Bucket(bucketPeople), old.ID, old); err != nil {
			return err
		}
		return tx.Bucket(bucketPeopleByName).Put(nameKey(old.Name), itob(old.ID))
	}))
	c := Case{PersonID: old.ID, Procedure: proc.ID}
	mustDo(t, s.SaveCase(&c))
	mustDo(t, s.update("planting", func(tx *boltTx) error {
		c.Notes = "old\x00note"
		return putCase(tx, &c)
	}))
	mustDo(t, s.SetTick(c.ID, "D-PASS", true))
	p, err := s.Person(old.ID)
	mustDo(t, err)
	p.Nationality = "Chilean"
	mustDo(t, s.SavePerson(&p))
}

func importErr(s *Store, p Person) error {
	p.ID = 99
	_, err := s.Import([]Person{p}, nil)
	return err
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

type boltTx = bolt.Tx
