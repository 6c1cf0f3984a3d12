package procedures

import "fmt"

// Exit and re-entry permit (permiso de salida y regreso): leaving Mexico
// while a procedure is in progress, ordinary or in an emergency
// (R-EXIT-WHO). The dates that matter after the permit is issued (be back,
// hand it back) carry AfterFiling.

const (
	exitAskDays     = 4  // R-EXIT-ASK, conservative reading (citylaws.com.mx)
	exitStayDays    = 60 // R-EXIT-STAY, conservative reading (S4, citylaws.com.mx)
	exitStayDaysAlt = 90 // R-EXIT-STAY, the other reading (S4)
	exitHandBack    = 10 // R-EXIT-RETURN, counted as calendar days
)

func init() {
	register(&Procedure{
		ID:      "exit-permit",
		Yields:  YieldsPermit,
		Name:    "Exit and re-entry permit",
		Spanish: "Permiso de salida y regreso",
		Summary: "Leave Mexico and come back while a procedure is still in progress, without losing it.",
		Triage:  "You are waiting for your canje card, or filed an application from within Mexico, and must travel abroad before it is resolved.",
		Sources: []string{"S4", "citylaws.com.mx", "theyucatantimes.com"},
		Shared:  []string{"emergency", "departure_date", "return_date"},
		Questions: []Question{
			{
				Key: "pending_procedure", Kind: KindChoice,
				Prompt: "Which procedure (trámite) is in progress?",
				Help:   "The permit is needed to leave while a procedure is in progress: waiting for the canje card, or an application filed from within Mexico such as family unity (R-EXIT-WHO). Ask at the office where that procedure was filed.",
				Choices: []Choice{
					{"canje", "Canje: waiting for the resident card"},
					{"other", "Another application filed in Mexico (e.g. family unity, change of status)"},
				},
			},
			{
				Key: "nut", Kind: KindText, Optional: true,
				Prompt: "File number of that procedure, if you have it (NUT, Número Único de Trámite)",
				Help:   "Printed on the receipt INM gave when you filed. The request needs a copy of the document showing the status of the application with its NUT (R-EXIT-DOCS). Leave it empty if you do not have it at hand.",
			},
			{
				Key: "emergency", Kind: KindYesNo,
				Prompt: "Is this an emergency trip (caso de fuerza mayor)?",
				Help:   "An emergency (e.g. a relative gravely ill) is handled the same or the next day, with proof such as a doctor's note and a letter stating the force majeure (R-EXIT-ASK).",
			},
			{
				// Added for the force-majeure letter (issue 9, letters.go).
				Key: "emergency_cause", Kind: KindText, Optional: true,
				AskIf:     func(a Answers) bool { return a.Yes("emergency") },
				Condition: "asked in an emergency; the force-majeure letter needs it",
				Prompt:    "What is the emergency? One sentence, in Spanish if you can (causa de fuerza mayor)",
				Help:      `Written as typed in the letter stating the cause of force majeure, e.g. "mi madre está hospitalizada en Toronto". Bring proof such as a doctor's note (R-EXIT-ASK).`,
			},
			{
				Key: "departure_date", Kind: KindDate,
				Prompt: "On what date do you leave Mexico? (fecha de salida)",
				Help:   "The date of your flight (or other travel) out of Mexico, as on the itinerary.",
			},
			{
				Key: "return_date", Kind: KindDate, Check: checkExitReturn,
				Prompt: "On what date do you plan to come back? (fecha de regreso)",
				Help:   "The planned date of re-entry into Mexico, as on the return ticket. The permit allows a limited stay abroad (R-EXIT-STAY).",
			},
			{
				Key: "permit_date", Kind: KindDate, Optional: true, Check: checkExitPermitDate,
				Prompt: "Date printed on the permit, once issued (fecha del permiso)",
				Help:   "The stay abroad is counted from the date on the permit, not from departure (R-EXIT-STAY). Leave it empty until INM issues the permit.",
			},
			{
				Key: "reentry_date", Kind: KindDate, Optional: true, Check: checkExitReentry,
				Prompt: "Date you came back into Mexico, once back (fecha de reingreso)",
				Help:   "The date of the stamp on the permit on your return. The permit must be handed back within 10 days of it (R-EXIT-RETURN). Leave it empty until you are back.",
			},
		},
		evaluate: evaluateExitPermit,
	})
}

