package procedures

// VerdictStatus says whether the person can file now.
type VerdictStatus int

// The verdicts.
const (
	// Incomplete: answers are missing, no verdict yet.
	Incomplete VerdictStatus = iota
	Eligible
	// NotYet: eligible from Verdict.From.
	NotYet
	// NotEligible: Verdict.Reason says why and Verdict.Route what applies
	// instead.
	NotEligible
	// Unknown: DOMAIN.md has no answer; the reason says "verify with your
	// INM office".
	Unknown
)

var verdictNames = [...]string{"incomplete", "eligible", "not-yet", "not-eligible", "unknown"}

// String returns the verdict's lowercase id (as in JSON exports).
func (v VerdictStatus) String() string {
	if v < 0 || int(v) >= len(verdictNames) {
		return "unknown"
	}
	return verdictNames[v]
}

// Verdict is the answer to "can I file, and when?".
type Verdict struct {
	Status VerdictStatus
	// From is the date filing becomes possible (NotYet) or opens (Eligible).
	From Date
	// Reason is one or two sentences for the person.
	Reason string
	// Route is what to do instead when NotEligible (e.g. start again at a
	// consulate).
	Route string
	// Rules names the DOMAIN.md ids the verdict rests on.
	Rules []string
}

// DeadlineKind classifies a Deadline.
type DeadlineKind int

// The kinds of deadline.
const (
	Opens DeadlineKind = iota
	Closes
	Due
	Appointment
	EligibleFrom
	Reminder
	// ToDo is something to do now that the rules give no term for (the
	// card fee of an approved change of status, R-PAY-TWO): dated the day
	// it became to do, it stays to do until done and is never late, since
	// no source gives a day after which it would be.
	ToDo
)

var deadlineKindNames = [...]string{"opens", "closes", "due", "appointment", "eligible-from", "reminder", "to-do"}

// String returns the kind's lowercase id (as in JSON exports).
func (k DeadlineKind) String() string {
	if k < 0 || int(k) >= len(deadlineKindNames) {
		return "unknown"
	}
	return deadlineKindNames[k]
}

// Hard reports whether missing the date costs something (a window that
// closes, a due date), as opposed to an opening or a reminder.
func (k DeadlineKind) Hard() bool { return k == Closes || k == Due }

// Deadline is one date that matters to a case.
type Deadline struct {
	// Key identifies the deadline within its case, stable across edits
	// (e.g. "renewal-window-closes"): calendar UIDs and ticks use it.
	Key   string
	Date  Date
	Kind  DeadlineKind
	Title string
	// ActBy is the last business day on or before Date when Date falls on a
	// day the office is closed (R-DAYS-CLOSED); zero otherwise.
	ActBy Date
	// Note carries both readings where sources conflict, and any caveat
	// ("check with your INM office" for secondary rules).
	Note string
	// Rule is the DOMAIN.md id this date comes from.
	Rule string
	// Done marks a deadline the case has moved past (e.g. the filing window
	// once filed). Dashboards hide done items unless asked.
	Done bool
	// AfterFiling marks a procedure's deadline that still matters once the
	// case is filed (an exit permit's return date, a notification's answer):
	// Track does not mark it Done at filing.
	AfterFiling bool
	// IfMissed, when set, is the Key of another deadline of the case: this
	// one applies only once that date has passed (e.g. regularising an
	// expired card once the renewal window has closed). Its Title says so.
	// Applicable hides it before then, so a case's dates never depend on
	// today and can be indexed once per change.
	IfMissed string
}

// Document is one line of a personal checklist.
type Document struct {
	// ID is the DOMAIN.md document id (e.g. "D-PASS"); ticks are stored by it.
	ID      string
	Name    string // English
	Spanish string // as INM writes it
	Copies  string // "original + 1 copy of the data page"
	Note    string
	Rule    string // DOMAIN.md id of the rule or document entry
}

// Fee is the government fee (derechos) of a procedure.
type Fee struct {
	// Text is what the user sees, e.g. "11,140.74 MXN (1 year)"; it always
	// carries "verify the current amount before paying" or, when unknown,
	// VerifyWithOffice.
	Text string
	Rule string
}

// Outcome is what a set of answers means: verdict, checklist, steps, dates.
type Outcome struct {
	Verdict   Verdict
	Documents []Document
	// Steps are what to do, in order, at the office and before it.
	Steps     []string
	Deadlines []Deadline
	Fee       Fee
	// Appointment reports whether the procedure is booked online
	// (R-APPT-LIST) or not (R-APPT-NONE: e.g. regularisation).
	Appointment bool
	// Notes are caveats shown with the outcome.
	Notes []string
}
