package wizard

import (
	"image/color"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
	"tramite/textwrap"
)

// The review screen lists every asked question with its answer, then a
// last row that confirms. Picking a question re-opens it; confirming
// checks the whole set with Procedure.Validate first.

func (m Model) updateReview(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	rows := len(asked(m.proc, m.answers, m.opts.Context.Lang)) + 1 // + the confirm row
	switch {
	case key.Matches(msg, m.keys.Up):
		if m.cursor > 0 {
			m.cursor--
		}
	case key.Matches(msg, m.keys.Down):
		if m.cursor < rows-1 {
			m.cursor++
		}
	case key.Matches(msg, m.keys.Confirm):
		return m, m.confirm()
	case key.Matches(msg, m.keys.Edit):
		asked := asked(m.proc, m.answers, m.opts.Context.Lang)
		if m.cursor >= len(asked) {
			return m, m.confirm()
		}
		return m, m.open(asked[m.cursor], true)
	}
	return m, nil
}

// confirm finishes the interview when the answers are complete and valid;
// otherwise it points at the first problem and says what to do.
func (m *Model) confirm() tea.Cmd {
	l := m.opts.Context.Lang
	if q, ok := m.proc.Next(m.answers); ok {
		m.cursor = m.indexOf(q.Key)
		m.notice = l.T("“%s” has no answer yet: press enter to answer it.", q.Localized(l).Prompt)
		return nil
	}
	if err := m.proc.Validate(m.answers); err != nil {
		for i, q := range asked(m.proc, m.answers, m.opts.Context.Lang) {
			if strings.HasPrefix(err.Error(), q.Key+":") {
				m.cursor = i
				m.notice = sentence(withoutKeys(l, m.proc, userMessage(l, q.Key, err))) + l.T(" Press enter to change it.")
				return nil
			}
		}
		m.notice = withoutKeys(l, m.proc, procedures.MessageIn(l, err))
		return nil
	}
	m.screen = screenDone
	return emit(DoneMsg{Answers: m.answers.Clone()})
}

// problem returns what is wrong with the answer to q, or "".
func (m Model) problem(q procedures.Question) string {
	v, answered := m.answers[q.Key]
	if !answered {
		return m.opts.Context.Lang.T("no answer yet")
	}
	if _, err := m.proc.Answer(q.Key, v, m.answers); err != nil {
		return userMessage(m.opts.Context.Lang, q.Key, err)
	}
	return ""
}

func (m Model) indexOf(key string) int {
	for i, q := range asked(m.proc, m.answers, m.opts.Context.Lang) {
		if q.Key == key {
			return i
		}
	}
	return 0
}

func (m *Model) clampCursor() {
	rows := len(asked(m.proc, m.answers, m.opts.Context.Lang)) + 1
	m.cursor = max(0, min(m.cursor, rows-1))
}

func (m Model) reviewView() string {
	asked := asked(m.proc, m.answers, m.opts.Context.Lang)
	width := m.width
	if width <= 0 {
		width = 80
	}
	var b strings.Builder
	l := m.opts.Context.Lang
	b.WriteString(m.styles.Title.Render(l.T("Review your answers: %s", m.proc.NameIn(l))) + "\n")
	b.WriteString(m.styles.Muted.Render(textwrap.Wrap(l.T("Press enter on an answer to change it. Confirm when all is right."), width)) + "\n\n")

	rows := make([]string, 0, len(asked)+1)
	// Answers are short; prompts get the rest of the line.
	valW := 8
	for _, q := range asked {
		valW = max(valW, ansi.StringWidth(answerLabel(l, q, m.answers[q.Key]))+2)
	}
	valW = min(valW, width/2)
	labelW := max(10, width-valW-4)
	for i, q := range asked {
		label := ansi.Truncate(q.Prompt, labelW, "…")
		label += strings.Repeat(" ", max(0, labelW-ansi.StringWidth(label)))
		val := m.answerCell(q, valW)
		marker := "  "
		if i == m.cursor {
			marker = m.styles.Cursor.Render("> ")
			label = m.styles.Cursor.Render(label)
		} else {
			label = m.styles.Label.Render(label)
		}
		rows = append(rows, marker+label+"  "+val)
	}
	confirm := l.T("Confirm these answers")
	if m.cursor == len(asked) {
		rows = append(rows, m.styles.Cursor.Render("> "+confirm))
	} else {
		rows = append(rows, "  "+m.styles.Label.Render(confirm))
	}
	b.WriteString(strings.Join(window(rows, m.cursor, m.listHeight()), "\n"))

	// The whole prompt of the selected row, since the list truncates it.
	b.WriteString("\n\n")
	if m.cursor < len(asked) {
		q := asked[m.cursor]
		b.WriteString(m.styles.Muted.Render(textwrap.Wrap(q.Prompt, width)))
		if p := m.problem(q); p != "" {
			b.WriteString("\n" + m.styles.Error.Render(textwrap.Wrap(p, width)))
		}
	}
	if m.notice != "" {
		b.WriteString("\n" + m.styles.Error.Render(textwrap.Wrap(m.notice, width)))
	}
	return b.String()
}

func (m Model) answerCell(q procedures.Question, w int) string {
	v, answered := m.answers[q.Key]
	if !answered {
		return m.styles.Missing.Render(m.opts.Context.Lang.T("not answered"))
	}
	s := ansi.Truncate(answerLabel(m.opts.Context.Lang, q, v), max(w, 8), "…")
	if m.problem(q) != "" {
		return m.styles.Error.Render("! " + s)
	}
	return m.styles.Value.Render(s)
}

// listHeight is how many review rows fit: the heading, hint and the
// selected row's full prompt take the rest.
func (m Model) listHeight() int {
	if m.height <= 0 {
		return 1 << 20
	}
	return max(3, m.height-8)
}

// window returns the part of rows that fits in h lines, keeping cursor in
// view.
func window(rows []string, cursor, h int) []string {
	if len(rows) <= h {
		return rows
	}
	start := max(0, min(cursor-h/2, len(rows)-h))
	return rows[start : start+h]
}

func itoa(n int) string { return strconv.Itoa(n) }

// bgMsg replays the host's background to a new form.
func bgMsg(isDark bool) tea.BackgroundColorMsg {
	var c color.Color = lipgloss.Color("#ffffff")
	if isDark {
		c = lipgloss.Color("#000000")
	}
	return tea.BackgroundColorMsg{Color: c}
}

// sentence ends s with a full stop unless it ends a sentence already.
func sentence(s string) string {
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}
