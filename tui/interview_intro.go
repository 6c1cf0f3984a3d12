package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tramite/wizard"
)

// The interview's title and its first screen's line.

// titleText is the header: the procedure (with INM's name in English)
// and the person. When it does not fit, the procedure's name is cut, never
// the person's: at 60 columns "Renewal of a resident c… · for Mary Ann
// Smith" still says whose case this is.
func (m interviewModel) titleText(width int) string {
	name := m.proc.NameIn(m.ctx.Lang)
	if m.proc.Spanish != "" && !m.ctx.Lang.Spanish() {
		name += " (" + m.proc.Spanish + ")"
	}
	if m.person == "" {
		return ansi.Truncate(name, width, "…")
	}
	who := m.ctx.Lang.T(" · for %s", m.person)
	room := width - ansi.StringWidth(who)
	if room < 12 {
		// A very long name: both give way, the person's name last.
		return ansi.Truncate(ansi.Truncate(name, 11, "…")+who, width, "…")
	}
	return ansi.Truncate(name, room, "…") + who
}

// introText is the line under the title on the interview's first screen,
// until the first key: a resumed interview says so and how to leave, and
// a family member's interview says which answers it copied and from whom.
// It is one line of width cells: a shorter wording when the long one
// does not fit, so "esc for the dashboard" is never the part cut.
func (m interviewModel) introText(width int) string {
	for _, s := range m.introWordings() {
		if ansi.StringWidth(s) <= width {
			return s
		}
	}
	if s := m.introWordings(); len(s) > 0 {
		return ansi.Truncate(s[len(s)-1], width, "…")
	}
	return ""
}

// introWordings are the intro line's wordings, longest first.
func (m interviewModel) introWordings() []string {
	if !m.intro {
		return nil
	}
	l := m.ctx.Lang
	proc := m.proc.NameIn(l)
	if !l.Spanish() && proc != "" {
		proc = strings.ToLower(proc[:1]) + proc[1:]
	}
	if len(m.start.copied) > 0 {
		var names []string
		for _, k := range m.start.copied {
			if _, ok := m.c.Answers[k]; !ok {
				continue
			}
			if q, ok := m.proc.Question(k); ok {
				names = append(names, wizard.KeyLabel(l, q.Key))
			}
		}
		if len(names) > 0 {
			return []string{
				l.T("Copied from %s's case: %s (change them on the review screen).", m.start.from, strings.Join(names, ", ")),
				l.T("Copied from %s's case: %s.", m.start.from, strings.Join(names, ", ")),
				l.T("%d answers copied from %s's case.", len(names), m.start.from),
			}
		}
	}
	if !m.start.resumed {
		return nil
	}
	if m.person == "" {
		return []string{l.T("Resuming the %s — esc for the dashboard", proc), l.T("Resuming — esc for the dashboard")}
	}
	return []string{
		l.T("Resuming %s's %s — esc for the dashboard", m.person, proc),
		l.T("Resuming %s's case — esc for the dashboard", m.person),
		l.T("Resuming — esc for the dashboard"),
	}
}
