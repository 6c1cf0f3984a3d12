package procedures

// Exit and re-entry permit (permiso de salida y regreso): leaving Mexico
// while a procedure is in progress, ordinary or in an emergency
// (R-EXIT-WHO). The dates that matter after the permit is issued (be back,
// hand it back) carry AfterFiling.

const (
	exitAskDays     = 5  // R-EXIT-ASK, conservative reading (ems-ir.com: 5 business days)
	exitAskDaysAlt  = 4  // R-EXIT-ASK, another reading (citylaws.com.mx: 4 days)
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
		// Shared: the family's trip (its dates) and the emergency behind
		// it (its cause, for the force-majeure letter).
		Shared: []string{"emergency", "emergency_cause", "departure_date", "return_date"},
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
				// No first: an emergency is the exception, and a quick enter
				// must not claim one (issue 13).
				Key: "emergency", Kind: KindYesNo, Choices: NoYes,
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
				Key: "departure_date", Kind: KindDate, Bound: NotBeforeToday,
				Prompt: "On what date do you leave Mexico? (fecha de salida)",
				Help:   "The date of your flight (or other travel) out of Mexico, as on the itinerary.",
			},
			{
				// Added in issue 13: the earliest date the permit may bear,
				// from which its stay is estimated (R-EXIT-STAY).
				Key: "ask_date", Kind: KindDate, Optional: true, Check: checkExitAskDate,
				Prompt: "On what date do you plan to ask INM for the permit? (fecha de solicitud)",
				Help:   "The permit's 60 days abroad count from the date printed on it, which can be no earlier than the day you ask (R-EXIT-STAY). Leave it empty if you do not know yet: tramite then counts from the last safe day to ask, 5 business days before you leave (R-EXIT-ASK).",
			},
			{
				Key: "return_date", Kind: KindDate, Check: checkExitReturn, Warn: warnExitReturn,
				Prompt: "On what date do you plan to come back? (fecha de regreso)",
				Help:   "The planned date of re-entry into Mexico, as on the return ticket. The permit allows a limited stay abroad, 60 days from the date on it (R-EXIT-STAY).",
			},
			{
				Key: "permit_date", Kind: KindDate, Optional: true, Check: checkExitPermitDate, Bound: NotAfterToday,
				Prompt: "Date printed on the permit, once issued (fecha del permiso)",
				Help:   "The stay abroad is counted from the date on the permit, not from departure (R-EXIT-STAY). Leave it empty until INM issues the permit.",
			},
			{
				Key: "reentry_date", Kind: KindDate, Optional: true, Check: checkExitReentry, Bound: NotAfterToday,
				Prompt: "Date you came back into Mexico, once back (fecha de reingreso)",
				Help:   "The date of the stamp on the permit on your return. The permit must be handed back within 10 days of it (R-EXIT-RETURN). Leave it empty until you are back.",
			},
		},
		evaluate:         evaluateExitPermit,
		ProgressWarnings: exitPlanWarnings,
	})
}

// exitPlanWarnings: while the permit is not issued, its stay abroad is
// counted from the day the user planned to ask (R-EXIT-STAY). A case asked
// at an appointment, or filed, after that day will bear a later date: the
// date to be back stays on the safe side, but the plan is stale, and the
// user should make it the day they ask.
func exitPlanWarnings(a Answers, pr Progress, c Context) []string {
	plan := a.Date("ask_date")
	if plan.IsZero() || !a.Date("permit_date").IsZero() {
		return nil
	}
	switch {
	case pr.StageAtLeast(StageFiled) && pr.FiledDate.After(plan):
		return []string{c.T("You asked for the permit on %s, after the day you planned (%s), from which tramite counts the 60 days abroad: the permit will bear %s or a later date. Set the planned day to %s (E in the case view, or `tramite case set`) to count from it (R-EXIT-STAY).",
			pr.FiledDate, plan, pr.FiledDate, pr.FiledDate)}
	case !pr.StageAtLeast(StageFiled) && pr.StageAtLeast(StageBooked) && pr.AppointmentDate.After(plan):
		return []string{c.T("Your appointment on %s is after the day you planned to ask for the permit (%s), from which tramite counts the 60 days abroad: a permit asked for then will bear %s or a later date. Set the planned day to %s (E in the case view, or `tramite case set`) to count from it (R-EXIT-STAY).",
			pr.AppointmentDate, plan, pr.AppointmentDate, pr.AppointmentDate)}
	}
	return nil
}

