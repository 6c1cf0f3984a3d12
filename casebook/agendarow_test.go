package casebook

import (
	"math/rand/v2"
	"testing"

	"tramite/procedures"
	"tramite/record"
)

// A streamed agenda (Add) gives each row as Item does, its texts by id
// (Row, Texts); asked for entries (At), it gives AddKept's order; and a
// kind beyond 16 bits stays "unknown".
func TestAgendaRowIsItem(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	r := rand.New(rand.NewPCG(5, 6))
	keys := []string{"a", "b", "renew", "file", ""}
	var sums []record.Summary
	for id := uint64(1); id <= 5000; id++ {
		s := record.Summary{CaseID: id, PersonID: id / 2, Person: "P" + keys[r.IntN(len(keys))], Procedure: "renewal", Stage: procedures.Stage(keys[r.IntN(len(keys))])}
		for k := range r.IntN(6) {
			d := procedures.Deadline{Key: keys[r.IntN(len(keys))], Date: today.AddDays(r.IntN(200) - 100),
				Kind: procedures.DeadlineKind(r.IntN(4)), Done: r.IntN(5) == 0, Title: "T" + keys[r.IntN(len(keys))],
				Rule: "R-" + keys[r.IntN(len(keys))], Note: keys[r.IntN(len(keys))]}
			if k%3 == 2 {
				d.ActBy = d.Date.AddDays(-1)
			}
			if id == 77 && k == 0 {
				d.Kind = 1 << 20
			}
			s.Deadlines = append(s.Deadlines, d)
		}
		sums = append(sums, s)
	}
	f := AgendaFilter{Today: today, Within: -1, All: true}
	st, kept := NewAgenda(f), NewAgenda(f)
	for i := range sums {
		st.Add(&sums[i])
		kept.AddKept(&sums[i])
	}
	st.Sort()
	kept.Sort()
	texts := st.Texts()
	for i := range st.Len() {
		it, row := st.Item(i), st.Row(i)
		d := it.Deadline
		got := procedures.Deadline{Key: texts[row.Key], Title: texts[row.Title], Rule: texts[row.Rule], Note: texts[row.Note],
			Date: row.Date, ActBy: row.ActBy, Kind: row.Kind, Done: row.Done}
		if got != d || row.Case != it.Case || row.Days != it.Days || row.Urgency != it.Urgency {
			t.Fatalf("row %d: %+v; Item gives %+v", i, row, it)
		}
		if d.Kind.String() != kept.At(i).Deadline.Kind.String() {
			t.Fatalf("row %d: kind %q; AddKept's %q", i, d.Kind, kept.At(i).Deadline.Kind)
		}
	}
	for ci := range st.Cases() {
		id, person, proc := st.CaseText(ci)
		k := kept.Case(ci)
		if id != k.ID || person != k.Person || proc != k.Procedure {
			t.Fatalf("case %d of a streamed agenda: %d %q %q; AddKept's %+v", ci, id, person, proc, *k)
		}
		if c := st.Case(ci); *c != *k {
			t.Fatalf("case %d of a streamed agenda: %+v; AddKept's %+v", ci, *c, *k)
		}
	}
	for i := range st.Len() {
		e, k := st.At(i), kept.At(i)
		if e.Case != k.Case || e.Days != k.Days || e.Urgency != k.Urgency || st.Item(i).Deadline.Key != k.Deadline.Key {
			t.Fatalf("At(%d) of a streamed agenda: %+v; AddKept's %+v", i, e, k)
		}
	}
}
