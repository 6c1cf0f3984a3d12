package procedures

import (
	"strconv"
)

// Renewal of a temporary card, or of a minor's permanent card, in the 30
// days before it expires (R-RENEW-WINDOW), and what remains once it has
// expired (R-RENEW-EXPIRED-IN, R-RENEW-EXPIRED-OUT).

const (
	regulariseDays = 60 // R-RENEW-EXPIRED-IN: calendar days after expiry
	reenterDays    = 55 // R-RENEW-EXPIRED-OUT: calendar days after expiry
	reportDays     = 5  // R-RENEW-EXPIRED-OUT: days after re-entry (calendar, conservative)
)

func isTemporaryCard(a Answers) bool { return a["card_type"] == "temporary" }
func isMinorHolder(a Answers) bool {
	return a["card_type"] == "permanent-minor" || (isTemporaryCard(a) && a.Yes("holder_minor"))
}

func init() {
	register(&Procedure{
		ID:      "renewal",
		Name:    "Renewal of a resident card",
		Spanish: "Renovación de documento migratorio",
		Summary: "Renew a temporary resident card, or a minor's permanent card, at an INM office in the 30 days before it expires.",
		Triage:  "Your temporary card (or your child's permanent card) expires within the next weeks, or expired recently.",
		Sources: []string{"S1", "S2", "S3", "L-LM", "L-RLM", "L-LIN", "O-INM820", "O-SRE"},
		// Shared: where the family is and when it comes back (one trip).
		Shared: []string{"in_mexico", "return_date"},
		Questions: []Question{
			{Key: "card_type", Kind: KindChoice,
				Prompt: "Which card is to be renewed? (tarjeta de residente temporal / residente permanente)",
				Help:   "The card says RESIDENTE TEMPORAL or RESIDENTE PERMANENTE on its front. Adults' permanent cards never expire (R-RENEW-WHO).",
				Choices: []Choice{{"temporary", "Temporary resident card"},
					{"permanent-minor", "Permanent resident card of a minor (under 18)"}}},
			{Key: "card_expiry", Kind: KindDate, Check: checkRenewalExpiry,
				Prompt: "What expiry date is printed on the card? (vigencia / fecha de vencimiento)",
				Help:   "On the front of the card, next to VIGENCIA or VENCE."},
			{Key: "in_mexico", Kind: KindYesNo,
				Condition: "always: renewal is filed in person in Mexico, and an expired card's route depends on where you are",
				Prompt:    "Is the card holder in Mexico now?",
				Help:      "Renewal is filed in person at an INM office in Mexico, not at a consulate (R-RENEW-INPERSON)."},
			{Key: "return_date", Kind: KindDate, Optional: true, Bound: NotBeforeToday,
				AskIf:     func(a Answers) bool { return a["in_mexico"] == "no" },
				Condition: "asked if the holder is abroad; may be left empty",
				Prompt:    "On what date will the holder re-enter Mexico?",
				Help:      "Your planned arrival date. If the card has expired, it decides your date to go to INM (R-RENEW-EXPIRED-OUT)."},
			{Key: "holder_minor", Kind: KindYesNo, Choices: NoYes,
				AskIf: isTemporaryCard, Condition: "asked for a temporary card",
				Prompt: "Is the card holder a child under 18?",
				Help:   "A parent or guardian signs a minor's form (R-RENEW-INPERSON); children under 3 renew 1 year at a time (R-RENEW-TERMS)."},
			{Key: "child_birth_date", Kind: KindDate, Check: checkChildBirth, Bound: NotAfterToday,
				AskIf: isMinorHolder, Condition: "asked for a minor's card",
				Prompt: "What is the child's date of birth? (fecha de nacimiento)",
				Help:   "As on the child's passport or card."},
			{Key: "status_since", Kind: KindDate, Optional: true, Check: checkStatusSince, Bound: NotAfterToday,
				AskIf: isTemporaryCard, Condition: "asked for a temporary card; may be left empty",
				Prompt: "On what date was the holder first granted temporary residence? (fecha en que obtuvo la condición de residente temporal)",
				Help:   statusSinceHelp},
			{Key: "years_requested", Kind: KindChoice, Check: checkYearsRequested,
				AskIf: isTemporaryCard, Condition: "asked for a temporary card",
				Prompt:  "For how many years do you ask to renew? (1, 2 or 3)",
				Help:    "Renewals are for 1, 2 or 3 years, never past 4 years from the day temporary residence was granted; children under 3: 1 year (R-RENEW-TERMS). The fee grows with the years.",
				Choices: []Choice{{"1", "1 year"}, {"2", "2 years"}, {"3", "3 years"}}},
			{Key: "grounds", Kind: KindChoice,
				AskIf: isTemporaryCard, Condition: "asked for a temporary card",
				Prompt:  "On what grounds was the residence granted? (supuesto)",
				Help:    "Job: an employer's job offer. Family: you depend on a relative (the sponsor) who is a resident or a Mexican. Other: anything else.",
				Choices: []Choice{{"job", "A job"}, {"family", "A family link (dependant of a sponsor)"}, {"other", "Other grounds"}}},
			{Key: "grounds_hold", Kind: KindYesNo,
				AskIf: isTemporaryCard, Condition: "asked for a temporary card",
				Prompt: "Do those grounds still hold (same job, same family link, the sponsor agrees)?",
				Help:   "The grounds on which the residence was granted must still exist to renew (R-RENEW-GROUNDS)."},
		},
		Aliases: []Alias{statusSinceAlias},
		// R-RENEW-EXPIRED-IN, R-RENEW-EXPIRED-OUT: filed after the card
		// expired, the renewal is a regularisation (R-CASE-DECIDE note).
		Regularising: func(a Answers, filed Date) bool { return filed.After(a.Date("card_expiry")) },
		AfterCard:    renewalAfterCard,
		evaluate:     evaluateRenewal,
	})
}

