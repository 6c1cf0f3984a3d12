package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
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
		for _, l := range strings.Split(st.Width(max(w-indent, 1)).Render(text), "\n") {
			lines = append(lines, pad+l)
		}
	}
	s, cs := m.styles, m.styles.Case

	name := m.person.Name
	if name == "" {
		name = fmt.Sprintf("person %d", m.c.PersonID)
	}
	procName := m.c.Procedure
	if m.proc != nil {
		procName = m.proc.Name
		if m.proc.Spanish != "" {
			procName += " (" + m.proc.Spanish + ")"
		}
	}
	wrap(s.Title, 0, name+" · "+procName)
	add(m.stageLine())
	for _, l := range m.progressLines() {
		wrap(cs.Label, 2, l)
	}

	add(cs.Section.Render("Verdict"))
	v := m.outcome.Verdict
	wrap(m.verdictStyle(v.Status), 2, verdictHeadline(v))
	if v.Reason != "" {
		wrap(cs.Value, 2, v.Reason)
	}
	if v.Route != "" {
		wrap(cs.Value, 2, "What to do instead: "+v.Route)
	}
	if len(v.Rules) > 0 {
		wrap(cs.Note, 2, "Rules: "+strings.Join(v.Rules, ", "))
	}
	if m.outcome.Fee.Text != "" {
		wrap(cs.Value, 2, "Fee: "+m.outcome.Fee.Text)
	}

	add(cs.Section.Render("Deadlines"))
	if len(m.deadlines) == 0 {
		wrap(s.Muted, 2, "No dates yet: they appear once the interview is complete.")
	}
	for _, d := range m.deadlines {
		u, days := classify(d, m.opts.Context.Today)
		// Hanging indent: the title wraps under itself, not under the date.
		prefix := fmt.Sprintf("  %s %s %s ", fit(u.marker(), markerWidth), actDate(d), fit(daysText(days, u), whenWidth))
		hang := ansi.StringWidth(prefix)
		if w-hang < 20 {
			wrap(m.urgencyStyle(u), 2, strings.TrimSpace(prefix)+" "+d.Title)
		} else {
			st := m.urgencyStyle(u)
			for i, l := range strings.Split(st.Width(w-hang).Render(d.Title), "\n") {
				if i == 0 {
					lines = append(lines, st.Render(prefix)+l)
				} else {
					lines = append(lines, strings.Repeat(" ", hang)+l)
				}
			}
		}
		if !d.ActBy.IsZero() {
			wrap(cs.Note, 4, "Legal date "+d.Date.String()+" falls on a day the office is closed: act by "+d.ActBy.String()+".")
		}
		if d.Note != "" {
			wrap(cs.Note, 4, d.Note)
		}
	}

	docs := m.outcome.Documents
	ticked := 0
	for _, d := range docs {
		if m.c.Ticks[d.ID] {
			ticked++
		}
	}
	add(cs.Section.Render(fmt.Sprintf("Checklist (%d of %d ready)", ticked, len(docs))))
	m.docLines = m.docLines[:0]
	if len(docs) == 0 {
		wrap(s.Muted, 2, "The checklist appears once the interview is complete.")
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
		text := box + " " + d.Name
		if d.Spanish != "" {
			text += " (" + d.Spanish + ")"
		}
		if d.Copies != "" {
			text += ": " + d.Copies
		}
		add(cur + st.Render(ansi.Truncate(text, max(w-2, 1), "…")))
		if d.Note != "" {
			wrap(cs.Note, 6, d.Note)
		}
	}

	if len(m.outcome.Steps) > 0 {
		add(cs.Section.Render("Steps"))
		for i, st := range m.outcome.Steps {
			wrap(cs.Value, 2, fmt.Sprintf("%d. %s", i+1, st))
		}
	}
	for _, n := range m.outcome.Notes {
		wrap(cs.Note, 2, n)
	}

	add(cs.Section.Render("Answers"))
	for _, l := range m.answerLines() {
		wrap(cs.Value, 2, l)
	}

	add(cs.Section.Render("Notes"))
	if strings.TrimSpace(m.c.Notes) == "" {
		wrap(s.Muted, 2, "None yet: press n to add some.")
	} else {
		wrap(cs.Value, 2, m.c.Notes)
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

// stageLine shows the stages with the current one marked in text, not
// only in colour: "✓ draft › ● ready to file › ○ appointment booked …".
func (m caseViewModel) stageLine() string {
	cur := m.c.Progress.Stage
	if cur == "" {
		cur = procedures.StageDraft
	}
	parts := make([]string, 0, len(procedures.Stages))
	reached := true
	for _, st := range procedures.Stages {
		if st == procedures.StageBooked && !m.outcome.Appointment && !m.c.Progress.StageAtLeast(procedures.StageBooked) {
			continue
		}
		switch {
		case st == cur:
			parts = append(parts, m.styles.Case.Stage.Render("● "+st.Label()))
			reached = false
		case reached:
			parts = append(parts, m.styles.Case.StageNext.Render("✓ "+st.Label()))
		default:
			parts = append(parts, m.styles.Case.StageNext.Render("○ "+st.Label()))
		}
	}
	line := "Stage: " + strings.Join(parts, " › ")
	if lipgloss.Width(line) > m.width {
		line = fmt.Sprintf("Stage: %s (step %d of %d)", m.styles.Case.Stage.Render("● "+cur.Label()),
			stageRankOf(cur)+1, len(procedures.Stages))
	}
	return line
}

// progressLines states what the case records about its stages.
func (m caseViewModel) progressLines() []string {
	pr := m.c.Progress
	var out []string
	if pr.StageAtLeast(procedures.StageBooked) && !pr.AppointmentDate.IsZero() {
		l := "Appointment: " + pr.AppointmentDate.String()
		for _, x := range []string{pr.AppointmentTime, pr.Office} {
			if x != "" {
				l += ", " + x
			}
		}
		if pr.Pieza != "" {
			l += ", número de pieza " + pr.Pieza
		}
		out = append(out, l)
	}
	if pr.StageAtLeast(procedures.StageFiled) && !pr.FiledDate.IsZero() {
		l := "Filed: " + pr.FiledDate.String()
		if pr.NUT != "" {
			l += ", NUT " + pr.NUT
		}
		if !pr.CorrectionNotice.IsZero() {
			l += "; correction notice (prevención) " + pr.CorrectionNotice.String()
		}
		out = append(out, l)
	}
	if pr.StageAtLeast(procedures.StageReceived) && !pr.ReceivedDate.IsZero() {
		l := "Card received: " + pr.ReceivedDate.String()
		if !pr.NewCardExpiry.IsZero() {
			l += ", expires " + pr.NewCardExpiry.String()
		} else {
			l += ", no expiry"
		}
		out = append(out, l)
	}
	return out
}

// answerLines lists the answers in the procedure's question order.
func (m caseViewModel) answerLines() []string {
	if m.proc == nil {
		return []string{"(unknown procedure " + m.c.Procedure + ")"}
	}
	var out []string
	for _, q := range m.proc.Asked(m.c.Answers) {
		v, ok := m.c.Answers[q.Key]
		if !ok {
			v = "(not answered yet)"
		}
		for _, c := range q.Options() {
			if c.ID == v {
				v = c.Label
			}
		}
		out = append(out, q.Prompt+": "+v)
	}
	if len(out) == 0 {
		out = append(out, "No answers yet: press E to start the interview.")
	}
	return out
}

func stageRankOf(s procedures.Stage) int {
	for i, st := range procedures.Stages {
		if st == s {
			return i
		}
	}
	return 0
}

func verdictHeadline(v procedures.Verdict) string {
	switch v.Status {
	case procedures.Eligible:
		if !v.From.IsZero() {
			return "✓ You can file (from " + v.From.String() + ")"
		}
		return "✓ You can file"
	case procedures.NotYet:
		return "… Not yet: you can file from " + v.From.String()
	case procedures.NotEligible:
		return "✗ This procedure does not apply"
	case procedures.Unknown:
		return "? Not settled: " + procedures.VerifyWithOffice
	}
	return "… Interview not finished: press E to answer the remaining questions"
}

func (m caseViewModel) verdictStyle(v procedures.VerdictStatus) lipgloss.Style {
	switch v {
	case procedures.Eligible:
		return m.styles.Case.Eligible
	case procedures.NotYet:
		return m.styles.Case.NotYet
	case procedures.NotEligible:
		return m.styles.Case.Refused
	case procedures.Unknown:
		return m.styles.Case.Unknown
	}
	return m.styles.Muted
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
		msg := "Loading the case…"
		if m.err != nil {
			msg = errorText(m.err) + " (esc to go back)"
		}
		return fitBlock([]string{m.styles.Muted.Render(ansi.Truncate(msg, m.width, "…"))}, m.width, m.height)
	}
	var body string
	switch m.mode {
	case modeForm:
		if m.form != nil {
			body = m.styles.Case.Dialog.Render(m.form.View())
		}
	case modeNotes:
		body = m.styles.Case.Section.Render("Notes") + "\n" + m.notes.View()
	case modeDelete:
		body = m.styles.Case.Dialog.Render(m.styles.Error.Render("Delete this case?") + "\n" +
			"Its answers, ticks, dates and notes are removed for good.\n" +
			"Press y to delete, any other key to keep it.")
	default:
		body = m.vp.View()
	}
	lines := strings.Split(body, "\n")
	lines = strings.Split(fitBlock(lines, m.width, max(m.height-1, 0)), "\n")
	if m.height-1 <= 0 {
		lines = nil
	}
	return fitBlock(append(lines, m.statusText()), m.width, m.height)
}

func (m caseViewModel) statusText() string {
	switch {
	case m.err != nil:
		return m.styles.Error.Render(ansi.Truncate(errorText(m.err), m.width, "…"))
	case m.status != "":
		return m.styles.Success.Render(ansi.Truncate(m.status, m.width, "…"))
	}
	return ""
}
