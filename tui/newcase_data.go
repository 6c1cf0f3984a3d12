package tui

import (
	tea "charm.land/bubbletea/v2"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// The chooser's store I/O and the data it works from.

func chooserDataCmd(st Store, fromID uint64) tea.Cmd {
	return func() tea.Msg {
		people, err := st.People()
		if err != nil {
			return chooserDataMsg{err: wrapf(err, "could not read the household")}
		}
		msg := chooserDataMsg{people: people}
		if fromID != 0 {
			c, err := st.Case(fromID)
			if err != nil {
				return chooserDataMsg{err: wrapf(err, "could not read case %d", fromID)}
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

// createCaseCmd creates the draft case through the case layer
// (casebook.Book.Create), adding the person when new (ID 0).
func createCaseCmd(st Store, p record.Person, procID string, answers procedures.Answers) tea.Cmd {
	return func() tea.Msg {
		proc, err := procedures.Lookup(procID)
		if err != nil {
			return caseCreatedMsg{err: err}
		}
		c, saved, err := casebook.New(st).Create(casebook.NewCase{Person: p, Procedure: proc, Answers: answers})
		if err != nil {
			var left record.Person // a new person the failure left behind
			if p.ID == 0 && saved.ID != 0 {
				left = saved
			}
			return caseCreatedMsg{person: left, err: wrapf(err, "could not create the case")}
		}
		return caseCreatedMsg{caseID: c.ID}
	}
}

// copiedKeys are the keys sharedAnswers copies, in the order the
// interview asks them.
func (m newCaseModel) copiedKeys() []string {
	a := m.sharedAnswers()
	p, err := procedures.Lookup(m.procID)
	if err != nil || len(a) == 0 {
		return nil
	}
	var out []string
	for _, q := range p.Questions {
		if _, ok := a[q.Key]; ok {
			out = append(out, q.Key)
		}
	}
	return out
}

// fromName is the name of the person of the case copied from.
func (m newCaseModel) fromName() string {
	if m.from == nil {
		return ""
	}
	for _, p := range m.people {
		if p.ID == m.from.PersonID {
			return p.Name
		}
	}
	return ""
}
