package tui

import (
	"strings"
	"tramite/wizard"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
	"tramite/textwrap"
)

// The chooser's view and help.

// View implements the screen.
func (m newCaseModel) View() string {
	w := max(m.width, 20)
	var body strings.Builder
	b := &body
	switch {
	case m.step == stepLoading && m.err == nil:
		b.WriteString(m.styles.Muted.Render(m.T("Reading the household…")))
	case m.step == stepCreating:
		b.WriteString(m.styles.Muted.Render(m.T("Creating the case…")))
	case m.form != nil:
		b.WriteString(m.form.View())
		if about := m.hovered(); about != "" {
			b.WriteString("\n\n" + m.styles.Muted.Render(textwrap.Wrap(about, w)))
		}
	}
	if m.err != nil {
		b.WriteString("\n" + m.styles.Error.Render(textwrap.Wrap(messageIn(m.ctx.Lang, m.err), w)))
	}
	head := m.styles.Title.Render(ansi.Truncate(m.heading(), w, "…")) + "\n"
	hint := ""
	if m.hint != "" {
		hint = m.styles.Muted.Render(textwrap.Wrap(m.hint, w)) + "\n"
	}
	// The hint says how to use the list; on a short terminal the list and
	// what its option is for come first: the hint gives way, then the
	// blank line under the heading.
	for _, v := range []string{head + hint + "\n", head + "\n", head} {
		if m.height <= 0 || strings.Count(v+body.String(), "\n")+1 <= m.height {
			return v + body.String()
		}
	}
	return head + body.String()
}

// hovered explains the option under the cursor of a procedure list: the
// procedure's Summary, or the whole Triage line and where it leads.
func (m newCaseModel) hovered() string {
	if m.choice == nil {
		return ""
	}
	switch m.step {
	case stepProcedure:
		if *m.choice == choiceTriage {
			return m.T("Answer one question about where you are, and tramite suggests the procedure.")
		}
		if p, err := procedures.Lookup(*m.choice); err == nil {
			return m.ctx.Lang.Text(p.Summary)
		}
	case stepTriage:
		if p, err := procedures.Lookup(*m.choice); err == nil {
			return m.ctx.Lang.Text(p.Triage) + " → " + p.NameIn(m.ctx.Lang)
		}
	}
	return ""
}

func (m newCaseModel) heading() string {
	if m.from != nil {
		if p, err := procedures.Lookup(m.from.Procedure); err == nil {
			return m.T("Add a family member to %s", p.NameIn(m.ctx.Lang))
		}
	}
	if p, err := procedures.Lookup(m.procID); err == nil && m.step >= stepPerson {
		return m.T("New case: %s", p.NameIn(m.ctx.Lang))
	}
	return m.T("New case")
}

// T words a message in the chooser's language.
func (m newCaseModel) T(key string, args ...any) string { return m.ctx.Lang.T(key, args...) }

// ShortHelp implements help.KeyMap.
func (m newCaseModel) ShortHelp() []key.Binding {
	var out []key.Binding
	if m.form != nil {
		out = append(out, m.form.KeyBinds()...)
	}
	back := chooserBackKey
	back.SetHelp("shift+tab", m.T("back"))
	back.SetEnabled(m.canGoBack())
	return append(out, back, closeKey(m.keys))
}

// FullHelp implements help.KeyMap: on a list, with the typed letter that
// picks an option (letterMoves).
func (m newCaseModel) FullHelp() [][]key.Binding {
	keys := m.ShortHelp()
	if m.options != nil {
		keys = append(keys, wizard.KeyMapIn(m.ctx.Lang).Letter)
	}
	return [][]key.Binding{keys}
}

func (m newCaseModel) canGoBack() bool {
	switch m.step {
	case stepTriage:
		return true
	case stepPerson:
		return !m.fixedProc
	case stepName:
		return len(m.otherPeople()) > 0 || !m.fixedProc
	}
	return false
}

// chooserBackKey goes back one step, as shift+tab does in the wizard.
var chooserBackKey = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back"))

func closeKey(k KeyMap) key.Binding {
	return key.NewBinding(key.WithKeys(k.Back.Keys()...), key.WithHelp(k.Back.Help().Key, k.l.T("cancel")))
}
