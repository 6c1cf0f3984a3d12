package casebook

import (
	"tramite/i18n"
	"tramite/procedures"
)

// StandingKind says what a case's headline is about.
type StandingKind int

const (
	// Verdict: not filed yet; the headline is the interview's verdict.
	Verdict StandingKind = iota
	// Filed: filed and waiting for INM's decision.
	Filed
	// Received: the card, permit or resolution is in hand.
	Received
	// Approved: a change of status approved, its card fee to pay
	// (R-PAY-TWO).
	Approved
	// Refused: INM refused the application; the case is closed.
	Refused
)

// Standing is where a case stands: its verdict until it is filed, then
// what happened to it. Once filed, "can I file, and from when?" is
// answered, so no front-end says "not yet: you can file from" of a filed
// or received case.
type Standing struct {
	Kind StandingKind
	// Verdict is the interview's verdict (also kept once filed, for the
	// rules it cites).
	Verdict procedures.Verdict
	// Filed and Received are the dates the user recorded (zero when not).
	Filed, Received procedures.Date
	// Approved is the day of INM's approval (StageApproved); Refused the
	// day of its refusal (procedures.NoticeRefusal).
	Approved, Refused procedures.Date
	NUT               string
}

// Standing returns where the case stands.
func (v Detail) Standing() Standing {
	pr := v.Case.Progress
	s := Standing{Verdict: v.Outcome.Verdict, Filed: pr.FiledDate, Received: pr.ReceivedDate, Approved: pr.ApprovedDate, Refused: pr.RefusedDate, NUT: pr.NUT}
	switch {
	case pr.Refused():
		s.Kind = Refused
	case pr.StageAtLeast(procedures.StageReceived):
		s.Kind = Received
	case pr.StageAtLeast(procedures.StageApproved):
		s.Kind = Approved
	case pr.StageAtLeast(procedures.StageFiled):
		s.Kind = Filed
	}
	return s
}

// Headline is the standing in one sentence, the same on every screen and
// in every export: "Filed on 2026-12-01 (NUT …): waiting for INM's
// decision.", "Not yet: you can file from 2026-12-16 (Wed), in 14 days.".
// what names what the procedure yields ("card", "permit", "resolution").
func (s Standing) Headline(today procedures.Date, yields string) string {
	return s.HeadlineIn(nil, today, yields)
}

// HeadlineIn is Headline in l's language.
func (s Standing) HeadlineIn(l *i18n.Printer, today procedures.Date, yields string) string {
	switch s.Kind {
	case Refused:
		// DOMAIN.md says nothing of what follows a refusal: no date, the
		// office.
		return l.T("Refused by INM on %s: the case is closed.", DayNameIn(l, s.Refused)) + " " + l.Text(procedures.RefusalNote)
	case Received:
		// One message per thing received: its gender varies in Spanish.
		what := capitalise(yields) + " received"
		if s.Received.IsZero() {
			return l.Text(what + ".")
		}
		return l.T(what+" on %s.", DayNameIn(l, s.Received))
	case Approved:
		if s.Approved.IsZero() {
			return l.T("Approved: pay the card fee and go back to the INM office with the receipt.")
		}
		return l.T("Approved on %s: pay the card fee and go back to the INM office with the receipt.", DayNameIn(l, s.Approved))
	case Filed:
		h := l.T("Filed")
		if !s.Filed.IsZero() {
			h = l.T("Filed on %s", DayNameIn(l, s.Filed))
		}
		if s.NUT != "" {
			h += ", NUT " + s.NUT
		}
		return h + l.T(": waiting for INM's decision (see the deadlines below).")
	}
	v := s.Verdict
	switch v.Status {
	case procedures.Eligible:
		if !v.From.IsZero() && v.From.After(today) {
			return l.T("Eligible from %s, %s.", DayNameIn(l, v.From), WhenIn(l, Later, today.DaysUntil(v.From)))
		}
		return l.T("Eligible: you can file now.")
	case procedures.NotYet:
		if v.From.IsZero() {
			return l.T("Not yet.")
		}
		return l.T("Not yet: you can file from %s, %s.", DayNameIn(l, v.From), WhenIn(l, Later, today.DaysUntil(v.From)))
	case procedures.NotEligible:
		return l.T("This procedure does not apply.")
	case procedures.Unknown:
		return l.T("Not settled: %s.", l.T(procedures.VerifyWithOffice))
	}
	return l.T("The interview is not finished: no verdict yet.")
}

// DayName formats d with its weekday: "2026-12-24 (Thu)".
func DayName(d procedures.Date) string { return DayNameIn(nil, d) }

// DayNameIn is DayName in l's language: "2026-12-24 (jue)".
func DayNameIn(l *i18n.Printer, d procedures.Date) string {
	return d.String() + " (" + l.Weekday(d.Weekday()) + ")"
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c >= 'a' && c <= 'z' {
		return string(c-'a'+'A') + s[1:]
	}
	return s
}

// Headline is the case's standing in one sentence (Standing.Headline).
func (v Detail) Headline() string {
	yields := procedures.YieldsCard
	if v.Procedure != nil && v.Procedure.Yields != "" {
		yields = v.Procedure.Yields
	}
	return v.Standing().HeadlineIn(v.Lang, v.Today, yields)
}
