package procedures

import "fmt"

// Change of status (cambio de condición de estancia): temporary to
// permanent after four years (R-STATUS-4Y), after two through marriage or
// concubinage (R-STATUS-2Y), as a pensioner (R-STATUS-PENSION), and
// visitor or temporary resident to temporary or permanent by family unity
// (R-STATUS-FAMILY).

func statusRoute(a Answers) string { return a["route"] }
func isVisitor(a Answers) bool {
	return statusRoute(a) == "family-unity" && a["current_status"] == "visitor"
}
func isTimedRoute(a Answers) bool {
	return statusRoute(a) == "four-years" || statusRoute(a) == "marriage"
}
func isFamilyRoute(a Answers) bool {
	return statusRoute(a) == "marriage" || statusRoute(a) == "family-unity"
}

func init() {
	register(&Procedure{
		ID:      "status-change",
		Name:    "Change of immigration status",
		Spanish: "Cambio de condición de estancia",
		Summary: "Change from temporary to permanent resident (four years, marriage, pension), or from visitor or temporary resident by family unity.",
		Triage:  "You have been a temporary resident for four years (two if married to a Mexican or a permanent resident), are a pensioner, or have a Mexican or permanent-resident relative.",
		Sources: []string{"S1", "S3", "L-LM", "L-RLM", "L-LIN", "O-INM823"},
		// Shared: the relative the family's applications rest on (the
		// sponsor: their status and name), and what a family entering and
		// applying together has in common (the status and stay they
		// entered with, where the civil certificates were issued).
		Shared: []string{"relative_status", "relative_name", "current_status", "stay_expiry", "certificate_abroad"},
		// R-PAY-TWO: "recepción y estudio" to file, the card fee once approved.
		SecondPayment: true,
		Questions: []Question{
			{Key: "route", Kind: KindChoice,
				Prompt: "On what grounds do you ask to change status? (supuesto)",
				Help:   "Four years: temporary resident for four consecutive years. Marriage: spouse or concubine of a Mexican or of a permanent resident, two years. Family unity: visitor or temporary resident with a Mexican or permanent-resident spouse, concubine, child or parent. Pension: a pensioner with the income INM asks for.",
				Choices: []Choice{{"four-years", "Four years as a temporary resident"}, {"marriage", "Two years through marriage or concubinage"},
					{"family-unity", "Family unity (unidad familiar)"}, {"pension", "Pensioner (pensionado)"}}},
			{Key: "current_status", Kind: KindChoice,
				AskIf: func(a Answers) bool { return statusRoute(a) == "family-unity" }, Condition: "asked for family unity",
				Prompt:  "What is your status now? (condición de estancia)",
				Help:    "Visitor: you entered with a tourist FMM or visitor visa. Temporary: you hold a temporary resident card.",
				Choices: []Choice{{"visitor", "Visitor (visitante)"}, {"temporary", "Temporary resident (residente temporal)"}}},
			{Key: "target", Kind: KindChoice,
				AskIf: func(a Answers) bool { return statusRoute(a) == "family-unity" }, Condition: "asked for family unity",
				Prompt:  "Which status do you ask for?",
				Help:    "Family unity leads to temporary or permanent residence (R-STATUS-FAMILY); which one your link gives: " + VerifyWithOffice + ".",
				Choices: []Choice{{"temporary", "Temporary resident"}, {"permanent", "Permanent resident"}}},
			{Key: "stay_expiry", Kind: KindDate,
				AskIf: isVisitor, Condition: "asked for a visitor",
				Prompt: "What is the last day of your authorised stay? (FMM)",
				Help:   "Your entry date plus the days written on the FMM or next to the entry stamp. A visitor must file within the authorised stay (R-STATUS-FAMILY)."},
			{Key: "status_since", Kind: KindDate, Check: checkStatusSinceChange, Bound: NotAfterToday,
				AskIf: isTimedRoute, Condition: "asked for the four-year and marriage routes",
				Prompt: "On what date were you first granted temporary residence? (fecha en que obtuvo la condición de residente temporal)",
				Help:   statusSinceHelp + " Marriage route: the day you obtained temporary residence through that marriage or concubinage, not the wedding date (R-STATUS-2Y)."},
			{Key: "card_expiry", Kind: KindDate, Check: checkStatusExpiry,
				AskIf: func(a Answers) bool { return statusRoute(a) != "" && !isVisitor(a) }, Condition: "asked unless you are a visitor",
				Prompt: "What expiry date is printed on your current temporary card? (vigencia)",
				Help:   "On the front of the card, next to VIGENCIA or VENCE. The change needs a valid, current card (R-STATUS-WHEN)."},
			{Key: "link", Kind: KindChoice, Check: checkStatusLink,
				AskIf: isFamilyRoute, Condition: "asked for marriage and family unity",
				Prompt:  "What is your link to the Mexican or permanent resident? (vínculo)",
				Help:    "Marriage route: spouse or concubine only. Family unity: also child or parent.",
				Choices: []Choice{{"spouse", "Spouse (cónyuge)"}, {"concubine", "Concubine (concubino/a)"}, {"child", "Child (hijo/a)"}, {"parent", "Parent (padre/madre)"}}},
			{Key: "relative_status", Kind: KindChoice,
				AskIf: isFamilyRoute, Condition: "asked for marriage and family unity",
				Prompt:  "Is your relative a Mexican national or a permanent resident?",
				Help:    "Their INE or Mexican passport, or their permanent resident card, goes in the file (D-LINK-ID).",
				Choices: []Choice{{"mexican", "Mexican national"}, {"permanent-resident", "Permanent resident"}}},
			// Added for the letters (issue 9, letters.go): the covering letter
			// and the spouses' sworn statement (D-OATH-2Y) name the relative.
			{Key: "relative_name", Kind: KindText, Optional: true,
				AskIf: isFamilyRoute, Condition: "asked for marriage and family unity; the letters need it",
				Prompt: "Your relative's full name, as on their ID (nombre completo)",
				Help:   "Written in the covering letter and, for the marriage route, in the sworn statement both spouses sign (D-OATH-2Y)."},
			{Key: "via_link", Kind: KindYesNo,
				AskIf: func(a Answers) bool { return statusRoute(a) == "marriage" }, Condition: "asked for the marriage route",
				Prompt: "Did you obtain your temporary residence through this marriage or concubinage?",
				Help:   "The two years count from when temporary residence was obtained through the link (R-STATUS-2Y)."},
			{Key: "certificate_abroad", Kind: KindYesNo,
				AskIf: isFamilyRoute, Condition: "asked for marriage and family unity",
				Prompt: "Was the marriage or birth certificate issued outside Mexico?",
				Help:   "A foreign certificate needs an apostille (or legalisation) and a translation by a certified translator in Mexico (D-APOSTILLE)."},
			{Key: "pension_basis", Kind: KindChoice,
				AskIf: func(a Answers) bool { return statusRoute(a) == "pension" }, Condition: "asked for the pensioner route",
				Prompt:  "How do you show your means?",
				Help:    "Savings: a monthly balance averaging 25,000 UMA days over 12 months. Pension: a monthly pension of 500 UMA days over 6 months (R-STATUS-PENSION).",
				Choices: []Choice{{"savings", "Savings or investments (12 months of statements)"}, {"pension", "Pension income (6 months)"}}},
		},
		Aliases: []Alias{statusSinceAlias},
		// R-STATUS-2Y: two years for every spouse or concubine, so the
		// question is no longer asked; stored answers stay valid.
		Retired: []Question{{Key: "financially_dependent", Kind: KindYesNo,
			Prompt:    "Do you depend financially on your spouse or concubine?",
			Help:      "No longer asked: two years count for every spouse or concubine (R-STATUS-2Y).",
			Condition: "no longer asked (R-STATUS-2Y)"}},
		AfterCard: afterCardRenewal,
		evaluate:  evaluateStatusChange,
	})
}