func checkRenewalExpiry(v string, a Answers) error {
	exp := parsedOrZero(v)
	if f := a.Date("status_since"); isTemporaryCard(a) && !f.IsZero() && !exp.After(f) {
		return problemf("the card's expiry (%s) is on or before the day temporary residence was granted (status_since, %s): type the expiry printed on the current card, or correct status_since", exp, f)
	}
	if b := a.Date("child_birth_date"); isMinorHolder(a) && !b.IsZero() && !exp.After(b) {
		return problemf("the card expires (%s) on or before the child's birth (child_birth_date, %s): type the expiry printed on the card, or correct child_birth_date", exp, b)
	}
	return nil
}

func checkChildBirth(v string, a Answers) error {
	b := parsedOrZero(v)
	if e := a.Date("card_expiry"); !e.IsZero() && !b.Before(e) {
		return problemf("the birth date %s is not before the card's expiry (card_expiry, %s): type the child's date of birth, or correct card_expiry", b, e)
	}
	if f := a.Date("status_since"); isTemporaryCard(a) && !f.IsZero() && f.Before(b) {
		return problemf("the birth date %s is after the day temporary residence was granted (status_since, %s): type the child's date of birth, or correct status_since", b, f)
	}
	return nil
}

func checkStatusSince(v string, a Answers) error {
	f := parsedOrZero(v)
	if e := a.Date("card_expiry"); !e.IsZero() && !f.Before(e) {
		return problemf("%s is on or after the current card's expiry (card_expiry, %s): type the day temporary residence was granted, or correct card_expiry", f, e)
	}
	if b := a.Date("child_birth_date"); isMinorHolder(a) && !b.IsZero() && f.Before(b) {
		return problemf("%s is before the child's birth (child_birth_date, %s): type the day temporary residence was granted, or correct child_birth_date", f, b)
	}
	return nil
}

// renewalMaxYears is the longest renewal the rules allow (R-RENEW-TERMS):
// 3, fewer when the card's expiry plus the years would pass the 4-year
// ceiling from the day the status was granted, 1 for a child under 3 when the window
// opens. The new term is counted from the current expiry: the later start,
// so the ceiling check is the conservative one.
func renewalMaxYears(a Answers) int {
	exp := a.Date("card_expiry")
	max := 3
	if b := a.Date("child_birth_date"); isMinorHolder(a) && !b.IsZero() && b.AddYears(3).After(renewalOpens(exp)) {
		max = 1
	}
	if f := a.Date("status_since"); !f.IsZero() {
		for max > 0 && exp.AddYears(max).After(fourYearDate(f)) {
			max--
		}
	}
	return max
}

