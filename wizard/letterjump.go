package wizard

import (
	"strings"
	"unicode"
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
	// The next option whose label starts with the letter, round from the
	// highlighted one; else the next with a word that does ("f" for "A
	// family link", when every label starts with "A").
	i, ok := nextOption(opts, now, func(label string) bool { return strings.HasPrefix(label, letter) })
	if !ok {
		i, ok = nextOption(opts, now, func(label string) bool { return hasWordStarting(label, letter) })
	}
	if ok {
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

// nextOption is the index of the first option after now, going round,
// whose folded label matches.
func nextOption(opts []procedures.Choice, now int, match func(label string) bool) (int, bool) {
	for step := 1; step <= len(opts); step++ {
		if i := (now + step) % len(opts); match(record.FoldName(opts[i].Label)) {
			return i, true
		}
	}
	return 0, false
}

// hasWordStarting reports whether a word of label (after a space or a
// sign: "(residente temporal)") starts with prefix.
func hasWordStarting(label, prefix string) bool {
	for i := 0; i < len(label); {
		j := strings.Index(label[i:], prefix)
		if j < 0 {
			return false
		}
		j += i
		if r, _ := utf8.DecodeLastRuneInString(label[:j]); j == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
		i = j + 1
	}
	return false
}