func checkStatusSinceChange(v string, a Answers) error {
	f := parsedOrZero(v)
	if e := a.Date("card_expiry"); !e.IsZero() && !f.Before(e) {
		return problemf("%s is on or after your current card's expiry (card_expiry, %s): type the day you were granted temporary residence, or correct card_expiry", f, e)
	}
	return nil
}

func checkStatusExpiry(v string, a Answers) error {
	e := parsedOrZero(v)
	if f := a.Date("status_since"); isTimedRoute(a) && !f.IsZero() && !e.After(f) {
		return problemf("the card's expiry (%s) is on or before the day you were granted temporary residence (status_since, %s): type the expiry printed on your current card, or correct status_since", e, f)
	}
	return nil
}

func checkStatusLink(v string, a Answers) error {
	if statusRoute(a) == "marriage" && v != "spouse" && v != "concubine" {
		return problemf("the marriage route is for a spouse or concubine: type spouse or concubine, or choose the family-unity route")
	}
	return nil
}

// statusAfterExpiry is what applies when the card expires before the
// change is filed (R-STATUS-WHEN, R-RENEW-EXPIRED-IN, R-STATUS-4Y).
const statusAfterExpiry = "from the day after the card expires, the route is regularising it first (R-RENEW-EXPIRED-IN: up to 60 calendar days after expiry, with a fine and no appointment), and irregular status restarts the four-year count (R-STATUS-4Y)."

