package export

import (
	"context"
	"fmt"
	"io"
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
