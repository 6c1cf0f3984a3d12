package casebook

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// A case's history (issue 19): every stage move, INM notice, payment and
// note with its date, so a facilitator can answer "what happened with my
// case?" at a glance. The store calls Chronicle inside the transaction
// that saves a change, so the change and its entry are written together
// whichever front-end made it; the use cases below (RecordNotice,
// RecordPayment) write their own entry with the change.

// Chronicle completes c's history before the store saves it over was (nil
// for a new case), at the store's time at. A new case gets its "created"
// entry. A caller that appended entries of its own (RecordNotice) keeps
// them and nothing is derived; one that dropped the stored history (a
// front-end that rebuilt the case) gets it back. Otherwise an entry is
// derived from what changed: the stage, a correction notice, a payment,
// the notes. Ticks and answers are not history. The oldest entries go
// past record.MaxHistory.
func Chronicle(was, c *record.Case, at time.Time) {
	if was == nil {
		if len(c.History) == 0 {
			c.History = []record.Event{{At: at, Kind: record.EventCreated}}
		}
		return
	}
	switch {
	case len(c.History) > len(was.History):
		// The caller's own entries are stamped with the store's time.
		c.History = slices.Clone(c.History)
		for i := len(was.History); i < len(c.History); i++ {
			if c.History[i].At.IsZero() {
				c.History[i].At = at
			}
		}
		trimHistory(c)
		return
	case len(c.History) < len(was.History):
		c.History = slices.Clone(was.History)
	}
	old, pr := was.Progress, c.Progress
	add := func(e record.Event) {
		e.At = at
		c.History = append(slices.Clip(c.History), e)
	}
	if stageOf(pr) != stageOf(old) {
		add(stageEvent(pr))
	}
	if !pr.CorrectionNotice.IsZero() && pr.CorrectionNotice != old.CorrectionNotice {
		add(record.Event{Kind: record.EventCorrections, Date: pr.CorrectionNotice})
	}
	if !pr.FeePaid.IsZero() && pr.FeePaid != old.FeePaid {
		add(record.Event{Kind: record.EventPayment, Date: pr.FeePaid})
	}
	if !pr.CardFeePaid.IsZero() && pr.CardFeePaid != old.CardFeePaid {
		add(record.Event{Kind: record.EventCardFee, Date: pr.CardFeePaid})
	}
	if c.Notes != was.Notes {
		add(record.Event{Kind: record.EventNote, Text: noteAdded(was.Notes, c.Notes)})
	}
	trimHistory(c)
}

func stageOf(pr procedures.Progress) procedures.Stage {
	if pr.Stage == "" {
		return procedures.StageDraft
	}
	return pr.Stage
}

// stageEvent is the entry of a move to pr's stage, with the day the
// stage records and its details.
func stageEvent(pr procedures.Progress) record.Event {
	e := record.Event{Kind: record.EventStage, Stage: stageOf(pr)}
	var parts []string
	switch e.Stage {
	case procedures.StageBooked:
		e.Date = pr.AppointmentDate
		parts = []string{pr.AppointmentTime, pr.Office}
		if pr.Pieza != "" {
			parts = append(parts, "pieza "+pr.Pieza)
		}
	case procedures.StageFiled:
		e.Date = pr.FiledDate
		if pr.NUT != "" {
			parts = append(parts, "NUT "+pr.NUT)
		}
	case procedures.StageApproved:
		e.Date = pr.ApprovedDate
	case procedures.StageReceived:
		e.Date = pr.ReceivedDate
	}
	e.Text = joinNonEmpty(parts)
	return e
}

