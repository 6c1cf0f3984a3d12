package procedures

import (
	"fmt"
	"strings"
)

// Checks of the dates the user records as a case moves through its stages
// (issue 13): impossible dates are refused with a message that says what
// to type, and moving to "ready to file" too soon or with documents
// unticked is warned. Front-ends call these where the stage forms take
// their answers; the dates then agree everywhere.

// NeedsCardExpiry reports whether the card a case of p yields has a
// printed expiry the "card received" form must ask for: every temporary
// card and a minor's permanent card do; only an adult's permanent card has
// none (R-RENEW-WHO, R-CARD-PERM, R-CASE-NEXT). Where the answers do not
// say which card comes, it is not required.
func NeedsCardExpiry(p *Procedure, a Answers) bool {
	if p == nil || p.AfterCard == nil {
		return false
	}
	a = p.Canonical(a)
	switch p.ID {
	case "renewal":
		return a["card_type"] == "temporary" || a["card_type"] == "permanent-minor"
	case "canje":
		return a["visa_type"] == "temporary"
	case "status-change":
		return statusRoute(a) == "family-unity" && a["target"] == "temporary"
	case "replacement":
		// The old card's expiry was given: the new one has one too.
		return !a.Date("card_expiry").IsZero()
	}
	return false
}

// CheckProgress refuses the dates of pr that cannot be right on c.Today,
// naming the field and what to type: a filing, a correction notice or a
// card received after today; a correction notice before the filing; a card
// received before the filing; a received card without its expiry when it
// has one (NeedsCardExpiry), or an expiry not after the day it was
// received. The appointment is CheckAppointment's. A zero today skips the
// "after today" checks.
func CheckProgress(p *Procedure, a Answers, pr Progress, c Context) error {
	past := func(field string, d Date) error { return notAfterToday(field, d, c.Today) }
	if pr.StageAtLeast(StageFiled) {
		if pr.FiledDate.IsZero() {
			return fmt.Errorf("filed date: type the date you filed at the INM office, e.g. %s", c.Today)
		}
		if err := past("filed date", pr.FiledDate); err != nil {
			return err
		}
		if err := past("correction notice", pr.CorrectionNotice); err != nil {
			return err
		}
		if n := pr.CorrectionNotice; !n.IsZero() && n.Before(pr.FiledDate) {
			return fmt.Errorf("correction notice: %s is before the filed date %s: INM notifies a missing requirement after the filing (R-CASE-CORRECT): type the date of its notice, or correct the filed date", n, pr.FiledDate)
		}
	}
	if err := past("fee paid", pr.FeePaid); err != nil {
		return err
	}
	if err := past("refused date", pr.RefusedDate); err != nil {
		return err
	}
	if r := pr.RefusedDate; !r.IsZero() && (!pr.StageAtLeast(StageFiled) || r.Before(pr.FiledDate)) {
		return fmt.Errorf("refused date: %s: INM refuses an application after it is filed: type the date its resolution bears, on or after the filed date", r)
	}
	if err := checkApproval(pr, c); err != nil {
		return err
	}
	if pr.StageAtLeast(StageReceived) {
		if err := past("received date", pr.ReceivedDate); err != nil {
			return err
		}
		if r := pr.ReceivedDate; !r.IsZero() && r.Before(pr.FiledDate) {
			return fmt.Errorf("received date: %s is before the filed date %s: type the day the %s came, or correct the filed date", r, pr.FiledDate, yields(p))
		}
		if err := CheckCardExpiry(p, a, pr.ReceivedDate, pr.NewCardExpiry); err != nil {
			return err
		}
	}
	return nil
}

// notAfterToday refuses a date of something that has happened when it is
// after today (a filing recorded in the future would mark every deadline
// done); a zero today or date passes.
func notAfterToday(field string, d, today Date) error {
	if !today.IsZero() && !d.IsZero() && d.After(today) {
		return problemf("%s: %s is after today (%s): type the date it happened, on or before %s", field, d, today, today)
	}
	return nil
}

// CheckCardExpiry checks the expiry typed on the "card received" form:
// required when the card has one (NeedsCardExpiry), and after the day the
// card was received (R-CASE-NEXT).
func CheckCardExpiry(p *Procedure, a Answers, received, expiry Date) error {
	if expiry.IsZero() {
		if NeedsCardExpiry(p, a) {
			return fmt.Errorf("card expiry: this card has an expiry date printed on it (only an adult's permanent card has none): type it, e.g. %s; the next renewal window and the four-year date follow from it (R-CASE-NEXT)", received.AddYears(1))
		}
		return nil
	}
	if !received.IsZero() && !expiry.After(received) {
		return fmt.Errorf("card expiry: %s is not after the day the card came (%s): type the expiry printed on the new card", expiry, received)
	}
	return nil
}

// yields is what a case of p hands over at the end, in words.
func yields(p *Procedure) string {
	if p != nil && p.Yields != "" {
		return p.Yields
	}
	return YieldsCard
}

// ReadyWarnings returns what to warn of when a case moves to "ready to
// file" on c.Today: a procedure that does not apply (its route instead), a
// window that has not opened yet, and the documents of the checklist not
// ticked (ticked holds the Document IDs ticked). Nil when nothing is
// wrong. The appointment has its own (Warnings).
func ReadyWarnings(p *Procedure, a Answers, ticked map[string]bool, c Context) []string {
	if p == nil {
		return nil
	}
	out := p.Evaluate(a, c).Localized(c.Lang)
	v := out.Verdict
	var ws []string
	switch v.Status {
	case NotEligible:
		ws = append(ws, c.T("This procedure does not apply as answered: %s %s", v.Reason, v.Route))
	case NotYet:
		if !v.From.IsZero() {
			ws = append(ws, c.T("It cannot be filed yet: it can be filed from %s. %s", v.From, v.Reason))
		} else {
			ws = append(ws, c.T("It cannot be filed yet: %s", v.Reason))
		}
	case Incomplete:
		ws = append(ws, c.T("The answers are not complete: %s", v.Reason))
	}
	var missing []string
	for _, d := range out.Documents {
		if !ticked[d.ID] {
			name := d.Name
			if c.Lang.Spanish() && d.Spanish != "" {
				name = d.Spanish
			}
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		ws = append(ws, c.T("%d of %d documents are not ticked yet: %s.", len(missing), len(out.Documents), strings.Join(missing, "; ")))
	}
	return ws
}
