package store

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// wantRows is the oracle for the index: every case summarised afresh.
func wantRows(t *testing.T, s *Store) []Summary {
	t.Helper()
	rows, err := s.computeSummaries()
	mustDo(t, err)
	return rows
}

func checkIndex(t *testing.T, s *Store, step string) []Summary {
	t.Helper()
	got, err := s.Summaries()
	mustDo(t, err)
	if want := wantRows(t, s); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
		t.Fatalf("after %s the index is stale:\n got %+v\nwant %+v", step, got, want)
	}
	return got
}

func hasDeadline(row Summary, key string) bool {
	return slices.ContainsFunc(row.Deadlines, func(d procedures.Deadline) bool { return d.Key == key })
}

// Every write to a case rewrites its row in the same transaction
// (R-CASE-DECIDE and R-APPT-HOW give dates any procedure's case has).
func TestIndexFollowsEveryWrite(t *testing.T) {
	proc := needProcedure(t)
	s := openTest(t, dbPath(t))
	ana := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&ana))
	c := Case{PersonID: ana.ID, Procedure: proc.ID}
	mustDo(t, s.SaveCase(&c))
	rows := checkIndex(t, s, "SaveCase")
	if len(rows) != 1 || rows[0].Person != "Ana" || rows[0].Stage != procedures.StageDraft || rows[0].Procedure != proc.ID {
		t.Fatalf("row of a new case = %+v", rows)
	}

	full := renewalAnswers(proc)
	for k, v := range full {
		mustDo(t, s.SaveAnswer(c.ID, k, v))
	}
	rows = checkIndex(t, s, "SaveAnswer")
	// R-RENEW-WINDOW: a temporary card expiring 2026-12-20 closes the
	// renewal window that day.
	if proc.ID == "renewal" && !hasDeadline(rows[0], "renewal-window-closes") {
		t.Errorf("row after answering %v = %+v; want renewal-window-closes", full, rows[0])
	}

	// R-APPT-HOW: a booked appointment is a date of the case.
	mustDo(t, s.SetProgress(c.ID, procedures.Progress{
		Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03"), Office: "Cuernavaca",
	}))
	rows = checkIndex(t, s, "SetProgress (booked)")
	if rows[0].Stage != procedures.StageBooked || !hasDeadline(rows[0], "appointment") {
		t.Errorf("booked row = %+v; want stage booked and the appointment", rows[0])
	}

	// R-CASE-DECIDE: filing schedules INM's decision date.
	mustDo(t, s.SetProgress(c.ID, procedures.Progress{
		Stage: procedures.StageFiled, AppointmentDate: procedures.MustDate("2026-12-03"), FiledDate: procedures.MustDate("2026-12-03"),
	}))
	rows = checkIndex(t, s, "SetProgress (filed)")
	if !hasDeadline(rows[0], "decision-due") {
		t.Errorf("filed row = %+v; want decision-due", rows[0])
	}

	for k := range full {
		mustDo(t, s.DeleteAnswer(c.ID, k))
		break
	}
	checkIndex(t, s, "DeleteAnswer")
	mustDo(t, s.SetTick(c.ID, "D-PASS", true))
	mustDo(t, s.SetNotes(c.ID, "notes"))
	checkIndex(t, s, "SetTick and SetNotes")

	ana.Name = "Ana Lucía"
	mustDo(t, s.SavePerson(&ana))
	if rows = checkIndex(t, s, "renaming the person"); rows[0].Person != "Ana Lucía" {
		t.Errorf("row after rename names %q", rows[0].Person)
	}

	luis := Person{Name: "Luis"}
	mustDo(t, s.SavePerson(&luis))
	moved, err := s.Case(c.ID)
	mustDo(t, err)
	moved.PersonID = luis.ID
	mustDo(t, s.SaveCase(&moved))
	if rows = checkIndex(t, s, "moving the case to another person"); rows[0].Person != "Luis" {
		t.Errorf("row after moving names %q", rows[0].Person)
	}
	if err := s.DeletePerson(ana.ID); err != nil {
		t.Errorf("Ana has no case left but DeletePerson = %v", err)
	}

	mustDo(t, s.DeleteCase(c.ID))
	if rows = checkIndex(t, s, "DeleteCase"); len(rows) != 0 {
		t.Errorf("rows after DeleteCase = %+v", rows)
	}
}

