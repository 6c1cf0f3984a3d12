// Package tui is tramite's terminal interface: a dashboard of every
// deadline of the household, a view of each case, and the interview that
// builds a case. Only App implements tea.Model; screens are concrete child
// models that talk upward through the messages in messages.go.
package tui

import (
	"errors"
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// screen is which child has the keyboard.
type screen int

const (
	screenLoading screen = iota
	screenDashboard
	screenCase
	screenNewCase
	screenInterview
)

// App is the root model: it owns the screens, the help bar and the error
// line, routes keys to the focused screen and async results to their owner.
// It is used through a pointer: it holds every screen, and copying it on
// each message would cost more than rendering a frame.
type App struct {
	st     Store
	opts   Options
	styles Styles
	keys   KeyMap
	help   help.Model

	width, height int
	screen        screen
	err           error
	// interrupted: ctrl+c ended an interview (or the procedure chooser
	// before it); Run reports ErrInterrupted, and tramite exits 130.
	interrupted bool
	// welcome shows the first-run line above the chooser.
	welcome bool

	dash dashboardModel
	// dataSeq is the read whose data the dashboard shows (nextDataSeq):
	// a result of an earlier read that ends later is dropped.
	dataSeq   uint64
	caseView  caseViewModel
	newCase   newCaseModel
	interview interviewModel

	// typedAhead are the key presses (and pastes) held while the chooser
	// waits on the store, for the screen that opens next; droppedAhead
	// counts those beyond maxTypedAhead (newcase_typeahead.go).
	typedAhead   []tea.Msg
	droppedAhead int
	// awaitInterview is set from openInterviewMsg until the interview's
	// case is read: keys typed meanwhile are for the interview.
	awaitInterview bool
	// awaitRows is set when the dashboard comes back (a screen closed)
	// with its reload still to come: an empty dashboard holds the keys
	// typed meanwhile for the rows (app_nav.go).
	awaitRows bool
	// watch follows the store's change counter (watch.go).
	watch watchState
	// overlay is the help overlay over the focused screen (help_overlay.go).
	overlay helpOverlay
}

var _ tea.Model = (*App)(nil)

// NewApp builds the root model. Styles start dark until the terminal tells
// us its background colour.
func NewApp(st Store, opts Options) *App {
	styles := NewStyles(true)
	keys := KeyMapIn(opts.Context.Lang)
	h := help.New()
	h.Styles = styles.Help
	a := App{st: st, opts: opts, styles: styles, keys: keys, help: h,
		dash: newDashboardModel(opts.Context, styles, keys)}
	if opts.NewCase || opts.NewProcedure != "" {
		a.newCase = newNewCaseModel(st, opts.Context, styles, keys, opts.NewProcedure)
		a.screen = screenNewCase
	}
	return &a
}

// Run opens the app full screen and returns when the user quits.
func Run(st Store, opts Options) error {
	defer setMemoryLimit()() // memlimit.go
	m, err := tea.NewProgram(NewApp(st, opts)).Run()
	if err != nil {
		return fmt.Errorf("running the terminal interface: %w", err)
	}
	if a, ok := m.(*App); ok && a.interrupted {
		return ErrInterrupted
	}
	return nil
}

// ErrInterrupted is Run's error when ctrl+c ended an interview: the
// answers given so far are saved, but the case is not complete, and a
// script that ran `tramite new` must not read it as success.
var ErrInterrupted = errors.New("the interview was interrupted (ctrl+c); the answers given so far are saved")

// Interrupted reports whether ctrl+c ended an interview (see Run).
func (a *App) Interrupted() bool { return a.interrupted }

// startMsg carries what start-up needs to pick the first screen.
type startMsg struct {
	sums []record.Summary
	// data is the dashboard's rows, built from sums in the Cmd.
	data *dashData
	// resume is a draft case whose interview stopped half way.
	resume *record.Case
	// seq orders this read among the dashboard's (summariesMsg.seq).
	seq uint64
}

// startCmd reads the summaries and, when the most recently updated case is
// an unfinished draft, that case (TUI.md "Root start-up"). It also builds
// the dashboard's rows: a Cmd runs off the event loop, so the loading
// frame shows (and q quits) while they are sorted.
func startCmd(st Store, today procedures.Date, l *i18n.Printer) tea.Cmd {
	seq := nextDataSeq()
	return func() tea.Msg {
		out := startMsg{seq: seq}
		if d, ok, err := streamDashData(st, today, l); ok {
			if err != nil {
				return errMsg{err: wrapf(err, "could not read the cases")}
			}
			out.data = d
		} else {
			sums, err := readSummaries(st)
			if err != nil {
				return errMsg{err: wrapf(err, "could not read the cases")}
			}
			// The build's garbage comes after the read (which starts while
			// the preview's frame may still be drawn): pace it from here.
			restore := leanHeap()
			out.sums, out.data = sums, buildDashData(sums, today, l)
			restore()
		}
		if latest := out.data.latest; latest != nil && latest.stage == procedures.StageDraft {
			c, err := st.Case(latest.id)
			if err != nil {
				return errMsg{err: wrapf(err, "could not read case %d", latest.id)}
			}
			if p, err := procedures.Lookup(c.Procedure); err == nil {
				if _, more := p.Next(c.Answers); more {
					out.resume = &c
				}
			}
		}
		return out
	}
}

// Init implements tea.Model.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	if a.screen == screenNewCase {
		cmds = append(cmds, a.newCase.Init(), loadSummariesCmd(a.st, a.dash.ctx))
	} else {
		// The head of the list first (firstframe.go), then the whole.
		if _, ok := a.st.(dueOrdered); ok {
			cmds = append(cmds, previewThenStart(a.st, a.opts.Context.Today, a.opts.Context.Lang))
		} else {
			cmds = append(cmds, startCmd(a.st, a.opts.Context.Today, a.opts.Context.Lang))
		}
	}
	if w := watchCmd(a.st); w != nil {
		cmds = append(cmds, w)
	}
	return tea.Batch(cmds...)
}