// checkExitReturn refuses a planned return before the departure.
func checkExitReturn(v string, a Answers) error {
	ret, dep := parsedOrZero(v), a.Date("departure_date")
	if !dep.IsZero() && ret.Before(dep) {
		return fmt.Errorf("the planned return %s is before the departure_date %s: type a return date on or after the departure", ret, dep)
	}
	return nil
}

// checkExitPermitDate refuses a permit dated after the departure: the
// permit is issued before leaving (R-EXIT-ASK).
func checkExitPermitDate(v string, a Answers) error {
	p, dep := parsedOrZero(v), a.Date("departure_date")
	if !dep.IsZero() && p.After(dep) {
		return fmt.Errorf("the permit date %s is after the departure_date %s: the permit is issued before you leave; type the date printed on it, or correct departure_date", p, dep)
	}
	return nil
}

// checkExitReentry refuses a re-entry before the departure.
func checkExitReentry(v string, a Answers) error {
	r, dep := parsedOrZero(v), a.Date("departure_date")
	if !dep.IsZero() && r.Before(dep) {
		return fmt.Errorf("the re-entry %s is before the departure_date %s: type the date you came back, on or after the departure", r, dep)
	}
	return nil
}

// exitAskBy is the last day to ask for the permit (R-EXIT-ASK). Ordinary:
// 4 business days before departure, the conservative reading, counted as a
// user deadline (R-DAYS-USER-BIZ). Emergency: INM issues it the same or the
// next day, so asking by the business day before departure leaves room for
// a next-day permit.
func exitAskBy(departure Date, emergency bool, c Context) Date {
	if emergency {
		return c.Calendar.UserBusinessDaysBefore(departure, 1)
	}
	return c.Calendar.UserBusinessDaysBefore(departure, exitAskDays)
}

// exitStay returns the date to be back by (R-EXIT-STAY), counted from the
// permit's date, or estimated from askBy while the permit is not issued;
// from is the date counted from.
func exitStay(a Answers, askBy Date) (backBy, from Date, estimated bool) {
	from = a.Date("permit_date")
	if from.IsZero() {
		from, estimated = askBy, true
	}
	return lastDay(from, exitStayDays), from, estimated // R-DAYS-CAL: the permit's date is day 1
}

func evaluateExitPermit(a Answers, c Context) Outcome {
	emergency := a.Yes("emergency")
	departure, ret := a.Date("departure_date"), a.Date("return_date")
	permit, reentry := a.Date("permit_date"), a.Date("reentry_date")
	askBy := exitAskBy(departure, emergency, c)
	backBy, from, estimated := exitStay(a, askBy)
	handBack := exitHandBackDeadline(reentry, ret, c)

	out := Outcome{
		Documents: exitDocuments(a),
		Fee: Fee{Text: "About US$25, subject to change (437 MXN in 2020); no 2025–2026 amount found: " + VerifyWithOffice,
			Rule: "R-EXIT-FEE"},
		Steps: exitSteps(emergency, askBy, backBy, handBack.Date, c),
		Deadlines: []Deadline{
			exitAskDeadline(askBy, emergency, !permit.IsZero(), c),
			exitStayDeadline(backBy, from, estimated, !reentry.IsZero()),
			handBack,
		},
		Notes: exitNotes(a),
	}
	if earliest := exitAskFrom(ret); estimated && !earliest.After(askBy) {
		out.Deadlines = append(out.Deadlines, exitAskFromDeadline(earliest, ret))
	}
	out.Verdict = exitVerdict(a, c, askBy, backBy, from, estimated)
	return out
}

// exitAskFrom is the earliest date a permit may bear and still cover the
// planned return: its 60 days, the permit's date as day 1, end on
// permit + 59 (R-EXIT-STAY, R-DAYS-CAL).
func exitAskFrom(ret Date) Date { return ret.AddDays(1 - exitStayDays) }

