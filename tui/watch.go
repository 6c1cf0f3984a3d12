package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
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

// watchCmd asks the change counter after watchEvery; nil when st has
// none.
func watchCmd(st Store) tea.Cmd {
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
	next := watchCmd(a.st)
	if msg.err != nil {
		if a.watch.failing == nil {
			a.watch.failing = wrapf(msg.err, "the database cannot be read just now (tramite keeps trying)")
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
	if (changed && !first) || recovered {
		return tea.Batch(loadSummariesCmd(a.st, a.dash.ctx), next)
	}
	return next
}
