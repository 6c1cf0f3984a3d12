package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
	"tramite/i18n"
)

// changeCounter is a store that can say cheaply whether anything was
// written since it last asked, by this tramite or another (another
// terminal on the same file, another desk on the same PostgreSQL
// database): store.Engine's Generation. A store without it is not
// watched.
type changeCounter interface {
	Generation() (uint64, error)
}

// watchEvery is how often the dashboard asks: others' changes show within
// about this long, and the question costs one small read.
const watchEvery = 1500 * time.Millisecond

// watchMsg is one answer of the change counter.
type watchMsg struct {
	gen uint64
	err error
}

// watchState is what App remembers between two answers.
type watchState struct {
	gen   uint64
	known bool
	// failing is the error shown while the store cannot be read, cleared
	// when it answers again.
	failing error
}

// watchCmd asks the change counter at once, alongside the first read of
// the cases, so that a change made while the dashboard starts (another
// terminal, another desk) is not taken for the starting point; nil when st
// has none. Later questions wait (watchNext).
func watchCmd(st Store) tea.Cmd {
	cc, ok := st.(changeCounter)
	if !ok {
		return nil
	}
	return func() tea.Msg {
		g, err := cc.Generation()
		return watchMsg{gen: g, err: err}
	}
}

// watchNext is the next question to the store: a wait for a change
// (casebook.ChangeWaiter, PostgreSQL's LISTEN/NOTIFY) once the counter is
// known and the store answers; otherwise, and for a store that cannot
// wait, a look at the counter after watchEvery.
func watchNext(st Store, w watchState) tea.Cmd {
	if cw, ok := st.(casebook.ChangeWaiter); ok && w.known && w.failing == nil {
		known := w.gen
		return func() tea.Msg {
			g, err := cw.WaitChange(context.Background(), known)
			return watchMsg{gen: g, err: err}
		}
	}
	cc, ok := st.(changeCounter)
	if !ok {
		return nil
	}
	return tea.Tick(watchEvery, func(time.Time) tea.Msg {
		g, err := cc.Generation()
		return watchMsg{gen: g, err: err}
	})
}

// watched handles an answer: a new number reloads the dashboard's rows
// (one read of the index, not of the cases); an error is shown once, and
// cleared, with a reload, when the store answers again (a server restarted
// under a running dashboard).
func (a *App) watched(msg watchMsg) tea.Cmd {
	if msg.err != nil {
		next := watchNext(a.st, watchState{}) // look again after watchEvery
		if a.watch.failing == nil {
			a.watch.failing = unreachable{msg.err}
			a.err = a.watch.failing
			a.layout()
		}
		return next
	}
	changed := !a.watch.known || msg.gen != a.watch.gen
	recovered := a.watch.failing != nil
	if recovered {
		if a.err == a.watch.failing {
			a.err = nil
			a.layout()
		}
		a.watch.failing = nil
	}
	first := !a.watch.known
	a.watch.gen, a.watch.known = msg.gen, true
	next := watchNext(a.st, a.watch)
	if (changed && !first) || recovered {
		// An open case is read again too (caseview_refresh.go): the
		// dashboard and the case view never disagree.
		return tea.Batch(loadSummariesCmd(a.st, a.dash.ctx), a.refreshOpenCase(), next)
	}
	return next
}

// unreachable is the status line's message while the store cannot be
// read (a PostgreSQL server stopped or restarting, a network gone): what
// happens and that nothing is lost, in the user's language; Error keeps
// the store's reason for logs and tests.
type unreachable struct{ err error }

const unreachableText = "The database cannot be reached just now: tramite keeps trying and shows the cases again when it answers. Nothing saved is lost."

func (u unreachable) Error() string { return unreachableText + " (" + u.err.Error() + ")" }
func (u unreachable) Unwrap() error { return u.err }
func (u unreachable) messageIn(l *i18n.Printer) string {
	return l.T(unreachableText)
}
