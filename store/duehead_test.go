package store

import (
	"cmp"
	"errors"
	"slices"
	"testing"
	"time"

	"tramite/procedures"
)

// EachSummaryByDue gives every case with a deadline not done, in order of
// its earliest date to act by (then case id), with that date, and stops
// when fn says so.
func TestEachSummaryByDueIsTheDateOrder(t *testing.T) {
	needProcedure(t)
	s := seedCases(t, dbPath(t), 30)
	sums, err := s.Summaries()
	mustDo(t, err)
	type due struct {
		day procedures.Date
		id  uint64
	}
	var want []due
	for _, r := range sums {
		if d, ok := dueOf(r.Deadlines); ok {
			want = append(want, due{procedures.Date{Year: int(d / 10000), Month: time.Month(d / 100 % 100), Day: int(d % 100)}, r.CaseID})
		}
	}
	slices.SortFunc(want, func(a, b due) int {
		if c := a.day.Compare(b.day); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	if len(want) < 5 {
		t.Fatalf("only %d cases with a pending deadline: the seed changed", len(want))
	}
	var got []due
	mustDo(t, s.EachSummaryByDue(func(d procedures.Date, r *Summary) error {
		got = append(got, due{d, r.CaseID})
		return nil
	}))
	if !slices.Equal(got, want) {
		t.Fatalf("EachSummaryByDue gave\n%v\nwant\n%v", got, want)
	}
	stop := errors.New("enough")
	n := 0
	err = s.EachSummaryByDue(func(procedures.Date, *Summary) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("stopping after 3 rows: %d rows, %v", n, err)
	}
}

// EachDueRow's deadlines are the row's without their words, and a row is
// contingent when one of its deadlines has IfMissed.
func TestEachDueRowBriefIsTheRowWithoutWords(t *testing.T) {
	needProcedure(t)
	s := seedCases(t, dbPath(t), 30)
	n := 0
	mustDo(t, s.EachDueRow(func(r *DueRow) error {
		n++
		full, err := r.Full()
		if err != nil {
			return err
		}
		if full.CaseID != r.CaseID || len(full.Deadlines) != len(r.Deadlines) {
			t.Fatalf("case %d: brief of %d deadlines, row of %d", r.CaseID, len(r.Deadlines), len(full.Deadlines))
		}
		contingent := false
		for i, d := range full.Deadlines {
			contingent = contingent || d.IfMissed != ""
			b := r.Deadlines[i]
			if b.Date != d.Date || b.ActBy != d.ActBy || b.Kind != d.Kind || b.Done != d.Done || b.AfterFiling != d.AfterFiling {
				t.Errorf("case %d deadline %d: brief %+v, row %+v", r.CaseID, i, b, d)
			}
		}
		if contingent != r.Contingent {
			t.Errorf("case %d: contingent %v, want %v", r.CaseID, r.Contingent, contingent)
		}
		return nil
	}))
	if n < 5 {
		t.Fatalf("only %d rows", n)
	}
}
