package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// letterState is what the letter view shows.
type letterState int

const (
	letterShow   letterState = iota // the letters, or why there are none
	letterAsk                       // the details form
	letterSaving                    // the details are being saved
)

// letterViewModel shows a case's letters to INM in Spanish (issue 9), as
// procedures.Letters writes them, in a scrollable viewport. When they need
// the person's own data it asks for it in a small form and saves it on the
// person; when they need answers of the case it says which, for the
// interview (E) to ask. The case view hosts it and keeps esc, p and E.
type letterViewModel struct {
	st     Store
	ctx    procedures.Context
	styles Styles
	keys   KeyMap
	person record.Person
	c      record.Case
	proc   *procedures.Procedure

	width, height int
	vp            viewport.Model
	state         letterState

	letters []procedures.Letter
	// answers are the case's answer keys the letters still need.
	answers []string
	// ask are the person's keys the form asks; values holds what was
	// typed, kept when a save fails.
	ask    []string
	values map[string]*string
	form   *huh.Form
	// formFields are the form's fields in order: the stepForm moves
	// through them itself.
	formFields []huh.Field

	// closed: the form was cancelled before any letter could show; the
	// case view takes the screen back.
	closed bool
	status string
	err    error
}

func newLetterViewModel(st Store, ctx procedures.Context, styles Styles, keys KeyMap,
	person record.Person, c record.Case, proc *procedures.Procedure, w, h int) letterViewModel {
	m := letterViewModel{st: st, ctx: ctx, styles: styles, keys: keys, person: person, c: c, proc: proc,
		vp: viewport.New(), values: map[string]*string{}}
	m.vp.KeyMap = viewport.KeyMap{} // keys come from KeyMap, matched here
	m.width, m.height = w, h
	m.compute()
	m.SetSize(w, h)
	return m
}

// Init focuses the details form when it is open.
func (m letterViewModel) Init() tea.Cmd {
	if m.form != nil {
		return m.form.Init()
	}
	return nil
}

// compute writes the letters from the person and the case, or finds what
// they lack, and opens the form when the person's data is missing.
func (m *letterViewModel) compute() {
	m.letters, m.answers, m.ask = nil, nil, nil
	letters, err := casebook.Letters(m.proc, m.c, m.person, m.ctx)
	var missing *procedures.MissingError
	switch {
	case errors.As(err, &missing):
		m.ask, m.answers = personKeysOf(missing.Keys)
		if len(m.ask) > 0 {
			// While asking anyway, the contact details a letter gives INM
			// when the person has them (procedures.LetterContactKeys):
			// optional, never invented.
			for _, k := range procedures.LetterContactKeys {
				if m.person.Get(k) == "" && !slices.Contains(m.ask, k) {
					m.ask = append(m.ask, k)
				}
			}
		}
	case err != nil:
		m.err = err
	default:
		m.letters = letters
	}
	m.state = letterShow
	if len(m.ask) > 0 {
		for _, k := range m.ask {
			if m.values[k] == nil {
				m.values[k] = new(string)
			}
		}
		m.openForm()
	}
	m.rebuild()
}

// follow shows the letters of the case and person as stored now, keeping
// the scroll. While the details form is open (or saving) what is typed
// stays: only the case and person behind it are replaced, and the letters
// are written again once the details are saved. When the letters now
// lack the person's data the form opens, and its Init is returned.
func (m *letterViewModel) follow(person record.Person, c record.Case, proc *procedures.Procedure) tea.Cmd {
	m.person, m.c, m.proc = person, c, proc
	if m.state != letterShow {
		return nil
	}
	y := m.vp.YOffset()
	m.err = nil
	m.compute()
	m.vp.SetYOffset(y)
	return m.Init()
}

func (m *letterViewModel) openForm() {
	m.state = letterAsk
	s := detailsForm(m.ctx.Lang, m.personName(), m.ask, m.values, m.ctx.Today, m.styles.IsDark, m.width, m.formHeight())
	m.form, m.formFields = s.form, s.fields
}

func (m letterViewModel) personName() string {
	if m.person.Name == "" {
		return m.ctx.Lang.T("the applicant")
	}
	return textsafe.Line(m.person.Name)
}

