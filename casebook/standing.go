package casebook

import "tramite/procedures"

// StandingKind says what a case's headline is about.
type StandingKind int

const (
	// Verdict: not filed yet; the headline is the interview's verdict.
	Verdict StandingKind = iota
	// Filed: filed and waiting for INM's decision.
	Filed
	// Received: the card, permit or resolution is in hand.
	Received
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
	NUT             string
}

// Standing returns where the case stands.
func (v Detail) Standing() Standing {
	pr := v.Case.Progress
	s := Standing{Verdict: v.Outcome.Verdict, Filed: pr.FiledDate, Received: pr.ReceivedDate, NUT: pr.NUT}
	switch {
	case pr.StageAtLeast(procedures.StageReceived):
		s.Kind = Received
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
	on := func(d procedures.Date) string {
		if d.IsZero() {
			return ""
		}
		return " on " + DayName(d)
	}
	switch s.Kind {
	case Received:
		return capitalise(yields) + " received" + on(s.Received) + "."
	case Filed:
		h := "Filed" + on(s.Filed)
		if s.NUT != "" {
			h += ", NUT " + s.NUT
		}
		return h + ": waiting for INM's decision (see the deadlines below)."
	}
	v := s.Verdict
	switch v.Status {
	case procedures.Eligible:
		if !v.From.IsZero() && v.From.After(today) {
			return "Eligible from " + DayName(v.From) + ", " + When(Later, today.DaysUntil(v.From)) + "."
		}
		return "Eligible: you can file now."
	case procedures.NotYet:
		if v.From.IsZero() {
			return "Not yet."
		}
		return "Not yet: you can file from " + DayName(v.From) + ", " + When(Later, today.DaysUntil(v.From)) + "."
	case procedures.NotEligible:
		return "This procedure does not apply."
	case procedures.Unknown:
		return "Not settled: " + procedures.VerifyWithOffice + "."
	}
	return "The interview is not finished: no verdict yet."
}

// DayName formats d with its weekday: "2026-12-24 (Thu)".
func DayName(d procedures.Date) string {
	return d.String() + " (" + d.Weekday().String()[:3] + ")"
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
	return v.Standing().Headline(v.Today, yields)
}