func checkYearsRequested(v string, a Answers) error {
	n, _ := strconv.Atoi(v)
	max := renewalMaxYears(a)
	if a.Date("card_expiry").IsZero() || max == 0 || n <= max {
		return nil // max 0: the verdict sends the holder to R-STATUS-4Y
	}
	why := problemf("it would pass the 4-year limit on temporary residence (%s, R-RENEW-TERMS)", fourYearDate(a.Date("status_since")))
	if b := a.Date("child_birth_date"); isMinorHolder(a) && !b.IsZero() && b.AddYears(3).After(renewalOpens(a.Date("card_expiry"))) {
		why = problemf("children under 3 renew 1 year at a time (R-RENEW-TERMS)")
	}
	// Worded for both a list to choose from and a typed answer.
	return problemf("%d years is too long: %s; choose %d %s or fewer", n, why, max, yearWord(max))
}

// yearWord is "year" or "years" as n asks.
func yearWord(n int) string {
	if n == 1 {
		return "year"
	}
	return "years"
}

func evaluateRenewal(a Answers, c Context) Outcome {
	exp := a.Date("card_expiry")
	out := Outcome{Documents: renewalDocuments(a), Fee: renewalFee(a), Appointment: true, Steps: renewalSteps(a),
		Notes: append([]string{"The new card may be issued the same day; otherwise you get a file number and pick the card up another day. Photos and fingerprints are taken digitally on approval (R-RENEW-RESULT)."}, append(renewalTermNotes(a), OfficeNote)...)}
	late := exp.DaysUntil(c.Today) // days since expiry; negative before it
	// The dates do not depend on today: what applies once the card has
	// expired is listed as contingent on the window's close (IfMissed).
	out.Deadlines = append(renewalWindow("renewal", exp, c), expiredDeadlines(a, exp, c)...)
	if atCeiling(a) {
		retitleAtCeiling(&out, a, c)
	}
	switch {
	case late <= 0:
		out.Verdict = renewalInWindow(a, exp, c)
		if w := abroadReturnWarning(exp, a.Date("return_date"), c); w != "" && !a.Yes("in_mexico") {
			out.Verdict.Reason += " " + w
			out.Verdict.Rules = appendRule(out.Verdict.Rules, "R-DATES-KNOWN")
			out.Notes = append([]string{w}, out.Notes...)
		}
	case a.Yes("in_mexico"):
		expiredInMexico(&out, a, exp, late, c)
	default:
		expiredAbroad(&out, a, exp, late, c)
	}
	if out.Verdict.Status == NotEligible {
		return out
	}
	if isTemporaryCard(a) && !a.Yes("grounds_hold") {
		out.Verdict = Verdict{Status: NotEligible, Rules: []string{"R-RENEW-GROUNDS"},
			Reason: "A temporary card is renewed only while the grounds on which it was granted still exist.",
			Route:  "Notify INM of the change within 90 days (R-NOTIFY-90) and ask which route applies now: " + VerifyWithOffice + "."}
	} else if f := a.Date("status_since"); atCeiling(a) {
		four := fourYearDate(f)
		route := c.T("Change to permanent residence after four years (status-change, R-STATUS-4Y), filed in the 30 days before this card expires (from %s to %s). Or start again at a consulate.", renewalOpens(exp), exp)
		if four.After(exp) {
			// The card that completes the four years expires on their
			// anniversary (R-STATUS-4Y); this one expires before it, so
			// neither route fits the answers as they are.
			route = c.T("Your four years complete on %s, after this card expires on %s: before it expires, ask which route applies (the change to permanent residence, R-STATUS-4Y, or starting again at a consulate): %s.", four, exp, VerifyWithOffice)
		}
		out.Verdict = Verdict{Status: NotEligible, Rules: []string{"R-RENEW-TERMS", "R-STATUS-4Y"},
			Reason: c.T("Even a 1-year renewal would pass the 4-year limit on temporary residence (%s).", four),
			Route:  route}
	} else if b := a.Date("child_birth_date"); a["card_type"] == "permanent-minor" && !b.AddYears(18).After(c.Today) {
		out.Verdict = Verdict{Status: Unknown, Rules: []string{"R-CARD-PERM"},
			Reason: "The holder is 18 or over: from 18 a permanent card has no expiry. How the minor's card is replaced: " + VerifyWithOffice + "."}
	}
	return out
}