// wrapf adds context to err, keeping it matchable with errors.Is.
func wrapf(err error, format string, args ...any) error {
	return &wrapped{format: format, args: args, err: err}
}

// wrapped is an error wrapped by wrapf: its words are a message id, so
// the status line says them in the user's language (errorText); Error is
// the English, for logs and tests.
type wrapped struct {
	format string
	args   []any
	err    error
}

func (e *wrapped) Error() string { return fmt.Sprintf(e.format, e.args...) + ": " + e.err.Error() }
func (e *wrapped) Unwrap() error { return e.err }

// messageIn is err's text in l's language: the words of wrapf and of
// the errors that carry a message id, the rest as it is.
func messageIn(l *i18n.Printer, err error) string {
	if m, ok := err.(interface{ messageIn(*i18n.Printer) string }); ok {
		return m.messageIn(l)
	}
	if w, ok := err.(*wrapped); ok {
		return l.T(w.format, w.args...) + ": " + messageIn(l, w.err)
	}
	// A refusal of the rules or the case layer, wrapped or not.
	return procedures.MessageInChain(l, err)
}

// switchLanguage turns the app to the other language (L on the
// dashboard): the keys and the dashboard are built again in it, its rows
// read again, and the choice remembered (Options.SaveLanguage).
func (a *App) switchLanguage() tea.Cmd {
	next := i18n.Spanish
	if a.opts.Context.Lang.Spanish() {
		next = i18n.English
	}
	a.opts.Context.Lang = i18n.For(next)
	a.keys = KeyMapIn(a.opts.Context.Lang)
	view, filter := a.dash.view, a.dash.filter
	a.dash = newDashboardModel(a.opts.Context, a.styles, a.keys)
	a.dash.view, a.dash.filter = view, filter
	a.layout()
	if a.opts.SaveLanguage != nil {
		if err := a.opts.SaveLanguage(next); err != nil {
			a.err = wrapf(err, "could not remember the language")
		}
	}
	return loadSummariesCmd(a.st, a.dash.ctx)
}

// capturing reports whether the focused screen is taking text, so the
// root must let every key but ctrl+c through.
func (a *App) capturing() bool {
	switch a.screen {
	case screenNewCase, screenInterview:
		return true
	case screenDashboard:
		return a.dash.Capturing()
	case screenCase:
		return a.caseView.Capturing()
	}
	return false
}

// Update implements tea.Model.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.layout()
		return a.forwardToForm(msg)
	case tea.BackgroundColorMsg:
		a.setStyles(NewStyles(msg.IsDark()))
		return a.forwardToForm(msg)
	case tea.KeyPressMsg:
		return a.updateKey(msg)
	case tea.PasteMsg:
		if a.holding() {
			a.hold(msg)
			return a, nil
		}
	case errMsg:
		a.err = msg.err
		a.layout() // the error may take more than one line
		if a.awaitRows {
			// The reload failed: the keys held for it go to the
			// dashboard as it is.
			a.awaitRows = false
			return a, a.replayTypedAhead()
		}
		return a, nil
	case watchMsg:
		return a, a.watched(msg)
	case previewMsg:
		if msg.data != nil && a.screen == screenLoading && !a.dash.loaded {
			a.dash.setPreview(msg.data)
		}
		return a, nil
	case startMsg:
		// start hands msg.sums to the dashboard: let it find their rows.
		if msg.seq >= a.dataSeq {
			a.dash.prebuilt = msg.data
		}
	}
	m, cmd := a.route(msg)
	// A routed result may end a wait (the household read, the new case's
	// interview open): keys typed meanwhile go to the new screen now.
	if replay := a.replayTypedAhead(); replay != nil {
		cmd = tea.Batch(cmd, replay)
	}
	return m, cmd
}

