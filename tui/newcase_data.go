package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
	"tramite/record"
)

// The chooser's store I/O and the data it works from.

func chooserDataCmd(st Store, fromID uint64) tea.Cmd {
	return func() tea.Msg {
		people, err := st.People()
		if err != nil {
			return chooserDataMsg{err: fmt.Errorf("could not read the household: %w", err)}
		}
		msg := chooserDataMsg{people: people}
		if fromID != 0 {
			c, err := st.Case(fromID)
			if err != nil {
				return chooserDataMsg{err: fmt.Errorf("could not read case %d: %w", fromID, err)}
			}
			msg.from = &c
		}
		return msg
	}
}

// sharedAnswers are the answers a family member's case starts with: those
// of the procedure's Shared keys that the first case has.
func (m newCaseModel) sharedAnswers() procedures.Answers {
	a := procedures.Answers{}
	if m.from == nil {
		return a
	}
	p, err := procedures.Lookup(m.from.Procedure)
	if err != nil {
		return a
	}
	for _, k := range p.Shared {
		if v, ok := m.from.Answers[k]; ok {
			a[k] = v
		}
	}
	return a
}

// otherPeople are the household members offered: for a family member,
// everyone but the person of the first case.
func (m newCaseModel) otherPeople() []record.Person {
	var out []record.Person
	for _, p := range m.people {
		if m.from != nil && p.ID == m.from.PersonID {
			continue
		}
		out = append(out, p)
	}
	return out
}

// caseCreatedMsg reports the new draft case (or why it failed, and the
// new person when they were saved before the failure).
type caseCreatedMsg struct {
	caseID uint64
	person record.Person
	err    error
}

// createCaseCmd saves the person when new (ID 0), then the draft case.
func createCaseCmd(st Store, p record.Person, procID string, answers procedures.Answers) tea.Cmd {
	return func() tea.Msg {
		var added record.Person // the new person, once saved
		if p.ID == 0 {
			if err := st.SavePerson(&p); err != nil {
				return caseCreatedMsg{err: fmt.Errorf("could not save %s: %w", p.Name, err)}
			}
			added = p
		}
		c := record.Case{PersonID: p.ID, Procedure: procID, Answers: answers,
			Progress: procedures.Progress{Stage: procedures.StageDraft}}
		if err := st.SaveCase(&c); err != nil {
			return caseCreatedMsg{person: added, err: fmt.Errorf("could not create the case: %w", err)}
		}
		return caseCreatedMsg{caseID: c.ID}
	}
}