// checkExitReturn refuses a planned return before the departure.
func checkExitReturn(v string, a Answers) error {
	ret, dep := parsedOrZero(v), a.Date("departure_date")
	if !dep.IsZero() && ret.Before(dep) {
		return problemf("the planned return %s is before the departure (departure_date, %s): type a return date on or after the departure, or correct departure_date", ret, dep)
	}
	return nil
}

// checkExitAskDate refuses a plan to ask for the permit after leaving:
// it is asked for before departure (R-EXIT-ASK).
func checkExitAskDate(v string, a Answers) error {
	ask, dep := parsedOrZero(v), a.Date("departure_date")
	if !dep.IsZero() && ask.After(dep) {
		return problemf("ask_date %s is after departure_date %s, and the permit is asked for before leaving: type a date on or before the departure, or correct departure_date", ask, dep)
	}
	return nil
}

// warnExitReturn is the warning shown at the return-date question when the
// planned return falls after the permit's estimated stay (R-EXIT-STAY): a
// warning, not a refusal, since the permit is still needed.
func warnExitReturn(v string, a Answers, c Context) string {
	ret, dep := parsedOrZero(v), a.Date("departure_date")
	if ret.IsZero() || dep.IsZero() {
		return ""
	}
	askBy := exitAskBy(dep, a.Yes("emergency"), c)
	backBy, from, estimated := exitStay(a, askBy)
	if !ret.After(backBy) {
		return ""
	}
	return exitTooLong(ret, backBy, from, estimated, c)
}

// exitTooLong words a planned return after the end of the permit's stay
// (R-EXIT-STAY): come back by then; the permit is still needed.
func exitTooLong(ret, backBy, from Date, estimated bool, c Context) string {
	counted := c.T("the date on the permit, %s", from)
	if estimated {
		counted = c.T("%s, the earliest date the permit may bear", from)
	}
	return c.T("Your planned return on %s is after %s, the end of the safe stay abroad: 60 calendar days counted from %s (R-EXIT-STAY). Come back by %s. One source reads the permit as good for 90 days (until %s); before relying on it, %s.",
		ret, backBy, counted, backBy, lastDay(from, exitStayDaysAlt), VerifyWithOffice)
}

// checkExitPermitDate refuses a permit dated after the departure: the
// permit is issued before leaving (R-EXIT-ASK).
func checkExitPermitDate(v string, a Answers) error {
	p, dep := parsedOrZero(v), a.Date("departure_date")
	if !dep.IsZero() && p.After(dep) {
		return problemf("the permit date %s is after the departure_date %s: the permit is issued before you leave; type the date printed on it, or correct departure_date", p, dep)
	}
	return nil
}

// checkExitReentry refuses a re-entry before the departure.
func checkExitReentry(v string, a Answers) error {
	r, dep := parsedOrZero(v), a.Date("departure_date")
	if !dep.IsZero() && r.Before(dep) {
		return problemf("the re-entry %s is before the departure (departure_date, %s): type the date you came back, on or after the departure, or correct departure_date", r, dep)
	}
	return nil
}

// exitAskBy is the last day to ask for the permit (R-EXIT-ASK). Ordinary:
// 5 business days before departure, the conservative reading, counted
// backward with closures and likely closures (R-DAYS-USER-BIZ). Emergency:
// INM issues it the same or the next day, so asking by the business day
// before departure leaves room for a next-day permit.
func exitAskBy(departure Date, emergency bool, c Context) Date {
	return c.Calendar.UserBusinessDaysBefore(departure, exitAskCount(emergency))
}

// exitAskIfOpen is exitAskBy should the office be open in holy week or
// the year-end vacation after all (R-DAYS-LIKELY).
func exitAskIfOpen(departure Date, emergency bool, c Context) Date {
	return c.Calendar.UserBusinessDaysBeforeIfOpen(departure, exitAskCount(emergency))
}

// exitAskCount is how many business days before departure to ask by
// (R-EXIT-ASK): 5, or 1 in an emergency.
func exitAskCount(emergency bool) int {
	if emergency {
		return 1
	}
	return exitAskDays
}

