package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/store"
)

// bigSummaries builds n case summaries as the store would hold them:
// renewals spread over two years, a tenth of them filed, for n/10 people.
func bigSummaries(b testing.TB, n int) []store.Summary {
	p, err := procedures.Lookup("renewal")
	if err != nil {
		b.Fatal(err)
	}
	out := make([]store.Summary, 0, n)
	for i := range n {
		a := renewalAnswers(today.AddDays(i%700 - 60).String())
		pr := procedures.Progress{Stage: procedures.StageDraft}
		if i%10 == 0 {
			pr = procedures.Progress{Stage: procedures.StageFiled, FiledDate: today.AddDays(-(i % 30))}
		}
		out = append(out, store.Summary{CaseID: uint64(i + 1), PersonID: uint64(i/10 + 1),
			Person: fmt.Sprintf("Persona Número %d", i/10+1), Procedure: "renewal", Stage: pr.Stage,
			Deadlines: procedures.Track(p, a, pr, procedures.Context{})})
	}
	return out
}

func BenchmarkBuildRows10k(b *testing.B) {
	sums := bigSummaries(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		rows, _ := buildRows(sums, today)
		_ = filterDeadlines(rows, filter{})
	}
}

func benchDash(b *testing.B, w, h int) *App {
	a := NewApp(newMemStore(), Options{Context: testCtx()})
	m, _ := a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m, _ = m.Update(startMsg{sums: bigSummaries(b, 10000)})
	a = m.(*App)
	if len(a.dash.visible) < 1000 {
		b.Fatalf("only %d rows visible", len(a.dash.visible))
	}
	return a
}

func BenchmarkDashboardFrame80x24(b *testing.B) {
	a := benchDash(b, 80, 24)
	b.ResetTimer()
	for b.Loop() {
		_ = a.View()
	}
}

func BenchmarkDashboardFrame200x60(b *testing.B) {
	a := benchDash(b, 200, 60)
	b.ResetTimer()
	for b.Loop() {
		_ = a.View()
	}
}

// A cursor-down keystroke, including the frame it causes.
func BenchmarkCursorDown10k(b *testing.B) {
	a := benchDash(b, 80, 24)
	down := press("j")
	b.ResetTimer()
	for b.Loop() {
		m, _ := a.Update(down)
		a = m.(*App)
		_ = a.View()
		if a.dash.cursor == len(a.dash.visible)-1 {
			a.dash.cursor = 0
		}
	}
}

// A search keystroke refilters all rows: the worst case per key.
func BenchmarkSearchKeystroke10k(b *testing.B) {
	a := benchDash(b, 80, 24)
	m, _ := a.Update(press("/"))
	a = m.(*App)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := "a"
		if i%2 == 1 {
			k = "backspace"
		}
		m, _ := a.Update(press(k))
		a = m.(*App)
	}
}
