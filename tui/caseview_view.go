package tui

import (
	"fmt"
	"strings"
	"tramite/casebook"
	"tramite/procedures"
	"tramite/textsafe"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// rebuild lays the case out as lines for the viewport. It runs when the
// case, the size, the styles or the checklist cursor change, never per
// frame.
func (m *caseViewModel) rebuild() {
	if !m.loaded || m.width <= 0 {
		return
	}
	w := m.width
	var lines []string
	add := func(s string) { lines = append(lines, strings.Split(s, "\n")...) }
	// wrap renders text wrapped to the width left after indent spaces.
	wrap := func(st lipgloss.Style, indent int, text string) {
		pad := strings.Repeat(" ", indent)
		for _, l := range wordWrap(text, w-indent) {
			lines = append(lines, pad+st.Render(l))
		}
	}
	s, cs := m.styles, m.styles.Case
	tr := m.opts.Context.Lang

	name := textsafe.Line(m.person.Name)
	if name == "" {
		name = m.T("person %d", m.c.PersonID)
	}
	procName := m.c.Procedure
	if m.proc != nil {
		procName = m.proc.NameIn(tr)
		if m.proc.Spanish != "" && !tr.Spanish() {
			procName += " (" + m.proc.Spanish + ")"
		}
	}
	wrap(s.Title, 0, name+" · "+procName)
	add(m.stageLine())
	for _, l := range m.progressLines() {
		wrap(cs.Label, 2, l)
	}

	add(cs.Section.Render(m.T("Verdict")))
	v := m.outcome.Verdict
	// Once filed, "can I file?" is answered: the headline says where the
	// case stands, as every export does (casebook.Standing).
	standing := m.detail.Standing().Kind
	filed := standing != casebook.Verdict
	switch {
	case standing == casebook.Refused:
		wrap(cs.Refused, 2, "✗ "+m.detail.Headline())
	case filed:
		wrap(cs.Eligible, 2, "✓ "+m.detail.Headline())
	default:
		wrap(m.verdictStyle(v.Status), 2, verdictHeadline(tr, v.Status, m.detail.Headline()))
	}
	// What is wrong with the recorded dates comes first, marked in text
	// ("⚠") as well as colour.
	for _, warn := range m.warnings {
		// Hanging indent: the text wraps under itself, not under the ⚠.
		st := s.Warning.Bold(true)
		for i, l := range wordWrap(warn, w-4) {
			mark := "    "
			if i == 0 {
				mark = "  ⚠ "
			}
			lines = append(lines, mark+st.Render(l))
		}
	}
	if v.Reason != "" && !filed {
		wrap(cs.Value, 2, v.Reason)
	}
	if v.Route != "" && !filed {
		wrap(cs.Value, 2, m.T("What to do instead: %s", v.Route))
	}
	if len(v.Rules) > 0 {
		wrap(cs.Note, 2, m.T("Rules: %s", strings.Join(v.Rules, ", ")))
	}
	if m.outcome.Fee.Text != "" {
		wrap(cs.Value, 2, m.T("Fee: %s", m.outcome.Fee.Text))
	}

	add(cs.Section.Render(m.T("Deadlines")))
	if len(m.deadlines) == 0 {
		wrap(s.Muted, 2, m.T("No dates yet: they appear once the interview is complete."))
	}
	for _, d := range m.deadlines {
		u, days := classify(d, m.opts.Context.Today)
		// Hanging indent: the title wraps under itself, not under the date.
		when := daysText(tr, days, u)
		prefix := fmt.Sprintf("  %s %s %s ", fit(urgencyMarker(u), markerWidth), actDate(d), fit(when, max(whenWidth, ansi.StringWidth(when))))
		hang := ansi.StringWidth(prefix)
		title := procedures.TitleIn(tr, d.Title)
		if w-hang < 20 {
			wrap(m.urgencyStyle(u), 2, strings.TrimSpace(prefix)+" "+title)
		} else {
			st := m.urgencyStyle(u)
			for i, l := range wordWrap(title, w-hang) {
				l = st.Render(l)
				if i == 0 {
					lines = append(lines, st.Render(prefix)+l)
				} else {
					lines = append(lines, strings.Repeat(" ", hang)+l)
				}
			}
		}
		noteIndent := 4
		if w-hang >= 20 {
			noteIndent = hang
		}
		// Most notes already explain the act-by date (R-DAYS-CLOSED); say it
		// here only where the note does not, never twice.
		if !d.ActBy.IsZero() && !strings.Contains(d.Note, d.ActBy.String()) {
			why := m.T("Legal date %s falls on a day the office is closed: act by %s.", d.Date.String(), d.ActBy.String())
			if !casebook.LegalDateClosed(m.opts.Context.Calendar, d.Date) {
				why = m.T("INM offices usually close around the legal date %s: act by %s; if yours is open, the last day is the legal date.", d.Date.String(), d.ActBy.String())
			}
			wrap(cs.Note, noteIndent, why)
		}
		if d.Note != "" {
			wrap(cs.Note, noteIndent, d.Note)
		}
	}

	docs := m.outcome.Documents
	ticked := 0
	for _, d := range docs {
		if m.c.Ticks[d.ID] {
			ticked++
		}
	}
	add(cs.Section.Render(m.T("Checklist (%d of %d ready)", ticked, len(docs))))
	m.docLines, m.docLast = m.docLines[:0], m.docLast[:0]
	if len(docs) == 0 {
		wrap(s.Muted, 2, m.T("The checklist appears once the interview is complete."))
	}
	for i, d := range docs {
		m.docLines = append(m.docLines, len(lines))
		box, st := "[ ]", cs.Unticked
		if m.c.Ticks[d.ID] {
			box, st = "[x]", cs.Ticked
		}
		cur := "  "
		if i == m.docCursor {
			cur = "> "
			st = st.Inherit(s.Selected)
		}
		text := documentName(tr, d)
		if d.Copies != "" {
			text += ": " + d.Copies
		}
		// The whole item, wrapped under itself: the copies at its end
		// ("original + 1 copy of both sides") are what the person takes.
		hang := ansi.StringWidth(cur + box + " ")
		for j, l := range wordWrap(text, max(w-hang, 10)) {
			if j == 0 {
				add(cur + st.Render(box+" "+l))
			} else {
				add(strings.Repeat(" ", hang) + st.Render(l))
			}
		}
		m.docLast = append(m.docLast, len(lines)-1)
		if d.Note != "" {
			wrap(cs.Note, 6, d.Note)
		}
	}

	if len(m.outcome.Steps) > 0 {
		add(cs.Section.Render(m.T("Steps")))
		for i, st := range m.outcome.Steps {
			wrap(cs.Value, 2, fmt.Sprintf("%d. %s", i+1, st))
		}
	}
	for _, n := range m.outcome.Notes {
		wrap(cs.Note, 2, n)
	}

	add(cs.Section.Render(m.T("Answers")))
	for _, l := range m.answerLines() {
		wrap(cs.Value, 2, l)
	}

	add(cs.Section.Render(m.T("Notes")))
	if strings.TrimSpace(m.c.Notes) == "" {
		wrap(s.Muted, 2, m.T("None yet: press n to add some."))
	} else {
		notes, more := visibleNotes(m.c.Notes, w-2)
		ls := wordWrap(textsafe.Text(notes), w-2)
		if len(ls) > maxNoteLines {
			ls, more = ls[:maxNoteLines], true
		}
		for _, l := range ls {
			lines = append(lines, "  "+cs.Value.Render(l))
		}
		if more {
			wrap(s.Muted, 2, m.T("… the notes go on: export the case (e) to read them all."))
		}
	}
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	y := m.vp.YOffset()
	m.vp.SetContentLines(lines)
	m.vp.SetYOffset(y)
}

func (m caseViewModel) urgencyStyle(u urgency) lipgloss.Style {
	return dashboardModel{styles: m.styles}.urgencyStyle(u)
}

// View renders the case view in exactly its width and height.
func (m caseViewModel) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if !m.loaded {
		msg := m.T("Loading the case…")
		if m.err != nil {
			msg = errorText(m.opts.Context.Lang, m.err) + m.T(" (esc to go back)")
		}
		return fitBlock([]string{m.styles.Muted.Render(ansi.Truncate(msg, m.width, "…"))}, m.width, m.height)
	}
	status := m.statusLines()
	// An error takes the lines it needs to give its reason; the body
	// keeps at least one line.
	status = status[:min(len(status), max(m.height-1, 1))]
	bodyH := m.height - len(status)
	var body string
	switch m.mode {
	case modeForm, modeNotice:
		if m.form != nil {
			body = fitFormView(m.form, m.styles.Case.Dialog, bodyH)
		}
	case modeNotes:
		body = m.notesView()
	case modeLetter:
		body = m.letter.View()
	case modeGuide:
		body = m.guide.View()
	case modeMessages:
		body = m.messagesBody()
	case modeHistory:
		body = m.historyView()
	case modeReplace:
		body = m.replaceView()
	case modeNotApplying:
		v := m.outcome.Verdict
		text := m.T("This procedure does not apply: %s", v.Reason)
		if v.Route != "" {
			text += "\n" + m.T("What to do instead: %s", v.Route)
		}
		body = m.styles.Case.Dialog.Render(m.styles.Error.Render(m.T("Go on with this case anyway?")) + "\n" +
			strings.Join(wordWrap(text, max(m.width-6, 10)), "\n") + "\n" +
			m.T("Press y to go on, any other key to leave the stage as it is."))
	case modeDelete:
		body = m.deleteDialog()
	default:
		body = m.vp.View()
	}
	lines := strings.Split(body, "\n")
	lines = strings.Split(fitBlock(lines, m.width, max(bodyH, 0)), "\n")
	if bodyH <= 0 {
		lines = nil
	}
	return fitBlock(append(lines, status...), m.width, m.height)
}

