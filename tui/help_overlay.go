package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
	"tramite/wizard"
)

// The help overlay: one mechanism for every screen. ? (or F1, which works
// even while typing) covers the focused screen with what it is for and
// every key it takes, wrapped to the width and scrolled when taller than
// the terminal; ?, esc, q or enter close it and leave the screen as it
// was. The help bar under every screen keeps "? help" and the way out,
// dropping the screen's own hints from the end first when narrow.

// helpOverlay is the overlay's state in the root.
type helpOverlay struct {
	open   bool
	offset int
}

// questionMarkIsText reports whether ? is a character for the focused
// screen: a free-text field that already holds text (a note, a search, a
// free-text answer, a password hint) takes it. An empty field, a list, and
// the fields whose values never hold a ? (names, dates, times, offices,
// file names, personal data) leave it to the help.
func (a *App) questionMarkIsText() bool {
	switch a.screen {
	case screenDashboard, screenLoading:
		switch {
		case a.dash.picking:
			return a.dash.picker.input.Value() != ""
		case a.dash.searching:
			return a.dash.search.Value() != ""
		}
	case screenCase:
		return a.caseView.typingText()
	case screenInterview:
		return a.interview.typingText()
	}
	return false
}

// typingText reports whether a text field of the case view holds text.
func (m caseViewModel) typingText() bool {
	switch m.mode {
	case modeNotes:
		return m.notes.Value() != ""
	case modeGuide:
		// The pieza form's password hint is free text.
		return m.guide.form != nil && wizard.FieldHasText(m.guide.form.form)
	}
	return false
}

// typingText reports whether the interview's text field holds text that a
// ? could belong to: the name being changed, or the answer to a free-text
// question (a date or a number never has one).
func (m interviewModel) typingText() bool {
	if m.badProc != nil {
		return false
	}
	if m.rename != nil {
		return m.rename.Value() != ""
	}
	if q, ok := m.proc.Question(m.wiz.Current()); !ok || q.Kind != procedures.KindText {
		return false
	}
	return m.wiz.HasTypedText()
}

// opensHelp reports whether k opens the help overlay on the focused screen.
func (a *App) opensHelp(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "f1":
		return true
	case "?":
		return !a.questionMarkIsText()
	}
	return false
}

// openHelp opens the overlay at its top.
func (a *App) openHelp() { a.overlay = helpOverlay{open: true} }

// updateOverlay takes a key while the overlay is open: the scrolling keys
// move it, any other key closes it (and does nothing else, so a key meant
// to close the help never ticks or deletes on the screen under it).
func (a *App) updateOverlay(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	lines := len(a.helpLines())
	page := max(a.height-1, 1)
	maxOff := max(lines-page, 0)
	o := &a.overlay
	switch {
	case key.Matches(k, a.keys.Down):
		o.offset++
	case key.Matches(k, a.keys.Up):
		o.offset--
	case key.Matches(k, a.keys.PageDown), k.String() == "space":
		o.offset += page
	case key.Matches(k, a.keys.PageUp):
		o.offset -= page
	case k.String() == "home":
		o.offset = 0
	case k.String() == "end":
		o.offset = maxOff
	default:
		a.overlay = helpOverlay{}
		return a, nil
	}
	o.offset = max(min(o.offset, maxOff), 0)
	return a, nil
}

// overlayView is the overlay in exactly the terminal's size: its lines
// from the scroll offset, and a last line saying how to close it.
func (a *App) overlayView() string {
	lines := a.helpLines()
	h := max(a.height-1, 0)
	off := max(min(a.overlay.offset, len(lines)-h), 0)
	end := min(off+h, len(lines))
	body := append([]string(nil), lines[off:end]...)
	for len(body) < h {
		body = append(body, "")
	}
	closeK := key.NewBinding(key.WithKeys("esc"), key.WithHelp("?/esc", a.T("close help")))
	foot := []key.Binding{closeK}
	if len(lines) > h {
		more := key.NewBinding(key.WithKeys("down"), key.WithHelp("↑/↓", a.T("more")))
		foot = append(foot, more)
	}
	hm := a.help
	hm.SetWidth(0)
	body = append(body, hm.ShortHelpView(a.spoken(foot)))
	if a.height == 1 {
		body = body[len(body)-1:]
	}
	return fitBlock(body, a.width, a.height)
}

// helpLines are the overlay's lines at the terminal's width: the screen's
// name, what it is for, every key it takes, and the keys that work
// everywhere.
func (a *App) helpLines() []string {
	w := max(a.width, 1)
	title, about := a.helpAbout()
	lines := []string{a.styles.Title.Render(ansi.Truncate(a.T("Help: %s", title), w, "…"))}
	if about != "" {
		lines = append(lines, "")
		for _, l := range wordWrap(about, w) {
			lines = append(lines, a.styles.Case.Value.Render(l))
		}
	}
	lines = append(lines, "", a.styles.Case.Section.UnsetMarginTop().Render(a.T("Keys")))
	everywhere := []key.Binding{a.keys.ForceQuit}
	if (a.screen == screenDashboard || a.screen == screenLoading) && !a.capturing() {
		everywhere = []key.Binding{a.keys.Quit, a.keys.ForceQuit}
	}
	groups := append(a.focusedKeys().FullHelp(), everywhere)
	for i, g := range groups {
		groups[i] = a.spoken(g)
	}
	keys := wrappedFullHelp(a.help, groups, w)
	lines = append(lines, strings.Split(keys, "\n")...)
	lines = append(lines, "")
	for _, l := range wordWrap(a.T("? opens this help on every screen; while you type in a box that holds text, F1 does."), w) {
		lines = append(lines, a.styles.Muted.Render(l))
	}
	return lines
}

