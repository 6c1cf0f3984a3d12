package casebook

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"tramite/procedures"
	"tramite/record"
)

// dayNumber counts the days DaysUntil counts, across leap years, century
// years and before year 0.
func TestDayNumberCountsAsDaysUntil(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	date := func() procedures.Date {
		y := 1600 + r.IntN(600)
		if r.IntN(10) == 0 {
			y = -50 + r.IntN(100)
		}
		m := time.Month(1 + r.IntN(12))
		return procedures.Date{Year: y, Month: m, Day: 1 + r.IntN(daysIn(y, m))}
	}
	for range 20000 {
		a, b := date(), date()
		if got, want := dayNumber(b)-dayNumber(a), int64(a.DaysUntil(b)); got != want && a.DaysUntil(b) < 100000 && b.DaysUntil(a) < 100000 {
			t.Fatalf("days from %v to %v = %d; DaysUntil = %d", a, b, got, want)
		}
	}
	for _, d := range []procedures.Date{{}, {Year: 2026, Month: 2, Day: 29}, {Year: 2026, Month: 13, Day: 1}, {Year: 2026, Month: 4, Day: 31}} {
		if dayNumber(d) != noDay {
			t.Errorf("dayNumber(%+v) = %d; want noDay (not a calendar date)", d, dayNumber(d))
		}
	}
}

// The agenda's order is CompareDeadlines whatever order the cases come
// in, and each case's next date is Next's.
func TestAgendaOrderAndNext(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	r := rand.New(rand.NewPCG(3, 4))
	var sums []record.Summary
	// 3,000 cases: several of the agenda's chunks of 4,096 entries.
	for id := uint64(1); id <= 3000; id++ {
		s := record.Summary{CaseID: id, Person: "P", Procedure: "renewal"}
		for k := range r.IntN(5) {
			d := procedures.Deadline{Key: string(rune('a' + r.IntN(4))), Date: today.AddDays(r.IntN(120) - 60),
				Kind: procedures.DeadlineKind(r.IntN(4)), Done: r.IntN(5) == 0}
			if k%3 == 2 {
				d.ActBy = d.Date.AddDays(-1)
			}
			s.Deadlines = append(s.Deadlines, d)
		}
		sums = append(sums, s)
	}
	for _, shuffled := range []bool{false, true} {
		in := slices.Clone(sums)
		if shuffled {
			r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		}
		for _, f := range []AgendaFilter{{Today: today, Within: -1, All: true}, {Today: today, Within: -1}, {Today: today, Within: 10}} {
			a := NewAgenda(f)
			for i := range in {
				a.AddKept(&in[i])
			}
			a.Sort()
			type want struct {
				act  procedures.Date
				id   uint64
				key  string
				days int
			}
			var ws []want
			for _, s := range in {
				for _, d := range procedures.Applicable(s.Deadlines, today) {
					u, days := UrgencyOf(&d, today)
					if (!f.All && !u.Pending()) || (f.Within >= 0 && ActDate(&d).After(today.AddDays(f.Within))) {
						continue
					}
					ws = append(ws, want{ActDate(&d), s.CaseID, d.Key, days})
				}
			}
			slices.SortStableFunc(ws, func(x, y want) int { return CompareDeadlines(x.act, x.id, x.key, y.act, y.id, y.key) })
			if a.Len() != len(ws) {
				t.Fatalf("shuffled %v, %+v: %d entries; want %d", shuffled, f, a.Len(), len(ws))
			}
			for i, w := range ws {
				e := a.At(i)
				if got := (want{e.Act(), a.Case(int(e.Case)).ID, e.Deadline.Key, int(e.Days)}); got != w {
					t.Fatalf("shuffled %v, %+v: entry %d = %+v; want %+v", shuffled, f, i, got, w)
				}
			}
			// A streamed agenda (Add) lists the same, from its compact
			// copies.
			st := NewAgenda(f)
			for i := range in {
				st.Add(&in[i])
			}
			st.Sort()
			if st.Len() != a.Len() {
				t.Fatalf("shuffled %v, %+v: Add lists %d; AddKept %d", shuffled, f, st.Len(), a.Len())
			}
			for i := range a.Len() {
				want, got := *a.At(i).Deadline, st.Deadline(i)
				want.AfterFiling, want.IfMissed = false, ""
				it := st.Item(i)
				if got != want || it.Case != a.At(i).Case || it.Days != a.At(i).Days || it.Urgency != a.At(i).Urgency {
					t.Fatalf("shuffled %v, %+v: Add's entry %d = %+v; AddKept's %+v", shuffled, f, i, got, want)
				}
			}
			// Sorted half-way (its copies then in the agenda's order),
			// then given the rest, it lists the same again.
			half := NewAgenda(f)
			for i := range in[:len(in)/2] {
				half.Add(&in[i])
			}
			half.Sort()
			for i := range in[len(in)/2:] {
				half.Add(&in[len(in)/2+i])
			}
			half.Sort()
			if half.Len() != st.Len() {
				t.Fatalf("shuffled %v, %+v: sorted half-way, lists %d; want %d", shuffled, f, half.Len(), st.Len())
			}
			for i := range st.Len() {
				if got, want := half.Item(i), st.Item(i); got != want {
					t.Fatalf("shuffled %v, %+v: sorted half-way, entry %d = %+v; want %+v", shuffled, f, i, got, want)
				}
			}
			if f.All && f.Within < 0 {
				for ci := range a.Cases() {
					s := &in[ci]
					nd, ok := Next(s.Deadlines, today)
					p := a.Next(ci)
					if ok != (p >= 0) || (ok && (a.At(p).Deadline.Key != nd.Key || a.At(p).Act() != ActDate(&nd))) {
						t.Fatalf("case %d: agenda's next at %d; Next = %+v, %v", s.CaseID, p, nd, ok)
					}
				}
			}
		}
	}
}

