package tui

import (
	"strings"
	"tramite/record"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// interviewCaseMsg carries the case an interview was asked for, or why it
// could not be read.
type interviewCaseMsg struct {
	c      record.Case
	review bool
	err    error
	// start is how the interview came to open (its first screen's line).
	start interviewStart
}

// loadInterviewCmd reads the case whose interview opens.
func loadInterviewCmd(st Store, id uint64, review bool, start interviewStart) tea.Cmd {
	return func() tea.Msg {
		c, err := st.Case(id)
		if err != nil {
			return interviewCaseMsg{err: wrapf(err, "could not open case %d", id)}
		}
		return interviewCaseMsg{c: c, review: review, start: start}
	}
}

// route sends a non-key message to the model that owns it: navigation
// messages to the root, data results to their screen whatever has focus,
// anything else to the focused screen.
func (a *App) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	ctx := a.opts.Context
	switch msg := msg.(type) {
	case startMsg:
		return a.start(msg)
	case summariesMsg:
		if msg.seq < a.dataSeq {
			// Read before the data shown (a slow start-up read ending
			// after the reload that followed a new case): older.
			return a, nil
		}
		a.dataSeq, a.awaitRows = msg.seq, false
		var cmd tea.Cmd
		a.dash, cmd = a.dash.Update(msg)
		a.dash.setUnfinished(a.dash.unfinished) // until the new ones come
		return a, tea.Batch(cmd, unfinishedCmd(a.st, unfinishedCandidates(msg.sums, msg.data)))
	case searchTextMsg:
		var cmd tea.Cmd
		a.dash, cmd = a.dash.Update(msg)
		return a, cmd
	case unfinishedMsg:
		a.dash.setUnfinished(msg.ids)
		return a, nil
	case dataChangedMsg:
		return a, loadSummariesCmd(a.st, a.dash.ctx)
	case openNewCaseMsg:
		a.welcome = msg.Welcome
		a.newCase = newNewCaseModel(a.st, ctx, a.styles, a.keys, msg.Procedure)
		a.setScreen(screenNewCase)
		return a, a.newCase.Init()
	case openFamilyCaseMsg:
		a.welcome = false
		a.newCase = newFamilyCaseModel(a.st, ctx, a.styles, a.keys, msg.FromCaseID)
		a.setScreen(screenNewCase)
		return a, a.newCase.Init()
	case openInterviewMsg:
		a.awaitInterview = true
		return a, loadInterviewCmd(a.st, msg.CaseID, msg.Review, interviewStart{copied: msg.Copied, from: msg.From})
	case caseCreatedMsg:
		if msg.err != nil {
			// The keys typed after the name were meant for the interview
			// of a case that does not exist; the chooser shows the error.
			a.dropTypedAhead()
		}
	case interviewCaseMsg:
		a.awaitInterview = false
		if msg.err != nil {
			a.err = msg.err
			if a.screen != screenNewCase {
				// The keys typed ahead were for the interview: replayed
				// here they could tick or delete on the case view.
				a.dropTypedAhead()
				return a, nil
			}
			// The chooser created the case but it cannot be read back:
			// the keys typed ahead have nowhere to go, and the chooser is
			// done. The dashboard lists the draft, where it can be opened.
			a.dropTypedAhead()
			a.welcome = false
			a.setScreen(screenDashboard)
			a.awaitRows = true
			return a, loadSummariesCmd(a.st, a.dash.ctx)
		}
		a.welcome = false
		a.interview = newInterviewModelFrom(a.st, msg.c, ctx, a.styles, a.keys, msg.review, msg.start)
		a.setScreen(screenInterview)
		return a, a.interview.Init()
	case interviewDoneMsg:
		return a.openCase(msg.CaseID, loadSummariesCmd(a.st, a.dash.ctx))
	case openCaseMsg:
		return a.openCase(msg.CaseID, nil)
	case closeScreenMsg:
		a.welcome = false
		a.setScreen(screenDashboard)
		a.awaitRows = true
		return a, loadSummariesCmd(a.st, a.dash.ctx)
	case caseViewMsg:
		var cmd tea.Cmd
		a.caseView, cmd = a.caseView.Update(msg)
		return a, cmd
	}
	return a.forwardKey(msg)
}

// start picks the first screen (TUI.md "Root start-up"): a chooser asked
// for on the command line stays; an unfinished draft resumes its
// interview; no cases opens the chooser with a welcome; else the dashboard.
func (a *App) start(msg startMsg) (tea.Model, tea.Cmd) {
	var after tea.Cmd
	if f := a.opts.AfterStart; f != nil {
		a.opts.AfterStart = nil
		after = func() tea.Msg {
			if err := f(); err != nil {
				return errMsg{err: err}
			}
			return nil
		}
	}
	var prep tea.Cmd
	if msg.seq >= a.dataSeq {
		a.dataSeq = msg.seq
		a.dash, prep = a.dash.Update(summariesMsg{sums: msg.sums, seq: msg.seq})
	}
	m, cmd := a.startScreen(msg)
	return m, tea.Batch(cmd, prep, unfinishedCmd(a.st, unfinishedCandidates(msg.sums, msg.data)), after)
}

