package cli

import (
	"errors"
	"slices"
	"strings"

	"tramite/i18n"
	"tramite/procedures"
)

// checkAnswers adds to problems every asked question of proc that has no
// answer (and is not optional) or whose answer the procedure refuses given
// the others, skipping keys that already have a problem. It does what
// Procedure.Validate does, but goes on past the first problem, so that
// `tramite new` can report them all in one run.
func checkAnswers(proc *procedures.Procedure, a procedures.Answers, problems map[string]error) {
	for _, q := range proc.Asked(a) {
		if problems[q.Key] != nil {
			continue
		}
		raw, answered := a[q.Key]
		if !answered {
			if !q.Optional {
				problems[q.Key] = procedures.Problemf("%s: an answer is needed (%s)", q.Key, q.Prompt)
			}
			continue
		}
		if _, err := proc.Answer(q.Key, raw, a); err != nil {
			problems[q.Key] = err
		}
	}
}

// answerProblems is one error listing every problem, one line each: the
// person first (a name that matches someone but for accents), then unknown
// keys and personal values in key order, then the questions in the
// interview's order.
func answerProblems(l *i18n.Printer, proc *procedures.Procedure, problems map[string]error, person error) error {
	var lines []string
	if person != nil {
		lines = append(lines, procedures.MessageInChain(l, person))
	}
	var first []string
	for k := range problems {
		if _, isQ := proc.Question(k); !isQ {
			first = append(first, k)
		}
	}
	slices.Sort(first)
	for _, k := range first {
		lines = append(lines, procedures.MessageIn(l, problems[k]))
	}
	for _, q := range proc.Questions {
		if err := problems[q.Key]; err != nil {
			lines = append(lines, procedures.MessageIn(l, err))
		}
	}
	if len(lines) == 1 {
		return errors.New(l.T("%s; nothing was saved (see `tramite procedures show %s`)", lines[0], proc.ID))
	}
	return errors.New(l.T("%d problems; nothing was saved (see `tramite procedures show %s`):\n  %s",
		len(lines), proc.ID, strings.Join(lines, "\n  ")))
}
