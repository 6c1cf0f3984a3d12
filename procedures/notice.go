package procedures

import "fmt"

// INM's notices and the payments of a case (issue 19): what a notice the
// user reads in INM's portal (R-STATUS-ONLINE) does to the case, and the
// two payments of a change of status (R-PAY-TWO). Pure: today is
// c.Today; the case layer (casebook) records the result and its history.

// NoticeKind is what an INM notice was.
type NoticeKind string

// The notices R-STATUS-ONLINE names.
const (
	// NoticeCorrections: a requirement is missing (prevención,
	// R-CASE-CORRECT): 10 business days to hand it in.
	NoticeCorrections NoticeKind = "corrections"
	// NoticeResolution: INM's decision (oficio de resolución): the case
	// moves to its next stage.
	NoticeResolution NoticeKind = "resolution"
	// NoticeRefusal: INM's resolution refuses the application
	// (negativa): the case is closed as refused. DOMAIN.md does not say
	// what may follow a refusal: RefusalNote says to ask the office.
	NoticeRefusal NoticeKind = "refusal"
)

// NoticeKinds lists the kinds, as typed.
var NoticeKinds = []NoticeKind{NoticeCorrections, NoticeResolution, NoticeRefusal}

// RefusalNote is what tramite says of a refusal: DOMAIN.md is silent on
// what follows it (no rule, no term), so the office is the answer.
const RefusalNote = "If INM refused the application: verify with your INM office what you can do next."