// renewalInWindow is the verdict while the card is still valid.
func renewalInWindow(a Answers, exp Date, c Context) Verdict {
	opens := renewalOpens(exp)
	rules := []string{"R-RENEW-WINDOW", "R-RENEW-INPERSON"}
	if c.Today.Before(opens) {
		return Verdict{Status: NotYet, From: opens, Rules: citeClosed(rules, exp, c),
			Reason: c.T("Renewal is filed within the 30 days before the card expires, not sooner: from %s to %s.", opens, byDate(exp, c))} // R-DAYS-CLOSED
	}
	act := c.Calendar.ActBy(exp)
	reason := c.T("The renewal window is open until %s, when the card expires.", exp)
	if act != exp {
		reason = c.T("The renewal window is open until %s.", byDate(exp, c)) // R-DAYS-CLOSED, R-DAYS-LIKELY
		if c.Today.After(act) {
			reason += c.T(" Offices are closed until the card expires: from the day after, the route is regularisation (R-RENEW-EXPIRED-IN).")
		}
	}
	if !a.Yes("in_mexico") {
		reason += c.T(" The holder must be back in Mexico to file in person, not at a consulate.")
	}
	return Verdict{Status: Eligible, From: opens, Reason: reason, Rules: citeClosed(rules, exp, c)}
}

// expiredInMexico: regularisation within 60 calendar days of expiry, no
// appointment, a fine (R-RENEW-EXPIRED-IN, R-APPT-NONE).
func expiredInMexico(out *Outcome, a Answers, exp Date, late int, c Context) {
	last := lastDay(exp, regulariseDays) // R-DAYS-CAL: the expiry is day 1
	out.Appointment = false
	regulariseLetter(out)
	rules := []string{"R-RENEW-EXPIRED-IN", "R-APPT-NONE"}
	if late == regulariseDays {
		out.Verdict = betweenReadings("regularise the card", last, "", rules, c)
		return
	}
	if late > regulariseDays {
		out.Verdict = Verdict{Status: NotEligible, Rules: rules,
			Reason: c.T("The card expired %d days ago, on %s; regularisation is possible only up to 60 calendar days after expiry (%s; counted from the day after the expiry, %s).", late, exp, last, otherLastDay(exp, regulariseDays)),
			Route:  "Start again, in practice at a Mexican consulate abroad (check with your INM office)."}
		return
	}
	out.Notes = append(out.Notes, "INM notifies a fine of 20 to 100 UMA days (2026: about 2,346 to 11,731 MXN), paid at a bank (R-RENEW-EXPIRED-IN).")
	// R-DAYS-CLOSED: after last only starting again remains, so once the
	// act-by day has passed the office's answer is the safe one.
	out.Verdict = Verdict{Status: Eligible, From: exp.AddDays(1), Rules: citeClosed(rules, last, c),
		Reason: c.T("The card expired %d days ago, on %s: go to your INM office, without appointment, to regularise and renew it by %s.", late, exp, byDate(last, c)) +
			closedUntil(last, askAtOnce, c)}
}

