package export

import (
	"strings"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// dayName formats d with its weekday: "2026-12-24 (Thu)", "2026-12-24
// (jue)".
func dayName(l *i18n.Printer, d procedures.Date) string { return casebook.DayNameIn(l, d) }

// when describes a deadline's timing for a person, in the agenda's words
// (casebook.When): the days left to the day to act, "done" once the case
// moved past it.
func when(l *i18n.Printer, today procedures.Date, d procedures.Deadline) string {
	u, days := casebook.UrgencyOf(&d, today)
	return casebook.WhenIn(l, u, days)
}

// whenSentence is the timing line of a deadline: "In 3 days.", or
// with an act-by date "Act by 2026-12-24 (Thu), in 31 days: the office is
// closed on 2026-12-26." (R-DAYS-CLOSED), or, where offices only usually
// close on the legal date, "…: INM offices usually close then; if yours is
// open, the last day is 2026-12-31." (R-DAYS-LIKELY).
func whenSentence(l *i18n.Printer, today procedures.Date, cal procedures.Calendar, d procedures.Deadline) string {
	if u, _ := casebook.UrgencyOf(&d, today); u == casebook.NoTerm {
		return l.T("To do since %s: no term.", dayName(l, casebook.ActDate(&d)))
	}
	w := when(l, today, d)
	if d.ActBy.IsZero() || d.Done {
		return capitalise(w) + "."
	}
	if !casebook.LegalDateClosed(cal, d.Date) {
		return l.T("Act by %s, %s: INM offices usually close then; if yours is open, the last day is %s.", dayName(l, d.ActBy), w, dayName(l, d.Date))
	}
	return l.T("Act by %s, %s: the office is closed on %s.", dayName(l, d.ActBy), w, d.Date)
}

// counts is "2 people, 3 cases".
func counts(l *i18n.Printer, people, cases int) string {
	return l.T("%d people", people) + ", " + l.T("%d cases", cases)
}

// personLine names a person with what identifies them at the office.
func personLine(l *i18n.Printer, name string, birth procedures.Date, nationality string) string {
	var extra []string
	if !birth.IsZero() {
		extra = append(extra, l.T("born %s", birth))
	}
	if nationality != "" {
		extra = append(extra, nationality)
	}
	if len(extra) == 0 {
		return name
	}
	return name + " (" + strings.Join(extra, ", ") + ")"
}

// kindLabel is a deadline kind as a person reads it.
func kindLabel(l *i18n.Printer, k procedures.DeadlineKind) string {
	switch {
	case k == procedures.EligibleFrom:
		return l.T("eligible from")
	case !l.Spanish():
		return k.String()
	}
	return l.Text("kind: " + k.String())
}

// docNames are a checklist line's names: in English the English name and
// INM's Spanish one under it; in Spanish INM's name alone (or the
// translated name where INM gives none).
func docNames(l *i18n.Printer, v casebook.Detail, d procedures.Document) (name, spanish string) {
	if l.Spanish() {
		// INM's name, or the checklist line's own Spanish (the catalog's).
		if d.Spanish != "" {
			return d.Spanish, ""
		}
		return d.Name, ""
	}
	es := d.Spanish
	if es == "" {
		// DOMAIN.md gives no Spanish name (two exit-permit lines):
		// tramite's own wording, said to be so (issue 21).
		if cd := procedures.CommentDocuments(v.Procedure, nil, []procedures.Document{d}); len(cd) == 1 && cd[0].Spanish != "" && cd[0].Spanish != d.Name {
			es = cd[0].Spanish + " " + l.T("(tramite's wording)")
		}
	}
	return d.Name, es
}