// statusCardExpired is the verdict once the current card has expired.
func statusCardExpired(c Context, exp Date, rules ...string) Verdict {
	return Verdict{Status: NotEligible, Rules: append(rules, "R-STATUS-WHEN", "R-RENEW-EXPIRED-IN"),
		Reason: c.T("The change needs a valid, current card, and yours expired on %s.", exp),
		Route: "Regularise the card first (renewal, R-RENEW-EXPIRED-IN: possible up to 60 calendar days after expiry, with a fine and no appointment). " +
			"Falling into irregular status restarts the four-year count (R-STATUS-4Y)."}
}

// regulariseIfMissed is the date that applies if the card expires before
// the change (or a renewal) is filed: regularise within 60 calendar days
// (R-RENEW-EXPIRED-IN), contingent on the window's close.
func regulariseIfMissed(missed string, exp Date, c Context) Deadline {
	d := closingDeadline("status-regularise-by", lastDay(exp, regulariseDays), Closes,
		"Card expired before filing: last day to regularise it at INM (60 calendar days after expiry; a fine applies)", "R-RENEW-EXPIRED-IN",
		c.T("The change needs a valid card (R-STATUS-WHEN); regularise first, without appointment (R-APPT-NONE). Irregular status restarts the four-year count (R-STATUS-4Y). ")+
			countNote(c, regulariseDays, "the expiry", exp), c)
	d.IfMissed = missed
	return d
}

// familyNotes are the conditions of the family routes that the dates do
// not show: the link must still hold (R-STATUS-2Y), and a spouse's
// permanent residence is not issued as a visa at a consulate
// (R-STATUS-FAMILY).
func familyNotes(a Answers) []string {
	if !isFamilyRoute(a) {
		return nil
	}
	notes := []string{"The family link must still exist when you file: the change rests on it (R-STATUS-2Y, R-STATUS-FAMILY)."}
	if a["link"] == "spouse" || a["link"] == "concubine" || statusRoute(a) == "marriage" {
		notes = append(notes, "A spouse or concubine of a Mexican or of a permanent resident is never issued a permanent visa directly at a consulate: the change is made from inside Mexico (R-STATUS-FAMILY; secondary: check with your INM office).")
	}
	return notes
}