// expiredAbroad: re-enter within 55 calendar days of expiry, then go to INM
// within 5 days (R-RENEW-EXPIRED-OUT, contested: calendar days used).
func expiredAbroad(out *Outcome, a Answers, exp Date, late int, c Context) {
	reenter := lastDay(exp, reenterDays) // R-DAYS-CAL: the expiry is day 1
	out.Appointment = false
	regulariseLetter(out)
	rules := []string{"R-RENEW-EXPIRED-OUT", "R-APPT-NONE"}
	ret := a.Date("return_date")
	if late == reenterDays {
		out.Verdict = betweenReadings("re-enter Mexico on the card", reenter,
			"Re-enter today if you can, and go to INM within 5 days", rules, c)
		return
	}
	if late > reenterDays {
		out.Verdict = Verdict{Status: NotEligible, Rules: rules,
			Reason: c.T("A card that expired abroad (on %s) can be used to re-enter only until %s.", exp, reenter),
			Route:  "Start again at a Mexican consulate (check with your INM office)."}
		return
	}
	reason := c.T("The card expired on %s while you are abroad: re-enter Mexico by %s, then go to INM within 5 days to regularise (a fine of 20 to 100 UMA days).", exp, reenter)
	if !ret.IsZero() {
		report := lastDay(ret, reportDays) // R-DAYS-CAL: the day of return is day 1
		// R-DAYS-CLOSED on the visit to INM; re-entering is at the border.
		reason = c.T("The card expired on %s: re-enter by %s and go to INM within 5 days of your return on %s, by %s.", exp, reenter, ret, byDate(report, c)) +
			closedUntil(report, askAtOnce, c)
		if ret.After(reenter) {
			// Beyond 55 days the card no longer lets the holder back in
			// (R-RENEW-EXPIRED-OUT): the plan as given does not work.
			out.Verdict = Verdict{Status: NotEligible, Rules: rules,
				Reason: c.T("The card expired on %s while you are abroad: your planned return (%s) is after %s, the last day it can be used to re-enter Mexico.", exp, ret, reenter),
				Route:  c.T("Come back by %s and go to INM within 5 days; later than that, start again at a Mexican consulate (check with your INM office).", reenter)}
			return
		}
		rules = citeClosed(rules, report, c)
	}
	out.Verdict = Verdict{Status: Eligible, From: ret, Reason: reason, Rules: rules}
}

// renewalTermNotes: how long a minor's permanent card runs (R-CARD-PERM),
// and the reduced fee that family unity or a national job offer may pay
// (fee table, secondary).
func renewalTermNotes(a Answers) []string {
	var notes []string
	if a["card_type"] == "permanent-minor" {
		notes = append(notes, "A minor's permanent card runs 1 year while the child is under 3, then 4 years at a time until 18; from 18 it has no expiry (R-CARD-PERM).")
	}
	if g := a["grounds"]; isTemporaryCard(a) && (g == "job" || g == "family") {
		notes = append(notes, "Family unity, a national job offer or an unpaid invitation may pay 50% of the card fee (secondary: check with your INM office).")
	}
	return notes
}

// atCeiling reports whether even a 1-year renewal of a temporary card would
// pass the 4-year limit counted from the day the status was granted
// (R-RENEW-TERMS, R-STATUS-4Y).
func atCeiling(a Answers) bool {
	f := a.Date("status_since")
	return isTemporaryCard(a) && !f.IsZero() && a.Date("card_expiry").AddYears(1).After(fourYearDate(f))
}

// retitleAtCeiling: when no renewal fits under the 4-year ceiling, the
// card's last 30 days are not a renewal window; they are when the change
// to permanent residence is filed, before the card expires (R-STATUS-WHEN).
// The keys stay, so the contingent dates still follow the expiry. The fee
// of a renewal no longer applies either.
func retitleAtCeiling(out *Outcome, a Answers, c Context) {
	for i := range out.Deadlines {
		d := &out.Deadlines[i]
		switch d.Key {
		case "renewal-window-opens":
			d.Title, d.Rule = "Last 30 days of the card: file the change to permanent residence (a renewal would pass the 4-year limit)", "R-STATUS-WHEN"
			d.Note = joinNotes(c.T("The 4-year limit on temporary residence ends on %s (R-RENEW-TERMS). Whether the change may be filed earlier, or what applies if your four years are not complete by the expiry: %s.", fourYearDate(a.Date("status_since")), VerifyWithOffice), d.Note)
		case "renewal-window-closes":
			d.Title, d.Rule = "The card expires: the last day to file the change of status on it", "R-STATUS-WHEN"
		}
	}
	out.Fee = Fee{Text: "No renewal fee: a renewal would pass the 4-year limit. The change of status: see `tramite procedures show status-change` (" + VerifyWithOffice + ")", Rule: "R-RENEW-TERMS"}
}

