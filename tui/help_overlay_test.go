package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
)

// where is the state a help overlay must leave as it found it.
func where(a *App) string {
	var b strings.Builder
	b.WriteString([]string{"loading", "dashboard", "case", "new case", "interview"}[a.screen])
	switch a.screen {
	case screenDashboard:
		b.WriteString(map[bool]string{true: " search", false: ""}[a.dash.searching])
		b.WriteString(map[bool]string{true: " picker", false: ""}[a.dash.picking])
		b.WriteString(map[dashView]string{viewDeadlines: " deadlines", viewCases: " cases"}[a.dash.view])
	case screenCase:
		b.WriteString(" mode " + string(rune('0'+a.caseView.mode)))
	case screenNewCase:
		b.WriteString(" step " + string(rune('0'+a.newCase.step)))
	case screenInterview:
		b.WriteString(" question " + a.interview.wiz.Current())
	}
	return b.String()
}

// TestHelpOnEveryScreen: ? opens the help overlay at 60x16 on every
// screen, sub-view, dialog, chooser step and interview question; the
// overlay fits the terminal and names the screen; esc closes it and leaves
// the screen as it was.
// helpScreen is a screen TestHelpOnEveryScreen opens: a store, the
// messages that reach the screen from start-up, and the overlay's title.
type helpScreen struct {
	name  string
	store func(*testing.T) *memStore
	msgs  []tea.Msg
	title string
}

