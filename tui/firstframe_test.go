package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// Start-up draws the loading frame (header and "Loading your cases…")
// before the summaries arrive; the dashboard's rows come built from the
// start Cmd, and the dashboard uses them rather than sorting again.
func TestStartDrawsLoadingThenUsesRowsBuiltInTheCmd(t *testing.T) {
	st := household(t)
	a := NewApp(st, Options{Context: testCtx(), ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, screenText(a), "[Deadlines]", "Loading your cases…")

	msg, ok := startCmd(st, today, nil)().(startMsg)
	if !ok || msg.data == nil || !msg.data.built(msg.sums) {
		t.Fatalf("start Cmd gave %T without the dashboard's rows", msg)
	}
	a, _ = send(t, a, msg)
	if a.screen != screenDashboard || !a.dash.loaded {
		t.Fatalf("screen %v, loaded %v; want the loaded dashboard", a.screen, a.dash.loaded)
	}
	if len(a.dash.deadlines) == 0 || &a.dash.deadlines[0] != &msg.data.deadlines[0] {
		t.Error("the dashboard sorted the rows again instead of using the Cmd's")
	}
	if a.dash.prebuilt != nil {
		t.Error("the dashboard kept the start rows after using them")
	}
	mustContain(t, screenText(a), "Ana López")
}

// Rows built for other summaries are not used: the dashboard builds its
// own from the summaries it gets.
func TestSetDataIgnoresRowsOfOtherSummaries(t *testing.T) {
	st := household(t)
	sums, err := st.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	m := newDashboardModel(testCtx(), NewStyles(true), DefaultKeyMap())
	m.SetSize(80, 20)
	m.prebuilt = buildDashData(sums[:1], today, nil)
	m.setData(sums)
	if len(m.cases) != len(sums) {
		t.Errorf("%d case rows from %d summaries: the rows of other summaries were used", len(m.cases), len(sums))
	}
	if !strings.Contains(ansi.Strip(m.View()), "Ana López") {
		t.Error("the dashboard does not show the household")
	}
}

// previewStore is a real store of n renewals with dates spread from a
// year and a half ago to two years ahead: appointments missed (late,
// pressing) and to come, windows past (not pending) and open, filed and
// booked cases, people with several cases.
func previewStore(t *testing.T, n int) *store.Store {
	t.Helper()
	st, err := store.Open(t.TempDir()+"/tramite.db", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var people []record.Person
	var cases []record.Case
	for i := range n {
		if i%3 == 0 {
			people = append(people, record.Person{ID: uint64(i/3 + 1), Name: fmt.Sprintf("Persona %d", i/3+1)})
		}
		pr := procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: today.AddDays(i*13%200 - 100)}
		if i%4 == 0 {
			pr = procedures.Progress{Stage: procedures.StageFiled, FiledDate: today.AddDays(-(i % 60))}
		}
		cases = append(cases, record.Case{PersonID: uint64(i/3 + 1), Procedure: "renewal",
			Answers: renewalAnswers(today.AddDays(i*37%1200 - 500).String()), Progress: pr})
	}
	if _, err := st.Import(people, cases); err != nil {
		t.Fatal(err)
	}
	return st
}

// The preview's rows are the first rows of the whole deadlines list, as
// the default filter shows them: same cases, deadlines, dates, urgency and
// days, in the same order, at least as many as asked for.
func TestPreviewIsTheHeadOfTheWholeList(t *testing.T) {
	st := previewStore(t, 600)
	sums, err := st.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	whole := buildDashData(sums, today, nil)
	visible := filterDeadlines(whole.deadlines, filter{})
	if len(visible) < 200 {
		t.Fatalf("only %d pending rows: the fixture changed", len(visible))
	}
	late := 0
	for _, i := range visible[:50] {
		if whole.deadlines[i].urg() == urgLate {
			late++
		}
	}
	if late == 0 {
		t.Fatal("no late rows at the head of the list: the fixture does not test the order")
	}
	for _, need := range []int{1, 7, 40, 120, 200} {
		d := previewData(st, today, nil, need)
		if d == nil {
			t.Fatalf("need %d: no preview", need)
		}
		if len(d.deadlines) < need || len(d.deadlines) > len(visible) {
			t.Fatalf("need %d: %d rows", need, len(d.deadlines))
		}
		for p, r := range d.deadlines {
			w := whole.deadlines[visible[p]]
			if r.caseID != w.caseID || r.dl().Key != w.dl().Key || r.act() != w.act() || r.urg() != w.urg() ||
				r.days() != w.days() || r.person != w.person || r.procName != w.procName {
				t.Fatalf("need %d, row %d: preview %d %s %s %v, whole list %d %s %s %v", need, p,
					r.caseID, r.dl().Key, r.act(), r.urg(), w.caseID, w.dl().Key, w.act(), w.urg())
			}
		}
	}
	if d := previewData(st, today, nil, len(visible)+1); d != nil {
		t.Errorf("asked for more rows than pending: a preview of %d rows", len(d.deadlines))
	}
	if d := previewData(household(t), today, nil, 1); d != nil {
		t.Error("a store without the date-ordered key gave a preview")
	}
}

// Keys typed while the preview is up (moves, a search, the cases tab) are
// held, and replayed on the whole list once it is in: the screen ends as
// if they had been typed after it.
func TestKeysTypedDuringThePreviewLandOnTheWholeList(t *testing.T) {
	st := previewStore(t, 600)
	for _, ks := range [][]string{
		{"down", "down", "down"},
		{"/", "p", "e", "r", "s", "o", "n", "a", " ", "1", "2", "enter", "down"},
		{"tab", "down", "down"},
		{"end", "up"},
		{"a", "pgdown"},
	} {
		a := NewApp(st, Options{Context: testCtx(), ExportDir: t.TempDir()})
		a, _ = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
		m, _ := a.Update(previewCmd(st, today, nil)())
		a = m.(*App)
		if !a.dash.preview || a.screen != screenLoading {
			t.Fatalf("no preview: screen %v, preview %v", a.screen, a.dash.preview)
		}
		mustContain(t, screenText(a), "[Deadlines]", "counting…", "days LATE")
		for _, k := range ks {
			m, _ = a.Update(press(k))
			a = m.(*App)
		}
		if a.dash.cursor != 0 || a.dash.searching || a.dash.view != viewDeadlines {
			t.Fatalf("%q: a key reached the preview (cursor %d, searching %v, view %v)", ks, a.dash.cursor, a.dash.searching, a.dash.view)
		}
		m, cmd := a.Update(startCmd(st, today, nil)())
		a, _ = settle(t, m.(*App), cmd)

		b := NewApp(st, Options{Context: testCtx(), ExportDir: t.TempDir()})
		b, _ = send(t, b, tea.WindowSizeMsg{Width: 80, Height: 24})
		b, _ = send(t, b, startCmd(st, today, nil)())
		b = keys(t, b, ks...)

		if a.screen != screenDashboard || a.dash.preview {
			t.Fatalf("%q: screen %v, preview %v after the whole list", ks, a.screen, a.dash.preview)
		}
		if a.dash.cursor != b.dash.cursor || a.dash.view != b.dash.view || a.dash.filter != b.dash.filter ||
			a.dash.searching != b.dash.searching || len(a.dash.visible) != len(b.dash.visible) {
			t.Errorf("%q: typed during the preview: cursor %d view %v filter %+v (%d rows); typed after: cursor %d view %v filter %+v (%d rows)",
				ks, a.dash.cursor, a.dash.view, a.dash.filter, len(a.dash.visible), b.dash.cursor, b.dash.view, b.dash.filter, len(b.dash.visible))
		}
		if got, want := screenText(a), screenText(b); got != want {
			t.Errorf("%q: the screens differ:\n%s\n---\n%s", ks, got, want)
		}
	}
}

// q quits from the preview, as from the loading frame.
func TestQQuitsThePreview(t *testing.T) {
	st := previewStore(t, 600)
	a := NewApp(st, Options{Context: testCtx(), ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	m, _ := a.Update(previewCmd(st, today, nil)())
	_, cmd := m.Update(press("q"))
	if cmd == nil {
		t.Fatal("q did nothing on the preview")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q on the preview did not quit")
	}
}
