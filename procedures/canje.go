package procedures

import (
	"strconv"
)

// Canje: exchange of the consular residency visa for a resident card at an
// INM office, within 30 calendar days of entering Mexico (R-CANJE-30). It is
// the procedure of almost everyone whose residency began at a Mexican
// consulate abroad (R-CANJE-WHO).

// canjeMaxVisaDays is the longest life of a resident visa (R-CANJE-VISA).
const canjeMaxVisaDays = 180

// canjeDays is the canje's filing term after entry (R-CANJE-30).
const canjeDays = 30

func init() {
	register(&Procedure{
		ID:      "canje",
		Name:    "Exchange of a consular residency visa for a resident card",
		Spanish: "Canje de visa por tarjeta de residente",
		Summary: "Turn the residency visa a Mexican consulate stamped in your passport into a resident card at an INM office.",
		Triage:  "You hold a temporary or permanent resident visa from a Mexican consulate and are entering, or just entered, Mexico.",
		Sources: []string{"S0", "S1", "S2", "S4", "L-LM", "L-LIN", "O-SRE", "O-VU"},
		// Shared: a family's visas are issued at one consular appointment
		// and used on one trip (the dates of the visas and of the entry).
		Shared: []string{"visa_issue_date", "visa_expiry", "entered", "entry_date"},
		Questions: []Question{
			{
				Key: "visa_type", Kind: KindChoice,
				Prompt: "Which residency visa did the consulate give you? (visa de residente temporal / residente permanente)",
				Help:   "The visa sticker in your passport names the status: RESIDENTE TEMPORAL or RESIDENTE PERMANENTE.",
				Choices: []Choice{
					{"temporary", "Temporary resident (residente temporal)"},
					{"permanent", "Permanent resident (residente permanente)"},
				},
			},
			{
				Key: "visa_issue_date", Kind: KindDate, Check: checkVisaIssue, Bound: NotAfterToday,
				Prompt: "When was the visa issued? (fecha de expedición)",
				Help:   "The issue date printed on the visa sticker.",
			},
			{
				Key: "visa_expiry", Kind: KindDate, Optional: true, Check: checkVisaExpiry,
				Prompt: "What expiry date is printed on the visa, if any? (vigencia / fecha de vencimiento)",
				Help:   "Printed on the visa sticker. Leave it empty if there is none: tramite then assumes the issue date + 180 days, the longest a resident visa lasts (R-CANJE-VISA).",
			},
			{
				Key: "entered", Kind: KindYesNo,
				Prompt: "Have you already entered Mexico with this visa?",
				Help:   "The visa is good for one entry; the 30 days for the canje start on that entry (R-CANJE-30).",
			},
			{
				Key: "entry_date", Kind: KindDate, Check: checkCanjeEntry, Bound: NotAfterToday,
				AskIf:     func(a Answers) bool { return a.Yes("entered") },
				Condition: "asked if you already entered Mexico with the visa",
				Prompt:    "On what date did you enter Mexico with the visa? (fecha de entrada)",
				Help:      `The date on the entry stamp in your passport or on your FMM, which should be marked "canje" with 30 days.`,
			},
			{
				Key: "work_permit", Kind: KindYesNo,
				AskIf:     func(a Answers) bool { return a["visa_type"] == "temporary" },
				Condition: "asked for a temporary resident visa",
				Prompt:    "Was the visa issued on a job offer, with permission to work? (oferta de empleo, permiso para trabajar)",
				Help:      "Only a temporary card with a work permit under a job offer can run more than 1 year (R-CANJE-TERM).",
			},
			{
				Key: "job_offer_years", Kind: KindChoice,
				AskIf:     func(a Answers) bool { return a["visa_type"] == "temporary" && a.Yes("work_permit") },
				Condition: "asked for a temporary visa issued on a job offer",
				Prompt:    "How many years does the job offer cover? (1 to 4)",
				Help:      "The duration stated in the employer's job offer; the card runs 2 to 4 years only with such an offer (R-CANJE-TERM).",
				Choices:   []Choice{{"1", "1 year"}, {"2", "2 years"}, {"3", "3 years"}, {"4", "4 years"}},
			},
		},
		AfterCard: canjeAfterCard,
		evaluate:  evaluateCanje,
	})
}

// checkVisaIssue refuses an issue date after the entry or the expiry
// already given (R-CANJE-VISA).
func checkVisaIssue(v string, a Answers) error {
	issue := parsedOrZero(v)
	if e := a.Date("visa_expiry"); !e.IsZero() && e.Before(issue) {
		return problemf("the visa cannot be issued (%s) after its expiry (visa_expiry, %s): type the issue date printed on the visa, or correct visa_expiry", issue, e)
	}
	if a.Yes("entered") {
		if e := a.Date("entry_date"); !e.IsZero() && e.Before(issue) {
			return problemf("the visa cannot be issued (%s) after you entered with it (entry_date, %s): type the issue date printed on the visa, or correct entry_date", issue, e)
		}
	}
	return nil
}