func joinNonEmpty(parts []string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

// noteAdded is the text a notes change added (the notes grew at their
// end), or "" for any other edit.
func noteAdded(was, now string) string {
	if !strings.HasPrefix(now, was) {
		return ""
	}
	added := strings.TrimSpace(now[len(was):])
	if utf8.RuneCountInString(added) > record.MaxAnswerRunes {
		added = string([]rune(added)[:record.MaxAnswerRunes-1]) + "…"
	}
	return added
}

func trimHistory(c *record.Case) {
	if n := len(c.History) - record.MaxHistory; n > 0 {
		c.History = slices.Clone(c.History[n:])
	}
}

// NoticeResult is what recording an INM notice did.
type NoticeResult struct {
	Case record.Case
	// Due is the R-CASE-CORRECT deadline a notice of corrections created.
	Due *procedures.Deadline
}

// DueDate is the day to act by of the R-CASE-CORRECT deadline a notice
// of corrections created (ActDate), zero for a resolution.
func (r NoticeResult) DueDate() procedures.Date {
	if r.Due == nil {
		return procedures.Date{}
	}
	return ActDate(r.Due)
}

// RecordNotice records an INM notice of kind, dated date (as typed), on
// case id: corrections set the R-CASE-CORRECT deadline, a resolution
// moves the case to its next stage (procedures.ApplyNotice; values are
// what that stage records besides its date, e.g. new_card_expiry). The
// change and its history entry are one save; a refusal changes nothing.
func (b *Book) RecordNotice(id uint64, kind procedures.NoticeKind, date string, values map[string]string, ctx procedures.Context) (NoticeResult, error) {
	return b.recordNotice(id, nil, kind, date, values, ctx)
}

// RecordNoticeAt is RecordNotice over version base of the case, the one
// the person at the desk saw when they began the notice form (SaveAt): a
// case changed since, at another desk, is refused with a
// *record.ConflictError and nothing is saved.
func (b *Book) RecordNoticeAt(id, base uint64, kind procedures.NoticeKind, date string, values map[string]string, ctx procedures.Context) (NoticeResult, error) {
	return b.recordNotice(id, &base, kind, date, values, ctx)
}

func (b *Book) recordNotice(id uint64, base *uint64, kind procedures.NoticeKind, date string, values map[string]string, ctx procedures.Context) (NoticeResult, error) {
	c, err := b.Case(id)
	if err != nil {
		return NoticeResult{}, err
	}
	if base != nil && c.Version != *base {
		return NoticeResult{}, &record.ConflictError{CaseID: id, At: c.Updated, Stored: c.Version, Based: *base}
	}
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		return NoticeResult{}, fmt.Errorf("case %d: %w", id, err)
	}
	d, err := procedures.ParseDate(strings.TrimSpace(date))
	if err != nil {
		return NoticeResult{}, procedures.Problemf("notice date: %w", err)
	}
	pr, err := proc.ApplyNotice(c.Progress, kind, d, values, c.Answers, ctx)
	if err != nil {
		return NoticeResult{}, err
	}
	e := record.Event{Kind: record.EventCorrections, Date: d}
	switch kind {
	case procedures.NoticeResolution:
		e = record.Event{Kind: record.EventResolution, Date: d, Stage: pr.Stage}
	case procedures.NoticeRefusal:
		e = record.Event{Kind: record.EventRefusal, Date: d}
	}
	c.Progress = pr
	c.History = append(slices.Clip(c.History), e)
	if err := b.SaveCase(&c); err != nil {
		return NoticeResult{}, err
	}
	res := NoticeResult{Case: c}
	if kind == procedures.NoticeCorrections {
		for _, dl := range procedures.Track(proc, c.Answers, c.Progress, ctx) {
			if dl.Key == "correction-due" {
				res.Due = &dl
			}
		}
	}
	return res, nil
}