// Capturing reports whether the form has the keyboard.
func (m letterViewModel) Capturing() bool { return m.state != letterShow }

// SetSize sets the area the letter view draws in.
func (m *letterViewModel) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.vp.SetWidth(m.width)
	m.vp.SetHeight(max(m.height-1, 0)) // one line for the heading
	if m.form != nil {
		sizeDetailsForm(m.form, m.width, m.formHeight())
	}
	m.rebuild()
}

// formHeight leaves room for an error of up to two lines over the form.
func (m letterViewModel) formHeight() int { return max(m.height-3, 5) }

func (m *letterViewModel) setStyles(s Styles) {
	m.styles = s
	m.rebuild()
}

// savedNames are the saved keys as the status line names them: in words
// ("passport number"), in Spanish as the form titled them ("número de
// pasaporte").
func savedNames(l *i18n.Printer, keys []string) []string {
	words := personFields()
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = strings.ReplaceAll(k, "_", " ")
		if f, ok := words[k]; ok && l.Spanish() {
			title := []rune(l.Text(f.title))
			title[0] = unicode.ToLower(title[0])
			names[i] = string(title)
		}
	}
	return names
}

// Update handles keys while the letter view has focus, and the results of
// saving the details.
func (m letterViewModel) Update(msg tea.Msg) (letterViewModel, tea.Cmd) {
	switch msg := msg.(type) {
	case personSavedMsg:
		m.person, m.err = msg.person, nil
		m.status = m.ctx.Lang.T("Saved on %s's record: %s", m.personName(), strings.Join(savedNames(m.ctx.Lang, msg.keys), ", "))
		m.form, m.formFields = nil, nil
		m.compute()
		return m, m.Init()
	case personSaveFailedMsg:
		m.err = msg.err
		m.openForm()
		return m, m.form.Init()
	case tea.KeyPressMsg:
		if m.state == letterShow {
			m.scroll(msg)
			return m, nil
		}
		if m.state == letterAsk && key.Matches(msg, m.keys.Back) {
			m.form, m.formFields, m.closed = nil, nil, true
			m.status = m.ctx.Lang.T("Cancelled: nothing saved")
			return m, nil
		}
	}
	if m.state != letterAsk || m.form == nil {
		return m, nil
	}
	cmd := stepForm{form: m.form, fields: m.formFields}.update(msg)
	if m.form.State != huh.StateCompleted {
		return m, cmd
	}
	return m.save()
}

// save normalises the typed values (the form has checked them already)
// and saves them on the person.
func (m letterViewModel) save() (letterViewModel, tea.Cmd) {
	values := make(map[string]string, len(m.ask))
	for _, k := range m.ask {
		if optionalDetail(k) && strings.TrimSpace(*m.values[k]) == "" {
			continue // an optional contact left empty: nothing to save
		}
		v, err := record.ValidatePersonValue(k, *m.values[k], m.ctx.Today)
		if err != nil {
			m.err = err
			m.openForm()
			return m, m.form.Init()
		}
		values[k] = v
	}
	m.state, m.form, m.formFields, m.err = letterSaving, nil, nil, nil
	return m, savePersonCmd(m.st, m.person, values)
}

func (m *letterViewModel) scroll(msg tea.KeyPressMsg) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		m.vp.ScrollDown(1)
	default:
		pageViewport(&m.vp, k, msg)
	}
}

