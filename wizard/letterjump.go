package wizard

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
)

// letterJump answers a letter typed on a choice question the way a native
// list does: the highlight moves to the next option whose label starts
// with it, accents and case aside ("y" or "s" for Yes/Sí, "n" for No), and
// Enter then chooses it. It returns the arrow keys that move the select
// there, or nil when k is not such a letter: a letter no option starts
// with, or one the select already binds (j and k move, g and G jump), is
// left to the select as before.
func (m Model) letterJump(k tea.KeyPressMsg) []tea.Msg {
	q, ok := m.proc.Question(m.current)
	if !ok || (q.Kind != procedures.KindChoice && q.Kind != procedures.KindYesNo) {
		return nil
	}
	if utf8.RuneCountInString(k.Text) != 1 || k.Mod&^tea.ModShift != 0 {
		return nil
	}
	if key.Matches(k, m.formKeys.Select.Up, m.formKeys.Select.Down, m.formKeys.Select.GotoTop,
		m.formKeys.Select.GotoBottom, m.formKeys.Select.Filter) {
		return nil
	}
	letter := record.FoldName(k.Text)
	if letter == "" {
		return nil
	}
	opts := q.Localized(m.opts.Context.Lang).Options()
	now := 0
	if fld := m.form.GetFocusedField(); fld != nil {
		for i, o := range opts {
			if o.ID == fieldValue(fld) {
				now = i
			}
		}
	}
	for step := 1; step <= len(opts); step++ { // from the option after the highlighted one, round
		i := (now + step) % len(opts)
		if !strings.HasPrefix(record.FoldName(opts[i].Label), letter) {
			continue
		}
		press := tea.KeyPressMsg{Code: tea.KeyDown}
		n := i - now
		if n < 0 {
			press, n = tea.KeyPressMsg{Code: tea.KeyUp}, -n
		}
		out := make([]tea.Msg, n)
		for j := range out {
			out[j] = press
		}
		return out
	}
	return nil
}
