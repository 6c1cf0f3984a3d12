package wizard

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
)

// Moving through the interview: answering, walking on, going back.

// submit stores raw, the open question's answer, and moves on: to the
// next asked question (answered ones come prefilled, so going back and
// forward again is a walk, not a jump), or to review. It runs in the
// Update that handled the key, so the next form is focused before the next
// key is read.
func (m *Model) submit(raw string) tea.Cmd {
	key := m.current
	v, err := m.answerOf(key, raw, m.answers)
	if err != nil {
		// The field's own validation ran the same check on the same value,
		// so this should not happen. Never lose what was typed: keep it
		// (a finished form is rebuilt with it) and say what is wrong.
		if m.form.State != huh.StateNormal {
			m.stash[key] = raw
			q, _ := m.proc.Question(key)
			cmd := m.open(q, m.fromReview)
			m.setNotice(withoutKeys(m.opts.Context.Lang, m.proc, userMessage(m.opts.Context.Lang, key, err)))
			return cmd
		}
		m.setNotice(withoutKeys(m.opts.Context.Lang, m.proc, userMessage(m.opts.Context.Lang, key, err)))
		return nil
	}
	m.answers[key] = v
	m.submits++
	delete(m.stash, key)
	cmds := []tea.Cmd{emit(AnswerMsg{Key: key, Value: v})}
	for _, k := range stale(m.proc, m.answers) {
		m.stash[k] = m.answers[k]
		delete(m.answers, k)
		cmds = append(cmds, emit(RemoveMsg{Key: k}))
	}
	warning := m.proc.AnswerWarning(key, v, m.answers, m.opts.Context)
	if q, ok := m.after(key); ok {
		cmds = append(cmds, m.open(q, m.fromReview))
		// Said under the next question, where it cannot be missed (an
		// exit permit's return after the stay it allows, R-EXIT-STAY).
		if warning != "" {
			m.setNotice("⚠ " + withoutKeys(m.opts.Context.Lang, m.proc, warning))
		}
	} else {
		from := m.fromReview
		m.toReview()
		m.cursor = len(asked(m.proc, m.answers, m.opts.Context.Lang)) // the confirm row
		if from {
			m.cursor = m.indexOf(key)
		}
	}
	// Sequence keeps saves in the order the person gave the answers.
	return tea.Sequence(cmds...)
}

// after returns the question to open once key is answered.
func (m *Model) after(key string) (procedures.Question, bool) {
	if m.fromReview {
		// An edit may bring in a question not asked before; ask only that.
		return m.proc.Next(m.answers)
	}
	asked := asked(m.proc, m.answers, m.opts.Context.Lang)
	for i, q := range asked {
		if q.Key != key {
			continue
		}
		for _, n := range asked[i+1:] {
			if !m.given(n.Key) {
				return n, true
			}
		}
		break
	}
	return m.proc.Next(m.answers)
}

// back re-opens the previous asked question with its answer filled in. An
// edit picked on the review screen goes back to the review screen; the
// review screen goes back to the last question.
func (m *Model) back() tea.Cmd {
	asked := asked(m.proc, m.answers, m.opts.Context.Lang)
	switch {
	case m.screen == screenReview:
		if len(asked) == 0 {
			return nil
		}
		return m.open(asked[len(asked)-1], false)
	case m.fromReview:
		cur := m.current
		m.toReview()
		m.cursor = m.indexOf(cur)
		return nil
	}
	for i, q := range asked {
		if q.Key == m.current && i > 0 {
			return m.open(asked[i-1], false)
		}
	}
	return nil
}

// setNotice shows text under the open question's form ("" for none),
// and fits the form to the room left: on a short screen a two-line
// warning would push the Sources line out of sight.
func (m *Model) setNotice(text string) {
	if text == m.notice {
		return
	}
	m.notice = text
	if m.screen == screenQuestion {
		m.refit()
		m.sizeForm()
	}
}

// open shows question q in a new form and returns its start-up command.
func (m *Model) open(q procedures.Question, fromReview bool) tea.Cmd {
	m.screen = screenQuestion
	m.current = q.Key
	m.fromReview = fromReview
	m.notice = ""
	value, ok := m.answers[q.Key]
	if !ok {
		value = m.stash[q.Key]
	}
	m.span = routeSpan(m.proc, m.answers).less(m.givenCount(q.Key))
	m.form = m.newForm(q, value, "")
	m.sizeForm()
	cmd := m.form.Init()
	// The form reads the background from the host's message; replay ours.
	m.form.Update(bgMsg(m.isDark))
	return cmd
}

func (m *Model) toReview() {
	m.screen = screenReview
	m.current = ""
	m.fromReview = false
	m.form = nil
	m.span = routeSpan(m.proc, m.answers).less(m.givenCount(""))
	m.clampCursor()
}

// givenCount is how many given answers (Options.Given) the routes skip:
// those answered and asked, but open, which counts as a step.
func (m *Model) givenCount(open string) int {
	n := 0
	for _, q := range asked(m.proc, m.answers, nil) {
		if q.Key != open && m.given(q.Key) {
			n++
		}
	}
	return n
}
