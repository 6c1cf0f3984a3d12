package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"tramite/procedures"
	"tramite/record"
)

// historyStore is the golden household with case 3 filed, a notice of
// corrections received, and its history: kept before there was one, then
// each move, the notice and a note.
func historyStore(t *testing.T) *memStore {
	st := goldenHousehold(t)
	at := func(day string, h int) time.Time {
		d := procedures.MustDate(day)
		return time.Date(d.Year, d.Month, d.Day, h, 0, 0, 0, time.UTC)
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	c := st.cases[3]
	c.Progress = procedures.Progress{Stage: procedures.StageFiled, AppointmentDate: procedures.MustDate("2026-11-12"),
		AppointmentTime: "09:30", Office: "INM Mérida", FiledDate: procedures.MustDate("2026-11-12"), NUT: "MER/2026/77",
		CorrectionNotice: procedures.MustDate("2026-11-20")}
	c.History = []record.Event{
		{At: at("2026-10-20", 9), Kind: record.EventBegun},
		{At: at("2026-10-28", 10), Kind: record.EventStage, Stage: procedures.StageReady},
		{At: at("2026-10-29", 11), Kind: record.EventStage, Stage: procedures.StageBooked, Date: procedures.MustDate("2026-11-12"),
			Text: "09:30, INM Mérida"},
		{At: at("2026-11-12", 15), Kind: record.EventStage, Stage: procedures.StageFiled, Date: procedures.MustDate("2026-11-12"),
			Text: "NUT MER/2026/77"},
		{At: at("2026-11-21", 8), Kind: record.EventCorrections, Date: procedures.MustDate("2026-11-20")},
		{At: at("2026-11-21", 8), Kind: record.EventNote, Text: "Llevar otra vez la carta del empleador, firmada"},
	}
	st.cases[3] = c
	return st
}

// goldenHistory opens case 3, presses h and pins the history sub-view.
func goldenHistory(t *testing.T, ctx procedures.Context, w, h int, first, stageWord, title string) {
	t.Helper()
	tm := teatest.NewTestModel(t, NewApp(historyStore(t), Options{Context: ctx, ExportDir: t.TempDir()}),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitText(t, tm, first)
	tm.Send(openCaseMsg{CaseID: 3})
	waitText(t, tm, stageWord)
	tm.Send(press("h"))
	waitText(t, tm, title)
	tm.Send(press("ctrl+c"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(slowdown*5*time.Second)).(*App)
	screen := ansi.Strip(final.View().Content)
	golden.RequireEqual(t, []byte(screen))
	if ctx.Lang.Spanish() {
		noEnglish(t, screen)
	}
}

func TestGoldenCaseHistory(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			goldenHistory(t, testCtx(), sz.w, sz.h, "today 2026-11-23", "Stage", "History of case 3")
		})
	}
}

func TestGoldenEsCaseHistory(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			goldenHistory(t, esCtx(), sz.w, sz.h, "hoy 2026-11-23", "Etapa", "Historial del caso 3")
		})
	}
}

// h shows the history read from the store; the arrows scroll it at
// 60x16; esc goes back to the case; the help lists h.
func TestCaseHistoryView(t *testing.T) {
	mustContain(t, screenText(keys(t, openCase(t, historyStore(t), 3, 80, 24), "?")), "h       history", "i       INM notice")
	a := openCase(t, historyStore(t), 3, 60, 16)
	a = keys(t, a, "h")
	if a.caseView.mode != modeHistory {
		t.Fatalf("h: mode %v, want the history", a.caseView.mode)
	}
	mustContain(t, screenText(a), "History of case 3", "No history recorded before 2026-10-20.", "2026-11-21  INM notice of 2026-11-20")
	a = keys(t, a, "G")
	mustContain(t, screenText(a), "Note added: Llevar otra vez la carta")
	a = keys(t, a, "esc")
	if a.caseView.mode != modeView {
		t.Errorf("esc: mode %v, want the case", a.caseView.mode)
	}
}

// i records INM's notice: a request for corrections puts the
// R-CASE-CORRECT deadline on the case (and the dashboard's rows), with
// its history entry; the resolution of a change of status whose first
// payment is recorded moves it to approved, whose card fee is the next
// line (R-PAY-TWO).
func TestNoticeReceived(t *testing.T) {
	st := newMemStore()
	p := storePerson(t, st, "Ana López")
	id := addCase(t, st, p, "status-change", procedures.Answers{"route": "pension", "card_expiry": "2027-06-01", "pension_basis": "savings"})
	st.SetProgress(id, procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-10"), FeePaid: procedures.MustDate("2026-11-09")})
	a := openCase(t, st, id, 80, 24)
	mustContain(t, screenText(keys(t, a, "?")), "INM notice")
	a = keys(t, a, "esc")

	// A date after today is refused by the form: nothing is saved.
	a = keys(t, a, "i")
	if a.caseView.mode != modeNotice {
		t.Fatalf("i: mode %v, want the notice form", a.caseView.mode)
	}
	a = fill(t, a, "")           // corrections, the first choice
	a = keys(t, a, "ctrl+u")     // clear the date prefilled with today
	a = fill(t, a, "2026-11-20") // the notice's date
	mustContain(t, screenText(a), "hand in what it asks by 2026-12-04")
	c, _ := st.Case(id)
	if c.Progress.CorrectionNotice != procedures.MustDate("2026-11-20") {
		t.Fatalf("correction notice %v, want 2026-11-20", c.Progress.CorrectionNotice)
	}
	if n := len(c.History); n == 0 || c.History[n-1].Kind != record.EventCorrections {
		t.Errorf("history %+v, want the notice last", c.History)
	}
	sums, _ := st.Summaries()
	var found bool
	for _, s := range sums {
		for _, d := range s.Deadlines {
			found = found || (s.CaseID == id && d.Key == "correction-due" && d.Date == procedures.MustDate("2026-12-04") && d.Rule == "R-CASE-CORRECT")
		}
	}
	if !found {
		t.Errorf("the dashboard's rows have no R-CASE-CORRECT deadline on 2026-12-04: %+v", sums)
	}
	mustContain(t, screenText(a), "Hand in the missing requirement")

	// The resolution: approved, the card fee to pay.
	a = keys(t, a, "i", "down")
	a = fill(t, a, "")
	a = keys(t, a, "ctrl+u")
	a = fill(t, a, "2026-11-23")
	c, _ = st.Case(id)
	if c.Progress.Stage != procedures.StageApproved || c.Progress.ApprovedDate != procedures.MustDate("2026-11-23") {
		t.Fatalf("after the resolution: %+v, want approved on 2026-11-23", c.Progress)
	}
	mustContain(t, screenText(a), "approved: card fee to pay", "Pay the card fee")
	if !strings.Contains(screenText(a), "Approved on 2026-11-23") {
		t.Errorf("the headline does not say approved:\n%s", screenText(a))
	}
}
