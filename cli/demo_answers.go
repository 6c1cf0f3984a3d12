package cli

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"tramite/procedures"
)

// answerGen builds valid synthetic answers for any procedure by walking its
// interview with proc.Next: a plausible value per kind, dates placed around
// today by what the key names (an entry lies behind, an expiry ahead), and
// other dates tried when a question's Check refuses the first.
type answerGen struct {
	rng   *rand.Rand
	today procedures.Date
	// person answers the procedure's personal questions (birth_date, ...).
	person map[string]string
}

// answers returns a complete set that proc.Validate accepts, or an error
// when several tries all failed (a procedure whose checks the heuristics
// cannot satisfy: the demo skips it).
func (g *answerGen) answers(proc *procedures.Procedure) (procedures.Answers, error) {
	var last error
	for try := 0; try < 8; try++ {
		a, err := g.try(proc)
		if err == nil {
			return a, nil
		}
		last = err
	}
	return nil, fmt.Errorf("no valid demo answers for %s: %w", proc.ID, last)
}

func (g *answerGen) try(proc *procedures.Procedure) (procedures.Answers, error) {
	a := procedures.Answers{}
	for range len(proc.Questions) + 1 {
		q, more := proc.Next(a)
		if !more {
			break
		}
		v, err := g.answer(proc, q, a)
		if err != nil {
			return nil, err
		}
		a[q.Key] = v // "" marks a skipped optional question as answered
	}
	// A skipped optional question keeps its empty answer, as the interview
	// stores it: the case is complete, so the dashboard does not reopen it.
	if err := proc.Validate(a); err != nil {
		return nil, err
	}
	return a, nil
}

// answer picks the first candidate value that the interview would accept
// on today (proc.AnswerOn: no fact after today, no plan before it).
func (g *answerGen) answer(proc *procedures.Procedure, q procedures.Question, a procedures.Answers) (string, error) {
	if q.Optional && g.rng.IntN(10) < 4 {
		return "", nil
	}
	var last error
	for _, c := range g.candidates(q, a) {
		v, err := proc.AnswerOn(q.Key, c, a, g.today)
		if err == nil {
			return v, nil
		}
		last = err
	}
	if q.Optional {
		return "", nil
	}
	return "", fmt.Errorf("no candidate for %s: %w", q.Key, last)
}

// candidates lists values to try for q, the likeliest first.
func (g *answerGen) candidates(q procedures.Question, a procedures.Answers) []string {
	if v := g.person[q.Key]; v != "" {
		return []string{v}
	}
	// The holder's age decides the questions about a minor: a child's birth
	// date is the person's own, and a minor's options only fit a minor.
	if born, err := procedures.ParseDate(g.person["birth_date"]); err == nil {
		minor := born.AddYears(18).After(g.today)
		switch {
		case strings.Contains(q.Key, "child") && strings.Contains(q.Key, "birth"):
			return []string{born.String()}
		case q.Kind == procedures.KindYesNo && strings.Contains(q.Key, "minor"):
			return []string{map[bool]string{true: "yes", false: "no"}[minor]}
		case q.Kind == procedures.KindChoice:
			return g.choicesFor(q, minor)
		}
	}
	switch q.Kind {
	case procedures.KindDate:
		return g.dates(q.Key, a)
	case procedures.KindChoice, procedures.KindYesNo:
		return g.choices(q)
	case procedures.KindNumber:
		return []string{strconv.Itoa(1 + g.rng.IntN(3)), "1", "0"}
	}
	return []string{g.text(q.Key)}
}

// choicesFor is choices without the options meant for a minor when the
// holder is an adult.
func (g *answerGen) choicesFor(q procedures.Question, minor bool) []string {
	var out []string
	for _, id := range g.choices(q) {
		if minor || !strings.Contains(id, "minor") {
			out = append(out, id)
		}
	}
	return out
}

