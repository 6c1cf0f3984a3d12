package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
)

// TestSpanishDetailNoteAsTheCaseView: on a Spanish dashboard, the detail
// line of every highlighted deadline carries its note (dates and all, in
// Spanish), exactly as the case view words it, instead of leaving it out
// because the stored note is English with the case's dates in it.
func TestSpanishDetailNoteAsTheCaseView(t *testing.T) {
	ctx := esCtx()
	st := goldenHousehold(t)
	a := NewApp(st, Options{Context: ctx, ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	a, _ = send(t, a, startCmd(a.st, ctx.Today, ctx.Lang)())
	m := a.dash
	if m.view != viewDeadlines || len(m.visible) == 0 {
		t.Fatalf("no deadlines on the dashboard:\n%s", screenText(a))
	}
	withDates := 0
	for i := range m.visible {
		m.cursor = i
		r := &m.deadlines[m.visible[i]]
		_, _, note, _, ok := m.detailParts()
		if !ok {
			t.Fatalf("row %d: no detail", i)
		}
		if r.dl().Note == "" {
			continue
		}
		c, err := st.Case(r.caseID)
		if err != nil {
			t.Fatal(err)
		}
		p, err := st.Person(c.PersonID)
		if err != nil {
			t.Fatal(err)
		}
		d, err := casebook.NewDetail(p, c, ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := ""
		for _, dl := range d.Deadlines {
			if dl.Key == r.dl().Key {
				want = dl.Note
			}
		}
		if want == "" {
			continue
		}
		if ctx.Lang.Text(r.dl().Note) == r.dl().Note {
			withDates++ // no catalog entry holds it whole
		}
		if note != want {
			t.Errorf("row %d (case %d, %s): the detail's note is %q, the case view's %q", i, r.caseID, r.dl().Key, note, want)
		}
	}
	if withDates == 0 {
		t.Error("no note with the case's dates in it was checked")
	}
}
