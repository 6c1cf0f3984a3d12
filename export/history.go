package export

import (
	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// The case's history (issue 19) in every export: one "History" section,
// oldest first, so a facilitator can answer "what happened with my
// case?" from the paper. The lines are casebook.HistoryLines, the ones
// the case view shows.

func historyLines(v casebook.Detail, l *i18n.Printer) []casebook.HistoryLine {
	return casebook.HistoryLines(l, v.Procedure, v.Case)
}

// historyPrefix is a line's day, or room for one.
func historyPrefix(h casebook.HistoryLine) string {
	if h.Day.IsZero() {
		return ""
	}
	return h.Day.String() + "  "
}

// textHistory writes the HISTORY section of the text export.
func textHistory(p *printer, v casebook.Detail, l *i18n.Printer) {
	p.blank()
	p.line(l.T("HISTORY"))
	for _, h := range historyLines(v, l) {
		p.wrapped(h.Text, "  "+historyPrefix(h), "              ")
	}
}

// markdownHistory writes the History section of the Markdown export.
func markdownHistory(p *printer, v casebook.Detail, l *i18n.Printer, section func(string)) {
	section(l.T("History"))
	for _, h := range historyLines(v, l) {
		first := "- "
		if !h.Day.IsZero() {
			first = "- **" + h.Day.String() + "** "
		}
		p.mdWrapped(md(h.Text), first, "  ")
	}
}

// FileEvent is one entry of a case's history in a File (record.Event).
type FileEvent struct {
	At    string `json:"at"`
	Kind  string `json:"kind"`
	Date  string `json:"date,omitempty"`
	Stage string `json:"stage,omitempty"`
	Text  string `json:"text,omitempty"`
}

// fileHistory is a case's history as a File carries it.
func fileHistory(h []record.Event) []FileEvent {
	var out []FileEvent
	for _, e := range h {
		out = append(out, FileEvent{At: stamp(e.At), Kind: e.Kind, Date: e.Date.String(), Stage: string(e.Stage), Text: e.Text})
	}
	return out
}

// history reads a File's history back, checking each entry as the store
// does (record.ValidateCase): a known kind, a date, a stage, a safe text.
func (v *validator) history(where fileProblem, in []FileEvent) []record.Event {
	var out []record.Event
	for i, fe := range in {
		w := problemf("%s: history", where)
		e := record.Event{Kind: fe.Kind, Text: fe.Text}
		e.At = v.timestamp(w, "at", fe.At)
		e.Date = v.date(w, "date", fe.Date)
		if fe.Stage != "" {
			st, err := procedures.ParseStage(fe.Stage)
			if err != nil {
				v.addf("%s[%d].stage: %v", w, i, err)
			}
			e.Stage = st
		}
		out = append(out, e)
	}
	if err := record.ValidateCase(record.Case{History: out}, nil, procedures.Date{}); err != nil {
		v.addf("%s: %s", where, problem(err))
	}
	return out
}

// pdfHistory prints the History section after the checklist.
func pdfHistory(s *sheet, c PacketCase) {
	if len(c.History) == 0 {
		return
	}
	l := c.Lang
	s.gap(10)
	s.ensure(3 * stBody.lineHeight())
	s.para(l.T("History · Historial"), stHeading)
	s.gap(4)
	for _, h := range c.History {
		s.para(historyPrefix(h)+h.Text, stBody)
	}
}
