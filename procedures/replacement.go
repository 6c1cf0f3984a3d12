package procedures

// Replacement of a resident card (reposición de tarjeta) that was lost,
// stolen or damaged, in Mexico or abroad (D-REPLACE). It is granted only
// for a card that is still valid (R-REPLACE-VALID): an expired card's
// route is regularisation (R-RENEW-EXPIRED-IN) or, abroad,
// R-RENEW-EXPIRED-OUT. DOMAIN.md gives no other filing term: where a date
// would be expected, tramite says VerifyWithOffice rather than invent one.

// replacementNoDate is said where a filing date would be expected.
const replacementNoDate = "How soon after the loss a replacement must be filed is not in tramite's rules: " + VerifyWithOffice + "."

func init() {
	register(&Procedure{
		ID:      "replacement",
		Name:    "Replacement of a resident card",
		Spanish: "Reposición de tarjeta de residente",
		Summary: "Get a new resident card when yours was lost, stolen or damaged, in Mexico or abroad.",
		Triage:  "Your resident card was lost, stolen or damaged.",
		Sources: []string{"S1", "S2", "O-SRE", "renovarpapeles.com.mx", "dcubanos.com", "unotv.com"},
		Questions: []Question{
			{
				Key: "reason", Kind: KindChoice,
				Prompt: "What happened to the card? (extravío, robo o deterioro)",
				Help:   "A lost or stolen card is reported in person at INM, which writes a statement of facts; a damaged card is handed in (D-REPLACE, D-CARD).",
				Choices: []Choice{
					{"lost", "Lost (extravío)"},
					{"stolen", "Stolen (robo)"},
					{"damaged", "Damaged (deterioro)"},
				},
			},
			{
				Key: "location", Kind: KindChoice,
				Prompt: "Where are you now?",
				Help:   "Abroad, a lost or stolen card is replaced through a Mexican consulate first: it issues a replacement visa to enter Mexico (D-REPLACE).",
				Choices: []Choice{
					{"mexico", "In Mexico"},
					{"abroad", "Abroad"},
				},
			},
			{
				// Added in issue 13 (R-REPLACE-VALID); optional so that an
				// adult's permanent card, and cases stored before, need none.
				Key: "card_expiry", Kind: KindDate, Optional: true,
				Prompt: "What expiry date is printed on the card? (vigencia)",
				Help:   "On the front of the card, next to VIGENCIA or VENCE; a photocopy of the card shows it too. A replacement is granted only for a card that is still valid (R-REPLACE-VALID). Leave it empty only for an adult's permanent card, which has no expiry.",
			},
		},
		AfterCard: afterCardRenewal, // R-CASE-NEXT: a new card with a printed expiry is renewed in its window
		evaluate:  evaluateReplacement,
	})
}

func evaluateReplacement(a Answers, c Context) Outcome {
	out := Outcome{
		Documents:   replacementDocuments(a),
		Fee:         knownFee("1,780", "card replacement", "D-FEE"),
		Appointment: true, // R-APPT-LIST: card replacement is booked online
		Steps:       replacementSteps(a),
		Notes:       []string{replacementNoDate, OfficeNote},
	}
	abroad := a["location"] == "abroad"
	if exp := a.Date("card_expiry"); !exp.IsZero() {
		// The dates do not depend on today: the expired card's route is
		// contingent on the card's expiry (IfMissed).
		out.Deadlines = append([]Deadline{closingDeadline("replacement-file-by", exp, Closes,
			"File the replacement while the card is valid: the card expires", "R-REPLACE-VALID",
			"A replacement is granted only for a card that is still valid (R-REPLACE-VALID).", c)},
			expiryRoutes("replacement", "replacement-file-by", !abroad, exp, Date{}, c)...)
		if c.Today.After(exp) {
			replacementExpired(&out, exp, abroad, c)
			return out
		}
		if !c.Today.Before(renewalOpens(exp)) {
			out.Notes = append([]string{c.T("The card expires on %s: its renewal window is open (from %s to %s) and a renewal may serve instead of a replacement; ask your INM office (R-REPLACE-VALID, R-RENEW-WINDOW).",
				exp, renewalOpens(exp), byDate(exp, c))}, out.Notes...)
		}
	}
	switch {
	case abroad && a["reason"] == "damaged":
		out.Verdict = Verdict{Status: Unknown, Rules: []string{"D-REPLACE", "D-CARD"},
			Reason: "Whether you can re-enter Mexico on a damaged card, or need a replacement visa from a consulate, is not in tramite's rules: " + VerifyWithOffice + " or the consulate."}
	case abroad:
		out.Verdict = Verdict{Status: Eligible, Rules: []string{"D-REPLACE", "R-APPT-LIST"},
			Reason: replacementAbroad(a["reason"], c)}
	default:
		out.Verdict = Verdict{Status: Eligible, Rules: []string{"D-REPLACE", "R-APPT-LIST"},
			Reason: "Book the replacement on INM's online system and file it in person at your INM office. " + replacementNoDate}
	}
	return out
}