// checkVisaExpiry refuses an expiry before the issue date (R-CANJE-VISA).
func checkVisaExpiry(v string, a Answers) error {
	exp := parsedOrZero(v)
	if i := a.Date("visa_issue_date"); !i.IsZero() && exp.Before(i) {
		return problemf("the expiry %s is before the issue date (visa_issue_date, %s): type the expiry printed on the visa, leave it empty, or correct visa_issue_date", exp, i)
	}
	if a.Yes("entered") {
		if e := a.Date("entry_date"); !e.IsZero() && e.After(exp) {
			return problemf("you entered on %s (entry_date), after this expiry (%s), and a visa cannot be used once expired: type the date printed on the visa, or correct entry_date", e, exp)
		}
	}
	return nil
}

// checkCanjeEntry refuses an entry before the visa was issued, or after the
// expiry printed on it (R-CANJE-VISA).
func checkCanjeEntry(v string, a Answers) error {
	entry := parsedOrZero(v)
	if i := a.Date("visa_issue_date"); !i.IsZero() && entry.Before(i) {
		return problemf("the entry %s is before the visa was issued (visa_issue_date, %s): type the date on your entry stamp or FMM, or correct visa_issue_date", entry, i)
	}
	if e := a.Date("visa_expiry"); !e.IsZero() && entry.After(e) {
		return problemf("the entry %s is after the visa's printed expiry (visa_expiry, %s): type the date on your entry stamp or FMM, or correct visa_expiry", entry, e)
	}
	return nil
}

// canjeVisaExpiry returns the last day the visa can be used to enter and
// whether it was derived rather than printed (R-CANJE-VISA). A printed
// expiry later than issue + 180 days is capped: the conservative date.
func canjeVisaExpiry(a Answers, c Context) (exp Date, derived bool, note string) {
	issue := a.Date("visa_issue_date")
	// R-DAYS-CAL: a visa's validity starts on its issue date (O-SRE), so
	// the issue date is day 1 of the 180.
	limit := lastDay(issue, canjeMaxVisaDays)
	printed := a.Date("visa_expiry")
	switch {
	case printed.IsZero():
		return limit, true, c.T("No expiry printed on the visa: tramite assumes the %d days a resident visa lasts at most, counted from the issue date as day 1: %s; counted from the day after, %s (R-CANJE-VISA, R-DAYS-CAL, secondary). Check the visa.", canjeMaxVisaDays, limit, otherLastDay(issue, canjeMaxVisaDays))
	case printed.After(limit):
		return limit, true, c.T("The printed expiry %s is later than %d days from issue; sources give %d days at most, so tramite uses %s, the earlier date (the issue date as day 1, R-DAYS-CAL). Check with your INM office (R-CANJE-VISA, secondary).", printed, canjeMaxVisaDays, canjeMaxVisaDays, limit)
	}
	return printed, false, "The expiry printed on the visa (R-CANJE-VISA)."
}

// canjeYears is the term of the card the canje produces (R-CANJE-TERM): 1
// year for a temporary card unless a job offer covers 2 to 4; 0 for a
// permanent card.
func canjeYears(a Answers) int {
	if a["visa_type"] != "temporary" {
		return 0
	}
	if a.Yes("work_permit") {
		if n, err := strconv.Atoi(a["job_offer_years"]); err == nil {
			return n
		}
	}
	return 1
}

// canjeConsulate is the route once the visa or the 30 days are lost.
const canjeConsulate = "Start the residency again at a Mexican consulate abroad (secondary: check with your INM office first)."

