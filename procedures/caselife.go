package procedures

import "fmt"

// Stage is where a case stands; the user moves it forward (issue 5).
type Stage string

// The stages, in order.
const (
	StageDraft    Stage = "draft"
	StageReady    Stage = "ready"    // ready to file
	StageBooked   Stage = "booked"   // appointment booked
	StageFiled    Stage = "filed"    // filed at the office
	StageApproved Stage = "approved" // approved, card fee to pay (R-PAY-TWO)
	StageReceived Stage = "received" // card (or resolution) received

	// StageRefused is where a case INM refused stands when it is shown
	// or listed (Progress.ShownStage): closed. It is not a step of the
	// path (Stages): the progress keeps the stage the refusal came at.
	StageRefused Stage = "refused"
)

// Stages lists the stages in order. StageApproved is on the path of a
// procedure paid twice (Procedure.SecondPayment) only, once its first
// payment is recorded (NextStageFor).
var Stages = []Stage{StageDraft, StageReady, StageBooked, StageFiled, StageApproved, StageReceived}

// Label is the stage as the user reads it.
func (s Stage) Label() string {
	switch s {
	case StageDraft:
		return "draft"
	case StageReady:
		return "ready to file"
	case StageBooked:
		return "appointment booked"
	case StageFiled:
		return "filed"
	case StageApproved:
		return "approved: card fee to pay"
	case StageReceived:
		return "card received"
	case StageRefused:
		return "refused by INM"
	}
	return string(s)
}

// appointmentTitle begins the title of a booked appointment, before its
// time and office.
const appointmentTitle = "Appointment at the INM office"

// What a procedure yields (Procedure.Yields), for the last stage's label.
const (
	YieldsCard       = "card"
	YieldsPermit     = "permit"
	YieldsResolution = "resolution"
)

// StageLabel is stage s as the user reads it for a case of p: the last
// stage names what the procedure yields ("permit received"), not always a
// card. A nil p reads like Stage.Label.
func (p *Procedure) StageLabel(s Stage) string {
	if s == StageReceived && p != nil && p.Yields != "" {
		return p.Yields + " received"
	}
	return s.Label()
}

