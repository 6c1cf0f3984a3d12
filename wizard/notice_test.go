package wizard

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tramite/i18n"
	"tramite/procedures"
)

// TestAWarningShowsWholeUnderTheNextQuestion: the warning an answer gets
// (an exit permit's return after the stay it allows, R-EXIT-STAY) is
// shown under the next question whole, wrapped to the width (it was one
// line cut at the screen's edge, its end lost), with the Sources line
// still in sight, at 80x24 and 60x16 in both languages; the next key
// clears it.
func TestAWarningShowsWholeUnderTheNextQuestion(t *testing.T) {
	p, err := procedures.Lookup("exit-permit")
	if err != nil {
		t.Fatal(err)
	}
	answers := procedures.Answers{"pending_procedure": p.Questions[0].Options()[0].ID, "nut": "", "emergency": "no",
		"departure_date": "2026-12-24", "ask_date": ""}
	for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
		l := i18n.For(lang)
		ctx := procedures.Context{Today: procedures.MustDate("2026-12-03"), Lang: l}
		warning := withoutKeys(l, p, p.AnswerWarning("return_date", "2027-02-28", answers, ctx))
		if warning == "" {
			t.Fatal("no warning for a return after the stay: the test proves nothing")
		}
		for _, size := range []struct{ w, h int }{{80, 24}, {60, 16}} {
			m := New(p, answers, Options{Context: ctx})
			d := newDriver(t, m)
			d.m.SetSize(size.w, size.h)
			if d.m.Current() != "return_date" {
				t.Fatalf("the interview opens at %q, want return_date", d.m.Current())
			}
			d.typeText("2027-02-28")
			d.enter()
			view := ansi.Strip(d.m.View())
			lines := strings.Split(view, "\n")
			if len(lines) > size.h {
				t.Errorf("%s %dx%d: %d lines in %d rows:\n%s", lang, size.w, size.h, len(lines), size.h, view)
			}
			for _, line := range lines {
				if w := ansi.StringWidth(line); w > size.w {
					t.Errorf("%s %dx%d: a line of %d cells: %q", lang, size.w, size.h, w, line)
				}
			}
			if flat := strings.Join(strings.Fields(view), " "); !strings.Contains(flat, "⚠ "+strings.Join(strings.Fields(warning), " ")) {
				t.Errorf("%s %dx%d: the warning is not whole:\n%s\nwant %q", lang, size.w, size.h, view, warning)
			}
			if sources := l.T("Sources:"); !strings.Contains(view, sources) {
				t.Errorf("%s %dx%d: the Sources line is out of sight:\n%s", lang, size.w, size.h, view)
			}
			d.typeText("2")
			if strings.Contains(ansi.Strip(d.m.View()), "⚠") {
				t.Errorf("%s %dx%d: the warning stays after a key", lang, size.w, size.h)
			}
		}
	}
}
