package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/i18n"
)

// personPicker is the dashboard's person filter: type to narrow the
// people (folded: "nunez" finds "José Núñez"), enter to pick, esc to
// leave the filter as it was. With 300 clients, p then a few letters
// replaces 300 presses of a cycling key.
type personPicker struct {
	l      *i18n.Printer
	input  textinput.Model
	people []choice // every person with a case, in Spanish name order
	// shown are the indexes in people that match the text; -1 is
	// "everyone", offered while nothing is typed.
	shown  []int
	cursor int
	offset int
}

// Texts of the picker, kept together for translation.
const (
	pickerPrompt      = "person: "
	pickerPlaceholder = "type part of a name"
	pickerEveryone    = "everyone"
	pickerNoMatch     = "Nobody's name matches. Backspace to widen, esc to leave the filter as it was."
)

func newPersonPicker(l *i18n.Printer, people []choice, current uint64) personPicker {
	ti := textinput.New()
	ti.Prompt = l.T(pickerPrompt)
	ti.Placeholder = l.T(pickerPlaceholder)
	ti.CharLimit = 80
	p := personPicker{l: l, input: ti, people: people}
	p.refilter()
	for pos, i := range p.shown {
		if i >= 0 && people[i].id == current {
			p.cursor = pos
		}
	}
	return p
}

// refilter recomputes the people shown for the typed text.
func (p *personPicker) refilter() {
	q := casebook.FoldName(p.input.Value())
	p.shown = p.shown[:0]
	if q == "" {
		p.shown = append(p.shown, -1)
	}
	for i, c := range p.people {
		if q == "" || strings.Contains(casebook.FoldName(c.label), q) {
			p.shown = append(p.shown, i)
		}
	}
	p.cursor = min(p.cursor, max(len(p.shown)-1, 0))
}

// pickResult is what a key did to the picker.
type pickResult int

const (
	pickOpen     pickResult = iota // still choosing
	pickChosen                     // enter: chosen() is the pick
	pickCanceled                   // esc: nothing changes
)

// chosen is the person under the cursor: 0 for everyone; ok is false
// when nobody matches.
func (p personPicker) chosen() (id uint64, ok bool) {
	if p.cursor >= len(p.shown) {
		return 0, false
	}
	if i := p.shown[p.cursor]; i >= 0 {
		return p.people[i].id, true
	}
	return 0, true
}

// update handles a key press: arrows move, enter picks, esc cancels,
// anything else edits the text.
func (p personPicker) update(msg tea.KeyPressMsg, k KeyMap, page int) (personPicker, pickResult, tea.Cmd) {
	switch {
	case key.Matches(msg, k.PickPerson):
		if _, ok := p.chosen(); ok {
			return p, pickChosen, nil
		}
		return p, pickOpen, nil
	case key.Matches(msg, k.PickCancel):
		return p, pickCanceled, nil
	case msg.Code == tea.KeyUp:
		p.cursor = max(p.cursor-1, 0)
	case msg.Code == tea.KeyDown:
		p.cursor = min(p.cursor+1, max(len(p.shown)-1, 0))
	default:
		var cmd tea.Cmd
		before := p.input.Value()
		p.input, cmd = p.input.Update(msg)
		if p.input.Value() != before {
			p.cursor, p.offset = 0, 0
			p.refilter()
		}
		return p, pickOpen, cmd
	}
	p.offset = max(min(p.offset, p.cursor), p.cursor-page+1, 0)
	return p, pickOpen, nil
}

// lines renders at most n lines of matching names, w wide.
func (p personPicker) lines(s Styles, w, n int) []string {
	if len(p.shown) == 0 {
		return strings.Split(s.Dashboard.Empty.Width(max(w-4, 1)).Render(p.l.T(pickerNoMatch)), "\n")
	}
	var out []string
	for pos := p.offset; pos < len(p.shown) && len(out) < n; pos++ {
		label := p.l.T(pickerEveryone)
		if i := p.shown[pos]; i >= 0 {
			label = p.people[i].label
		}
		line := "  " + label
		style := s.Later
		if pos == p.cursor {
			line, style = "> "+label, s.Selected
		}
		out = append(out, style.Render(ansi.Truncate(line, w, "…")))
	}
	return out
}