// ParseStage reads a stage id.
func ParseStage(s string) (Stage, error) {
	for _, st := range Stages {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("unknown stage %q: use one of %v", s, Stages)
}

// Progress is what happened to a case after the interview. Dates are zero
// until known.
type Progress struct {
	Stage Stage `json:"stage"`
	// Appointment (StageBooked): date, time, office, and the número de pieza
	// the online form gave.
	AppointmentDate Date   `json:"appointment_date,omitzero"`
	AppointmentTime string `json:"appointment_time,omitzero"`
	Office          string `json:"office,omitzero"`
	Pieza           string `json:"pieza,omitzero"`
	// PiezaDate is the day the online form was saved (R-FORM-PIEZA: it
	// reportedly expires 90 days later); PiezaHint a reminder of the form's
	// password, never the password itself (guidepieza.go).
	PiezaDate Date   `json:"pieza_date,omitzero"`
	PiezaHint string `json:"pieza_hint,omitzero"`
	// Filing (StageFiled): date filed and the NUT (file number).
	FiledDate Date   `json:"filed_date,omitzero"`
	NUT       string `json:"nut,omitzero"`
	// CorrectionNotice is the date INM notified a missing requirement
	// (prevención, R-CASE-CORRECT); zero when none.
	CorrectionNotice Date `json:"correction_notice,omitzero"`
	// Received (StageReceived): when the card came and its printed expiry
	// (zero for a card with no expiry).
	ReceivedDate  Date `json:"received_date,omitzero"`
	NewCardExpiry Date `json:"new_card_expiry,omitzero"`
	// FeePaid is the day the fee was paid; for a change of status the
	// first payment, "recepción y estudio" (R-PAY-TWO). ApprovedDate
	// (StageApproved) is the day of INM's approval, and CardFeePaid the
	// day the second payment, the card fee, was made.
	FeePaid      Date `json:"fee_paid,omitzero"`
	ApprovedDate Date `json:"approved_date,omitzero"`
	CardFeePaid  Date `json:"card_fee_paid,omitzero"`
	// RefusedDate is the date of INM's notice refusing the application
	// (negativa, NoticeRefusal): the case is closed, none of its dates is
	// to act on any more. DOMAIN.md says nothing of what may follow a
	// refusal, so no date follows it (VerifyWithOffice).
	RefusedDate Date `json:"refused_date,omitzero"`
}

// Refused reports whether the case was closed by INM's refusal.
func (pr Progress) Refused() bool { return !pr.RefusedDate.IsZero() }

// ShownStage is the stage every screen, listing and export shows for pr:
// StageRefused once INM refused the case, draft before any progress,
// else its stage. Only the case's own record (and its JSON export) keeps
// the stage the refusal came at.
func (pr Progress) ShownStage() Stage {
	switch {
	case pr.Refused():
		return StageRefused
	case pr.Stage == "":
		return StageDraft
	}
	return pr.Stage
}

// StageAtLeast reports whether pr has reached s.
func (pr Progress) StageAtLeast(s Stage) bool { return stageRank(pr.Stage) >= stageRank(s) }

func stageRank(s Stage) int {
	for i, st := range Stages {
		if st == s {
			return i
		}
	}
	return 0
}

// Track returns every deadline of a case: the procedure's own (marked Done
// once the case is filed, when they are about filing) and those of the
// case's life (R-CASE-DECIDE, R-CASE-CORRECT, R-CASE-NEXT), sorted by date.
// It depends on c.Calendar but not on c.Today: the dates of a case do not
// move with the clock, so they can be computed once per change.
func Track(p *Procedure, a Answers, pr Progress, c Context) []Deadline {
	a = p.Canonical(a)
	var out []Deadline
	if err := p.Validate(a); err == nil {
		for _, d := range p.evaluate(a, c).Deadlines {
			if pr.StageAtLeast(StageFiled) && d.Kind != Reminder && !d.afterFiling() {
				d.Done = true
			}
			out = append(out, d)
		}
	}
	if pr.StageAtLeast(StageBooked) && !pr.AppointmentDate.IsZero() {
		title := appointmentTitle
		if pr.AppointmentTime != "" {
			title += " at " + pr.AppointmentTime
		}
		if pr.Office != "" {
			title += ", " + pr.Office
		}
		out = append(out, Deadline{
			Key: "appointment", Date: pr.AppointmentDate, Kind: Appointment, Title: title,
			Note: "Arrive about 10 minutes early; offices open 9:00 to 14:30, Monday to Friday (secondary: check with your INM office).",
			Rule: "R-APPT-HOW", Done: pr.StageAtLeast(StageFiled),
		})
	}
	if d, ok := formExpiry(pr, c); ok {
		out = append(out, d)
	}
	if pr.StageAtLeast(StageFiled) && !pr.FiledDate.IsZero() {
		out = append(out, decisionDue(p, a, pr, c))
	}
	if pr.StageAtLeast(StageFiled) && !pr.FiledDate.IsZero() && p.AfterFiled != nil {
		for _, d := range p.AfterFiled(a, pr.FiledDate, c) {
			d.Done = d.Done || pr.StageAtLeast(StageReceived)
			out = append(out, d)
		}
	}
	if pr.StageAtLeast(StageFiled) && !pr.CorrectionNotice.IsZero() {
		// Counted in user business days (closures ignored, R-DAYS-USER-BIZ);
		// an office closed on the last day moves it earlier (R-DAYS-CLOSED).
		d := closingDeadline("correction-due", CorrectionDue(pr.CorrectionNotice), Due,
			"Hand in the missing requirement (prevención), or the file is dropped", "R-CASE-CORRECT",
			"10 business days from INM's notice (L-LM art. 130).", c)
		d.Done = pr.StageAtLeast(StageApproved)
		out = append(out, d)
	}
	if d, ok := cardFeeDue(p, pr); ok {
		out = append(out, d)
	}
	if pr.StageAtLeast(StageReceived) && !pr.NewCardExpiry.IsZero() && p.AfterCard != nil {
		out = append(out, p.AfterCard(a, pr.NewCardExpiry, c)...)
	}
	if pr.Refused() {
		// Closed as refused: nothing is left to act on in this case.
		for i := range out {
			out[i].Done = true
		}
	}
	SortDeadlines(out)
	return out
}

// decideDays is INM's term to decide a complete file, in business days
// (R-CASE-DECIDE); regularDays the 30 calendar days one paraphrase gives a
// regularisation.
const (
	decideDays  = 20
	regularDays = 30
)

// decisionDue is INM's decision date (R-CASE-DECIDE): 20 business days
// counted from the next business day after filing, skipping rest days and
// entered closures but not likely ones (R-DAYS-USER-BIZ, R-DAYS-LIKELY). A
// regularisation (Procedure.Regularising) notes the 30 calendar days one
// paraphrase of L-LM art. 136 gives instead.
func decisionDue(p *Procedure, a Answers, pr Progress, c Context) Deadline {
	d := Deadline{
		Key: "decision-due", Date: c.Calendar.AddINMBusinessDays(pr.FiledDate, decideDays), Kind: Due,
		Title: "INM's decision due (20 business days after the file is complete)",
		Note:  "Counted from the next business day after filing (L-LFPA art. 17-B). Silence after this date counts as a refusal (L-LM art. 128). Many offices decide the same day.",
		Rule:  "R-CASE-DECIDE", Done: pr.StageAtLeast(StageApproved),
	}
	if p.Regularising != nil && p.Regularising(a, pr.FiledDate) {
		d.Note = c.Lang.Text(d.Note) + c.T(" A regularisation: one paraphrase of L-LM art. 136 gives INM 30 calendar days instead, until %s counting the filing day as day 1 (%s counted from the day after); secondary: %s.",
			lastDay(pr.FiledDate, regularDays), otherLastDay(pr.FiledDate, regularDays), VerifyWithOffice)
	}
	return d
}

// afterFiling reports whether d still matters once the case is filed (set
// by procedures for dates such as an exit permit's return).
func (d Deadline) afterFiling() bool { return d.AfterFiling }

// actByIfClosed returns c.Calendar.ActBy(d) when it differs from d, else zero.
func actByIfClosed(c Context, d Date) Date {
	if a := c.Calendar.ActBy(d); a != d {
		return a
	}
	return Date{}
}

// SortDeadlines orders deadlines by date, then by key, stably.
func SortDeadlines(ds []Deadline) {
	sortStable(ds, func(x, y Deadline) bool {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c < 0
		}
		return x.Key < y.Key
	})
}