// rebuild lays the letters (or what they lack) out as the viewport's lines.
func (m *letterViewModel) rebuild() {
	if m.width <= 0 {
		return
	}
	cs := m.styles.Case
	// Letters read best at letter width; 2 columns of margin on the left.
	textW := max(min(m.width-2, 78), 20)
	var lines []string
	para := func(st lipgloss.Style, s string) {
		for _, l := range procedures.WrapRunes(s, textW) {
			lines = append(lines, "  "+st.Render(l))
		}
	}
	switch {
	case m.err != nil && m.state == letterShow:
		para(m.styles.Error, errorText(m.ctx.Lang, m.err))
	case len(m.answers) > 0:
		para(cs.Value, m.ctx.Lang.T("The letter also needs answers this case does not have yet:"))
		for _, k := range m.answers {
			label := k
			if q, ok := m.proc.Question(k); ok {
				label = q.Prompt + " (" + k + ")"
			}
			para(cs.Value, "• "+label)
		}
		lines = append(lines, "")
		para(m.styles.Warning, m.ctx.Lang.T("Press E to edit the answers; the letter shows here once they are given."))
	case len(m.letters) == 0:
		para(m.styles.Muted, m.ctx.Lang.T("This procedure asks for no letter that tramite writes: the checklist lists what to bring."))
	}
	for i, l := range m.letters {
		if i > 0 {
			lines = append(lines, "")
		}
		head := fmt.Sprintf("Letter %d of %d: %s (%s)", i+1, len(m.letters), l.Title, l.Doc)
		if m.ctx.Lang.Spanish() {
			head = m.ctx.Lang.T("Letter %d of %d: %s", i+1, len(m.letters), l.Doc)
		}
		lines = append(lines, cs.LetterHead.Render(ansi.Truncate(head, m.width, "…")), "")
		for _, t := range strings.Split(strings.TrimRight(textsafe.Text(l.Text(textW)), "\n"), "\n") {
			lines = append(lines, "  "+cs.Value.Render(t))
		}
	}
	if len(m.letters) > 0 {
		lines = append(lines, "")
		para(m.styles.Muted, m.ctx.Lang.T("Print and sign: p writes a PDF packet with this letter; `tramite letter %d -o FILE` writes it as text.", m.c.ID))
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > m.width {
			lines[i] = ansi.Truncate(l, m.width, "…")
		}
	}
	m.vp.SetContentLines(lines)
}

// View renders the letter view in exactly its width and height.
func (m letterViewModel) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var lines []string
	switch m.state {
	case letterAsk, letterSaving:
		if m.err != nil {
			// Wrapped, not cut: the cause comes last in the message.
			for _, l := range procedures.WrapRunes(errorText(m.ctx.Lang, m.err), max(m.width, 20)) {
				lines = append(lines, m.styles.Error.Render(ansi.Truncate(l, m.width, "…")))
			}
		}
		if m.state == letterSaving {
			lines = append(lines, m.styles.Muted.Render(m.ctx.Lang.T("Saving…")))
		} else if m.form != nil {
			lines = append(lines, strings.Split(m.form.View(), "\n")...)
		}
	default:
		head := m.ctx.Lang.T("Letter to INM, in Spanish · %s", m.personName())
		switch {
		case len(m.letters) > 1:
			head = m.ctx.Lang.T("%d letters to INM, in Spanish · %s", len(m.letters), m.personName())
		case len(m.letters) == 0:
			head += m.ctx.Lang.T(" · not ready yet")
		}
		if n := m.vp.TotalLineCount(); n > m.vp.Height() {
			top := m.vp.YOffset()
			head += m.ctx.Lang.T(" · lines %d–%d of %d", top+1, min(top+m.vp.Height(), n), n)
		}
		lines = append(lines, m.styles.Title.Render(ansi.Truncate(head, m.width, "…")))
		lines = append(lines, strings.Split(m.vp.View(), "\n")...)
	}
	return fitBlock(lines, m.width, m.height)
}

// ShortHelp implements help.KeyMap. esc, p and E are the case view's keys,
// listed here because they work from this screen.
func (m letterViewModel) ShortHelp() []key.Binding {
	back := m.keys.Back
	if m.state != letterShow {
		back.SetHelp(back.Help().Key, m.ctx.Lang.T("cancel"))
		return []key.Binding{m.keys.Submit, back}
	}
	back.SetHelp(back.Help().Key, m.ctx.Lang.T("back to the case"))
	ks := []key.Binding{back, m.keys.Down, m.keys.Up}
	if len(m.answers) > 0 {
		ks = append(ks, m.keys.EditAnswers)
	}
	return append(ks, m.keys.Packet)
}

// FullHelp implements help.KeyMap.
func (m letterViewModel) FullHelp() [][]key.Binding {
	if m.state != letterShow {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown, m.keys.Home, m.keys.End},
		{m.keys.Packet, m.keys.EditAnswers, m.keys.Back},
	}
}
