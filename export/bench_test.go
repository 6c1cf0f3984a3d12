package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"tramite/casebook"
	"tramite/record"
)

// benchHousehold is 10,000 cases for 2,000 people: the fixtures' cases
// (every core procedure) repeated with new ids.
func benchHousehold(b testing.TB) ([]record.Person, []record.Case) {
	people, cases := household(b)
	if len(cases) == 0 {
		b.Skip("no core procedure registered")
	}
	const nCases, nPeople = 10000, 2000
	var ps []record.Person
	for i := range nPeople {
		p := people[i%len(people)]
		p.ID, p.Name = uint64(i+1), fmt.Sprintf("%s %d", p.Name, i+1)
		ps = append(ps, p)
	}
	var cs []record.Case
	for i := range nCases {
		c := cases[i%len(cases)]
		c.ID, c.PersonID = uint64(i+1), uint64(i%nPeople+1)
		cs = append(cs, c)
	}
	return ps, cs
}

// BenchmarkExportText is `tramite export N`: one case's checklist.
func BenchmarkExportText(b *testing.B) {
	people, cases := benchHousehold(b)
	ctx := testContext()
	for b.Loop() {
		v, err := casebook.NewDetail(people[0], cases[0], ctx)
		if err != nil {
			b.Fatal(err)
		}
		if err := Text(io.Discard, []casebook.Detail{v}, ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportICS10k is `tramite export --household --format ics` over
// 10,000 cases: the case views (every rule evaluated), then the calendar.
func BenchmarkExportICS10k(b *testing.B) {
	people, cases := benchHousehold(b)
	ctx := testContext()
	b.Run("views+ics", func(b *testing.B) {
		for b.Loop() {
			vs, err := casebook.Household(people, cases, ctx)
			if err != nil {
				b.Fatal(err)
			}
			if err := ICS(io.Discard, vs, ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	vs, err := casebook.Household(people, cases, ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("ics-only", func(b *testing.B) {
		for b.Loop() {
			if err := ICS(io.Discard, vs, ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPacketPDF is `tramite export --household --format pdf` over 500
// of the benchmark's cases, the case views evaluated up front: the cost and
// the memory (B/op; the packet's own memory once written is what issue 15
// bounds) of drawing and writing the pages.
func BenchmarkPacketPDF(b *testing.B) {
	people, cases := benchHousehold(b)
	ctx := testContext()
	vs, err := casebook.Household(people, cases[:500], ctx)
	if err != nil {
		b.Fatal(err)
	}
	src := Cases(people, vs)
	b.ReportAllocs()
	for b.Loop() {
		if err := PDFFrom(context.Background(), io.Discard, src, ctx, PaperA4); err != nil {
			b.Fatal(err)
		}
	}
}

// growthSource is genSource sampling the live heap (after a collection)
// every 100 cases from the 300th, for BenchmarkPacketPDFGrowth.
type growthSource struct {
	*genSource
	xs, ys []float64
	// profile, when set, is where the heap profile at the last case goes.
	profile string
}

func (g *growthSource) Detail(i int) (casebook.Detail, error) {
	if i >= 300 && i%100 == 0 || i == g.n-1 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		g.xs = append(g.xs, float64(i))
		g.ys = append(g.ys, float64(ms.HeapAlloc))
		if i == g.n-1 && g.profile != "" {
			if f, err := os.Create(g.profile); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
	}
	return g.genSource.Detail(i)
}

// slope is the least-squares slope of ys over xs.
func slope(xs, ys []float64) float64 {
	var sx, sy, sxx, sxy float64
	n := float64(len(xs))
	for i := range xs {
		sx, sy = sx+xs[i], sy+ys[i]
		sxx, sxy = sxx+xs[i]*xs[i], sxy+xs[i]*ys[i]
	}
	return (n*sxy - sx*sy) / (n*sxx - sx*sx)
}

// BenchmarkPacketPDFGrowth is the household packet over cases evaluated
// one at a time, as `tramite export --household --format pdf` draws them:
// what the packet keeps per case (issue 15: bounded at 100,000 cases)
// without a run of 100,000. It reports the growth of the live heap per
// case (a least-squares slope over samples every 100 cases, which
// averages out where each sample falls in a part of 300 pages) and the
// live heap at the last case. TRAMITE_HEAPPROFILE=FILE writes the heap
// profile at the last case (go tool pprof -sample_index=inuse_space).
//
//	go test ./export -run '^$' -bench PacketPDFGrowth -benchtime 1x
func BenchmarkPacketPDFGrowth(b *testing.B) {
	if testing.Short() {
		b.Skip("draws 2,000 cases")
	}
	const n = 2000
	ctx := testContext()
	for b.Loop() {
		g := &growthSource{genSource: newGenSource(b, n), profile: os.Getenv("TRAMITE_HEAPPROFILE")}
		if err := PDFFrom(context.Background(), io.Discard, g, ctx, PaperA4); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(slope(g.xs, g.ys), "live-B/case")
		b.ReportMetric(g.ys[len(g.ys)-1]/(1<<20), "live-MB")
	}
}
