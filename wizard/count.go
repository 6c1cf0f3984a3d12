package wizard

import (
	"tramite/i18n"
	"tramite/procedures"
)

// The step counter: how many questions this route asks.
//
// The questions asked depend on the answers (Question.AskIf), so counting
// the questions asked given the answers so far undercounts: "Step 1 of 3"
// became "Step 2 of 8" once the first answer brought in its questions.
// span counts every route the answers still to come can take instead,
// branching over each option of every choice and yes/no question still
// unanswered (every condition of the catalog reads choices only; a date,
// number or text answer is filled with a stand-in that no condition
// reads). The counter shows the longest route, so it never grows as the
// person answers, and says "about" while the routes still differ in
// length.

// span is the shortest and longest number of questions asked along the
// routes still open given answers.
type span struct{ min, max int }

// less is s without n questions every route skips.
func (s span) less(n int) span { return span{max(s.min-n, 0), max(s.max-n, 0)} }

// exact reports whether every route asks as many questions.
func (s span) exact() bool { return s.min == s.max }

// spanBudget bounds the routes explored; past it the count stays "about"
// the longest found so far.
const spanBudget = 20000

// routeSpan explores the routes from answers. It reads each state's
// asked questions once (Procedure.Asked, Next's own work), so a question
// opens in about a millisecond for the widest procedure.
func routeSpan(p *procedures.Procedure, answers procedures.Answers) span {
	a := p.Canonical(answers).Clone()
	s := span{min: -1}
	nodes := 0
	cut := false
	seen := map[string]bool{}
	var walk func()
	walk = func() {
		nodes++
		list := p.Asked(a)
		var next *procedures.Question
		clear(seen)
		n := 0
		for i := range list {
			if seen[list[i].Key] {
				continue
			}
			seen[list[i].Key] = true
			n++
			if _, ok := a[list[i].Key]; !ok && next == nil {
				next = &list[i]
			}
		}
		if next == nil || nodes > spanBudget {
			if next != nil {
				cut = true
			}
			if s.min < 0 || n < s.min {
				s.min = n
			}
			s.max = max(s.max, n)
			return
		}
		q := *next
		switch q.Kind {
		case procedures.KindChoice, procedures.KindYesNo:
			for _, c := range q.Options() {
				a[q.Key] = c.ID
				walk()
			}
		default:
			a[q.Key] = standIn(q)
			walk()
		}
		delete(a, q.Key)
	}
	walk()
	if s.min < 0 {
		s.min = 0
	}
	if cut {
		s.min = min(s.min, s.max-1) // never "exact" when cut short
	}
	return s
}

// standIn is the answer assumed for a question that no condition reads.
func standIn(q procedures.Question) string {
	switch q.Kind {
	case procedures.KindDate:
		return "2000-01-01"
	case procedures.KindNumber:
		return "1"
	}
	return "-"
}

// progressLine says which step of how many: "Step 2 of 8" when every
// route left asks 8 questions, "Step 2 of about 8" while later answers
// can still shorten the route.
func progressLine(l *i18n.Printer, n int, s span) string {
	if s.exact() {
		return l.T("Step %d of %d", n, s.max)
	}
	return l.T("Step %d of about %d", n, s.max)
}