// deleteDialog asks before deleting, naming the case it deletes: its
// number, its person and its procedure, so that a case opened by mistake
// is not the one removed.
func (m caseViewModel) deleteDialog() string {
	name := textsafe.Line(m.person.Name)
	if name == "" {
		name = m.T("person %d", m.c.PersonID)
	}
	procName := m.c.Procedure
	if m.proc != nil {
		procName = m.proc.NameIn(m.opts.Context.Lang)
	}
	w := max(m.width-4, 10) // inside the box's border and padding
	wrap := func(text string) string { return strings.Join(wordWrap(text, w), "\n") }
	return m.styles.Case.Dialog.Render(
		m.styles.Error.Render(wrap(m.T("Delete case %d, %s: %s?", m.c.ID, name, procName))) + "\n" +
			wrap(m.T("Its answers, ticks, dates and notes are removed for good.")) + "\n" +
			wrap(m.T("Press y to delete, any other key to keep it.")))
}

// statusLines is the error (wrapped, up to maxStatusLines) or the status
// (one line) under the case.
func (m caseViewModel) statusLines() []string {
	switch {
	case m.err != nil:
		return wrapStatus(m.styles.Error, errorText(m.opts.Context.Lang, m.err), m.width)
	case m.status != "":
		// A status may carry notes (what is missing when marked ready):
		// wrapped like an error, never cut.
		return wrapStatus(m.styles.Success, m.status, m.width)
	}
	return []string{""}
}

