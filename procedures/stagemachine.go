package procedures

import (
	"fmt"
	"strings"
	"sync"
)

// The stage machine: which stage follows which, what each stage records,
// and the checks on what it records. Every front-end (the case view's
// stage forms, the command line) moves a case through these functions, so
// a stage means the same wherever it is set.

// NextStage is the stage after s for a case whose outcome says whether
// the procedure is booked online (Outcome.Appointment, R-APPT-LIST):
// procedures without an online appointment (R-APPT-NONE) go from ready
// straight to filed. ok is false at the last stage.
func NextStage(s Stage, appointment bool) (next Stage, ok bool) {
	switch s {
	case StageDraft, "":
		return StageReady, true
	case StageReady:
		if !appointment {
			return StageFiled, true
		}
		return StageBooked, true
	case StageBooked:
		return StageFiled, true
	case StageFiled, StageApproved:
		return StageReceived, true
	}
	return "", false
}

// NextStageFor is NextStage for a case of p at pr: a procedure paid twice
// (SecondPayment, R-PAY-TWO) whose first payment is recorded goes from
// filed to approved (the card fee to pay), then to received.
func (p *Procedure) NextStageFor(pr Progress, appointment bool) (next Stage, ok bool) {
	if pr.Refused() {
		// Closed by INM's refusal: no stage follows.
		return "", false
	}
	if pr.Stage == StageFiled && p.PaysTwice() && !pr.FeePaid.IsZero() {
		return StageApproved, true
	}
	return NextStage(pr.Stage, appointment)
}

// PaysTwice reports whether a case of p is paid twice (R-PAY-TWO).
func (p *Procedure) PaysTwice() bool { return p != nil && p.SecondPayment }

// PrevStage is the stage before s; ok is false at the first stage.
// Approved is skipped: it is on the path of some cases only, and a step
// back from received goes to filed.
func PrevStage(s Stage) (prev Stage, ok bool) {
	for i, st := range Stages {
		if st == s && i > 0 {
			if Stages[i-1] == StageApproved {
				return Stages[i-2], true
			}
			return Stages[i-1], true
		}
	}
	return "", false
}

// The keys of what the stages record (StageField.Key).
const (
	StageKeyAppointmentDate  = "appointment_date"
	StageKeyAppointmentTime  = "appointment_time"
	StageKeyOffice           = "office"
	StageKeyPieza            = "pieza"
	StageKeyFiledDate        = "filed_date"
	StageKeyNUT              = "nut"
	StageKeyCorrectionNotice = "correction_notice"
	StageKeyReceivedDate     = "received_date"
	StageKeyNewCardExpiry    = "new_card_expiry"
	StageKeyFeePaid          = "fee_paid"
	StageKeyApprovedDate     = "approved_date"
	StageKeyCardFeePaid      = "card_fee_paid"
)

// StageFieldKind says how a stage value is typed.
type StageFieldKind int

const (
	StageDate StageFieldKind = iota
	StageTime
	StageText
)

// StageField is one value a stage records.
type StageField struct {
	Key      string
	Kind     StageFieldKind
	Optional bool
	// MaxLen bounds a text value, in characters.
	MaxLen int
}

// StageFields lists what moving a case of p to stage s records, in the
// order a form asks for it. Ready asks for nothing; only a procedure that
// yields a card records the new card's expiry (for the next renewal).
func (p *Procedure) StageFields(s Stage) []StageField {
	switch s {
	case StageBooked:
		return []StageField{
			{Key: StageKeyAppointmentDate, Kind: StageDate},
			{Key: StageKeyAppointmentTime, Kind: StageTime, Optional: true},
			{Key: StageKeyOffice, Kind: StageText, Optional: true, MaxLen: 120},
			{Key: StageKeyPieza, Kind: StageText, Optional: true, MaxLen: 60},
		}
	case StageFiled:
		fs := []StageField{
			{Key: StageKeyFiledDate, Kind: StageDate},
			{Key: StageKeyNUT, Kind: StageText, Optional: true, MaxLen: 60},
			{Key: StageKeyCorrectionNotice, Kind: StageDate, Optional: true},
		}
		if p.PaysTwice() {
			// The first payment, "recepción y estudio", is made to file
			// (R-PAY-TWO): recording it puts the approval on the path.
			fs = append(fs, StageField{Key: StageKeyFeePaid, Kind: StageDate, Optional: true})
		}
		return fs
	case StageApproved:
		return []StageField{
			{Key: StageKeyApprovedDate, Kind: StageDate},
			{Key: StageKeyCardFeePaid, Kind: StageDate, Optional: true},
		}
	case StageReceived:
		fs := []StageField{{Key: StageKeyReceivedDate, Kind: StageDate}}
		if p.yields() == YieldsCard {
			fs = append(fs, StageField{Key: StageKeyNewCardExpiry, Kind: StageDate, Optional: true})
		}
		return fs
	}
	return nil
}