// helpAbout names the focused screen and says what it is for; for an
// interview question, the question and its whole help.
func (a *App) helpAbout() (title, about string) {
	switch a.screen {
	case screenCase:
		return a.caseView.helpAbout()
	case screenNewCase:
		return a.T("New case"), a.T("Starting a case: pick the procedure (or let tramite help you choose), then who it is for. The interview asks the rest.")
	case screenInterview:
		return a.interview.helpAbout()
	}
	d := &a.dash
	switch {
	case d.picking:
		return a.T("Pick a person"), a.T("Type part of a name to narrow the list, then enter to show only that person's dates and cases.")
	case d.searching:
		return a.T("Search"), a.T("Type a name, a procedure or words of a deadline: the list keeps the rows that match. Enter keeps the filter, esc clears it.")
	case d.view == viewCases:
		return a.T("Cases"), a.T("Every case of the household with its stage and next date. Enter opens the case under the cursor.")
	}
	return a.T("Deadlines"), a.T("Every date that matters for the household, soonest first: !! late or today, ! within a week, · within a month. Enter opens the highlighted row's case.")
}

// helpAbout names the case view's screen (or dialog) and says what it is
// for.
func (m caseViewModel) helpAbout() (title, about string) {
	switch m.mode {
	case modeLetter:
		return m.T("Letter"), m.T("The letters this case needs, in Spanish, ready to print and sign. Missing personal data is asked first.")
	case modeGuide:
		return m.T("Online guide"), m.T("INM's online form field by field, what to write in its Comentarios box, and the steps after it.")
	case modeForm:
		if m.pend != nil && m.pend.target == "" {
			return m.T("Export"), m.T("Pick a format and a file: enter moves to the next field and saves on the last; esc leaves without saving.")
		}
		return m.T("Stage"), m.T("The dates this stage needs: enter moves to the next field and saves on the last; esc leaves the stage as it was.") + m.firstPaymentHelp()
	case modeNotes:
		return m.T("Notes"), m.T("Anything to remember about this case. ctrl+s or esc saves and closes.")
	case modeDelete:
		return m.T("Delete this case?"), m.T("y deletes the case for good; any other key keeps it.")
	case modeReplace, modeNotApplying:
		return m.T("Confirm"), m.T("y goes on; any other key leaves everything as it was.")
	case modeMessages:
		return m.T("Messages to the client"), m.T("A short message for each date that is due, in the client's language, to copy into an e-mail or WhatsApp: tramite sends nothing.")
	case modeHistory:
		return m.T("History"), m.T("What happened to this case and when, newest last: stages, ticks, notes and INM's notices.")
	case modeNotice:
		return m.T("Notice from INM"), m.T("Record a notice INM left in its portal: a request for corrections puts its deadline on the case; enter moves to the next field and saves on the last, esc leaves without saving.")
	}
	return m.T("Case"), m.T("One case: the verdict, its dates, the checklist of documents and the answers. ↑/↓ move through the checklist and space ticks what is ready; s moves the case to its next stage.") + m.firstPaymentHelp()
}

// helpAbout is the interview's screen: the question asked and its whole
// help (the form may show only part of it on a small terminal), or the
// review.
func (m interviewModel) helpAbout() (title, about string) {
	l := m.ctx.Lang
	switch {
	case m.badProc != nil:
		return l.T("Interview"), ""
	case m.rename != nil:
		return l.T("Interview"), l.T("Change the person's name: enter saves it, esc keeps it as it was.")
	case m.wiz.Reviewing():
		return l.T("Review"), l.T("Every answer of the interview: enter on one changes it; c confirms them all and shows the case.")
	}
	q, ok := m.proc.Question(m.wiz.Current())
	if !ok {
		return l.T("Interview"), ""
	}
	q = q.Localized(l)
	text := q.Prompt
	if q.Help != "" {
		text += "\n\n" + q.Help
	}
	if q.Optional {
		text += "\n\n" + l.T("Optional: leave it empty and press enter to skip.")
	}
	return l.T("Interview"), text
}

// shortHelpLine is the help bar: the focused screen's hints in the order a
// newcomer needs them, then help and the way out, which always show; when
// the width cannot hold them all, the screen's last hints go first.
func (a *App) shortHelpLine() string {
	must := a.spoken(a.globalKeys())
	var items, rest, tail []key.Binding
	// The way out (esc) leads, then the screen's order.
	for _, k := range enabled(a.spoken(a.focusedKeys().ShortHelp())) {
		if slices.Contains(k.Keys(), "esc") {
			items = append(items, k)
		} else {
			rest = append(rest, k)
		}
	}
	items = append(items, rest...)
	if n := len(must); n > 1 && key.Matches(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}, must[n-1]) {
		// ctrl+c, which quits at once, is the first to give way (the help
		// lists it).
		must, tail = must[:n-1], must[n-1:]
	}
	hm := a.help
	hm.SetWidth(0)
	for {
		all := append(append(append([]key.Binding{}, items...), must...), tail...)
		s := hm.ShortHelpView(all)
		switch {
		case a.width <= 0 || lipgloss.Width(s) <= a.width:
			return s
		case len(tail) > 0:
			tail = nil
		case len(items) == 0:
			return s
		default:
			items = items[:len(items)-1]
		}
	}
}

// spoken is bs with each key named as the user's keyboard names it
// (i18n KeyName): "espacio/x marcar", "g/inicio" in Spanish. Every help bar
// and the overlay pass their keys through it, whichever screen (or huh
// form) made the bindings.
func (a *App) spoken(bs []key.Binding) []key.Binding {
	l := a.opts.Context.Lang
	if !l.Spanish() {
		return bs
	}
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		h := b.Help()
		b.SetHelp(l.KeyName(h.Key), h.Desc)
		out[i] = b
	}
	return out
}
