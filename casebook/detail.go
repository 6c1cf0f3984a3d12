package casebook

import (
	"fmt"
	"slices"
	"sort"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// Detail is one case evaluated for one day: everything the case view, the
// exports and the letters show of it.
type Detail struct {
	Person    record.Person
	Case      record.Case
	Procedure *procedures.Procedure
	// Outcome is Procedure.Evaluate of the case's answers.
	Outcome procedures.Outcome
	// Deadlines are the case's dates that apply today (procedures.Track,
	// then procedures.Applicable): the procedure's own and those of the
	// case's life, in the agenda's order (CompareDeadlines).
	Deadlines []procedures.Deadline
	// Warnings say what is wrong with the dates the case records (an
	// appointment after the window closes, procedures.Warnings).
	Warnings []string
	// Today is the day the detail was evaluated for.
	Today procedures.Date
	// Lang is the language of the context it was evaluated in (nil:
	// English): the texts above are in it, and Headline words it too.
	Lang *i18n.Printer
	// Calendar is the context's: whether the office is closed on a legal
	// date or only usually closed then (LegalDateClosed).
	Calendar procedures.Calendar
}

// NewDetail evaluates case c of person p for ctx. It fails when the
// procedure is not in this version's catalog.
func NewDetail(p record.Person, c record.Case, ctx procedures.Context) (Detail, error) {
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		return Detail{}, fmt.Errorf("case %d: %w", c.ID, err)
	}
	ds := procedures.Applicable(procedures.Track(proc, c.Answers, c.Progress, ctx), ctx.Today)
	SortDeadlines(ds)
	return Detail{
		Person:    p,
		Case:      c,
		Procedure: proc,
		Outcome:   proc.Evaluate(c.Answers, ctx).Localized(ctx.Lang),
		Deadlines: procedures.LocalizeDeadlines(ctx.Lang, ds),
		Warnings:  procedures.LocalizeTexts(ctx.Lang, procedures.Warnings(proc, c.Answers, c.Progress, ctx)),
		Today:     ctx.Today,
		Lang:      ctx.Lang,
		Calendar:  ctx.Calendar,
	}, nil
}

// SortDeadlines puts one case's deadlines in the agenda's order: by the
// date to act by, then key.
func SortDeadlines(ds []procedures.Deadline) {
	slices.SortStableFunc(ds, func(a, b procedures.Deadline) int {
		return CompareDeadlines(ActDate(&a), 0, a.Key, ActDate(&b), 0, b.Key)
	})
}

// Household evaluates every case of every person, ordered by person (in
// the order given) and then by case id. A case whose person is missing is
// an error: the store keeps them together.
func Household(people []record.Person, cases []record.Case, ctx procedures.Context) ([]Detail, error) {
	rank := make(map[uint64]int, len(people))
	for i, p := range people {
		rank[p.ID] = i
	}
	sorted := append([]record.Case(nil), cases...)
	sort.SliceStable(sorted, func(i, j int) bool {
		ri, rj := rank[sorted[i].PersonID], rank[sorted[j].PersonID]
		if ri != rj {
			return ri < rj
		}
		return sorted[i].ID < sorted[j].ID
	})
	out := make([]Detail, 0, len(sorted))
	for _, c := range sorted {
		i, ok := rank[c.PersonID]
		if !ok {
			return nil, fmt.Errorf("case %d: its person (id %d) is not in the database", c.ID, c.PersonID)
		}
		v, err := NewDetail(people[i], c, ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Ticked reports whether the user ticked document id off the checklist.
func (v Detail) Ticked(id string) bool { return v.Case.Ticks[id] }

// Next is the case's next date (see Next), with its urgency and the days
// to act by.
func (v Detail) Next() (d procedures.Deadline, u Urgency, days int, ok bool) {
	d, ok = Next(v.Deadlines, v.Today)
	if ok {
		u, days = UrgencyOf(&d, v.Today)
	}
	return d, u, days, ok
}

// OpenDeadlines returns the deadlines not yet done, in the agenda's order.
func (v Detail) OpenDeadlines() []procedures.Deadline {
	var out []procedures.Deadline
	for _, d := range v.Deadlines {
		if !d.Done {
			out = append(out, d)
		}
	}
	return out
}

// Rules returns every DOMAIN.md id the case's detail cites, sorted: the
// verdict's, each deadline's, each document's and the fee's, and those
// quoted in the texts (steps, notes, reasons, warnings).
func (v Detail) Rules() []string {
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
			eachRuleID(s, func(id string) { add(id) })
		}
	}
	o := v.Outcome
	add(o.Verdict.Rules...)
	texts(o.Verdict.Reason, o.Verdict.Route, o.Fee.Text)
	texts(o.Steps...)
	texts(o.Notes...)
	texts(v.Warnings...)
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