// exitAskFromDeadline: the 60 days run from the permit's date, not from
// departure (R-EXIT-STAY, conservative reading), so a permit asked for too
// early would end before the planned return. Until the permit is issued,
// the day from which asking still covers the return is a date the user
// must see: asking "by" the ask-by date alone could be read as "any time
// before".
func exitAskFromDeadline(earliest, ret Date) Deadline {
	return Deadline{
		Key: "exit-permit-ask-from", Date: earliest, Kind: Opens, Rule: "R-EXIT-STAY",
		Title: "Ask for the permit from this date, not earlier (its 60 days must cover your return)",
		Note: fmt.Sprintf("The 60 days count from the date on the permit (S4, citylaws.com.mx): a permit dated before %s would end before your planned return on %s. "+
			"Asked long before the trip, INM may also wait to issue it close to the flight (R-EXIT-EARLY).", earliest, ret),
	}
}

// exitVerdict says whether the permit can be asked for now, and whether the
// planned trip fits the permit's stay (R-EXIT-STAY).
func exitVerdict(a Answers, c Context, askBy, backBy, from Date, estimated bool) Verdict {
	departure, ret := a.Date("departure_date"), a.Date("return_date")
	permit, reentry := a.Date("permit_date"), a.Date("reentry_date")
	counted := "the date on the permit"
	if estimated {
		counted = fmt.Sprintf("the day you should ask for it, %s, since the permit is not issued yet", from)
	}
	alt := lastDay(from, exitStayDaysAlt)
	switch {
	case !reentry.IsZero() && reentry.After(backBy):
		return Verdict{Status: Unknown, Rules: []string{"R-EXIT-STAY", "R-EXIT-RETURN"},
			Reason: fmt.Sprintf("You came back on %s, after %s, the end of the 60 days counted from %s; under the other reading (90 days) the end was %s. What follows from a late return: %s.", reentry, backBy, counted, alt, VerifyWithOffice)}
	case !reentry.IsZero():
		// R-DAYS-CLOSED: the hand-back is a visit to the office.
		handBack := lastDay(reentry, exitHandBack)
		return Verdict{Status: Eligible, Rules: citeClosed([]string{"R-EXIT-RETURN"}, handBack, c),
			Reason: fmt.Sprintf("You are back since %s: hand the permit back to your local INM office within 10 days, by %s.", reentry, byDate(handBack, c)) +
				closedUntil(handBack, askAtOnce, c)}
	case ret.After(backBy):
		return Verdict{Status: NotEligible, Rules: []string{"R-EXIT-STAY"},
			Reason: fmt.Sprintf("The planned return %s is after %s, the end of the safe stay abroad: 60 calendar days counted from %s.", ret, backBy, counted),
			Route:  fmt.Sprintf("Plan to be back by %s. One source reads the permit as good for 90 days (until %s); before relying on it, %s.", backBy, alt, VerifyWithOffice)}
	case !permit.IsZero():
		return Verdict{Status: Eligible, Rules: []string{"R-EXIT-STAY", "R-EXIT-AIRPORT"},
			Reason: fmt.Sprintf("You hold the permit dated %s: show it at the INM counter of the departure airport before check-in, and be back by %s.", permit, backBy)}
	case c.Today.After(departure):
		return Verdict{Status: NotEligible, Rules: []string{"R-EXIT-ASK"},
			Reason: fmt.Sprintf("The departure date %s has passed and no permit date was given; the permit is asked for before leaving.", departure),
			Route:  "Type the new departure_date, or the permit_date if the permit was issued."}
	case a.Yes("emergency"):
		return Verdict{Status: Eligible, From: c.Today, Rules: []string{"R-EXIT-ASK", "R-EXIT-WHO"},
			Reason: "Emergency: ask today at the office where your procedure was filed, or at the point of departure, with proof (e.g. a doctor's note) and a letter stating the force majeure; INM issues it the same or the next day."}
	case c.Today.After(askBy):
		return Verdict{Status: Eligible, From: c.Today, Rules: []string{"R-EXIT-ASK", "R-EXIT-EARLY"},
			Reason: fmt.Sprintf("The safe day to ask, %s (4 business days before departure), has passed; one source says 2 to 3 days can be enough. Ask today and ask for immediate processing.", askBy)}
	}
	reason := fmt.Sprintf("Ask for the permit at the office where your procedure was filed by %s, 4 business days before you leave on %s.", askBy, departure)
	if earliest := exitAskFrom(ret); estimated && earliest.After(c.Today) {
		reason = fmt.Sprintf("Ask for the permit at the office where your procedure was filed from %s and by %s (4 business days before you leave on %s): its 60 days run from the date on the permit, so one dated before %s would end before your return on %s.", earliest, askBy, departure, earliest, ret)
	}
	return Verdict{Status: Eligible, Rules: []string{"R-EXIT-ASK", "R-EXIT-WHO", "R-EXIT-STAY"}, Reason: reason}
}