// updateKey checks the global keys first, then hands the key to the
// focused screen. While a screen takes text only ctrl+c is global.
func (a *App) updateKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, a.keys.ForceQuit) {
		a.interrupted = a.screen == screenInterview || a.screen == screenNewCase
		return a, tea.Quit
	}
	if a.screen == screenLoading && key.Matches(msg, a.keys.Quit) {
		return a, tea.Quit // q quits the loading frame, as the dashboard
	}
	if a.holding() {
		a.hold(msg)
		return a, nil
	}
	if a.overlay.open {
		return a.updateOverlay(msg)
	}
	// Any key acknowledges the error line.
	if a.err != nil {
		a.err = nil
		a.layout()
	}
	if a.opensHelp(msg) {
		a.openHelp()
		return a, nil
	}
	if !a.capturing() {
		switch {
		case key.Matches(msg, a.keys.Quit) && (a.screen == screenDashboard || a.screen == screenLoading):
			return a, tea.Quit
		case key.Matches(msg, a.keys.Language) && a.screen == screenDashboard:
			return a, a.switchLanguage()
		}
	}
	return a.forwardKey(msg)
}

// forwardKey gives a key press to the focused screen only.
func (a *App) forwardKey(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch a.screen {
	case screenDashboard:
		a.dash, cmd = a.dash.Update(msg)
		return a.takeNav(cmd)
	case screenCase:
		a.caseView, cmd = a.caseView.Update(msg)
		return a.takeNav(cmd)
	case screenNewCase:
		a.newCase, cmd = a.newCase.Update(msg)
	case screenInterview:
		a.interview, cmd = a.interview.Update(msg)
	}
	return a, cmd
}

// forwardToForm passes size and colour to the screens that host huh
// forms, which lay themselves out from these messages.
func (a *App) forwardToForm(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch a.screen {
	case screenNewCase, screenInterview:
		return a.forwardKey(msg)
	}
	return a, nil
}

func (a *App) setStyles(s Styles) {
	a.styles = s
	a.help.Styles = s.Help
	a.dash.setStyles(s)
	a.caseView.setStyles(s)
}

// layout gives the focused screen the space left by the status and help
// lines. Called on resize, on screen change and when help grows.
func (a *App) layout() {
	a.help.SetWidth(a.width)
	h := max(a.height-a.footerHeight(), 0)
	switch a.screen {
	case screenDashboard, screenLoading:
		a.dash.SetSize(a.width, h)
	case screenCase:
		a.caseView.SetSize(a.width, h)
	case screenNewCase:
		if a.welcome {
			h = max(h-1, 0)
		}
		a.newCase.SetSize(a.width, h)
	case screenInterview:
		a.interview.SetSize(a.width, h)
	}
}

// footerHeight is the status line plus the help bar, or nothing when the
// terminal is too short to spare them.
func (a *App) footerHeight() int {
	if a.height < 4 {
		return 0
	}
	// An error that would leave the screen less than half the rows keeps
	// fewer lines rather than hiding the screen.
	status := len(a.statusLines())
	f := status + 1
	if f > a.height/2 {
		// The error line still gets its lines before the short help.
		return min(status+1, max(a.height/2, 2))
	}
	return f
}

// setScreen switches screens and lays the new one out.
func (a *App) setScreen(s screen) {
	a.screen = s
	a.overlay = helpOverlay{}
	a.layout()
}

// errorText words an error for the status line.
func errorText(l *i18n.Printer, err error) string {
	if errors.Is(err, record.ErrNotFound) {
		return l.T("That case no longer exists: %s", messageIn(l, err))
	}
	return l.T("Error: %s", messageIn(l, err))
}

// T words a message in the app's language.
func (a *App) T(key string, args ...any) string { return a.opts.Context.Lang.T(key, args...) }

// T words a message in the case view's language.
func (m caseViewModel) T(key string, args ...any) string { return m.opts.Context.Lang.T(key, args...) }

// T words a message in the dashboard's language.
func (m dashboardModel) T(key string, args ...any) string { return m.ctx.Lang.T(key, args...) }