func evaluateStatusChange(a Answers, c Context) Outcome {
	out := Outcome{Documents: statusDocuments(a), Fee: statusFee(a), Appointment: true, // R-STATUS-APPT
		Steps: statusSteps(a), Notes: append(familyNotes(a), OfficeNote)}
	switch {
	case isTimedRoute(a):
		timedChange(&out, a, c)
	case isVisitor(a):
		stay := a.Date("stay_expiry")
		out.Deadlines = []Deadline{closingDeadline("status-file-by", stay, Closes,
			"File the change within your authorised stay as a visitor", "R-STATUS-FAMILY", "", c)}
		if c.Today.After(stay) {
			out.Verdict = Verdict{Status: NotEligible, Rules: []string{"R-STATUS-FAMILY"},
				Reason: c.T("A visitor changes status by family unity only within the authorised stay, which ended on %s.", stay),
				Route:  "Regularisation for family ties is filed without appointment (R-APPT-NONE); whether it applies to you: " + VerifyWithOffice + "."}
			return out
		}
		// R-DAYS-CLOSED: once the stay ends only the regularisation remains.
		out.Verdict = Verdict{Status: Eligible, From: c.Today, Rules: citeClosed([]string{"R-STATUS-FAMILY"}, stay, c),
			Reason: c.T("You can file by family unity now, within your authorised stay, by %s.", byDate(stay, c)) +
				closedUntil(stay, "from the day after, your stay has ended; regularisation for family ties is filed without appointment (R-APPT-NONE); whether it applies to you: "+VerifyWithOffice+".", c)}
	default: // pension, family unity from a temporary card
		exp := a.Date("card_expiry")
		rule := "R-STATUS-PENSION"
		if statusRoute(a) == "family-unity" {
			rule = "R-STATUS-FAMILY"
		}
		out.Deadlines = []Deadline{closingDeadline("status-file-by", exp, Closes,
			"File the change while your card is valid", "R-STATUS-WHEN", "", c)}
		if c.Today.After(exp) {
			out.Verdict = statusCardExpired(c, exp, rule)
			return out
		}
		out.Verdict = Verdict{Status: Eligible, From: c.Today, Rules: citeClosed([]string{rule, "R-STATUS-WHEN"}, exp, c),
			Reason: c.T("You can file now, while your card is valid, by %s.", byDate(exp, c)) + closedUntil(exp, statusAfterExpiry, c)}
	}
	return out
}

