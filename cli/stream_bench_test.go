package cli

import (
	"io"
	"testing"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
)

// BenchmarkStream100k splits `deadlines --within 30` and `deadlines
// --all --json` at 100,000 cases (benchDB100k) by layer, the store open
// once: the agenda key read alone (store), the agenda streamed from it
// with nothing printed (casebook), and the lines or JSON written to
// io.Discard (cli). Each layer's share is its figure less the one before.
func BenchmarkStream100k(b *testing.B) {
	db := benchDB100k(b)
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	today := procedures.MustDate("2026-11-23")
	l := i18n.For(i18n.English)
	for _, c := range []struct {
		name string
		f    deadlineFilter
	}{
		{"within30", deadlineFilter{today: today, within: 30}},
		{"all", deadlineFilter{today: today, within: -1, all: true}},
	} {
		q := casebook.AgendaKeyQuery{Done: c.f.all}
		if c.f.within >= 0 {
			q.Until, q.Bounded = today.AddDays(c.f.within), true
		}
		b.Run(c.name+"/store", func(b *testing.B) {
			for b.Loop() {
				n := 0
				if err := st.EachAgendaKey(q, func(_ []string, d *casebook.KeyedDeadline) error { n++; return nil }); err != nil || n == 0 {
					b.Fatal(err, n)
				}
			}
		})
		b.Run(c.name+"/casebook", func(b *testing.B) {
			for b.Loop() {
				n := 0
				if err := casebook.StreamAgenda(st, c.f.agendaFilter(), func(_ []string, r *casebook.StreamedDeadline) error { n++; return nil }); err != nil || n == 0 {
					b.Fatal(err, n)
				}
			}
		})
		b.Run(c.name+"/tsv", func(b *testing.B) {
			a := newApp(nil, io.Discard, io.Discard, func(string) string { return "" }, benchNow)
			a.lang = l
			for b.Loop() {
				if _, err := streamDeadlinesTSV(a, st, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/json", func(b *testing.B) {
			for b.Loop() {
				if err := streamDeadlinesJSON(io.Discard, st, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