func TestUnknownProcedureHasARowWithoutDeadlines(t *testing.T) {
	s := openTest(t, dbPath(t))
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

// When the rules change (procedures.RulesChecked, the row format or the
// catalog), Open rebuilds every row; a read-only store computes them.
func TestOpenRebuildsTheIndexWhenRulesChange(t *testing.T) {
	path := dbPath(t)
	s := openTest(t, path)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	for range 3 {
		c := Case{PersonID: p.ID, Procedure: "renewal",
			Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03")}}
		mustDo(t, s.SaveCase(&c))
	}
	want, err := s.Summaries()
	mustDo(t, err)
	// Pretend the rows were written by older rules: wrong rows, old version.
	mustDo(t, s.raw().Update(func(tx *bolt.Tx) error {
		if err := putRow(tx, Summary{CaseID: 2, Person: "stale", Stage: procedures.StageDraft}); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyRules, []byte("2020-01-01;index=0"))
	}))
	mustDo(t, s.Close())

	// stayStale: as when the file could not be taken to rebuild it.
	ro, err := Open(path, Options{ReadOnly: true, stayStale: true})
	mustDo(t, err)
	got, err := ro.Summaries()
	ro.Close()
	mustDo(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read-only Summaries with stale rules:\n got %+v\nwant %+v", got, want)
	}

	s = openTest(t, path)
	got, err = s.Summaries()
	mustDo(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Summaries after reopening with new rules:\n got %+v\nwant %+v", got, want)
	}
	mustDo(t, s.raw().View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keyRules)); v != rulesVersion() {
			t.Errorf("rules version after rebuild = %q; want %q", v, rulesVersion())
		}
		return nil
	}))
}

func TestRowCodecRoundTrip(t *testing.T) {
	tests := map[string]Summary{
		"an empty row": {Updated: time.Unix(0, 0).UTC()},
		"a full row": {
			CaseID: 1 << 40, PersonID: 7, Person: "José Ñúñez 🇲🇽", Procedure: "renewal", Stage: procedures.StageFiled,
			Updated: time.Date(2026, 11, 23, 10, 0, 0, 123456789, time.UTC),
			Deadlines: []procedures.Deadline{
				{Key: "renewal-window-closes", Date: procedures.MustDate("2026-12-20"), Kind: procedures.Closes,
					Title: "Renew by", ActBy: procedures.MustDate("2026-12-18"), Note: "both readings", Rule: "R-RENEW-WINDOW", Done: true},
				{Key: "exit-return", Date: procedures.MustDate("2027-01-05"), Kind: procedures.Due, AfterFiling: true, IfMissed: "renewal-window-closes"},
				{},
			},
		},
		"the zero time": {Person: "x"},
	}
	for name, want := range tests {
		for _, shared := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s, shared strings %v", name, shared), func(t *testing.T) {
				table := newMemTable()
				var ids stringIDs
				if shared {
					ids = table.id
				}
				row := encodeSummary(want, ids)
				got, err := newRowDecoder(table.strs).decode(row)
				mustDo(t, err)
				if !got.Updated.Equal(want.Updated) {
					t.Errorf("Updated = %v; want %v", got.Updated, want.Updated)
				}
				want := want
				got.Updated, want.Updated = time.Time{}, time.Time{}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("decode(encode(row)):\n got %+v\nwant %+v", got, want)
				}
				if shared && len(want.Deadlines) > 0 && bytes.Contains(row, []byte(want.Deadlines[0].Title)) {
					t.Errorf("a shared title is written inline in the row %q", row)
				}
			})
		}
	}
}

// memTable is an in-memory string table, for codec tests.
type memTable struct {
	strs []string
	ids  map[string]uint64
}

func newMemTable() *memTable { return &memTable{strs: []string{""}, ids: map[string]uint64{}} }

// id is a stringIDs.
func (m *memTable) id(s string) uint64 {
	if id, ok := m.ids[s]; ok {
		return id
	}
	m.ids[s] = uint64(len(m.strs))
	m.strs = append(m.strs, s)
	return m.ids[s]
}