func evaluateCanje(a Answers, c Context) Outcome {
	visaExp, _, visaNote := canjeVisaExpiry(a, c)
	out := Outcome{
		Documents:   canjeDocuments(a),
		Fee:         canjeFee(a),
		Appointment: true, // R-CANJE-APPT
		Steps:       canjeSteps(),
		Notes:       canjeNotes(a, c),
	}
	if !a.Yes("entered") {
		out.Deadlines = []Deadline{{
			Key: "canje-enter-by", Date: visaExp, Kind: Due, Rule: "R-CANJE-VISA",
			Title: "Enter Mexico with the visa (one entry) by this date",
			Note:  visaNote + c.T(" The 30 days for the canje start on the day you enter (R-CANJE-30)."),
		}}
		if c.Today.After(visaExp) {
			out.Verdict = Verdict{Status: NotEligible, Rules: []string{"R-CANJE-VISA"},
				Reason: c.T("The visa could be used to enter Mexico until %s, and that date has passed.", visaExp),
				Route:  canjeConsulate}
			return out
		}
		out.Verdict = Verdict{Status: NotYet, Rules: []string{"R-CANJE-VISA", "R-CANJE-30"},
			Reason: c.T("Enter Mexico with the visa by %s; you can file the canje from the day you enter, within 30 calendar days.", visaExp)}
		return out
	}
	entry := a.Date("entry_date")
	// An entry on the other reading's last day of an unprinted visa was
	// admitted at the border under that reading (R-DAYS-CAL): not refused.
	otherRead := a.Date("visa_expiry").IsZero() && entry == otherLastDay(a.Date("visa_issue_date"), canjeMaxVisaDays)
	if entry.After(visaExp) && !otherRead {
		out.Verdict = Verdict{Status: NotEligible, Rules: []string{"R-CANJE-VISA"},
			Reason: c.T("You entered on %s, after the visa's last day (%s). %s", entry, visaExp, visaNote),
			Route:  canjeConsulate}
		return out
	}
	fileBy := lastDay(entry, canjeDays) // R-DAYS-CAL: the day of entry is day 1.
	out.Deadlines = []Deadline{closingDeadline("canje-file-by", fileBy, Closes,
		"File the canje at INM (30 calendar days from entry; cannot be extended)", "R-CANJE-30",
		c.T("Weekends and holidays count. ")+countNote(c, canjeDays, "the day of entry", entry), c)}
	// The dates above never depend on today (they are indexed once per
	// change, with no today at all); only the verdict does.
	if entry.After(c.Today) {
		out.Verdict = Verdict{Status: Incomplete, Rules: []string{"R-CANJE-30"},
			Reason: c.T("The entry %s is after today (%s): type the date on your entry stamp, or answer that you have not entered Mexico yet.", entry, c.Today)}
		return out
	}
	if c.Today.After(fileBy) && !c.Today.After(otherLastDay(entry, canjeDays)) {
		out.Verdict = betweenReadings("file the canje", fileBy, "", []string{"R-CANJE-30"}, c)
		return out
	}
	if c.Today.After(fileBy) {
		out.Verdict = Verdict{Status: NotEligible, Rules: []string{"R-CANJE-30", "R-DAYS-CAL"},
			Reason: c.T("The canje had to be filed within 30 calendar days of your entry, by %s; the term cannot be extended and the visa is lost.", fileBy),
			Route:  canjeConsulate}
		return out
	}
	reason := c.T("You entered on %s: file the canje by %s.", entry, byDate(fileBy, c)) +
		closedUntil(fileBy, askAtOnce, c) // R-DAYS-CLOSED
	out.Verdict = Verdict{Status: Eligible, From: entry, Reason: reason, Rules: citeClosed([]string{"R-CANJE-30", "R-CANJE-VISA"}, fileBy, c)}
	return out
}

// canjeDocuments is the canje checklist (D- ids in DOMAIN.md).
func canjeDocuments(a Answers) []Document {
	return []Document{
		docForm(false), docFee(), docBasic(), docPass(),
		{ID: "D-VISA", Name: "Passport with the consular visa", Spanish: "Pasaporte vigente con la visa autorizada por la oficina consular",
			Copies: "original + 1 copy", Rule: "D-VISA", Note: "Secondary (copy of the requirement sheet)."},
		docFMM(true), docLetter("asking for the canje of the visa for a resident card"), docAddress(), docPhotos(3),
	}
}

// canjeFee is the card fee by status and term (Government fees, 2026).
func canjeFee(a Answers) Fee {
	if a["visa_type"] == "permanent" {
		return permanentFee()
	}
	return temporaryFee(canjeYears(a))
}

func canjeSteps() []string {
	return []string{
		"Fill in the application form on INM's site, print it and sign it by hand; note the número de pieza and password.",
		"Pay the fee at a bank and keep the receipt (R-DOC-PAY).",
		"Book the appointment on INM's online system, Trámites Migratorios (R-CANJE-APPT); arrive about 10 minutes early.",
		"File at the office with the originals and copies; keep the file number (NUT) apart from the número de pieza.",
	}
}

func canjeNotes(a Answers, c Context) []string {
	notes := []string{
		"Offices on the digital system issue the card the same day, often in about an hour; elsewhere the wait has run from a week to six months. To leave Mexico while you wait you need an exit and re-entry permit (R-CANJE-SAMEDAY, R-EXIT-WHO).",
		OfficeNote,
	}
	if y := canjeYears(a); y > 0 {
		term := c.T("1 year")
		if y > 1 {
			term = c.T("%d years, with the work permit of the job offer", y)
		}
		if entry := a.Date("entry_date"); a.Yes("entered") && !entry.IsZero() {
			term += c.T(" (expected expiry %s)", entry.AddYears(y))
		}
		notes = append(notes, c.T("The temporary card runs %s counted from your entry; the expiry printed on it sets your first renewal window (R-CANJE-TERM).", term))
	} else {
		notes = append(notes, "An adult's permanent card has no expiry; a minor's expires and is renewed (R-CARD-PERM).")
	}
	return notes
}

// canjeAfterCard schedules the new card's renewal window and, for a
// temporary card, the four-year date counted from the entry, when the
// card's term starts (R-CASE-NEXT, R-CANJE-TERM, R-STATUS-4Y).
func canjeAfterCard(a Answers, newExpiry Date, c Context) []Deadline {
	out := afterCardRenewal(a, newExpiry, c)
	if a["visa_type"] == "temporary" && out != nil {
		if entry := a.Date("entry_date"); !entry.IsZero() {
			d := fourYearDeadline("four-year-date", entry)
			d.Note = c.Lang.Text(d.Note) + c.T(" Counted from your entry with the visa, when the first card's term starts (R-CANJE-TERM); check with your INM office.")
			out = append(out, d)
		}
	}
	return out
}