// helpScreens are every screen, sub-view, dialog, chooser step and
// interview question with a help of its own.
func helpScreens() []helpScreen {
	household := func(t *testing.T) *memStore { return goldenHousehold(t) }
	// A renewal answered up to its card type: the interview opens at the
	// card's expiry date.
	partial := func(t *testing.T) *memStore {
		st := goldenHousehold(t)
		addCase(t, st, storePerson(t, st, "Dana Ruiz"), "renewal", procedures.Answers{"card_type": "temporary"})
		return st
	}
	letters := func(t *testing.T) *memStore {
		st := newMemStore()
		addCase(t, st, letterPerson(t, st), "renewal", renewalAnswers("2026-12-10"))
		return st
	}
	filed := func(t *testing.T) *memStore {
		st := newMemStore()
		id := addCase(t, st, storePerson(t, st, "Ana López"), "status-change", procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"})
		st.SetProgress(id, procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-10")})
		return st
	}
	return []helpScreen{
		{"deadlines", household, nil, "Help: Deadlines"},
		{"cases list", household, []tea.Msg{press("tab")}, "Help: Cases"},
		{"search box", household, []tea.Msg{press("/")}, "Help: Search"},
		{"person picker", household, []tea.Msg{press("p")}, "Help: Pick a person"},
		{"case view", household, []tea.Msg{openCaseMsg{CaseID: 3}}, "Help: Case"},
		{"letter", letters, []tea.Msg{openCaseMsg{CaseID: 1}, press("l")}, "Help: Letter"},
		{"guide", household, []tea.Msg{openCaseMsg{CaseID: 3}, press("g")}, "Help: Online guide"},
		{"export form", household, []tea.Msg{openCaseMsg{CaseID: 3}, press("e")}, "Help: Export"},
		{"stage form", household, []tea.Msg{openCaseMsg{CaseID: 4}, press("s")}, "Help: Stage"},
		{"notes", household, []tea.Msg{openCaseMsg{CaseID: 3}, press("n")}, "Help: Notes"},
		{"history", household, []tea.Msg{openCaseMsg{CaseID: 3}, press("h")}, "Help: History"},
		{"INM notice", filed, []tea.Msg{openCaseMsg{CaseID: 1}, press("i")}, "Help: Notice from INM"},
		{"messages", household, []tea.Msg{openCaseMsg{CaseID: 3}, press("m")}, "Help: Messages to the client"},
		{"delete", household, []tea.Msg{openCaseMsg{CaseID: 3}, press("d")}, "Help: Delete this case?"},
		{"chooser: procedure", household, []tea.Msg{press("n")}, "Help: New case"},
		{"chooser: person", household, []tea.Msg{press("n"), press("enter")}, "Help: New case"},
		{"chooser: name", func(t *testing.T) *memStore { return newMemStore() }, []tea.Msg{press("enter")}, "Help: New case"},
		{"interview: choice", household, []tea.Msg{openInterviewMsg{CaseID: 3, Review: true}, press("enter")}, "Help: Interview"},
		{"interview: date", partial, nil, "Help: Interview"}, // the draft resumes at start-up
		{"interview: review", household, []tea.Msg{openInterviewMsg{CaseID: 3, Review: true}}, "Help: Review"},
	}
}

func TestHelpOnEveryScreen(t *testing.T) {
	for _, c := range helpScreens() {
		t.Run(c.name, func(t *testing.T) {
			a := startApp(t, c.store(t), 60, 16)
			for _, m := range c.msgs {
				a = sendLoaded(t, a, m)
			}
			before, screen := where(a), screenText(a)
			a = keys(t, a, "?")
			if !a.overlay.open {
				t.Fatalf("? did not open the help on %s:\n%s", before, screenText(a))
			}
			out := a.View().Content
			mustContain(t, ansi.Strip(out), c.title, "close help")
			lines := strings.Split(out, "\n")
			if len(lines) != 16 {
				t.Errorf("the help is %d lines on a 16-line terminal", len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > 60 {
					t.Errorf("help line %d is %d wide: %q", i, w, ansi.Strip(l))
				}
			}
			a = keys(t, a, "esc")
			if a.overlay.open || where(a) != before {
				t.Errorf("esc: help %v, at %q, want %q", a.overlay.open, where(a), before)
			}
			if got := screenText(a); got != screen {
				t.Errorf("the screen changed under the help:\n%s\nwant:\n%s", got, screen)
			}
		})
	}
}

// TestHelpShowsTheQuestionsHelp: on an interview question the overlay
// gives the question and its whole help text.
func TestHelpShowsTheQuestionsHelp(t *testing.T) {
	a := startApp(t, goldenHousehold(t), 60, 16)
	a = sendLoaded(t, a, openInterviewMsg{CaseID: 3, Review: true})
	a = keys(t, a, "enter", "?")
	p, _ := procedures.Lookup("renewal")
	q, _ := p.Question(a.interview.wiz.Current())
	text := strings.Join(strings.Fields(screenText(a)), " ")
	for _, want := range []string{q.Prompt, q.Help} {
		if want == "" {
			t.Fatalf("question %s has no prompt or help", q.Key)
		}
		if first := strings.Join(strings.Fields(want), " "); !strings.Contains(text, first[:min(len(first), 40)]) {
			t.Errorf("the help lacks %q:\n%s", want, screenText(a))
		}
	}
}

// TestQuestionMarkInText: in a box that holds text ? is typed, and F1
// opens the help instead; the help bar says so.
func TestQuestionMarkInText(t *testing.T) {
	a := startApp(t, goldenHousehold(t), 80, 24)
	a = sendLoaded(t, a, openCaseMsg{CaseID: 3})
	a = keys(t, a, "n")
	a = typeText(t, a, "Call INM")
	mustContain(t, screenText(a), "F1 help")
	a = keys(t, a, "?")
	if a.overlay.open || !strings.HasSuffix(a.caseView.notes.Value(), "Call INM?") {
		t.Fatalf("? in the notes: help %v, notes %q", a.overlay.open, a.caseView.notes.Value())
	}
	a, _ = send(t, a, tea.KeyPressMsg{Code: tea.KeyF1})
	if !a.overlay.open {
		t.Fatal("F1 did not open the help while typing")
	}
	a = keys(t, a, "esc")
	if a.overlay.open || a.caseView.mode != modeNotes || a.caseView.notes.Value() != "Call INM?" {
		t.Errorf("after the help: mode %v, notes %q", a.caseView.mode, a.caseView.notes.Value())
	}
}

// sendLoaded sends m; a message that opens a case or an interview gets
// its store read done here, whatever the machine's load (send gives a
// command 30 ms, which a busy machine may need more than).
func sendLoaded(t *testing.T, a *App, m tea.Msg) *App {
	t.Helper()
	switch m := m.(type) {
	case openInterviewMsg:
		a, _ = send(t, a, m)
		if a.screen != screenInterview {
			a, _ = send(t, a, loadInterviewCmd(a.st, m.CaseID, m.Review, interviewStart{})())
		}
		return a
	case openCaseMsg:
		a, _ = send(t, a, m)
		if !a.caseView.loaded {
			a, _ = send(t, a, loadCaseCmd(a.st, m.CaseID)())
		}
		return a
	}
	a, _ = send(t, a, m)
	return a
}
