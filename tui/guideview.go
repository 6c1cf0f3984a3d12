package tui

import (
	"bytes"
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/export"
	"tramite/procedures"
	"tramite/textsafe"
)

// guideViewModel shows the guide to a case's online steps (issue 19):
// INM's form field by field, the Comentarios text, the número de pieza,
// the appointment, the e5cinco payment and following the case, as
// export.GuideTextWidth writes it, in a scrollable viewport. c copies the
// Comentarios text to the clipboard (OSC 52); r records the número de pieza,
// the day the form was saved and a password hint (R-FORM-PIEZA) in a small
// form. The case view hosts it and keeps esc while no form is open.
type guideViewModel struct {
	st     Store
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

	// form records the pieza; pieza holds what it edits, kept when a save
	// fails.
	form  *stepForm
	pieza *piezaValues
}

// piezaValues are the record-pieza form's values.
type piezaValues struct{ pieza, saved, hint string }

func newGuideViewModel(st Store, ctx procedures.Context, styles Styles, keys KeyMap, d casebook.Detail, w, h int) guideViewModel {
	m := guideViewModel{st: st, ctx: ctx, styles: styles, keys: keys, vp: viewport.New(), commentsLine: -1}
	m.vp.KeyMap = viewport.KeyMap{} // keys come from KeyMap, matched here
	m.setDetail(d)
	m.SetSize(w, h)
	return m
}

// setDetail shows the guide of d (the case as now saved).
func (m *guideViewModel) setDetail(d casebook.Detail) {
	m.detail = d
	m.comments = ""
	if d.Procedure != nil {
		m.comments = export.GuideOf(d, m.ctx).CommentsText
	}
	m.keys.CopyComments.SetEnabled(m.comments != "")
	m.rebuild()
}

// Capturing reports whether the record-pieza form has the keyboard.
func (m guideViewModel) Capturing() bool { return m.form != nil }

// openPieza opens the form that records the pieza, prefilled from the case.
func (m guideViewModel) openPieza() (guideViewModel, tea.Cmd) {
	if m.pieza == nil {
		pr := m.detail.Case.Progress
		m.pieza = &piezaValues{pieza: pr.Pieza, saved: pr.PiezaDate.String(), hint: pr.PiezaHint}
	}
	v := m.pieza
	check := func(s string) error {
		if _, err := procedures.RecordPieza(procedures.Progress{}, "", s, "", m.ctx); err != nil {
			return errors.New(procedures.MessageIn(m.ctx.Lang, err))
		}
		return nil
	}
	l := m.ctx.Lang
	f := newStepForm(l.T("Número de pieza (R-FORM-PIEZA)"),
		l.T("A hint for the password is kept, never the password itself."),
		m.styles.IsDark,
		huh.NewInput().Title("Número de pieza").Description(l.T("13 digits, leading zeros included (reported)")).Value(&v.pieza).CharLimit(60),
		huh.NewInput().Title(l.T("Day the form was saved (optional)")).Description(l.T("it reportedly expires 90 days later; e.g. 2026-11-20")).Value(&v.saved).Validate(check),
		huh.NewInput().Title(l.T("Password hint (optional)")).Description(l.T("something that reminds you of it; not the password")).Value(&v.hint).CharLimit(60),
	)
	f.form.WithWidth(max(min(m.width-4, 70), 10))
	m.form, m.status = &f, ""
	return m, f.form.Init()
}

