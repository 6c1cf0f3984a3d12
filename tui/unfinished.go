package tui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"tramite/record"

	"tramite/procedures"
)

// Unfinished cases: drafts whose interview stopped half way. The cases
// list marks them "… unfinished" (the marker column and the stage column
// together are their own legend), so a person sees which case still has
// questions to answer before it can say anything.
//
// A summary does not say whether the interview is complete, but a case
// whose answers are complete has its dates (Track evaluates only valid
// answers), so only drafts without a single date can be unfinished: those
// few are read, off the event loop, and their answers asked Next.

// unfinishedMsg carries the ids of the unfinished cases.
type unfinishedMsg struct {
	ids map[uint64]bool
}

// unfinishedCmd finds the unfinished cases among maybe, the drafts
// without a date (unfinishedCandidates).
func unfinishedCmd(st Store, maybe []uint64) tea.Cmd {
	if len(maybe) == 0 {
		return func() tea.Msg { return unfinishedMsg{} }
	}
	return func() tea.Msg {
		ids := map[uint64]bool{}
		mark := func(c record.Case) error {
			if p, err := procedures.Lookup(c.Procedure); err == nil {
				if _, more := p.Next(c.Answers); more {
					ids[c.ID] = true
				}
			}
			return nil
		}
		if b, ok := st.(casesOf); ok {
			// One read for thousands of drafts, not one open of the file
			// each (2 s of CPU at 100,000 cases).
			if err := b.CasesOf(maybe, mark); err == nil {
				return unfinishedMsg{ids: ids}
			}
			clear(ids)
		}
		for _, id := range maybe {
			c, err := st.Case(id)
			if err != nil {
				continue // not marked: the case view says what is wrong
			}
			_ = mark(c)
		}
		return unfinishedMsg{ids: ids}
	}
}

// casesOf is a store that reads many cases in one read (store.Engine).
type casesOf interface {
	CasesOf(ids []uint64, fn func(record.Case) error) error
}

// setUnfinished marks ids, and widens the stage column for the word.
func (m *dashboardModel) setUnfinished(ids map[uint64]bool) {
	m.unfinished = ids
	if len(ids) > 0 {
		m.stageW = max(m.stageW, ansi.StringWidth(m.ctx.Lang.T("unfinished")))
	}
}

// caseStage is the stage a case row shows, in the list and in its detail
// line alike: "unfinished" for a draft whose interview stopped half way.
func (m dashboardModel) caseStage(r *caseRow) string {
	if m.unfinished[r.caseID] {
		return m.ctx.Lang.T("unfinished")
	}
	return stageLabel(m.ctx.Lang, r.procID, r.stage)
}