// expiredDeadlines are the dates that apply if the card expires before it
// is renewed, each contingent on the window's close (IfMissed): in Mexico,
// regularise within 60 calendar days (R-RENEW-EXPIRED-IN); abroad, re-enter
// within 55 days and go to INM within 5 days (R-RENEW-EXPIRED-OUT,
// contested: calendar days used, the conservative reading).
func expiredDeadlines(a Answers, exp Date, c Context) []Deadline {
	return expiryRoutes("renewal", "renewal-window-closes", a.Yes("in_mexico"), exp, a.Date("return_date"), c)
}

// expiryRoutes are the dates of an expired card under keys prefixed
// prefix ("renewal-regularise-by", ...), contingent on missed (IfMissed):
// regularisation in Mexico (R-RENEW-EXPIRED-IN), or re-entry and the INM
// visit abroad (R-RENEW-EXPIRED-OUT). Abroad with a planned return after
// the expiry, the answers already make them certain, so they are not
// contingent but shown at once (R-DATES-KNOWN).
func expiryRoutes(prefix, missed string, inMexico bool, exp, ret Date, c Context) []Deadline {
	if inMexico {
		what := "Card expired"
		if prefix == "renewal" {
			what = "Card expired unrenewed"
		}
		d := closingDeadline(prefix+"-regularise-by", lastDay(exp, regulariseDays), Closes,
			what+": last day to regularise it at INM (60 calendar days after expiry; a fine applies)", "R-RENEW-EXPIRED-IN",
			c.T("No appointment needed (R-APPT-NONE). INM notifies a fine of 20 to 100 UMA days. After this date, start again, in practice at a consulate. ")+
				countNote(c, regulariseDays, "the expiry", exp), c)
		d.IfMissed = missed
		return []Deadline{d}
	}
	contested := "Contested: only a paraphrase of L-RLM art. 160 and secondary sites give these terms (check with your INM office)."
	certain := !ret.IsZero() && ret.After(exp)
	known := ""
	if certain {
		missed = "" // R-DATES-KNOWN: the planned return is after the expiry
		known = c.T(" Your planned return (%s) is after the card expires, so this date applies from the start (R-DATES-KNOWN).", ret)
	}
	out := []Deadline{{Key: prefix + "-reenter-by", Date: lastDay(exp, reenterDays), Kind: Due, Rule: "R-RENEW-EXPIRED-OUT",
		Title:    "Card expired abroad: re-enter Mexico on it by this date (55 calendar days after expiry)",
		Note:     c.Lang.Text(contested) + c.T(" Then go to INM within 5 days of re-entering. ") + countNote(c, reenterDays, "the expiry", exp) + known,
		IfMissed: missed}}
	if certain {
		report := lastDay(ret, reportDays)
		biz := AddUserBusinessDays(ret, reportDays)
		d := closingDeadline(prefix+"-report-by", report, Closes,
			"Card expired abroad: go to INM to regularise it (5 days after re-entry)", "R-RENEW-EXPIRED-OUT",
			c.T("%s The kind of days is not stated: read as calendar days, %s (used here); as business days, %s. %s%s", c.Lang.Text(contested), report, biz,
				countNote(c, reportDays, "the day of re-entry", ret), known), c)
		out = append(out, d)
	}
	return out
}

// abroadReturnWarning is the warning, at once, for a holder abroad whose
// planned return falls after the card's expiry (R-DATES-KNOWN): the
// re-entry limit and the INM visit apply, and past the 55 days the card no
// longer lets the holder back in (R-RENEW-EXPIRED-OUT). "" when the return
// is not after the expiry.
func abroadReturnWarning(exp, ret Date, c Context) string {
	if ret.IsZero() || !ret.After(exp) {
		return ""
	}
	reenter := lastDay(exp, reenterDays)
	if ret.After(reenter) {
		return c.T("Your planned return on %s is after %s, the last day the card, expired on %s, lets you back into Mexico (55 days, R-RENEW-EXPIRED-OUT, R-DATES-KNOWN): come back by %s, or start again at a Mexican consulate (check with your INM office).",
			ret, reenter, exp, reenter)
	}
	return c.T("Your planned return on %s is after the card expires on %s (R-DATES-KNOWN): come back before it expires to renew it in person, or re-enter by %s and go to INM by %s to regularise it, with a fine (R-RENEW-EXPIRED-OUT).",
		ret, exp, reenter, byDate(lastDay(ret, reportDays), c))
}

