package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// bigSummaries builds n case summaries as the store would hold them:
// renewals spread over two years, a tenth of them filed, for n/10 people.
func bigSummaries(b testing.TB, n int) []record.Summary {
	p, err := procedures.Lookup("renewal")
	if err != nil {
		b.Fatal(err)
	}
	out := make([]record.Summary, 0, n)
	for i := range n {
		a := renewalAnswers(today.AddDays(i%700 - 60).String())
		pr := procedures.Progress{Stage: procedures.StageDraft}
		if i%10 == 0 {
			pr = procedures.Progress{Stage: procedures.StageFiled, FiledDate: today.AddDays(-(i % 30))}
		}
		out = append(out, record.Summary{CaseID: uint64(i + 1), PersonID: uint64(i/10 + 1),
			Person: fmt.Sprintf("Persona Número %d", i/10+1), Procedure: "renewal", Stage: pr.Stage,
			Deadlines: procedures.Track(p, a, pr, procedures.Context{})})
	}
	return out
}

func BenchmarkBuildRows10k(b *testing.B) {
	sums := bigSummaries(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		rows, _ := buildRows(sums, today, nil)
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

// bigStore writes n cases like bigSummaries' into a real store file, in
// one import, and returns it open.
func bigStore(b *testing.B, n int) *store.Store {
	b.Helper()
	st, err := store.Open(b.TempDir()+"/tramite.db", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	people := make([]record.Person, 0, n/10+1)
	cases := make([]record.Case, 0, n)
	for i := range n {
		if i%10 == 0 {
			people = append(people, record.Person{ID: uint64(i/10 + 1), Name: fmt.Sprintf("Persona Número %d", i/10+1)})
		}
		pr := procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: today.AddDays(i % 90)}
		if i%10 == 0 {
			pr = procedures.Progress{Stage: procedures.StageFiled, FiledDate: today.AddDays(-(i % 30))}
		}
		cases = append(cases, record.Case{PersonID: uint64(i/10 + 1), Procedure: "renewal",
			Answers: renewalAnswers(today.AddDays(i%700 - 60).String()), Progress: pr})
	}
	if _, err := st.Import(people, cases); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkFirstFrame10k is start-up over a real store of 10,000 cases,
// in process: the loading frame (app built, size known, header and
// "Loading your cases…" drawn), then the start Cmd (read the index, build
// the rows) and the first frame with data. The terminal's own start-up
// is not included: see BENCHMARKS.md for the whole process.
func BenchmarkFirstFrame10k(b *testing.B) {
	st := bigStore(b, 10000)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			for b.Loop() {
				a := NewApp(st, Options{Context: testCtx()})
				m, _ := a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				if v := m.View(); !strings.Contains(v.Content, "Loading") {
					b.Fatal("no loading frame")
				}
				msg := startCmd(st, today, nil)()
				m, _ = m.Update(msg)
				a = m.(*App)
				if a.screen != screenDashboard || len(a.dash.visible) < 1000 {
					b.Fatalf("screen %v with %d rows", a.screen, len(a.dash.visible))
				}
				_ = a.View()
			}
		})
	}
}

// The first search keystroke lowercases the search text of every row
// (built lazily, not at start-up); later ones only filter.
func BenchmarkFirstSearchKeystroke10k(b *testing.B) {
	sums := bigSummaries(b, 10000)
	for b.Loop() {
		b.StopTimer()
		a := NewApp(newMemStore(), Options{Context: testCtx()})
		m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m, _ = m.Update(startMsg{sums: sums})
		m, _ = m.Update(press("/"))
		b.StartTimer()
		m, _ = m.Update(press("a"))
		_ = m.View()
	}
}

// dash100k is the dashboard over 100,000 cases (skipped under -short),
// with its search text prepared as the Cmd after the rows does.
func dash100k(b *testing.B) (*App, []record.Summary) {
	b.Helper()
	if testing.Short() {
		b.Skip("100,000 cases: not under -short")
	}
	sums := bigSummaries(b, 100000)
	a := NewApp(newMemStore(), Options{Context: testCtx()})
	m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m, cmd := m.Update(startMsg{sums: sums, data: buildDashData(sums, today, nil)})
	// The start's Cmd is a batch: its search column is in it (a plain
	// type assertion on cmd() left it out, and the first timed letter
	// folded 100,000 names).
	m = deliverSearchText(m, cmd, 2)
	return m.(*App), sums
}

// Each letter of a search typed at 100,000 cases, with its frame: the
// query grows letter by letter ("persona 12"), then is cleared.
func BenchmarkSearchTyping100k(b *testing.B) {
	a, _ := dash100k(b)
	m, _ := a.Update(press("/"))
	keys := []string{"p", "e", "r", "s", "o", "n", "a", " ", "1", "2"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := keys[i%len(keys)]
		if i%len(keys) == 0 && i > 0 {
			b.StopTimer()
			for range keys {
				m, _ = m.Update(press("backspace"))
			}
			b.StartTimer()
		}
		m, _ = m.Update(press(k))
		_ = m.View()
	}
}

// Returning from a case view at 100,000 cases: the reload's message
// (rows built in its Cmd) handled in Update, and the frame.
func BenchmarkReloadInUpdate100k(b *testing.B) {
	a, sums := dash100k(b)
	msg := summariesMsg{sums: sums}
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		msg.data = buildDashData(sums, today, nil)
		b.StartTimer()
		m, _ := a.Update(msg)
		a = m.(*App)
		_ = a.View()
	}
}

// The rows of 100,000 cases, as the start and reload Cmds build them.
func BenchmarkBuildDashData100k(b *testing.B) {
	if testing.Short() {
		b.Skip("100,000 cases: not under -short")
	}
	sums := bigSummaries(b, 100000)
	b.ResetTimer()
	for b.Loop() {
		_ = buildDashData(sums, today, nil)
	}
}