// exitStay returns the date to be back by (R-EXIT-STAY), counted from the
// permit's date; while the permit is not issued, estimated from the
// earliest date it may bear: the day the user plans to ask, or askBy, the
// last safe day to ask, whichever is earlier (never a later one). from is
// the date counted from.
func exitStay(a Answers, askBy Date) (backBy, from Date, estimated bool) {
	from = a.Date("permit_date")
	if from.IsZero() {
		from, estimated = askBy, true
		if plan := a.Date("ask_date"); !plan.IsZero() && plan.Before(askBy) {
			from = plan
		}
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
		Documents: exitDocuments(a, c),
		Fee: Fee{Text: "About US$25, subject to change (437 MXN in 2020, 522 in 2023); no 2025–2026 amount found: " + VerifyWithOffice,
			Rule: "R-EXIT-FEE"},
		Steps: exitSteps(emergency, askBy, backBy, handBack.Date, c),
		Deadlines: []Deadline{
			exitAskDeadline(askBy, departure, emergency, !permit.IsZero(), c),
			exitStayDeadline(backBy, from, estimated, !reentry.IsZero(), c),
			handBack,
		},
		Notes: exitNotes(a),
	}
	if earliest := exitAskFromOpen(ret, c); estimated && !earliest.After(askBy) {
		out.Deadlines = append(out.Deadlines, exitAskFromDeadline(earliest, ret, c))
	}
	out.Verdict = exitVerdict(a, c, askBy, backBy, from, estimated)
	if ret.After(backBy) && reentry.IsZero() {
		// R-EXIT-STAY: a return past the stay is a warning, shown at once,
		// not a reason the permit does not apply.
		warn := exitTooLong(ret, backBy, from, estimated, c)
		out.Verdict.Reason += " " + warn
		out.Verdict.Rules = appendRule(out.Verdict.Rules, "R-EXIT-STAY")
		out.Notes = append([]string{warn}, out.Notes...)
	}
	return out
}

// appendRule adds id to rules unless it is there already.
func appendRule(rules []string, id string) []string {
	for _, r := range rules {
		if r == id {
			return rules
		}
	}
	return append(rules, id)
}

// exitAskFrom is the earliest date a permit may bear and still cover the
// planned return: its 60 days, the permit's date as day 1, end on
// permit + 59 (R-EXIT-STAY, R-DAYS-CAL).
func exitAskFrom(ret Date) Date { return ret.AddDays(1 - exitStayDays) }

// exitAskFromOpen is exitAskFrom moved to the first day on or after it when
// an office is likely open (R-DAYS-LIKELY): "ask from Saturday" is no day
// to ask, and a permit dated later still covers the return.
func exitAskFromOpen(ret Date, c Context) Date {
	d := exitAskFrom(ret)
	for !c.Calendar.likelyOpen(d) {
		d = d.AddDays(1)
	}
	return d
}

// exitAskFromDeadline: the 60 days run from the permit's date, not from
// departure (R-EXIT-STAY, conservative reading), so a permit asked for too
// early would end before the planned return. Until the permit is issued,
// the day from which asking still covers the return is a date the user
// must see: asking "by" the ask-by date alone could be read as "any time
// before".
func exitAskFromDeadline(earliest, ret Date, c Context) Deadline {
	return Deadline{
		Key: "exit-permit-ask-from", Date: earliest, Kind: Opens, Rule: "R-EXIT-STAY",
		Title: "Ask for the permit from this date, not earlier (its 60 days must cover your return)",
		Note: c.T("The 60 days count from the date on the permit (S4, citylaws.com.mx): a permit dated before %s would end before your planned return on %s. "+
			"Asked long before the trip, INM may also wait to issue it close to the flight (R-EXIT-EARLY).", exitAskFrom(ret), ret),
	}
}