// choices shuffles the options; for yes/no, "yes" mostly comes first,
// except where "yes" is the unusual case (an emergency, a minor).
func (g *answerGen) choices(q procedures.Question) []string {
	opts := q.Options()
	out := make([]string, len(opts))
	for i, o := range opts {
		out[i] = o.ID
	}
	if q.Kind == procedures.KindYesNo {
		yes := 65
		if strings.Contains(q.Key, "emergency") || strings.Contains(q.Key, "minor") {
			yes = 15
		}
		if g.rng.IntN(100) >= yes {
			out[0], out[1] = out[1], out[0]
		}
		return out
	}
	g.rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// dates proposes a date for key: first where such a date usually lies
// relative to today and to the dates already answered, then a spread of
// fallbacks for the Check to choose from.
func (g *answerGen) dates(key string, a procedures.Answers) []string {
	t := g.today
	days := func(lo, hi int) procedures.Date { return t.AddDays(lo + g.rng.IntN(hi-lo+1)) }
	var first procedures.Date
	switch {
	case strings.Contains(key, "child") && strings.Contains(key, "birth"):
		first = days(-15*365, -4*365)
	case strings.Contains(key, "birth"):
		first = days(-65*365, -20*365)
	case strings.Contains(key, "first"):
		first = days(-3*365, -200)
	case strings.Contains(key, "issue"):
		first = days(-150, -20)
	case strings.Contains(key, "entry") || strings.Contains(key, "reentry"):
		if dep := a.Date("departure_date"); !dep.IsZero() {
			first = dep.AddDays(10 + g.rng.IntN(30))
		} else {
			first = days(-28, -1)
		}
	case strings.Contains(key, "expir"):
		if iss := a.Date("visa_issue_date"); !iss.IsZero() {
			first = iss.AddDays(180)
		} else {
			first = days(-20, 160)
		}
	case strings.Contains(key, "departure"):
		first = days(7, 60)
	case key == "ask_date":
		// The day the permit is asked for: from today to a week before
		// leaving (the permit's stay counts from it); a case already at
		// the office asks on its appointment (askOnTheDay).
		first = t.AddDays(g.rng.IntN(max(t.DaysUntil(a.Date("departure_date"))-6, 1)))
	case strings.Contains(key, "return"):
		if dep := a.Date("departure_date"); !dep.IsZero() {
			first = dep.AddDays(10 + g.rng.IntN(40))
		} else {
			first = days(5, 40)
		}
	case strings.Contains(key, "permit"):
		if dep := a.Date("departure_date"); !dep.IsZero() {
			first = dep.AddDays(-3 - g.rng.IntN(10))
		} else {
			first = days(-10, 0)
		}
	default:
		first = days(-80, -5)
	}
	out := []string{first.String()}
	for _, n := range []int{-1, -10, -30, -90, -200, -400, -800, -1300, 1, 10, 30, 90, 200, 400} {
		out = append(out, t.AddDays(n).String())
	}
	return out
}

// demoOffices are INM offices (oficinas de representación) to sprinkle in.
var demoOffices = []string{"Ciudad de México (Polanco)", "Guadalajara", "Mérida", "Oaxaca", "San Miguel de Allende", "Puerto Vallarta", "Querétaro", "Cancún"}

// text is a plausible free-text answer for key.
func (g *answerGen) text(key string) string {
	switch {
	case strings.Contains(key, "nut"):
		return fmt.Sprintf("%08d", g.rng.IntN(100000000))
	case strings.Contains(key, "office"):
		return demoOffices[g.rng.IntN(len(demoOffices))]
	case strings.Contains(key, "passport"):
		return fmt.Sprintf("P%08d", g.rng.IntN(100000000))
	case strings.Contains(key, "employer") || strings.Contains(key, "company"):
		return "Servicios Técnicos del Bajío, S.A. de C.V."
	case strings.Contains(key, "address"):
		return fmt.Sprintf("Calle Hidalgo %d, Centro", 1+g.rng.IntN(300))
	}
	return "Demo answer"
}
