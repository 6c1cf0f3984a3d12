package wizard

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
	"tramite/record"
)

// letterJump answers a letter typed on a choice question the way a native
// list does (LetterMoves), on the question's options.
func (m Model) letterJump(k tea.KeyPressMsg) []tea.Msg {
	q, ok := m.proc.Question(m.current)
	if !ok || (q.Kind != procedures.KindChoice && q.Kind != procedures.KindYesNo) {
		return nil
	}
	opts := q.Localized(m.opts.Context.Lang).Options()
	labels := make([]string, len(opts))
	now := 0
	fld := m.form.GetFocusedField()
	for i, o := range opts {
		labels[i] = o.Label
		if fld != nil && o.ID == fieldValue(fld) {
			now = i
		}
	}
	return LetterMoves(k, m.formKeys.Select, labels, now)
}

// LetterMoves answers a letter typed on a list of choices the way a native
// list does: the highlight moves from option now to the next option whose
// label starts with it, accents and case aside ("y" or "s" for Yes/Sí,
// "n" for No), and Enter then chooses it. It returns the arrow keys that
// move a huh select there, or nil when k is not such a letter: a letter no
// option starts with, or one the select already binds (j and k move, g
// and G jump), is left to the select as before. The interview's questions
// and the new-case chooser's lists answer letters through it alike.
func LetterMoves(k tea.KeyPressMsg, keys huh.SelectKeyMap, labels []string, now int) []tea.Msg {
	if utf8.RuneCountInString(k.Text) != 1 || k.Mod&^tea.ModShift != 0 {
		return nil
	}
	if key.Matches(k, keys.Up, keys.Down, keys.GotoTop, keys.GotoBottom, keys.Filter) {
		return nil
	}
	letter := record.FoldName(k.Text)
	if letter == "" {
		return nil
	}
	// The next option whose label starts with the letter, round from the
	// highlighted one; else the next with a word that does ("f" for "A
	// family link", when every label starts with "A").
	i, ok := nextOption(labels, now, func(label string) bool { return strings.HasPrefix(label, letter) })
	if !ok {
		i, ok = nextOption(labels, now, func(label string) bool { return hasWordStarting(label, letter) })
	}
	if !ok {
		return nil
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

// PressAll gives form the key presses of moves (LetterMoves) in order,
// and returns the form and their commands.
func PressAll(form *huh.Form, moves []tea.Msg) (*huh.Form, tea.Cmd) {
	cmds := make([]tea.Cmd, 0, len(moves))
	for _, mv := range moves {
		f, cmd := form.Update(mv)
		form = f.(*huh.Form)
		cmds = append(cmds, cmd)
	}
	return form, tea.Batch(cmds...)
}

// nextOption is the index of the first option after now, going round,
// whose folded label matches.
func nextOption(labels []string, now int, match func(label string) bool) (int, bool) {
	for step := 1; step <= len(labels); step++ {
		if i := (now + step) % len(labels); match(record.FoldName(labels[i])) {
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