// RecordPayment records a payment made on date (as typed) on case id:
// the card fee of an approved change of status, else the fee to file
// (procedures.RecordPayment). Recording the first payment of a change of
// status puts the approval and its card fee on the case's path (R-PAY-TWO).
func (b *Book) RecordPayment(id uint64, date string, ctx procedures.Context) (record.Case, procedures.Payment, error) {
	c, err := b.Case(id)
	if err != nil {
		return c, 0, err
	}
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		return c, 0, fmt.Errorf("case %d: %w", id, err)
	}
	d, err := procedures.ParseDate(strings.TrimSpace(date))
	if err != nil {
		return c, 0, procedures.Problemf("payment date: %w", err)
	}
	pr, which, err := proc.RecordPayment(c.Progress, d, c.Answers, ctx)
	if err != nil {
		return c, which, err
	}
	kind := record.EventPayment
	if which == procedures.PaymentCardFee {
		kind = record.EventCardFee
	}
	c.Progress = pr
	c.History = append(slices.Clip(c.History), record.Event{Kind: kind, Date: d})
	if err := b.SaveCase(&c); err != nil {
		return c, which, err
	}
	return c, which, nil
}

// HistoryLine is one line of a case's history as every front-end and
// export shows it: the day it was recorded and what happened.
type HistoryLine struct {
	// Day is the day it was recorded (zero for the "no history before"
	// line).
	Day procedures.Date
	// Text says what happened, in the language asked for.
	Text string
	// Kind is the entry's kind (record.Event*), "" for the "no history
	// before" line.
	Kind string
}

// HistoryLines is c's history, oldest first, in l's language. A case kept
// before there was a history begins with "No history recorded before
// <day>" (the day it began keeping one, or, with no entry at all, the
// day of its last change), never with nothing.
func HistoryLines(l *i18n.Printer, proc *procedures.Procedure, c record.Case) []HistoryLine {
	var out []HistoryLine
	h := c.History
	if len(h) == 0 || h[0].Kind != record.EventCreated {
		since := procedures.DateOf(c.Updated.Local())
		if len(h) > 0 {
			since = procedures.DateOf(h[0].At.Local())
		}
		out = append(out, HistoryLine{Text: l.T("No history recorded before %s.", since)})
	}
	for _, e := range h {
		if e.Kind == record.EventBegun {
			continue
		}
		out = append(out, HistoryLine{Day: procedures.DateOf(e.At.Local()), Kind: e.Kind, Text: EventText(l, proc, e)})
	}
	return out
}

// EventText says what entry e records, in l's language.
func EventText(l *i18n.Printer, proc *procedures.Procedure, e record.Event) string {
	detail := func(s string) string {
		if e.Text != "" {
			s += " (" + e.Text + ")"
		}
		return s
	}
	switch e.Kind {
	case record.EventCreated:
		return l.T("Case created.")
	case record.EventStage:
		label := proc.StageLabelIn(l, e.Stage)
		if e.Date.IsZero() || e.Stage == procedures.StageDraft || e.Stage == procedures.StageReady {
			return detail(l.T("Marked %s", label)) + "."
		}
		if e.Stage == procedures.StageBooked {
			return detail(l.T("Marked %s: appointment on %s", label, e.Date)) + "."
		}
		return detail(l.T("Marked %s on %s", label, e.Date)) + "."
	case record.EventCorrections:
		return l.T("INM notice of %s: a requirement is missing (prevención); 10 business days to hand it in (R-CASE-CORRECT).", e.Date)
	case record.EventResolution:
		return l.T("INM notice of %s: the resolution; the case moved to %s.", e.Date, proc.StageLabelIn(l, e.Stage))
	case record.EventRefusal:
		return l.T("INM notice of %s: the application was refused; the case is closed.", e.Date) + " " + l.Text(procedures.RefusalNote)
	case record.EventPayment:
		if proc.PaysTwice() {
			return l.T("First payment (recepción y estudio) made on %s (R-PAY-TWO).", e.Date)
		}
		return l.T("Fee paid on %s.", e.Date)
	case record.EventCardFee:
		return l.T("Card fee paid on %s: the second payment (R-PAY-TWO).", e.Date)
	case record.EventNote:
		if e.Text == "" {
			return l.T("Notes edited.")
		}
		return l.T("Note added: %s", e.Text)
	}
	return e.Kind
}
