package tui

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/export"
	"tramite/procedures"
)

// guideViewModel shows the guide to a case's online steps (issue 19):
// INM's form field by field, the Comentarios text, the número de pieza,
// the appointment, the e5cinco payment and following the case, as
// export.GuideTextWidth writes it, in a scrollable viewport. c copies the
// Comentarios text to the clipboard (OSC 52). The case view hosts it and
// keeps esc.
type guideViewModel struct {
	ctx    procedures.Context
	styles Styles
	keys   KeyMap
	detail casebook.Detail

	width, height int
	vp            viewport.Model
	// comments is the Spanish text for the form's Comentarios box; "" when
	// the checklist is not ready.
	comments string
	// commentsLine is the content line of the Comentarios marker, to
	// scroll to it.
	commentsLine int
	status       string
	err          error
}

func newGuideViewModel(ctx procedures.Context, styles Styles, keys KeyMap, d casebook.Detail, w, h int) guideViewModel {
	m := guideViewModel{ctx: ctx, styles: styles, keys: keys, detail: d, vp: viewport.New(), commentsLine: -1}
	m.vp.KeyMap = viewport.KeyMap{} // keys come from KeyMap, matched here
	m.comments = export.GuideOf(d, ctx).CommentsText
	m.keys.CopyComments.SetEnabled(m.comments != "")
	m.SetSize(w, h)
	return m
}

// SetSize sets the area the guide view draws in.
func (m *guideViewModel) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.vp.SetWidth(m.width)
	m.vp.SetHeight(max(m.height-1, 0)) // one line for the heading
	m.rebuild()
}

func (m *guideViewModel) setStyles(s Styles) {
	m.styles = s
	m.rebuild()
}

// guidePartHead matches a part's heading in the text guide: "3. THE
// NÚMERO DE PIEZA".
var guidePartHead = regexp.MustCompile(`^\d\. \S`)

// rebuild lays the guide out as the viewport's lines.
func (m *guideViewModel) rebuild() {
	if m.width <= 0 || m.detail.Procedure == nil {
		return
	}
	textW := max(min(m.width-2, export.Width), 40)
	var b bytes.Buffer
	m.err = export.GuideTextWidth(&b, m.detail, m.ctx, textW)
	cs := m.styles.Case
	var lines []string
	inPaste := false
	m.commentsLine = -1
	for _, l := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
		switch {
		case l == export.CommentsBegin:
			inPaste = true
			m.commentsLine = len(lines)
			lines = append(lines, "  "+cs.LetterHead.Render(l))
			continue
		case l == export.CommentsEnd:
			inPaste = false
			lines = append(lines, "  "+cs.LetterHead.Render(l))
			continue
		}
		switch {
		case inPaste:
			// The text to paste, wrapped for the screen only: c copies it
			// whole.
			for _, w := range wordWrap(l, textW) {
				lines = append(lines, "  "+cs.Value.Render(w))
			}
		case guidePartHead.MatchString(l):
			lines = append(lines, "  "+cs.LetterHead.Render(l))
		case strings.Contains(l, "to fill in:"):
			lines = append(lines, "  "+m.styles.Warning.Render(l))
		default:
			lines = append(lines, "  "+cs.Value.Render(l))
		}
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > m.width {
			lines[i] = ansi.Truncate(l, m.width, "…")
		}
	}
	m.vp.SetContentLines(lines)
}

// Update handles keys while the guide has focus.
func (m guideViewModel) Update(msg tea.Msg) (guideViewModel, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	k := m.keys
	switch {
	case key.Matches(kp, k.CopyComments):
		if m.comments == "" {
			return m, nil
		}
		n := strings.Count(m.comments, "\n")
		m.status = fmt.Sprintf("Copied the Comentarios text (%d lines); if it is not on the clipboard, select it", n)
		if m.commentsLine >= 0 {
			m.vp.SetYOffset(m.commentsLine)
		}
		return m, tea.SetClipboard(m.comments)
	case key.Matches(kp, k.Up):
		m.vp.ScrollUp(1)
	case key.Matches(kp, k.Down):
		m.vp.ScrollDown(1)
	default:
		pageViewport(&m.vp, k, kp)
	}
	return m, nil
}

// View renders the guide in exactly its width and height.
func (m guideViewModel) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	head := "Guide to the online steps · " + m.detail.Person.Name
	if n := m.vp.TotalLineCount(); n > m.vp.Height() {
		top := m.vp.YOffset()
		head += fmt.Sprintf(" · lines %d–%d of %d", top+1, min(top+m.vp.Height(), n), n)
	}
	lines := []string{m.styles.Title.Render(ansi.Truncate(head, m.width, "…"))}
	if m.err != nil {
		lines = append(lines, m.styles.Error.Render(ansi.Truncate(errorText(m.err), m.width, "…")))
	}
	lines = append(lines, strings.Split(m.vp.View(), "\n")...)
	return fitBlock(lines, m.width, m.height)
}

// ShortHelp implements help.KeyMap. esc is the case view's key, listed
// here because it works from this screen.
func (m guideViewModel) ShortHelp() []key.Binding {
	back := m.keys.Back
	back.SetHelp(back.Help().Key, "back to the case")
	return []key.Binding{back, m.keys.CopyComments, m.keys.Down, m.keys.Up, m.keys.PageDown}
}

// FullHelp implements help.KeyMap.
func (m guideViewModel) FullHelp() [][]key.Binding {
	back := m.keys.Back
	back.SetHelp(back.Help().Key, "back to the case")
	return [][]key.Binding{
		{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown, m.keys.Home, m.keys.End},
		{m.keys.CopyComments, back},
	}
}
