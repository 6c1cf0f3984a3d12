// Package export renders tramite cases for use outside the app: a checklist
// to print or e-mail (Text), the same as a GitHub task list (Markdown), the
// deadlines as an iCalendar file for the user's calendar (ICS), and a
// versioned JSON file that Import reads back (JSON, see jsonfmt.go).
//
// The package only renders and parses: it never opens the database and
// never reads the clock. "Today" comes in a procedures.Context, so the same
// case exported on the same day always gives the same bytes.
package export

import (
	"fmt"
	"regexp"
	"sort"

	"tramite/procedures"
	"tramite/store"
)

// CaseView is one case with everything an export prints: its person, its
// procedure, the outcome of its answers and every deadline of its life.
type CaseView struct {
	Person    store.Person
	Case      store.Case
	Procedure *procedures.Procedure
	// Outcome is Procedure.Evaluate of the case's answers.
	Outcome procedures.Outcome
	// Deadlines are procedures.Track of the case: the procedure's own dates
	// and those of the case's life (decision due, correction due, next
	// renewal), sorted by date.
	Deadlines []procedures.Deadline
}

// NewView looks up the case's procedure and computes its outcome and
// deadlines against ctx. It fails when the procedure is not in this
// version's catalog.
func NewView(p store.Person, c store.Case, ctx procedures.Context) (CaseView, error) {
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		return CaseView{}, fmt.Errorf("case %d: %w", c.ID, err)
	}
	return CaseView{
		Person:    p,
		Case:      c,
		Procedure: proc,
		Outcome:   proc.Evaluate(c.Answers, ctx),
		Deadlines: procedures.Applicable(procedures.Track(proc, c.Answers, c.Progress, ctx), ctx.Today),
	}, nil
}

// Household builds the views of every case of every person, ordered by
// person (in the order given) and then by case id. A case whose person is
// missing is an error: the store keeps them together.
func Household(people []store.Person, cases []store.Case, ctx procedures.Context) ([]CaseView, error) {
	rank := make(map[uint64]int, len(people))
	for i, p := range people {
		rank[p.ID] = i
	}
	sorted := append([]store.Case(nil), cases...)
	sort.SliceStable(sorted, func(i, j int) bool {
		ri, rj := rank[sorted[i].PersonID], rank[sorted[j].PersonID]
		if ri != rj {
			return ri < rj
		}
		return sorted[i].ID < sorted[j].ID
	})
	out := make([]CaseView, 0, len(sorted))
	for _, c := range sorted {
		i, ok := rank[c.PersonID]
		if !ok {
			return nil, fmt.Errorf("case %d: its person (id %d) is not in the database", c.ID, c.PersonID)
		}
		v, err := NewView(people[i], c, ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Ticked reports whether the user ticked document id off the checklist.
func (v CaseView) Ticked(id string) bool { return v.Case.Ticks[id] }

// ruleID matches a DOMAIN.md rule or document id quoted in a text
// ("... (R-DOC-PAY)").
var ruleID = regexp.MustCompile(`\b[RD]-[A-Z0-9]+(?:-[A-Z0-9]+)*\b`)

// Rules returns every DOMAIN.md id the export of v cites, sorted: the
// verdict's, each deadline's, each document's and the fee's, and those
// quoted in the texts (steps, notes, reasons).
func (v CaseView) Rules() []string {
	seen := map[string]bool{}
	add := func(ids ...string) {
		for _, id := range ids {
			if id != "" {
				seen[id] = true
			}
		}
	}
	texts := func(ss ...string) {
		for _, s := range ss {
			add(ruleID.FindAllString(s, -1)...)
		}
	}
	o := v.Outcome
	add(o.Verdict.Rules...)
	texts(o.Verdict.Reason, o.Verdict.Route, o.Fee.Text)
	texts(o.Steps...)
	texts(o.Notes...)
	for _, d := range v.Deadlines {
		add(d.Rule)
		texts(d.Title, d.Note)
	}
	for _, d := range o.Documents {
		add(d.Rule)
		texts(d.Name, d.Copies, d.Note)
	}
	add(o.Fee.Rule)
	out := make([]string, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// OpenDeadlines returns the deadlines not yet done, in date order.
func (v CaseView) OpenDeadlines() []procedures.Deadline {
	var out []procedures.Deadline
	for _, d := range v.Deadlines {
		if !d.Done {
			out = append(out, d)
		}
	}
	return out
}

// actDate is the day the user must act on: the act-by date when the
// legal date falls on a closed day (R-DAYS-CLOSED), else the date itself.
func actDate(d procedures.Deadline) procedures.Date {
	if !d.ActBy.IsZero() {
		return d.ActBy
	}
	return d.Date
}
