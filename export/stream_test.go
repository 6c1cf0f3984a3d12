package export

import (
	"context"
	"errors"
	"io"
	"runtime"
	"testing"

	"tramite/casebook"
	"tramite/record"
)

// genSource is a household of n cases made from the fixtures, each
// evaluated when the export asks for it, as the store's source does; it
// samples the heap every 250 cases.
type genSource struct {
	t       testing.TB
	n       int
	people  []record.Person
	cases   []record.Case
	maxHeap uint64
	asked   int
}

func newGenSource(t testing.TB, n int) *genSource {
	people, cases := household(t)
	return &genSource{t: t, n: n, people: people, cases: cases}
}

func (g *genSource) Len() int { return g.n }

func (g *genSource) Entry(i int) Entry {
	c := g.cases[i%len(g.cases)]
	v, err := g.detail(i)
	if err != nil {
		g.t.Fatal(err)
	}
	return Entry{PersonID: c.PersonID, Person: v.Person.Name, CaseID: uint64(i + 1), Procedure: v.Procedure, Stage: stageOf(v)}
}

func (g *genSource) detail(i int) (casebook.Detail, error) {
	c := g.cases[i%len(g.cases)]
	c.ID = uint64(i + 1)
	for _, p := range g.people {
		if p.ID == c.PersonID {
			return casebook.NewDetail(p, c, testContext())
		}
	}
	return casebook.Detail{}, errors.New("no person")
}

func (g *genSource) Detail(i int) (casebook.Detail, error) {
	g.asked++
	if i%250 == 0 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		g.maxHeap = max(g.maxHeap, ms.HeapAlloc)
	}
	return g.detail(i)
}

func (g *genSource) EachPerson(fn func(record.Person) error) error {
	for _, p := range g.people {
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}

// TestHouseholdStreamsBoundedMemory: a household export holds one case at
// a time (issue 15): the live heap while 4,000 cases are written stays far
// below what holding them all takes (21 MB for 4,000 evaluated
// cases), and the export asks for each case once.
func TestHouseholdStreamsBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 4,000 cases per format")
	}
	const n = 4000
	for _, format := range []string{FormatText, FormatMarkdown, FormatJSON, FormatICS} {
		t.Run(format, func(t *testing.T) {
			g := newGenSource(t, n)
			runtime.GC()
			var base runtime.MemStats
			runtime.ReadMemStats(&base)
			if err := RenderFrom(context.Background(), io.Discard, format, g, testContext(), Options{}); err != nil {
				t.Fatal(err)
			}
			if g.asked != n {
				t.Errorf("the export asked for %d cases, want each of the %d once", g.asked, n)
			}
			grew := int64(g.maxHeap) - int64(base.HeapAlloc)
			t.Logf("%s: live heap grew by at most %.1f MB over %d cases", format, float64(grew)/(1<<20), n)
			if grew > 8<<20 {
				t.Errorf("live heap grew by %.1f MB while writing: the cases are kept", float64(grew)/(1<<20))
			}
		})
	}
}

// TestRenderStopsWhenCancelled: a cancelled export stops between cases
// with the context's error (Ctrl-C).
func TestRenderStopsWhenCancelled(t *testing.T) {
	for _, format := range []string{FormatText, FormatMarkdown, FormatJSON, FormatICS, FormatPDF} {
		g := newGenSource(t, 50)
		run, cancel := context.WithCancel(context.Background())
		cancel()
		err := RenderFrom(run, io.Discard, format, g, testContext(), Options{})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s: err %v, want context.Canceled", format, err)
		}
		if g.asked > 1 {
			t.Errorf("%s: %d cases rendered after the cancel", format, g.asked)
		}
	}
}