// exitAskDeadline is the day to ask for the permit (R-EXIT-ASK), done once
// the permit is issued.
func exitAskDeadline(askBy Date, emergency, issued bool, c Context) Deadline {
	title := "Ask for the exit and re-entry permit (4 business days before departure)"
	note := "Sources differ: at least 2 to 3 days before leaving (S4), or 4 days (citylaws.com.mx). tramite uses the earlier: 4 business days, counting weekends and official rest days as non-business (R-DAYS-USER-BIZ). Asked long before the trip, INM may wait to issue it close to the flight (R-EXIT-EARLY)."
	if emergency {
		title = "Ask for the emergency exit and re-entry permit (by the business day before departure)"
		note = "In an emergency INM issues the permit the same or the next day, with proof and a force-majeure letter (S4, citylaws.com.mx); asking by the business day before departure leaves room for a next-day permit. In an emergency it can also be asked for at the point of departure (R-EXIT-WHO)."
	}
	d := closingDeadline("exit-permit-ask-by", askBy, Due, title, "R-EXIT-ASK", note, c)
	d.Done = issued
	return d
}

// exitStayDeadline is the day to be back in Mexico (R-EXIT-STAY, contested:
// 60 days from the permit's date, or 90 days); done once back. It is a
// return at the border, not a visit to an office, so it has no act-by.
func exitStayDeadline(backBy, from Date, estimated, back bool) Deadline {
	note := fmt.Sprintf("Sources differ: up to 60 days counted from the date on the permit, not from departure (S4, citylaws.com.mx), or good for 90 days, one use (S4: until %s). tramite uses 60 calendar days. %s",
		lastDay(from, exitStayDaysAlt), countNote(exitStayDays, "the date on the permit", from))
	if estimated {
		note += fmt.Sprintf(" Estimated: the permit is not issued yet, so this counts from the day to ask for it (%s); the permit's own date may differ. Type permit_date once you have it.", from)
	}
	return Deadline{
		Key: "exit-permit-return-by", Date: backBy, Kind: Due, Rule: "R-EXIT-STAY",
		Title: "Be back in Mexico (60 days from the date on the permit)",
		Note:  note, Done: back, AfterFiling: true,
	}
}

// exitHandBackDeadline is the day to hand the permit back to the local
// office (R-EXIT-RETURN): 10 days after re-entry, or after the planned
// return while the re-entry is not known. The sources do not say calendar
// or business days; calendar days give the earlier date.
func exitHandBackDeadline(reentry, plannedReturn Date, c Context) Deadline {
	from := reentry
	if from.IsZero() {
		from = plannedReturn
	}
	note := fmt.Sprintf("Sources do not say whether the 10 days are calendar or business days: as calendar days, %s (used here, the earlier date); as business days, %s. %s",
		lastDay(from, exitHandBack), AddUserBusinessDays(from, exitHandBack), countNote(exitHandBack, "the day of re-entry", from))
	if reentry.IsZero() {
		note += fmt.Sprintf(" Estimated from your planned return (%s): type reentry_date once you are back.", plannedReturn)
	}
	d := closingDeadline("exit-permit-hand-back", lastDay(from, exitHandBack), Due,
		"Hand the permit back to your local INM office (10 days after re-entry)", "R-EXIT-RETURN", note, c)
	d.AfterFiling = true
	return d
}

