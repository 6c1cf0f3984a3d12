package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
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
