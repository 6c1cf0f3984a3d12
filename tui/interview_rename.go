package tui

import (
	"strings"
	"tramite/record"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// The person's name, typed in the chooser, can be corrected from the
// interview: shift+tab (back) on the first question, where the wizard has
// no earlier question, goes back to the name. The case and the person
// already exist by then, so the name is changed on the person
// (st.SavePerson) rather than the case re-created: the answers stay, and
// the store refuses a name another person has.

// renameKey is the interview's back key, shown as "change the name" on the
// first question.
var renameKey = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "change the name"))

// renameDone is enter in the name field.
var renameDone = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save the name"))

// personRenamedMsg reports a saved (or refused) name change.
type personRenamedMsg struct {
	caseID   uint64
	name     string
	previous string
	err      error
}

// canRename reports whether shift+tab goes back to the name now.
func (m interviewModel) canRename() bool {
	return m.person != "" && m.c.PersonID != 0 && m.wiz.AtFirstQuestion()
}

// openRename shows the name field, filled with the name as it stands.
func (m interviewModel) openRename() (interviewModel, tea.Cmd) {
	ti := textinput.New()
	ti.Prompt = m.ctx.Lang.T("Name: ")
	ti.CharLimit = 120
	ti.SetWidth(max(m.width-8, 10))
	ti.SetValue(m.person)
	ti.CursorEnd()
	m.rename = &ti
	m.err = nil
	return m, m.rename.Focus()
}

// updateRename handles a key while the name field is open: enter saves
// and goes back to the first question at once (keys typed after it are
// answers); esc or shift+tab go back without changing the name.
func (m interviewModel) updateRename(msg tea.KeyPressMsg) (interviewModel, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back, renameKey):
		m.rename = nil
		return m, nil
	case key.Matches(msg, renameDone):
		name := strings.Join(strings.Fields(m.rename.Value()), " ")
		if name == "" {
			m.err = errString(m.ctx.Lang.T("Type the person's full name, or press esc to keep %s.", m.person))
			return m, nil
		}
		m.rename = nil
		if name == m.person {
			return m, nil
		}
		prev := m.person
		m.person = name // shown at once; put back if the store refuses
		return m, renamePersonCmd(m.st, m.c, name, prev)
	}
	var cmd tea.Cmd
	ti, cmd := m.rename.Update(msg)
	m.rename = &ti
	return m, cmd
}

// renamePersonCmd saves the new name on the case's person.
func renamePersonCmd(st Store, c record.Case, name, prev string) tea.Cmd {
	return func() tea.Msg {
		out := personRenamedMsg{caseID: c.ID, name: name, previous: prev}
		people, err := st.People()
		if err != nil {
			out.err = wrapf(err, "could not change the name (it is still %s)", prev)
			return out
		}
		for _, p := range people {
			if p.ID == c.PersonID {
				p.Name = name
				if err := st.SavePerson(&p); err != nil {
					out.err = wrapf(err, "could not change the name (it is still %s)", prev)
				}
				return out
			}
		}
		out.err = errString("could not change the name: the person of this case is gone")
		return out
	}
}

// renamed applies the outcome of a name change.
func (m interviewModel) renamed(msg personRenamedMsg) (interviewModel, tea.Cmd) {
	if msg.caseID != m.c.ID {
		return m, nil
	}
	if msg.err != nil {
		m.err = msg.err
		if m.person == msg.name {
			m.person = msg.previous
		}
		return m, nil
	}
	return m, emitMsg(dataChangedMsg{})
}

// renameView is the name field in place of the question.
func (m interviewModel) renameView() string {
	return m.styles.Muted.Render(m.ctx.Lang.T("Who is this case for? Correct the name as in the passport.")) +
		"\n\n" + m.rename.View()
}

// errString is a plain error with a user-facing text.
type errString string

func (e errString) Error() string { return string(e) }