// replacementExpired is the verdict once the card has expired: no
// replacement; regularisation within 60 calendar days in Mexico
// (R-RENEW-EXPIRED-IN), or re-entry within 55 days abroad
// (R-RENEW-EXPIRED-OUT) (R-REPLACE-VALID).
func replacementExpired(out *Outcome, exp Date, abroad bool, c Context) {
	rules := []string{"R-REPLACE-VALID"}
	out.Appointment = false // R-APPT-NONE: regularisation has no appointment
	reason := c.T("A replacement is granted only for a card that is still valid, and this card expired on %s.", exp)
	if abroad {
		reenter := lastDay(exp, reenterDays)
		out.Verdict = Verdict{Status: NotEligible, Rules: append(rules, "R-RENEW-EXPIRED-OUT"), Reason: reason,
			Route: c.T("A card that expired while you are abroad may be used to re-enter Mexico within 55 days of its expiry, by %s, then INM regularises it within 5 days of your return (R-RENEW-EXPIRED-OUT); whether you can re-enter without the card itself, %s or the consulate. Later than that, start again at a Mexican consulate.", reenter, VerifyWithOffice)}
		return
	}
	last := lastDay(exp, regulariseDays)
	route := c.T("Regularise the expired card instead (renewal, R-RENEW-EXPIRED-IN): at your INM office, without appointment, with a fine of 20 to 100 UMA days, by %s.", byDate(last, c))
	if c.Today.After(last) {
		route = c.T("Regularisation was possible up to 60 calendar days after expiry (by %s; counted from the day after, %s): start again, in practice at a Mexican consulate (check with your INM office).", last, otherLastDay(exp, regulariseDays))
	}
	out.Verdict = Verdict{Status: NotEligible, Rules: citeClosed(append(rules, "R-RENEW-EXPIRED-IN", "R-APPT-NONE"), last, c), Reason: reason, Route: route}
}

// replacementDocuments is the replacement checklist: D-REPLACE for a lost
// or stolen card, D-CARD for a damaged one, and the lines of every
// procedure that produces a card (D-FORM, D-FEE, D-BASIC, D-PASS, photos).
func replacementDocuments(a Answers) []Document {
	docs := []Document{docForm(false), docFee(), docBasic(), docPass()}
	switch {
	case a["reason"] == "damaged":
		card := docCard()
		card.Name = "The damaged resident card"
		docs = append(docs, card)
	case a["location"] == "abroad":
		docs = append(docs, Document{
			ID: "D-REPLACE", Name: "The entry form (FMM) and the replacement visa issued by the Mexican consulate",
			Spanish: "FMM y visa para reposición", Copies: "original", Rule: "D-REPLACE",
			Note: "Secondary: check with your INM office.",
		})
	default:
		docs = append(docs, Document{
			ID: "D-REPLACE", Name: "Appear in person: INM writes a statement of facts (no police report is asked)",
			Spanish: "Comparecencia, acta de hechos", Copies: "in person", Rule: "D-REPLACE",
			Note: "Secondary: check with your INM office.",
		})
	}
	return append(docs, docPhotos(3))
}

func replacementSteps(a Answers) []string {
	var steps []string
	if a["location"] == "abroad" && a["reason"] != "damaged" {
		steps = append(steps, "At a Mexican consulate, ask for a replacement visa (visa para reposición) and enter Mexico with it; keep the FMM (D-REPLACE).")
	}
	return append(steps,
		"Fill in the application form and the basic form on INM's site, print them and sign them by hand; note the número de pieza and password.",
		"Pay the fee at a bank and keep the receipt (R-DOC-PAY).",
		"Book the appointment on INM's online system, Trámites Migratorios (R-APPT-LIST, R-APPT-HOW); arrive about 10 minutes early.",
		"File in person at the office with the originals and copies; keep the file number (NUT).",
	)
}

// replacementAbroad is the verdict's reason for a card lost or stolen
// abroad (D-REPLACE): one sentence per case, as each reads in Spanish.
func replacementAbroad(reason string, c Context) string {
	if reason == "stolen" {
		return c.T("Your card was stolen abroad: ask a Mexican consulate for a replacement visa, enter Mexico with it and the FMM, then file the replacement at an INM office. %s", replacementNoDate)
	}
	return c.T("Your card was lost abroad: ask a Mexican consulate for a replacement visa, enter Mexico with it and the FMM, then file the replacement at an INM office. %s", replacementNoDate)
}