// regulariseLetter words the covering letter for an expired card.
func regulariseLetter(out *Outcome) {
	for i := range out.Documents {
		if out.Documents[i].ID == "D-LETTER" {
			out.Documents[i] = docLetter("asking to regularise and renew the expired card")
		}
	}
}

func renewalDocuments(a Answers) []Document {
	docs := []Document{docForm(isMinorHolder(a)), docFee(), docBasic(), docPass(), docCard(), docLetter("asking to renew the card")}
	if isTemporaryCard(a) {
		g := Document{ID: "D-GROUNDS", Spanish: "Documentos que acrediten el supuesto", Copies: "original + 1 copy", Rule: "D-GROUNDS"}
		switch a["grounds"] {
		case "job":
			g.Name = "Letter from your employer confirming the job"
		case "family":
			g.Name = "The sponsor's written consent and the sponsor's card (or ID)"
		default:
			g.Name = "Documents proving the grounds of your residence still hold"
			g.Note = "Which documents: " + VerifyWithOffice + "."
		}
		docs = append(docs, g)
	}
	return append(docs, docPhotos(3))
}

func renewalFee(a Answers) Fee {
	if !isTemporaryCard(a) {
		return permanentFee()
	}
	n, _ := strconv.Atoi(a["years_requested"])
	return temporaryFee(n)
}

func renewalSteps(a Answers) []string {
	who := "The holder files in person at an INM office in Mexico, not at a consulate, not by proxy (R-RENEW-INPERSON)."
	if isMinorHolder(a) {
		who = "The child goes in person with a parent or guardian, who signs the form (R-RENEW-INPERSON)."
	}
	return []string{
		"Fill in the application form on INM's site, print it and sign it by hand; note the número de pieza and password.",
		"Pay the fee at a bank and keep the receipt (R-DOC-PAY).",
		"Book the appointment on INM's online system, Trámites Migratorios (R-RENEW-APPT); a regularisation of an expired card needs none (R-APPT-NONE).",
		who,
	}
}

// renewalAfterCard: the next renewal window and, for a temporary card whose
// status date is known, the four-year date (R-CASE-NEXT, R-STATUS-4Y).
// When even a 1-year renewal of the new card would pass the 4-year ceiling
// (R-RENEW-TERMS), its last 30 days are the window for the change to
// permanent residence instead (R-STATUS-WHEN), and are titled so.
func renewalAfterCard(a Answers, newExpiry Date, c Context) []Deadline {
	out := afterCardRenewal(a, newExpiry, c)
	f := a.Date("status_since")
	if !isTemporaryCard(a) || f.IsZero() || out == nil {
		return out
	}
	if newExpiry.AddYears(1).After(fourYearDate(f)) {
		out = []Deadline{
			{Key: "next-status-window-opens", Date: renewalOpens(newExpiry), Kind: Opens, Rule: "R-STATUS-WHEN",
				Title: "Window to file the change to permanent residence opens (30 days before the card expires)",
				Note:  c.T("A renewal of this card would pass the 4-year limit on temporary residence (%s, R-RENEW-TERMS): the route is the change to permanent residence (R-STATUS-4Y). Whether it may be filed earlier: %s.", fourYearDate(f), VerifyWithOffice)},
			closingDeadline("next-status-window-closes", newExpiry, Closes,
				"Window to file the change to permanent residence closes: the card expires", "R-STATUS-WHEN",
				"The change needs a valid, current card (R-STATUS-WHEN).", c),
		}
	}
	return append(out, fourYearDeadline("four-year-date", f))
}