// exitVerdict says whether the permit can be asked for now, and whether the
// planned trip fits the permit's stay (R-EXIT-STAY).
func exitVerdict(a Answers, c Context, askBy, backBy, from Date, estimated bool) Verdict {
	departure, ret := a.Date("departure_date"), a.Date("return_date")
	permit, reentry := a.Date("permit_date"), a.Date("reentry_date")
	counted := "the date on the permit"
	if estimated {
		counted = c.T("%s, the earliest date the permit may bear, since it is not issued yet", from)
	}
	alt := lastDay(from, exitStayDaysAlt)
	switch {
	case !reentry.IsZero() && reentry.After(backBy):
		return Verdict{Status: Unknown, Rules: []string{"R-EXIT-STAY", "R-EXIT-RETURN"},
			Reason: c.T("You came back on %s, after %s, the end of the 60 days counted from %s; under the other reading (90 days) the end was %s. What follows from a late return: %s.", reentry, backBy, counted, alt, VerifyWithOffice)}
	case !reentry.IsZero():
		// R-DAYS-CLOSED: the hand-back is a visit to the office.
		handBack := lastDay(reentry, exitHandBack)
		return Verdict{Status: Eligible, Rules: citeClosed([]string{"R-EXIT-RETURN"}, handBack, c),
			Reason: c.T("You are back since %s: hand the permit back to your local INM office within 10 days, by %s.", reentry, byDate(handBack, c)) +
				closedUntil(handBack, askAtOnce, c)}
	case !permit.IsZero():
		return Verdict{Status: Eligible, Rules: []string{"R-EXIT-STAY", "R-EXIT-AIRPORT"},
			Reason: c.T("You hold the permit dated %s: show it at the INM counter of the departure airport before check-in, and be back by %s.", permit, backBy)}
	case c.Today.After(departure):
		return Verdict{Status: NotEligible, Rules: []string{"R-EXIT-ASK"},
			Reason: c.T("The departure date %s has passed and no permit date was given; the permit is asked for before leaving.", departure),
			Route:  c.T("Change the answers: the new departure date, or the date printed on the permit if it was issued.")}
	case a.Yes("emergency"):
		return Verdict{Status: Eligible, From: c.Today, Rules: []string{"R-EXIT-ASK", "R-EXIT-WHO"},
			Reason: c.T("Emergency: ask today at the office where your procedure was filed, or at the point of departure, with proof (e.g. a doctor's note) and a letter stating the force majeure; INM issues it the same or the next day.")}
	case c.Today.After(askBy):
		return Verdict{Status: Eligible, From: c.Today, Rules: []string{"R-EXIT-ASK", "R-EXIT-EARLY"},
			Reason: c.T("The safe day to ask, %s (5 business days before departure), has passed; other sources say 4 days (%s) or 2 to 3 days (%s) can be enough. Ask today and ask for immediate processing.",
				askBy, exitAskAlt(departure, c), departure.AddDays(-3))}
	}
	reason := c.T("Ask for the permit at the office where your procedure was filed by %s, 5 business days before you leave on %s.", askBy, departure)
	if earliest := exitAskFromOpen(ret, c); estimated && earliest.After(c.Today) && !earliest.After(askBy) {
		reason = c.T("Ask for the permit at the office where your procedure was filed from %s and by %s (5 business days before you leave on %s): its 60 days run from the date on the permit, so one dated before %s would end before your return on %s.", earliest, askBy, departure, exitAskFrom(ret), ret)
	}
	return Verdict{Status: Eligible, Rules: []string{"R-EXIT-ASK", "R-EXIT-WHO", "R-EXIT-STAY"}, Reason: reason}
}

// exitAskAlt is the 4-day reading of R-EXIT-ASK (citylaws.com.mx), counted
// as the conservative one is.
func exitAskAlt(departure Date, c Context) Date {
	return c.Calendar.UserBusinessDaysBefore(departure, exitAskDaysAlt)
}

// exitAskDeadline is the day to ask for the permit (R-EXIT-ASK), done once
// the permit is issued.
func exitAskDeadline(askBy, departure Date, emergency, issued bool, c Context) Deadline {
	title := "Ask for the exit and re-entry permit (5 business days before departure)"
	note := c.T("Sources differ: at least 2 to 3 days before leaving (S4: by %s), 4 days (citylaws.com.mx: by %s), or 5 business days (ems-ir.com). tramite uses the earliest: 5 business days, counted back from departure skipping weekends, rest days, closures and the days INM offices usually close (R-DAYS-USER-BIZ, R-DAYS-LIKELY). Asked long before the trip, INM may wait to issue it close to the flight (R-EXIT-EARLY).",
		departure.AddDays(-3), exitAskAlt(departure, c))
	if emergency {
		title = "Ask for the emergency exit and re-entry permit (by the business day before departure)"
		note = "In an emergency INM issues the permit the same or the next day, with proof and a force-majeure letter (S4, citylaws.com.mx); asking by the business day before departure leaves room for a next-day permit. In an emergency it can also be asked for at the point of departure (R-EXIT-WHO)."
	}
	d := closingDeadline("exit-permit-ask-by", askBy, Due, title, "R-EXIT-ASK", note, c)
	if open := exitAskIfOpen(departure, emergency, c); open.After(askBy) {
		// R-DAYS-LIKELY: the count skipped days offices usually close; the
		// day if they are open is the date, the act-by comes before it.
		d.Date, d.ActBy = open, askBy
		d.Note = joinNotes(d.Note, c.T("INM offices usually close %s, so ask by %s; if yours is open, the last day is %s (R-DAYS-LIKELY).",
			likelyWhen(c, likelyBetween(askBy, departure, c)), askBy, open))
	}
	d.Done = issued
	return d
}

