package tui

import tea "charm.land/bubbletea/v2"

// Keys that open a screen switch it in the same Update. A screen that
// answered such a key with a Cmd would let the keys typed right after it
// (n, then ↓ and enter, typed quickly) reach the old screen before the
// Cmd's message: enter could open a case from the dashboard the person
// was leaving. So the dashboard and the case view put the screen they ask
// for in their nav field, and the root routes it at once; the keys typed
// while the new screen loads are held (newcase_typeahead.go) and replayed
// to it when it is up.

// takeNav routes the screen the focused screen's last key asked for.
func (a *App) takeNav(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	var nav tea.Msg
	switch a.screen {
	case screenDashboard:
		nav, a.dash.nav = a.dash.nav, nil
	case screenCase:
		nav, a.caseView.nav = a.caseView.nav, nil
	}
	if nav == nil {
		return a, cmd
	}
	m, next := a.route(nav)
	return m, tea.Batch(cmd, next)
}

// loadingScreen reports whether a screen the root switched to is still
// reading its data, so keys must wait for it: the case view before its
// case arrives, or an interview asked for and not yet open.
func (a *App) loadingScreen() bool {
	// The dashboard's first read: a key typed before the rows are there
	// (tab, a move, enter) is meant for them.
	if a.awaitInterview || a.screen == screenLoading {
		return true
	}
	// Back on a dashboard that had no case (the first one was just
	// created): tab, / or a move typed before its reload brings the case
	// would find every key disabled and be lost. A dashboard with rows
	// takes keys at once, on the rows it shows (issue 15: keys after
	// closing a case view within a frame).
	if a.screen == screenDashboard && a.awaitRows && len(a.dash.cases) == 0 {
		return true
	}
	return a.screen == screenCase && !a.caseView.loaded && a.caseView.err == nil
}
