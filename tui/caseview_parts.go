package tui

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"tramite/i18n"
	"tramite/procedures"
)

// The parts of the case view that say where the case stands: stage,
// progress, answers and verdict, in words.

// stageLabel is stage s as a case of procedure procID reads it: the last
// stage names what the procedure yields ("permit received").
func stageLabel(l *i18n.Printer, procID string, s procedures.Stage) string {
	p, _ := procedures.Lookup(procID) // nil for an unknown id: the plain label
	return p.StageLabelIn(l, s)
}

// stageLine shows the stages with the current one marked in text, not
// only in colour: "✓ draft › ● ready to file › ○ appointment booked …".
func (m caseViewModel) stageLine() string {
	cur := m.c.Progress.Stage
	tr := m.opts.Context.Lang
	if cur == "" {
		cur = procedures.StageDraft
	}
	shown := m.stagesShown() // caseview_history.go
	parts := make([]string, 0, len(shown))
	reached := true
	refused := m.c.Progress.Refused()
	for _, st := range shown {
		if st == procedures.StageBooked && !m.outcome.Appointment && !m.c.Progress.StageAtLeast(procedures.StageBooked) {
			continue
		}
		switch {
		case refused && !reached:
			continue // the path ends at the refusal
		case refused && st == cur:
			parts = append(parts, m.styles.Case.StageNext.Render("✓ "+m.proc.StageLabelIn(tr, st)),
				m.styles.Case.Refused.Render("✗ "+m.proc.StageLabelIn(tr, procedures.StageRefused)))
			reached = false
		case st == cur:
			parts = append(parts, m.styles.Case.Stage.Render("● "+m.proc.StageLabelIn(tr, st)))
			reached = false
		case reached:
			parts = append(parts, m.styles.Case.StageNext.Render("✓ "+m.proc.StageLabelIn(tr, st)))
		default:
			parts = append(parts, m.styles.Case.StageNext.Render("○ "+m.proc.StageLabelIn(tr, st)))
		}
	}
	line := m.T("Stage: %s", strings.Join(parts, " › "))
	if lipgloss.Width(line) > m.width {
		line = m.T("Stage: %s (step %d of %d)", m.styles.Case.Stage.Render("● "+m.proc.StageLabelIn(tr, cur)),
			max(slices.Index(shown, cur), 0)+1, len(shown))
		if refused {
			line = m.T("Stage: %s", m.styles.Case.Refused.Render("✗ "+m.proc.StageLabelIn(tr, procedures.StageRefused)))
		}
	}
	return line
}

// progressLines states what the case records about its stages.
func (m caseViewModel) progressLines() []string {
	pr := m.c.Progress
	var out []string
	if pr.StageAtLeast(procedures.StageBooked) && !pr.AppointmentDate.IsZero() {
		l := m.T("Appointment: %s", pr.AppointmentDate.String())
		for _, x := range []string{pr.AppointmentTime, pr.Office} {
			if x != "" {
				l += ", " + x
			}
		}
		if pr.Pieza != "" {
			l += m.T(", número de pieza %s", pr.Pieza)
		}
		out = append(out, l)
	}
	if pr.StageAtLeast(procedures.StageFiled) && !pr.FiledDate.IsZero() {
		l := m.T("Filed: %s", pr.FiledDate.String())
		if pr.NUT != "" {
			l += ", NUT " + pr.NUT
		}
		if !pr.CorrectionNotice.IsZero() {
			l += m.T("; correction notice (prevención) %s", pr.CorrectionNotice.String())
		}
		out = append(out, l)
	}
	out = append(out, m.paymentLines()...) // caseview_history.go
	if pr.StageAtLeast(procedures.StageReceived) && !pr.ReceivedDate.IsZero() {
		var l string
		switch {
		case m.proc == nil || m.proc.Yields == "" || m.proc.Yields == procedures.YieldsCard:
			l = m.T("Card received: %s", pr.ReceivedDate.String())
			if !pr.NewCardExpiry.IsZero() {
				l += m.T(", expires %s", pr.NewCardExpiry.String())
			} else {
				l += m.T(", no expiry")
			}
		default: // an exit permit, a resolution: no card, no expiry
			l = upperFirst(m.proc.StageLabelIn(m.opts.Context.Lang, procedures.StageReceived)) + ": " + pr.ReceivedDate.String()
		}
		out = append(out, l)
	}
	return out
}

// answerLines lists the answers in the procedure's question order.
func (m caseViewModel) answerLines() []string {
	if m.proc == nil {
		return []string{m.T("(unknown procedure %s)", m.c.Procedure)}
	}
	var out []string
	for _, q := range m.proc.Asked(m.c.Answers) {
		q = q.Localized(m.opts.Context.Lang)
		v, ok := m.c.Answers[q.Key]
		if !ok {
			v = m.T("(not answered yet)")
		}
		for _, c := range q.Options() {
			if c.ID == v {
				v = c.Label
			}
		}
		out = append(out, q.Prompt+": "+v)
	}
	if len(out) == 0 {
		out = append(out, m.T("No answers yet: press E to start the interview."))
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

// documentName is a checklist item's name: in English with INM's Spanish
// name beside it, in Spanish INM's name alone.
func documentName(l *i18n.Printer, d procedures.Document) string {
	if l.Spanish() {
		if d.Spanish != "" {
			return d.Spanish
		}
		return l.Text(d.Name)
	}
	if d.Spanish != "" {
		return d.Name + " (" + d.Spanish + ")"
	}
	return d.Name
}

// verdictHeadline marks the case layer's headline with the verdict's
// symbol (the meaning never rests on colour alone) and, for an unfinished
// interview, the key that finishes it.
func verdictHeadline(l *i18n.Printer, v procedures.VerdictStatus, headline string) string {
	switch v {
	case procedures.Eligible:
		return "✓ " + headline
	case procedures.NotEligible:
		return "✗ " + headline
	case procedures.Unknown:
		return "? " + headline
	case procedures.Incomplete:
		return "… " + headline + l.T(" Press E to answer the remaining questions.")
	}
	return "… " + headline
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
