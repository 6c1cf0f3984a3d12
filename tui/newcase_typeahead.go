package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// Keys typed ahead across the chooser's waits. While the chooser reads the
// household, and from the Enter that names the person until the interview
// of the new case is on screen (the case is created in one Cmd, then read
// back in another), no form is open to take a key. A fast typist, a paste
// or a screen reader's tools go on typing regardless: the root holds those
// keys and gives them, in the order they came, to whichever screen is up
// when the wait ends (the chooser's first form, or the interview's first
// question). Only ctrl+c is never held: it quits at once.
//
// esc is held like any key. Pressed while the case is being created, it
// reaches the interview's first question and leaves it, exactly as if it
// had come a moment later: the case stays as a draft (with whatever
// answers were typed before the esc) and the dashboard lists it, where it
// can be resumed or deleted. Deleting it instead would make the outcome
// depend on how fast the store was, and would throw away answers typed
// before the esc.
//
// If the creation fails, the held keys are dropped: they were meant for
// an interview that does not exist, and replaying them into the chooser's
// reopened step would type them into the wrong field. The chooser shows
// the error, and the person types again.

// maxTypedAhead bounds the keys held while waiting: far more than anyone
// types or pastes in the few milliseconds a case takes to create.
const maxTypedAhead = 1024

// holding reports whether keys must wait for the next screen: the
// chooser's waits, and any screen still loading (app_nav.go).
func (a *App) holding() bool {
	return a.loadingScreen() || a.screen == screenNewCase && a.newCase.busy()
}

// hold keeps a key press or paste for replayTypedAhead.
func (a *App) hold(msg tea.Msg) {
	if len(a.typedAhead) >= maxTypedAhead {
		a.droppedAhead++
		return
	}
	a.typedAhead = append(a.typedAhead, msg)
}

// dropTypedAhead forgets the held keys (the wait ended in a failure).
func (a *App) dropTypedAhead() {
	a.typedAhead, a.droppedAhead = nil, 0
}

// replayTypedAhead gives the held keys, oldest first, to the screen that
// now has focus, once the wait is over. It runs in the Update that ended
// the wait, before any newer key is read, so the order is kept; a key
// that starts another wait (the Enter after a name typed ahead into the
// chooser) makes the keys after it wait again, in order.
func (a *App) replayTypedAhead() tea.Cmd {
	if len(a.typedAhead) == 0 || a.holding() {
		return nil
	}
	held, dropped := a.typedAhead, a.droppedAhead
	a.dropTypedAhead()
	cmds := make([]tea.Cmd, 0, len(held))
	for _, msg := range held {
		_, cmd := a.Update(msg)
		cmds = append(cmds, cmd)
	}
	if dropped > 0 {
		// Set after the replay: any key clears the error line.
		a.err = fmt.Errorf("%d keys typed while the next screen opened were dropped (more than %d at once): check what is on screen", dropped, maxTypedAhead)
	}
	return tea.Batch(cmds...)
}