// startScreen is start's choice of the first screen.
func (a *App) startScreen(msg startMsg) (tea.Model, tea.Cmd) {
	switch {
	case a.screen != screenLoading:
		// Another screen opened while the household was read (a chooser
		// asked for on the command line, a case opened): it stays.
		return a, nil
	case msg.resume != nil:
		return a.route(interviewCaseMsg{c: *msg.resume, start: interviewStart{resumed: true}})
	case msg.noCases():
		return a.route(openNewCaseMsg{Welcome: true})
	}
	a.setScreen(screenDashboard)
	return a, nil
}

// openCase opens the case view of id and starts loading it.
func (a *App) openCase(id uint64, also tea.Cmd) (tea.Model, tea.Cmd) {
	a.welcome = false
	a.caseView = newCaseViewModel(a.st, a.opts, a.styles, a.keys, id)
	a.setScreen(screenCase)
	return a, tea.Batch(a.caseView.Init(), also)
}

// View implements tea.Model: the focused screen, the status line and the
// help bar, full screen.
func (a *App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	return v
}

func (a *App) render() string {
	if a.width <= 0 || a.height <= 0 {
		return ""
	}
	if a.overlay.open {
		return a.overlayView()
	}
	var body string
	switch a.screen {
	case screenDashboard, screenLoading:
		body = a.dash.View()
	case screenCase:
		body = a.caseView.View()
	case screenNewCase:
		body = a.newCase.View()
		if a.welcome {
			body = a.styles.Title.Render(ansi.Truncate(a.T(welcomeLine), a.width, "…")) + "\n" + body
		}
	case screenInterview:
		body = a.interview.View()
	}
	footer := a.footerHeight()
	if footer == 0 {
		return fitBlock(strings.Split(body, "\n"), a.width, a.height)
	}
	lines := strings.Split(body, "\n")
	bodyH := a.height - footer
	if a.screen == screenDashboard || a.screen == screenLoading {
		// The dashboard draws every line to the width already; measuring
		// its rows again would double the cost of a frame.
		lines = strings.Split(padLines(lines, bodyH), "\n")
	} else {
		lines = strings.Split(fitBlock(lines, a.width, bodyH), "\n")
	}
	status := a.statusLines()
	help := []string{a.helpView()}
	if len(status)+len(help) > footer {
		// On a short terminal the error keeps fewer lines.
		status = status[:max(min(len(status), footer-1), 0)]
	}
	foot := append(status, help...)
	// On a terminal narrower than help and quit themselves: clip.
	lines = append(lines, strings.Split(fitBlock(foot, a.width, len(foot)), "\n")...)
	return padLines(lines, a.height)
}

// welcomeLine fits 60 columns in both languages: the chooser below asks
// what and for whom.
const welcomeLine = "Welcome to tramite. Start with a first case."

// statusLines is the error line: wrapped to the width in up to
// maxStatusLines lines, so the reason at the end of a wrapped error shows.
func (a *App) statusLines() []string {
	if a.err == nil {
		return []string{""}
	}
	return wrapStatus(a.styles.Error, errorText(a.opts.Context.Lang, a.err), a.width)
}

// helpView is the help bar (help_overlay.go).
func (a *App) helpView() string { return a.shortHelpLine() }

// focusedKeys is the help.KeyMap of the screen that has the keyboard.
func (a *App) focusedKeys() help.KeyMap {
	switch a.screen {
	case screenCase:
		return a.caseView
	case screenNewCase:
		return a.newCase
	case screenInterview:
		return a.interview
	}
	return a.dash // the dashboard, and the loading screen before it
}

// ShortHelp implements help.KeyMap: the focused screen's keys, then help
// and quit.
func (a *App) ShortHelp() []key.Binding {
	return append(a.focusedKeys().ShortHelp(), a.globalKeys()...)
}

// FullHelp implements help.KeyMap.
func (a *App) FullHelp() [][]key.Binding {
	return append(a.focusedKeys().FullHelp(), a.globalKeys())
}

// globalKeys are the root's own keys as the current screen allows them.
func (a *App) globalKeys() []key.Binding {
	help := a.keys.Help
	if a.questionMarkIsText() {
		help.SetHelp("F1", help.Help().Desc)
	}
	if a.capturing() {
		return []key.Binding{help, a.keys.ForceQuit}
	}
	if a.screen == screenDashboard || a.screen == screenLoading {
		return []key.Binding{help, a.keys.Quit}
	}
	if a.screen == screenCase {
		// esc, the way out, heads the case view's own hints; ctrl+c is in
		// the help.
		return []key.Binding{help}
	}
	return []key.Binding{help, a.keys.ForceQuit}
}