// timedChange handles the four-year and two-year routes: eligible from
// the day the status was granted plus the years (R-DAYS-MONTHS). The
// four-year change is filed during the 30 days before the card in force
// then expires (R-STATUS-WHEN, practice); the marriage route from the
// eligibility date, any time while the card is valid (marriageChange).
func timedChange(out *Outcome, a Answers, c Context) {
	first, exp := a.Date("status_since"), a.Date("card_expiry")
	if statusRoute(a) == "marriage" {
		if !a.Yes("via_link") {
			out.Deadlines = []Deadline{fourYearDeadline("status-eligible-from", first)}
			out.Verdict = Verdict{Status: Unknown, Rules: []string{"R-STATUS-2Y", "R-STATUS-4Y"},
				Reason: c.T("The two years count from when temporary residence was obtained through the marriage or concubinage; yours came on other grounds, so how they count: %s. The four-year route is open from %s.", VerifyWithOffice, fourYearDate(first))}
			return
		}
		marriageChange(out, first, exp, c)
		return
	}
	years, rule := 4, "R-STATUS-4Y"
	eligNote := "Counted from the day you were granted temporary residence, not from the printing of your first card (R-STATUS-4Y; R-DAYS-MONTHS: a 29 February start ends on 28 February)."
	elig := first.AddYears(years)
	out.Deadlines = []Deadline{{Key: "status-eligible-from", Date: elig, Kind: EligibleFrom, Rule: rule,
		Title: "Change to permanent residence possible from this date", Note: eligNote}}
	rules := []string{rule, "R-STATUS-WHEN"}
	// The dates are built first: they must not depend on today (Track).
	defer func() {
		if c.Today.After(exp) {
			out.Verdict = statusCardExpired(c, exp, rule)
		}
	}()
	if elig.After(exp) {
		out.Deadlines = append(out.Deadlines, regulariseIfMissed("renewal-window-closes", exp, c))
		out.Deadlines = append(out.Deadlines, renewalWindow("renewal", exp, c)...)
		if years == 4 && exp.AddYears(1).After(elig) {
			// No renewal fits under the 4-year ceiling (R-RENEW-TERMS), yet
			// the card expires before the four years are complete.
			out.Verdict = Verdict{Status: Unknown, Rules: append(rules, "R-RENEW-TERMS"),
				Reason: c.T("Your card expires on %s, %d days before your four years are complete (%s), and a renewal would pass the 4-year limit. If this card is the one that completes your fourth year (its term may count from your entry), file in the 30 days before it expires; %s.", exp, exp.DaysUntil(elig), elig, VerifyWithOffice)}
			return
		}
		out.Verdict = Verdict{Status: NotYet, From: elig, Rules: append(rules, "R-RENEW-WINDOW"),
			Reason: c.T("Your current card expires on %s, before you are eligible on %s: renew it first (from %s), then file the change in the 30 days before the card then in force expires.", exp, elig, renewalOpens(exp))}
		return
	}
	opens := renewalOpens(exp)
	merida := c.Calendar.AddINMBusinessDays(exp, 1)
	out.Deadlines = append(out.Deadlines, regulariseIfMissed("status-window-closes", exp, c))
	out.Deadlines = append(out.Deadlines,
		Deadline{Key: "status-window-opens", Date: opens, Kind: Opens, Rule: "R-STATUS-WHEN",
			Title: "Window to file the change opens (30 days before the card expires)",
			Note:  c.T("Practice: file during the 30 days before the card that completes the four years expires. Whether it may be filed earlier: "+VerifyWithOffice+". ") + opensNote(c, renewDays, "the expiry", exp)},
		closingDeadline("status-window-closes", exp, Closes, "Window to file the change closes: the card expires", "R-STATUS-WHEN",
			c.T("Contested: one office (Mérida, 2013) asked holders to come the first business day after expiry (%s); tramite uses the 30 days before expiry, while the card is still valid.", merida), c))
	if c.Today.Before(opens) {
		reason := c.T("You are eligible from %s; file during the 30 days before your card expires, from %s to %s.", elig, opens, byDate(exp, c)) // R-DAYS-CLOSED
		if elig.Before(opens) {
			reason += c.T(" Whether you may file earlier: " + VerifyWithOffice + ".")
		}
		out.Verdict = Verdict{Status: NotYet, From: opens, Rules: citeClosed(rules, exp, c), Reason: reason}
		return
	}
	// R-DAYS-CLOSED: the contested Mérida reading is named once the act-by
	// day has passed, after the safe route.
	out.Verdict = Verdict{Status: Eligible, From: opens, Rules: citeClosed(rules, exp, c),
		Reason: c.T("Your card completes the required years (from %s) and you are within the 30 days before it expires: file by %s.", elig, byDate(exp, c)) +
			closedUntil(exp, c.T("%s One office (Mérida, 2013) took the change on the first business day after expiry (%s): ask your INM office at once.", statusAfterExpiry, merida), c)}
}