// DaysBetween is DaysUntil, near and far, for real dates and others.
func TestDaysBetweenIsDaysUntil(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	for _, d := range []procedures.Date{today, today.AddDays(1), today.AddDays(-400), {Year: 2400, Month: 1, Day: 1}, {Year: 2399, Month: 12, Day: 31},
		{Year: 1600, Month: 2, Day: 29}, {}, {Year: 2026, Month: 13, Day: 40}, {Year: -3, Month: 1, Day: 1}} {
		if got, want := DaysBetween(today, d), today.DaysUntil(d); got != want {
			t.Errorf("DaysBetween(%v, %+v) = %d; DaysUntil = %d", today, d, got, want)
		}
	}
}

// NextFinder finds Next's deadline, case after case, on each day around
// the deadlines (R-DAYS-CLOSED act-by dates, done and contingent ones).
func TestNextFinderIsNext(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	r := rand.New(rand.NewPCG(5, 6))
	var f NextFinder
	found := 0
	for range 2000 {
		var ds []procedures.Deadline
		for k := range r.IntN(6) {
			d := procedures.Deadline{Key: string(rune('a' + r.IntN(4))), Date: today.AddDays(r.IntN(120) - 60),
				Kind: procedures.DeadlineKind(r.IntN(4)), Done: r.IntN(5) == 0}
			if k%3 == 2 {
				d.ActBy = d.Date.AddDays(-1)
			}
			if k == 3 {
				d.IfMissed = "a"
			}
			ds = append(ds, d)
		}
		day := today.AddDays(r.IntN(60) - 30)
		want, wok := Next(ds, day)
		got, ok := f.Next(ds, day)
		if ok != wok || (ok && *got != want) {
			t.Fatalf("NextFinder.Next(%+v, %v) = %+v, %v; Next = %+v, %v", ds, day, got, ok, want, wok)
		}
		if ok {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no case had a next date: the test proves nothing")
	}
}