// ParseNoticeKind reads a notice kind as typed.
func ParseNoticeKind(s string) (NoticeKind, error) {
	for _, k := range NoticeKinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", problemf("%q is not a kind of notice: type corrections (INM asks for a missing requirement), resolution (INM's decision) or refusal (INM refused the application)", s)
}

// correctDays is the term to correct a file, in business days counted
// forward from the notice (R-CASE-CORRECT, L-LM art. 130).
const correctDays = 10

// CorrectionDue is the last day to hand in what a notice of corrections
// (prevención) of the day notice asks for: 10 business days counted
// forward, skipping weekends and rest days but not closures, which would
// make it later (R-CASE-CORRECT, R-DAYS-USER-BIZ). Track moves it earlier
// when the office is closed that day (R-DAYS-CLOSED).
func CorrectionDue(notice Date) Date { return AddUserBusinessDays(notice, correctDays) }

// ApplyNotice returns pr after an INM notice of kind, dated date, reached
// the case; values are what the resolution's next stage records besides
// its date (the new card's expiry, new_card_expiry). A notice comes after
// the filing: a case not filed is refused. Corrections set the correction
// notice (its deadline follows, Track); a resolution moves the case to its
// next stage (NextStageFor): approved, for a change of status whose first
// payment is recorded (R-PAY-TWO), else received, dated the notice's day.
// A refusal of the application (NoticeRefusal) closes the case
// (RefusedDate). A notice that cannot be taken returns pr unchanged.
func (p *Procedure) ApplyNotice(pr Progress, kind NoticeKind, date Date, values map[string]string, a Answers, c Context) (Progress, error) {
	if date.IsZero() {
		return pr, problemf("the notice's date is missing: type the date INM's notice bears, e.g. %s", c.Today)
	}
	if err := notAfterToday("notice date", date, c.Today); err != nil {
		return pr, err
	}
	if !pr.StageAtLeast(StageFiled) {
		return pr, problemf("INM sends notices once the case is filed: mark it filed first (with the date you filed), then record the notice")
	}
	switch kind {
	case NoticeCorrections:
		if pr.StageAtLeast(StageReceived) {
			return pr, problemf("the case is already at %s: a notice of corrections comes before INM's decision; check the date, or step the case back first", p.StageLabel(pr.Stage))
		}
		next := pr
		next.CorrectionNotice = date
		if err := CheckProgress(p, a, next, c); err != nil {
			return pr, err
		}
		return next, nil
	case NoticeResolution:
		target, ok := p.NextStageFor(pr, true)
		if !ok || pr.Stage == StageReceived {
			return pr, problemf("the case is already at %s: INM's resolution has been recorded", p.StageLabel(pr.Stage))
		}
		vals := map[string]string{}
		for k, v := range values {
			vals[k] = v
		}
		switch target {
		case StageApproved:
			vals[StageKeyApprovedDate] = date.String()
		default:
			vals[StageKeyReceivedDate] = date.String()
		}
		return p.MoveToStage(pr, target, vals, a, c)
	case NoticeRefusal:
		if pr.StageAtLeast(StageReceived) {
			return pr, problemf("the case is already at %s: INM's resolution has been recorded", p.StageLabel(pr.Stage))
		}
		next := pr
		next.RefusedDate = date
		if err := CheckProgress(p, a, next, c); err != nil {
			return pr, err
		}
		return next, nil
	}
	return pr, fmt.Errorf("%q is not a kind of notice: type corrections, resolution or refusal", kind)
}

// Payment says which payment RecordPayment recorded.
type Payment int

// The payments of a case.
const (
	// PaymentFee: the fee to file (for a change of status, "recepción y
	// estudio").
	PaymentFee Payment = iota
	// PaymentCardFee: the card fee of an approved change (R-PAY-TWO).
	PaymentCardFee
)

// RecordPayment returns pr with a payment made on date: the card fee when
// the case is approved (StageApproved, R-PAY-TWO), else the fee to file.
// Recording the first payment of a change of status puts the approval,
// with its card fee, on the case's path (NextStageFor).
func (p *Procedure) RecordPayment(pr Progress, date Date, a Answers, c Context) (Progress, Payment, error) {
	if date.IsZero() {
		return pr, PaymentFee, problemf("the payment's date is missing: type the date on the bank receipt, e.g. %s", c.Today)
	}
	if err := notAfterToday("payment date", date, c.Today); err != nil {
		return pr, PaymentFee, err
	}
	next, which := pr, PaymentFee
	if pr.Stage == StageApproved {
		next.CardFeePaid, which = date, PaymentCardFee
	} else {
		if pr.StageAtLeast(StageApproved) {
			return pr, PaymentFee, problemf("the case is already at %s: nothing is left to pay", p.StageLabel(pr.Stage))
		}
		next.FeePaid = date
	}
	if err := CheckProgress(p, a, next, c); err != nil {
		return pr, which, err
	}
	return next, which, nil
}

// checkApproval refuses an approval before the filing, after today, or a
// card fee paid before the approval.
func checkApproval(pr Progress, c Context) error {
	if err := notAfterToday("approved date", pr.ApprovedDate, c.Today); err != nil {
		return err
	}
	if err := notAfterToday("card fee paid", pr.CardFeePaid, c.Today); err != nil {
		return err
	}
	if a := pr.ApprovedDate; !a.IsZero() && a.Before(pr.FiledDate) {
		return problemf("approved date: %s is before the filed date %s: type the date of INM's approval, or correct the filed date", a, pr.FiledDate)
	}
	if f := pr.CardFeePaid; !f.IsZero() && f.Before(pr.ApprovedDate) {
		return problemf("card fee paid: %s is before the approval (%s): the card fee is paid once INM approves the change (R-PAY-TWO)", f, pr.ApprovedDate)
	}
	return nil
}

// cardFeeTitle is the dashboard line of an approved change of status.
const cardFeeTitle = "Pay the card fee and go back to the INM office with the receipt"

// cardFeeDue is the line an approved change of status shows until its
// card fee is paid and the card received (R-PAY-TWO): a ToDo dated the
// approval, since no term to pay was found (verify with the office), so
// it is never shown late.
func cardFeeDue(p *Procedure, pr Progress) (Deadline, bool) {
	if !p.PaysTwice() || !pr.StageAtLeast(StageApproved) || pr.ApprovedDate.IsZero() {
		return Deadline{}, false
	}
	return Deadline{
		Key: "card-fee", Date: pr.ApprovedDate, Kind: ToDo, Title: cardFeeTitle, Rule: "R-PAY-TWO",
		Note: "INM approved the change: pay the card fee (the second payment, through e5cinco) and take the receipt to the office. No term to pay was found: go soon, and verify with your INM office.",
		Done: !pr.CardFeePaid.IsZero() || pr.StageAtLeast(StageReceived),
	}, true
}