// marriageChange is the two-year route (R-STATUS-2Y) for every spouse or
// concubine of a Mexican or of a permanent resident, counted from the day
// temporary residence was obtained through the link; filed from the
// eligibility date, any time while the card is valid (R-STATUS-WHEN). When
// that date falls in the card's last 30 days, the renewal window is the
// fallback should the change be refused.
func marriageChange(out *Outcome, since, exp Date, c Context) {
	elig, four := since.AddYears(2), since.AddYears(4)
	rules := []string{"R-STATUS-2Y", "R-STATUS-WHEN"}
	out.Deadlines = []Deadline{{Key: "status-eligible-from", Date: elig, Kind: EligibleFrom, Rule: "R-STATUS-2Y",
		Title: "Change to permanent residence possible from this date (two years through the link)",
		Note:  c.T("Two years from the day you obtained temporary residence through the marriage or concubinage (R-DAYS-MONTHS). The law sets no financial-dependency condition, so every spouse or concubine counts two years; one secondary source gives two years only to a financially dependent spouse and four to others (%s): if your office reads it so, %s.", four, VerifyWithOffice)}}
	// The dates are built first: they must not depend on today (Track).
	defer func() {
		if c.Today.After(exp) {
			out.Verdict = statusCardExpired(c, exp, "R-STATUS-2Y")
		}
	}()
	if elig.After(exp) {
		out.Deadlines = append(out.Deadlines, regulariseIfMissed("renewal-window-closes", exp, c))
		out.Deadlines = append(out.Deadlines, renewalWindow("renewal", exp, c)...)
		out.Verdict = Verdict{Status: NotYet, From: elig, Rules: append(rules, "R-RENEW-WINDOW"),
			Reason: c.T("Your current card expires on %s, before you are eligible on %s: renew it first (from %s), then file the change from %s, while the card then in force is valid.", exp, elig, renewalOpens(exp), elig)}
		return
	}
	fallback := ""
	if !elig.Before(renewalOpens(exp)) {
		fallback = c.T(" You become eligible within the card's last 30 days: should the change be refused, renewing the card in its window (from %s to %s) is the fallback (R-RENEW-WINDOW).", renewalOpens(exp), byDate(exp, c))
		rules = append(rules, "R-RENEW-WINDOW")
	}
	out.Deadlines = append(out.Deadlines, regulariseIfMissed("status-window-closes", exp, c),
		Deadline{Key: "status-window-opens", Date: elig, Kind: Opens, Rule: "R-STATUS-WHEN",
			Title: "The change may be filed from this date, while the card is valid",
			Note:  c.T("The marriage route is filed from the eligibility date, any time while the card is valid, not only in its last 30 days (R-STATUS-WHEN).") + fallback},
		closingDeadline("status-window-closes", exp, Closes, "Last day to file the change: the card expires", "R-STATUS-WHEN",
			"The change needs a valid, current card (R-STATUS-WHEN).", c))
	if c.Today.Before(elig) {
		out.Verdict = Verdict{Status: NotYet, From: elig, Rules: citeClosed(rules, exp, c),
			Reason: c.T("You are eligible from %s: file the change from then, while your card is valid, by %s.", elig, byDate(exp, c)) + fallback}
		return
	}
	out.Verdict = Verdict{Status: Eligible, From: elig, Rules: citeClosed(rules, exp, c),
		Reason: c.T("You are eligible since %s: file the change now, while your card is valid, by %s.", elig, byDate(exp, c)) + fallback +
			closedUntil(exp, statusAfterExpiry, c)}
}

