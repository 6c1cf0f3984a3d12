package export

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"tramite/procedures"
)

// dayName formats d with its weekday: "2026-12-24 (Thu)".
func dayName(d procedures.Date) string {
	return fmt.Sprintf("%s (%s)", d, d.Weekday().String()[:3])
}

// relative says how far d is from today: "today", "tomorrow", "in 12
// days", or after it "3 days late" for a date that costs something when
// missed (Kind.Hard) and "3 days ago" for the others (an opening, a
// reminder, an appointment).
func relative(today, d procedures.Date, hard bool) string {
	n := today.DaysUntil(d)
	switch {
	case n == 0:
		return "today"
	case n == 1:
		return "tomorrow"
	case n > 1:
		return fmt.Sprintf("in %d days", n)
	}
	past := plural(-n, "day")
	if hard {
		return past + " late"
	}
	return past + " ago"
}

// when describes a deadline's timing for a person: the days left to the
// day to act, "done" once the case moved past it.
func when(today procedures.Date, d procedures.Deadline) string {
	if d.Done {
		return "done"
	}
	return relative(today, actDate(d), d.Kind.Hard())
}

// whenSentence is the timing line of a deadline: "In 3 days.", or with an
// act-by date "Act by 2026-12-24 (Thu), in 31 days: the office is closed
// on 2026-12-26." (R-DAYS-CLOSED).
func whenSentence(today procedures.Date, d procedures.Deadline) string {
	w := when(today, d)
	if d.ActBy.IsZero() || d.Done {
		return capitalise(w) + "."
	}
	return fmt.Sprintf("Act by %s, %s: the office is closed on %s.", dayName(d.ActBy), w, d.Date)
}

func plural(n int, unit string) string {
	switch {
	case n == 1:
		return fmt.Sprintf("1 %s", unit)
	case unit == "person":
		return fmt.Sprintf("%d people", n)
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// caseVerdict is the verdict line, or once the case is filed what
// happened to it: the interview's "you can file now" no longer applies.
// filed reports the latter, when the verdict's reason is left out.
func caseVerdict(today procedures.Date, v CaseView) (line string, filed bool) {
	pr := v.Case.Progress
	on := func(d procedures.Date) string {
		if d.IsZero() {
			return ""
		}
		return " on " + dayName(d)
	}
	switch {
	case pr.StageAtLeast(procedures.StageReceived):
		return "Card (or resolution) received" + on(pr.ReceivedDate) + ".", true
	case pr.StageAtLeast(procedures.StageFiled):
		s := "Filed" + on(pr.FiledDate)
		if pr.NUT != "" {
			s += ", NUT " + pr.NUT
		}
		return s + ": waiting for INM's decision (see the deadlines below).", true
	}
	return verdictLine(today, v.Outcome.Verdict), false
}

// caseWarnings are procedures.Warnings of the case: what is wrong with the
// dates it records (an appointment after the window closes). Printed
// under the verdict, where they cannot be missed.
func caseWarnings(v CaseView, ctx procedures.Context) []string {
	return procedures.Warnings(v.Procedure, v.Case.Answers, v.Case.Progress, ctx)
}

// citedRules are the DOMAIN.md ids the export of v cites: v.Rules() and
// those the warnings quote (a route such as R-RENEW-EXPIRED-IN that is
// not yet among the case's deadlines).
func citedRules(v CaseView, ctx procedures.Context) []string {
	rules := v.Rules()
	for _, w := range caseWarnings(v, ctx) {
		for _, id := range ruleID.FindAllString(w, -1) {
			if !slices.Contains(rules, id) {
				rules = append(rules, id)
			}
		}
	}
	sort.Strings(rules)
	return rules
}

// verdictLine is the verdict in one sentence, before its reason.
func verdictLine(today procedures.Date, v procedures.Verdict) string {
	switch v.Status {
	case procedures.Eligible:
		if !v.From.IsZero() && v.From.After(today) {
			return fmt.Sprintf("Eligible from %s, %s.", dayName(v.From), relative(today, v.From, false))
		}
		return "Eligible: you can file now."
	case procedures.NotYet:
		if v.From.IsZero() {
			return "Not yet."
		}
		return fmt.Sprintf("Not yet: you can file from %s, %s.", dayName(v.From), relative(today, v.From, false))
	case procedures.NotEligible:
		return "Not eligible for this procedure."
	case procedures.Unknown:
		return "No answer in tramite's rules: " + procedures.VerifyWithOffice + "."
	default:
		return "The interview is not finished: no verdict yet. Next:"
	}
}

// personLine names a person with what identifies them at the office.
func personLine(name string, birth procedures.Date, nationality string) string {
	var extra []string
	if !birth.IsZero() {
		extra = append(extra, "born "+birth.String())
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
func kindLabel(k procedures.DeadlineKind) string {
	switch k {
	case procedures.EligibleFrom:
		return "eligible from"
	default:
		return k.String()
	}
}