// maxNoteLines bounds the lines of notes the case view lays out: a
// screenful many times over. A 1 MB note (pasted by mistake, or imported)
// is read and edited in full with n; laying all of it out took seconds
// (issue 14).
const maxNoteLines = 400

// visibleNotes is the part of notes the case view lays out at width
// cells, and whether there is more: at most maxNoteLines lines of width
// cells, cut at a character boundary, found without measuring the rest.
func visibleNotes(notes string, width int) (string, bool) {
	// A line of width cells holds at most 4 bytes of UTF-8 per cell, and
	// each newline starts a line.
	limit := min(len(notes), maxNoteLines*max(width, 1)*4)
	lines := 0
	for i := 0; i < limit; i++ {
		if notes[i] == '\n' {
			if lines++; lines == maxNoteLines {
				limit = i
				break
			}
		}
	}
	if limit == len(notes) {
		return notes, false
	}
	for limit > 0 && !utf8.RuneStart(notes[limit]) {
		limit--
	}
	return notes[:limit], true
}

// wordWrap breaks text into lines of at most width cells, at spaces only:
// lipgloss and ansi also break after a hyphen, which would cut a date
// ("2026-12-" / "18") or a rule id in two. A word longer than a line is
// cut. Newlines in text are kept.
func wordWrap(text string, width int) []string {
	width = max(width, 1)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line, lw := "", 0
		for i, word := range strings.Split(para, " ") {
			ww := ansi.StringWidth(word)
			if i > 0 && lw+1+ww <= width {
				line, lw = line+" "+word, lw+1+ww
				continue
			}
			if i > 0 {
				out = append(out, line)
			}
			if ww > width {
				// A word longer than a line is cut, walking its characters
				// once: measuring what is left after each cut made a 1 MB
				// unbroken note quadratic. The last piece carries on the
				// line; a character wider than the line goes alone.
				var piece strings.Builder
				pw := 0
				for rest := word; rest != ""; {
					c, cw := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
					if c == "" {
						c, cw = rest[:1], 1
					}
					rest = rest[len(c):]
					if pw > 0 && pw+cw > width {
						out = append(out, piece.String())
						piece.Reset()
						pw = 0
					}
					piece.WriteString(c)
					pw += cw
				}
				word, ww = piece.String(), pw
			}
			line, lw = word, ww
		}
		out = append(out, line)
	}
	return out
}
