package tui

import (
	"cmp"
	"slices"
	"strings"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// urgency is the agenda's urgency of a deadline (casebook.Urgency): the
// rule lives in the case layer; only the wording and the emphasis live
// here.
type urgency = casebook.Urgency

const (
	urgLater = casebook.Later
	urgMonth = casebook.Month
	urgSoon  = casebook.Soon
	urgToday = casebook.Today
	urgLate  = casebook.Late
	urgPast  = casebook.Past
	urgDone  = casebook.Done
	// urgNoTerm: to do, the rules give no term (never late).
	urgNoTerm = casebook.NoTerm
)

// classify returns the urgency of d and the days left until the date the
// user must act by (casebook.UrgencyOf).
func classify(d procedures.Deadline, today procedures.Date) (urgency, int) {
	return casebook.UrgencyOf(&d, today)
}

// actDate is the date to act by (casebook.ActDate).
func actDate(d procedures.Deadline) procedures.Date { return casebook.ActDate(&d) }

// marker is the symbol that, with the days text, carries a row's urgency,
// so its meaning never depends on colour alone (NO_COLOR, colour-blind
// users): "!!" late or due today (hard dates and appointments), "!"
// within 7 days (or an opening today) or to do with no term, "·" within
// 30, "✓" done.
func urgencyMarker(u urgency) string {
	switch u {
	case urgLate, urgToday:
		return "!!"
	case urgSoon, urgNoTerm:
		return "!"
	case urgMonth:
		return "·"
	case urgDone:
		return "✓"
	}
	return ""
}

// daysText is the agenda's words for a date (casebook.When), with LATE and
// TODAY in capitals so that they stand out without colour.
func daysText(l *i18n.Printer, days int, u urgency) string {
	w := casebook.WhenIn(l, u, days)
	switch u {
	case urgLate:
		late := l.T("late")
		return strings.TrimSuffix(w, late) + strings.ToUpper(late)
	case urgToday:
		return strings.ToUpper(w)
	}
	return w
}

// deadlineRow is one line of the deadlines view: one deadline of one case.
// What it shows of its case (ids, person, procedure) is its case's
// caseText, shared with the case row and the case's other deadline rows;
// its deadline is packed (dashboard_compact.go): dl decodes it. 32 bytes
// a row, where a row pointing at a whole procedures.Deadline took 56 and
// the deadline 144.
type deadlineRow struct {
	// caseText is the row's case (its fields read as the row's own:
	// r.caseID, r.person) and its search text.
	*caseText
	// date and actBy are the deadline's, packed (dlTable.pack).
	date, actBy pdate
	// d are the days left to the date to act by (days).
	d int32
	// shape is the rest of the deadline: an index in the build's
	// table's shapes (dl).
	shape uint32
	// ci is the row's case's index in the build (the search column's).
	ci int32
	u  uint8 // the urgency (urg)
	// seq is the row's place among its case's rows as they came (the
	// agenda's last tie-break; capped).
	seq uint16
}

// caseRow is one line of the cases list: its case's caseText, shared with
// the case's deadline rows.
type caseRow struct {
	*caseText
	stage procedures.Stage
	// next is the first deadline not done (late ones first, by date);
	// nil when the case has none.
	next *deadlineRow
}

// procNames maps procedure ids to display names in a language, looked up
// once per build.
type procNames struct {
	l     *i18n.Printer
	names map[string]string
}

func (n *procNames) name(id string) string {
	if s, ok := n.names[id]; ok {
		return s
	}
	if n.names == nil {
		n.names = map[string]string{}
	}
	s := id
	if p, err := procedures.Lookup(id); err == nil && p.Name != "" {
		s = p.NameIn(n.l)
	}
	n.names[id] = s
	return s
}

// choice is one value a filter key cycles through.
type choice struct {
	id    uint64
	key   string
	label string
}

// filterChoices lists the people (in Spanish name order) and procedures
// present in the data, for the p picker and the t key.
func filterChoices(cases []caseRow) (people, procs []choice) {
	seenP := make(map[uint64]bool, len(cases)/2)
	seenR := map[string]bool{}
	people = make([]choice, 0, len(cases)/2)
	rank := make([]int32, 0, len(cases)/2) // rank[i]: people[i]'s name's (caseText.rank)
	for _, c := range cases {
		if !seenP[c.personID] {
			seenP[c.personID] = true
			people = append(people, choice{id: c.personID, label: c.person})
			rank = append(rank, c.rank)
		}
		if !seenR[c.procID] {
			seenR[c.procID] = true
			procs = append(procs, choice{key: c.procID, label: c.procName})
		}
	}
	// In Spanish name order (NameOrder.Compare, whose order the ranks
	// are), then by id. The case rows come sorted by rank already, so
	// this sort mostly finds them in order.
	order := make([]int32, len(people))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := cmp.Compare(rank[x], rank[y]); c != 0 {
			return c
		}
		return cmp.Compare(people[x].id, people[y].id)
	})
	sorted := make([]choice, len(people))
	for k, i := range order {
		sorted[k] = people[i]
	}
	people = sorted
	slices.SortFunc(procs, func(a, b choice) int { return strings.Compare(a.label, b.label) })
	return people, procs
}