// exitDocuments is the checklist of R-EXIT-DOCS (D-EXIT), with the lines
// DOMAIN.md lists for every procedure (D-FORM, D-PASS, D-FEE, D-LETTER).
func exitDocuments(a Answers) []Document {
	form := docForm(false)
	form.Name = "Permit request form, filled in online, printed and signed by hand"
	photo := docPhotos(1)
	photo.Name = "1 colour photo, child size 2.5 x 3.0 cm; white background, forehead and ears uncovered, no earrings, no glasses, not instant"
	status := Document{
		ID: "D-EXIT-STATUS", Name: "Copy of the document showing the status of your application, with its file number (NUT)",
		Copies: "1 copy", Rule: "R-EXIT-DOCS",
	}
	if nut := a["nut"]; nut != "" {
		status.Note = "Your NUT: " + nut + "."
	}
	letter := docLetter("requesting the exit and re-entry permit")
	letter.Note = "Downloaded, completed and signed (R-EXIT-DOCS). " + letter.Note
	docs := []Document{
		form,
		{ID: "D-EXIT-TRAVEL", Name: "Copy of your flight itinerary (or other travel booking)", Copies: "1 copy", Rule: "R-EXIT-DOCS"},
		status, docFee(), photo, letter, docPass(),
	}
	if a.Yes("emergency") {
		docs = append(docs,
			Document{ID: "D-EXIT-PROOF", Name: "Proof of the emergency (e.g. a doctor's note)", Copies: "original", Rule: "R-EXIT-DOCS"},
			Document{ID: "D-EXIT-FORCE", Name: "Letter stating the cause of force majeure",
				Copies: "original, signed", Rule: "R-EXIT-DOCS"},
		)
	}
	return docs
}

// exitSteps are the permit's steps in order, from the request to handing
// it back (R-EXIT-ASK, R-EXIT-AIRPORT, R-EXIT-STAY, R-EXIT-RETURN).
func exitSteps(emergency bool, askBy, backBy, handBack Date, c Context) []string {
	ask := fmt.Sprintf("Ask for the permit at the INM office where your procedure was filed by %s (R-EXIT-WHO, R-EXIT-ASK); if the trip is short, ask for immediate processing (R-EXIT-EARLY).", askBy)
	if emergency {
		ask = fmt.Sprintf("Ask for the permit by %s at the office where your procedure was filed, or at the point of departure, with the proof and the force-majeure letter (R-EXIT-WHO, R-EXIT-ASK).", askBy)
	}
	return []string{
		"Fill in the permit request form online, print it and sign it by hand (R-EXIT-DOCS).",
		"Pay the fee at a bank and keep the receipt (R-EXIT-FEE, R-DOC-PAY).",
		ask,
		"At the departure airport, show the permit at the INM counter before check-in (R-EXIT-AIRPORT).",
		"On the plane back fill in only the customs form, not the FMM; have the permit stamped on arrival and sign it again (R-EXIT-AIRPORT).",
		fmt.Sprintf("Be back in Mexico by %s (R-EXIT-STAY).", backBy),
		fmt.Sprintf("Hand the permit back to your local INM office within 10 days of re-entering, by %s (R-EXIT-RETURN).", byDate(handBack, c)), // R-DAYS-CLOSED
	}
}

// exitNotes are the caveats shown with the outcome.
func exitNotes(a Answers) []string {
	notes := []string{
		"Whether the exit permit is booked on INM's online appointment system is not in tramite's rules (it is not on the R-APPT-LIST list): " + VerifyWithOffice + ".",
		OfficeNote,
	}
	if a["pending_procedure"] == "canje" {
		notes = append(notes, "Waiting for the canje card: offices off the digital system have taken from a week to six months, and leaving in that time needs this permit (R-CANJE-SAMEDAY).")
	}
	return notes
}