// savePieza checks the values with the rules (procedures.RecordPieza) and
// saves them on the case; the case view takes the saved case back.
func (m guideViewModel) savePieza() (guideViewModel, tea.Cmd) {
	v := m.pieza
	pr, err := procedures.RecordPieza(m.detail.Case.Progress, v.pieza, v.saved, v.hint, m.ctx)
	if err != nil {
		m.err = errors.New(procedures.MessageIn(m.ctx.Lang, err))
		return m.openPieza()
	}
	m.form, m.pieza, m.err = nil, nil, nil
	status := m.ctx.Lang.T("Saved the número de pieza")
	if !pr.PiezaDate.IsZero() {
		status += m.ctx.Lang.T("; the form's reported expiry is among the case's dates")
	}
	return m, saveProgressCmd(m.st, m.detail.Case.ID, m.detail.Case.Version, pr, status)
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
var guidePartHead = lazyRegexp(`^\d\. \S`)

// rebuild lays the guide out as the viewport's lines.
func (m *guideViewModel) rebuild() {
	if m.width <= 0 || m.detail.Procedure == nil {
		return
	}
	textW := max(min(m.width-2, export.Width), 40)
	var b bytes.Buffer
	m.err = export.GuideTextWidth(&b, m.detail, m.ctx, textW)
	text := textsafe.Text(b.String()) // names and addresses are stored text
	cs := m.styles.Case
	var lines []string
	inPaste := false
	begin, end := export.CommentsMarkers(m.ctx.Lang)
	m.commentsLine = -1
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		switch {
		case l == begin:
			inPaste = true
			m.commentsLine = len(lines)
			lines = append(lines, "  "+cs.LetterHead.Render(l))
			continue
		case l == end:
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
		case guidePartHead().MatchString(l):
			lines = append(lines, "  "+cs.LetterHead.Render(l))
		case strings.Contains(l, procedures.ToFillWord(m.ctx.Lang)):
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

// Update handles keys while the guide has focus, and the record-pieza
// form's messages while it is open.
func (m guideViewModel) Update(msg tea.Msg) (guideViewModel, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if m.form != nil {
		if ok && key.Matches(kp, m.keys.Back) {
			m.form, m.pieza, m.err = nil, nil, nil
			m.status = m.ctx.Lang.T("Cancelled: nothing saved")
			return m, nil
		}
		cmd := m.form.update(msg)
		if m.form.form.State != huh.StateCompleted {
			return m, cmd
		}
		return m.savePieza()
	}
	if !ok {
		return m, nil
	}
	k := m.keys
	switch {
	case key.Matches(kp, k.RecordPieza):
		return m.openPieza()
	case key.Matches(kp, k.CopyComments):
		if m.comments == "" {
			return m, nil
		}
		n := strings.Count(m.comments, "\n")
		m.status = m.ctx.Lang.T("Copied the Comentarios text (%d lines); if it is not on the clipboard, select it", n)
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
	head := m.ctx.Lang.T("Guide to the online steps · %s", m.detail.Person.Name)
	if n := m.vp.TotalLineCount(); n > m.vp.Height() {
		top := m.vp.YOffset()
		head += m.ctx.Lang.T(" · lines %d–%d of %d", top+1, min(top+m.vp.Height(), n), n)
	}
	lines := []string{m.styles.Title.Render(ansi.Truncate(head, m.width, "…"))}
	if m.err != nil {
		lines = append(lines, m.styles.Error.Render(ansi.Truncate(errorText(m.ctx.Lang, m.err), m.width, "…")))
	}
	if m.form != nil {
		lines = append(lines, fitFormView(m.form.form, m.styles.Case.Dialog, m.height-len(lines)))
		return fitBlock(strings.Split(strings.Join(lines, "\n"), "\n"), m.width, m.height)
	}
	lines = append(lines, strings.Split(m.vp.View(), "\n")...)
	return fitBlock(lines, m.width, m.height)
}

// ShortHelp implements help.KeyMap. esc is the case view's key, listed
// here because it works from this screen.
func (m guideViewModel) ShortHelp() []key.Binding {
	back := m.keys.Back
	if m.form != nil {
		back.SetHelp(back.Help().Key, m.ctx.Lang.T("cancel"))
		return []key.Binding{m.keys.Submit, back}
	}
	back.SetHelp(back.Help().Key, m.ctx.Lang.T("back to the case"))
	return []key.Binding{back, m.keys.CopyComments, m.keys.RecordPieza, m.keys.Down, m.keys.Up, m.keys.PageDown}
}

// FullHelp implements help.KeyMap.
func (m guideViewModel) FullHelp() [][]key.Binding {
	if m.form != nil {
		return [][]key.Binding{m.ShortHelp()}
	}
	back := m.keys.Back
	back.SetHelp(back.Help().Key, m.ctx.Lang.T("back to the case"))
	return [][]key.Binding{
		{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown, m.keys.Home, m.keys.End},
		{m.keys.CopyComments, m.keys.RecordPieza, back},
	}
}