func statusDocuments(a Answers) []Document {
	purpose := map[string]string{
		"four-years":   "asking for permanent residence after four years as a temporary resident",
		"marriage":     "asking for permanent residence through marriage or concubinage",
		"family-unity": "asking for a change of status by family unity",
		"pension":      "asking for permanent residence as a pensioner",
	}[statusRoute(a)]
	docs := []Document{docForm(false), docFee(), docPass()}
	if isVisitor(a) {
		docs = append(docs, docFMM(false))
	} else {
		docs = append(docs, docCard())
	}
	docs = append(docs, docLetter(purpose))
	if isFamilyRoute(a) {
		link := Document{ID: "D-LINK", Name: "Marriage certificate", Spanish: "Acta de matrimonio", Copies: "original + 1 copy", Rule: "D-LINK"}
		switch a["link"] {
		case "concubine":
			// D-LINK names only marriage and birth certificates: what proves
			// a concubinage is not in DOMAIN.md, so no document name is given.
			link.Name, link.Spanish = "Proof of the concubinage", ""
			link.Note = "Which document proves a concubinage: " + VerifyWithOffice + "."
		case "child", "parent":
			link.Name, link.Spanish = "Birth certificate showing the parent-child link", "Acta de nacimiento"
		}
		docs = append(docs, link, Document{ID: "D-LINK-ID",
			Name:    "Your relative's ID: INE or Mexican passport, or their permanent resident card",
			Spanish: "Identificación oficial del mexicano o tarjeta de residente permanente", Copies: "original + 1 copy", Rule: "D-LINK-ID"})
		if a.Yes("certificate_abroad") {
			docs = append(docs, docApostille())
		}
	}
	if statusRoute(a) == "marriage" {
		docs = append(docs, Document{ID: "D-OATH-2Y",
			Name:    "Sworn statement by both spouses: the marital home, and that the link held for the two years before",
			Spanish: "Escrito bajo protesta de decir verdad", Copies: "original, signed by both", Rule: "D-OATH-2Y"})
	}
	if statusRoute(a) == "pension" {
		p := Document{ID: "D-PENSION", Name: "Bank or investment statements for the last 12 months",
			Spanish: "Comprobante de inversiones o cuentas bancarias", Copies: "original + 1 copy", Rule: "D-PENSION",
			Note: "A monthly balance averaging 25,000 UMA days (R-STATUS-PENSION)."}
		if a["pension_basis"] == "pension" {
			p.Name, p.Spanish = "Proof of pension income for the last 6 months", "Comprobante de pensión"
			p.Note = "A monthly pension of 500 UMA days (R-STATUS-PENSION)."
		}
		docs = append(docs, p)
	}
	if statusRoute(a) == "family-unity" {
		docs = append(docs, docAddress())
	}
	return append(docs, docPhotos(3))
}

// statusFee: a change of status is paid twice (R-PAY-TWO): the
// "recepción y estudio" fee at filing, then the card fee once approved
// (Government fees, 2026).
func statusFee(a Answers) Fee {
	card := permanentFee()
	if statusRoute(a) == "family-unity" && a["target"] == "temporary" {
		card = temporaryFee(1)
		card.Text += "; the card's term by family unity: " + VerifyWithOffice
	}
	text := fmt.Sprintf("Two payments (R-PAY-TWO). When filing: the \"recepción y estudio\" fee, %s MXN (2026; 1,632 in 2023): %s. Once approved (INM sends an e-mail, weeks later in some offices): the card fee, %s.",
		feeStatusStudy, VerifyAmount, card.Text)
	if statusRoute(a) == "family-unity" {
		text += " Family unity may pay 50% of the card fee (secondary: check with your INM office)."
	}
	return Fee{Text: text, Rule: "R-PAY-TWO"}
}

func statusSteps(a Answers) []string {
	steps := []string{
		"Fill in the application form on INM's site, print it and sign it by hand; note the número de pieza and password.",
	}
	if isTimedRoute(a) || statusRoute(a) == "pension" {
		steps = append(steps, "State the route in the form's comments box (R-STATUS-4Y).")
	}
	return append(steps,
		"Pay the \"recepción y estudio\" fee at a bank and keep the receipt (R-PAY-TWO, R-DOC-PAY).",
		"Book the appointment on INM's online system, Trámites Migratorios (R-STATUS-APPT); arrive about 10 minutes early.",
		"File in person with the originals and copies; keep the file number (NUT).",
		"Once INM approves the change (it sends an e-mail; the notice itself is in the notifications of INM's site), pay the card fee and go back with that receipt (R-PAY-TWO, R-STATUS-ONLINE).")
}
