package export

import (
	"strings"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// stageOf is the case's stage; a case saved before any progress is a draft.
// shownStage is the stage the export's reader sees (refused, for a case
// INM refused); stageOf is the record's own, which the JSON export keeps
// so that it imports back.
func shownStage(v casebook.Detail) procedures.Stage { return v.Case.Progress.ShownStage() }

func stageOf(v casebook.Detail) procedures.Stage {
	if v.Case.Progress.Stage == "" {
		return procedures.StageDraft
	}
	return v.Case.Progress.Stage
}

func countTicked(v casebook.Detail) int {
	n := 0
	for _, d := range v.Outcome.Documents {
		if v.Ticked(d.ID) {
			n++
		}
	}
	return n
}

// docRef names the document and rule ids of a checklist line.
func docRef(d procedures.Document) string {
	ids := []string{}
	if d.ID != "" {
		ids = append(ids, d.ID)
	}
	if d.Rule != "" && d.Rule != d.ID {
		ids = append(ids, d.Rule)
	}
	if len(ids) == 0 {
		return ""
	}
	return "(" + strings.Join(ids, ", ") + ")"
}

func withRule(s, rule string) string {
	if rule == "" {
		return s
	}
	return s + " (" + rule + ")"
}

// onTheDay lists what the person needs at the office: the appointment,
// the numbers to quote, and the documents not ticked yet.
func onTheDay(l *i18n.Printer, v casebook.Detail) []string {
	pr := v.Case.Progress
	var out []string
	if !pr.AppointmentDate.IsZero() {
		s := l.T("Appointment: %s", dayName(l, pr.AppointmentDate))
		if pr.AppointmentTime != "" {
			s += l.T(" at %s", pr.AppointmentTime)
		}
		if pr.Office != "" {
			s += ", " + pr.Office
		}
		out = append(out, s+".")
	}
	if pr.Pieza != "" {
		out = append(out, l.T("Número de pieza (from the online form): %s.", pr.Pieza))
	}
	if pr.NUT != "" {
		out = append(out, l.T("NUT (file number): %s.", pr.NUT))
	}
	n, ticked := len(v.Outcome.Documents), countTicked(v)
	switch {
	case n == 0:
		out = append(out, l.T("No checklist yet: finish the interview first."))
	case ticked == n:
		out = append(out, l.T("Every document on the list (%d) is ticked: bring them all, originals and copies as listed.", n))
	default:
		out = append(out, l.T("Bring every document on the list, originals and copies as listed: %d of %d still to gather (the unticked boxes).", n-ticked, n))
	}
	return out
}