func (p *Procedure) yields() string {
	if p == nil || p.Yields == "" {
		return YieldsCard
	}
	return p.Yields
}

// CheckStageValue checks one value a stage records; the error says what
// to type instead. Dates of what already happened (filing, a notice, the
// card received) cannot be after today; an appointment cannot fall on a
// day INM offices are closed (CheckAppointment).
func CheckStageValue(key, raw string, c Context) error {
	raw = strings.TrimSpace(raw)
	switch key {
	case StageKeyAppointmentDate:
		d, err := ParseDate(raw)
		if err != nil {
			return err
		}
		return CheckAppointment(d, c)
	case StageKeyAppointmentTime:
		return checkClock(raw)
	case StageKeyFiledDate, StageKeyReceivedDate:
		d, err := ParseDate(raw)
		if err != nil {
			return err
		}
		return notAfterToday(pastField()[key], d, c.Today)
	case StageKeyApprovedDate:
		d, err := ParseDate(raw)
		if err != nil {
			return err
		}
		return notAfterToday(pastField()[key], d, c.Today)
	case StageKeyCorrectionNotice, StageKeyFeePaid, StageKeyCardFeePaid:
		if raw == "" {
			return nil
		}
		d, err := ParseDate(raw)
		if err != nil {
			return err
		}
		return notAfterToday(pastField()[key], d, c.Today)
	case StageKeyNewCardExpiry:
		if raw == "" {
			return nil
		}
		_, err := ParseDate(raw)
		return err
	}
	return nil
}

// pastField names what a stage date records, for its messages.
var pastField = sync.OnceValue(func() map[string]string {
	return map[string]string{
		StageKeyFiledDate:        "filed date",
		StageKeyReceivedDate:     "received date",
		StageKeyCorrectionNotice: "correction notice",
		StageKeyFeePaid:          "fee paid",
		StageKeyApprovedDate:     "approved date",
		StageKeyCardFeePaid:      "card fee paid",
	}
})

// checkClock accepts an empty time or HH:MM on a 24-hour clock.
func checkClock(s string) error {
	if s == "" {
		return nil
	}
	var h, mi int
	if n, err := fmt.Sscanf(s, "%d:%d", &h, &mi); err != nil || n != 2 || h < 0 || h > 23 || mi < 0 || mi > 59 || len(s) > 5 {
		return problemf("%q is not a time: type it as 09:30 or 14:00", s)
	}
	return nil
}

// MoveToStage returns pr moved to stage target with the values that stage
// records (StageFields), after checking each (CheckStageValue) and the
// whole progress against the case's answers a (CheckProgress: dates in
// order, a card's expiry when it has one). Values of other stages are
// kept; a value left empty clears an optional field. A refusal returns pr
// unchanged.
func (p *Procedure) MoveToStage(pr Progress, target Stage, values map[string]string, a Answers, c Context) (Progress, error) {
	old := pr
	if target == StageApproved && !p.PaysTwice() {
		return old, problemf("approved (card fee to pay) is a stage of a change of status only (R-PAY-TWO): move this case to received instead")
	}
	for _, f := range p.StageFields(target) {
		v := strings.TrimSpace(values[f.Key])
		if v == "" && f.Optional {
			continue
		}
		if err := CheckStageValue(f.Key, v, c); err != nil {
			return old, err
		}
		if f.MaxLen > 0 && len([]rune(v)) > f.MaxLen {
			return old, problemf("%s is %d characters long: keep it to %d", f.Key, len([]rune(v)), f.MaxLen)
		}
	}
	date := func(k string) Date {
		d, _ := ParseDate(strings.TrimSpace(values[k])) // zero when left empty
		return d
	}
	text := func(k string) string { return strings.TrimSpace(values[k]) }
	pr.Stage = target
	switch target {
	case StageBooked:
		pr.AppointmentDate, pr.AppointmentTime = date(StageKeyAppointmentDate), text(StageKeyAppointmentTime)
		pr.Office, pr.Pieza = text(StageKeyOffice), text(StageKeyPieza)
	case StageFiled:
		pr.FiledDate, pr.NUT, pr.CorrectionNotice = date(StageKeyFiledDate), text(StageKeyNUT), date(StageKeyCorrectionNotice)
		// A payment recorded before (RecordPayment) stays unless retyped.
		if _, typed := values[StageKeyFeePaid]; typed && p.PaysTwice() {
			pr.FeePaid = date(StageKeyFeePaid)
		}
	case StageApproved:
		pr.ApprovedDate = date(StageKeyApprovedDate)
		if _, typed := values[StageKeyCardFeePaid]; typed {
			pr.CardFeePaid = date(StageKeyCardFeePaid)
		}
	case StageReceived:
		pr.ReceivedDate, pr.NewCardExpiry = date(StageKeyReceivedDate), date(StageKeyNewCardExpiry)
	}
	if err := CheckProgress(p, a, pr, c); err != nil {
		return old, err
	}
	return pr, nil
}