// likelyBetween names the first likely closure after from and before to
// (R-DAYS-LIKELY): one the count back from to skipped.
func likelyBetween(from, to Date, c Context) string {
	for d := from.AddDays(1); d.Before(to); d = d.AddDays(1) {
		if n := c.Calendar.LikelyClosure(d); n != "" {
			return n
		}
	}
	return ""
}

// exitStayDeadline is the day to be back in Mexico (R-EXIT-STAY, contested:
// 60 days from the permit's date, or 90 days); done once back. It is a
// return at the border, not a visit to an office, so it has no act-by.
func exitStayDeadline(backBy, from Date, estimated, back bool, c Context) Deadline {
	note := c.T("Sources differ: up to 60 days counted from the date on the permit, not from departure (S4, citylaws.com.mx), or good for 90 days, one use (S4: until %s). tramite uses 60 calendar days. %s",
		lastDay(from, exitStayDaysAlt), countNote(c, exitStayDays, "the date on the permit", from))
	if estimated {
		note += c.T(" Estimated: the permit is not issued yet, so this counts from the earliest date it may bear (%s: the day you plan to ask, or the last safe day to ask, whichever is earlier); a permit dated earlier ends earlier. Add the date printed on the permit to the answers once you have it.", from)
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
	note := c.T("Sources do not say whether the 10 days are calendar or business days: as calendar days, %s (used here, the earlier date); as business days, %s. %s",
		lastDay(from, exitHandBack), AddUserBusinessDays(from, exitHandBack), countNote(c, exitHandBack, "the day of re-entry", from))
	if reentry.IsZero() {
		note += c.T(" Estimated from your planned return (%s): once you are back, add the date you came back to the answers.", plannedReturn)
	}
	d := closingDeadline("exit-permit-hand-back", lastDay(from, exitHandBack), Due,
		"Hand the permit back to your local INM office (10 days after re-entry)", "R-EXIT-RETURN", note, c)
	d.AfterFiling = true
	return d
}

// exitDocuments is the checklist of R-EXIT-DOCS (D-EXIT), with the lines
// DOMAIN.md lists for every procedure (D-FORM, D-PASS, D-FEE, D-LETTER).
func exitDocuments(a Answers, c Context) []Document {
	form := docForm(false)
	form.Name = "Permit request form, filled in online, printed and signed by hand"
	photo := docPhotos(1)
	photo.Name = "1 colour photo, child size 2.5 x 3.0 cm; white background, forehead and ears uncovered, no earrings, no glasses, not instant"
	status := Document{
		ID: "D-EXIT-STATUS", Name: "Copy of the document showing the status of your application, with its file number (NUT)",
		Copies: "1 copy", Rule: "R-EXIT-DOCS",
	}
	if nut := a["nut"]; nut != "" {
		status.Note = c.T("Your NUT: %s.", nut)
	}
	letter := docLetter("requesting the exit and re-entry permit")
	letter.Note = c.T("Downloaded, completed and signed (R-EXIT-DOCS). ") + c.Lang.Text(letter.Note)
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
	ask := c.T("Ask for the permit at the INM office where your procedure was filed by %s (R-EXIT-WHO, R-EXIT-ASK); if the trip is short, ask for immediate processing (R-EXIT-EARLY).", askBy)
	if emergency {
		ask = c.T("Ask for the permit by %s at the office where your procedure was filed, or at the point of departure, with the proof and the force-majeure letter (R-EXIT-WHO, R-EXIT-ASK).", askBy)
	}
	return []string{
		"Fill in the permit request form online, print it and sign it by hand (R-EXIT-DOCS).",
		"Pay the fee at a bank and keep the receipt (R-EXIT-FEE, R-DOC-PAY).",
		ask,
		"At the departure airport, show the permit at the INM counter before check-in (R-EXIT-AIRPORT).",
		"On the plane back fill in only the customs form, not the FMM; have the permit stamped on arrival and sign it again (R-EXIT-AIRPORT).",
		c.T("Be back in Mexico by %s (R-EXIT-STAY).", backBy),
		c.T("Hand the permit back to your local INM office within 10 days of re-entering, by %s (R-EXIT-RETURN).", byDate(handBack, c)), // R-DAYS-CLOSED
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
