package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"tramite/procedures"
)

// The parts of the case view that say where the case stands: stage,
// progress, answers and verdict, in words.

// stageLabel is stage s as a case of procedure procID reads it: the last
// stage names what the procedure yields ("permit received").
func stageLabel(procID string, s procedures.Stage) string {
	p, _ := procedures.Lookup(procID) // nil for an unknown id: the plain label
	return p.StageLabel(s)
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
			parts = append(parts, m.styles.Case.Stage.Render("● "+m.proc.StageLabel(st)))
			reached = false
		case reached:
			parts = append(parts, m.styles.Case.StageNext.Render("✓ "+m.proc.StageLabel(st)))
		default:
			parts = append(parts, m.styles.Case.StageNext.Render("○ "+m.proc.StageLabel(st)))
		}
	}
	line := "Stage: " + strings.Join(parts, " › ")
	if lipgloss.Width(line) > m.width {
		line = fmt.Sprintf("Stage: %s (step %d of %d)", m.styles.Case.Stage.Render("● "+m.proc.StageLabel(cur)),
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

// verdictHeadline marks the case layer's headline with the verdict's
// symbol (the meaning never rests on colour alone) and, for an unfinished
// interview, the key that finishes it.
func verdictHeadline(v procedures.VerdictStatus, headline string) string {
	switch v {
	case procedures.Eligible:
		return "✓ " + headline
	case procedures.NotEligible:
		return "✗ " + headline
	case procedures.Unknown:
		return "? " + headline
	case procedures.Incomplete:
		return "… " + headline + " Press E to answer the remaining questions."
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
