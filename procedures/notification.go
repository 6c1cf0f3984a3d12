package procedures

// Notification of changes (notificación de cambios): a temporary or
// permanent resident tells INM of a new address, marital status,
// nationality, name or workplace within 90 days (R-NOTIFY-90; L-LM art. 63,
// L-LIN art. 56, O-INMFAQ). It is free (R-NOTIFY-FEE).

const (
	notifyDays       = 90 // R-NOTIFY-90, counted as calendar days
	notifyAnswerDays = 10 // R-NOTIFY-FEE: INM answers in about 10 business days
)

// notifyFine is the R-NOTIFY-FINE range, with the 2026 amounts DOMAIN.md
// computes from the UMA.
const notifyFine = "a fine of 20 to 100 UMA days (2026: about 2,346 to 11,731 MXN; R-NOTIFY-FINE, secondary: check with your INM office)"

func init() {
	register(&Procedure{
		ID:      "notification",
		Yields:  YieldsResolution, // INM answers with a resolution, not a new card
		Name:    "Notification of changes",
		Spanish: "Notificación de cambios",
		Summary: "Tell INM of a new address, marital status, nationality, name or workplace, within 90 days of the change.",
		Triage:  "You are a temporary or permanent resident and your address, marital status, nationality, name or workplace changed.",
		Sources: []string{"L-LM", "L-LIN", "O-INMFAQ", "knr.mx", "mexperience.com", "immigrationtomexico.mx"},
		// Shared: a household's change is one event for all of it (a move:
		// the same kind, date, old and new address).
		Shared: []string{"change_kind", "change_date", "old_value", "new_value"},
		Questions: []Question{
			{
				Key: "change_kind", Kind: KindChoice,
				Prompt: "What changed?",
				Help:   "One notification per change and per person (R-NOTIFY-90). Two changes (e.g. a wedding and a move) are two notifications.",
				Choices: []Choice{
					{"address", "Address (domicilio)"},
					{"marital-status", "Marital status (estado civil)"},
					{"nationality", "Nationality (nacionalidad)"},
					{"name", "Name (nombre)"},
					{"workplace", "Workplace or employer (lugar de trabajo)"},
				},
			},
			{
				Key: "change_date", Kind: KindDate,
				Prompt: "On what date did the change happen? (fecha del cambio)",
				Help:   "The day you moved, married or divorced (the date of the certificate or final judgment), were naturalised, changed name, or started the new job. The 90 days run from it (R-NOTIFY-90).",
			},
			// Added for the letter under oath (issue 9, letters.go), which
			// gives the old and the new data (D-NOTIFY-LETTER).
			{
				Key: "old_value", Kind: KindText, Optional: true,
				Prompt: "The data before the change, as INM has it (dato anterior)",
				Help:   "Your former address, marital status, nationality, name or employer, as on your card or file. The letter under oath gives the old and the new data (D-NOTIFY-LETTER).",
			},
			{
				Key: "new_value", Kind: KindText, Optional: true,
				Prompt: "The data after the change (dato nuevo)",
				Help:   "Your new address, marital status, nationality, name or employer (with its address), as on the document that proves it (D-NOTIFY-LETTER).",
			},
			{
				Key: "dual_nationality", Kind: KindYesNo, Optional: true,
				AskIf:     func(a Answers) bool { return a["change_kind"] == "nationality" },
				Condition: "asked for a change of nationality; the letter needs it",
				Prompt:    "Do you keep your former nationality as well? (doble nacionalidad)",
				Help:      "The letter under oath states whether you have dual nationality (D-NOTIFY-LETTER).",
			},
			{
				Key: "marital_event", Kind: KindChoice,
				AskIf:     func(a Answers) bool { return a["change_kind"] == "marital-status" },
				Condition: "asked for a change of marital status",
				Prompt:    "What changed your marital status?",
				Help:      "It decides the certificate to bring (D-NOTIFY-PROOF).",
				Choices: []Choice{
					{"marriage", "Marriage (matrimonio)"},
					{"divorce", "Divorce (divorcio)"},
					{"widowhood", "Death of the spouse (viudez)"},
				},
			},
			{
				Key: "issued_abroad", Kind: KindYesNo,
				AskIf:     func(a Answers) bool { return a["change_kind"] == "marital-status" },
				Condition: "asked for a change of marital status",
				Prompt:    "Was the certificate or judgment issued outside Mexico?",
				Help:      "A certificate from abroad needs an apostille (or legalisation) and a translation by a certified translator in Mexico (D-APOSTILLE).",
			},
			{
				Key: "notified_date", Kind: KindDate, Optional: true, Check: checkNotifiedDate, Bound: NotAfterToday,
				Prompt: "Date you filed the notification at INM, once filed (fecha de presentación)",
				Help:   "Leave it empty until you have filed. With it tramite reminds you when INM's answer is due, about 10 business days later (R-NOTIFY-FEE).",
			},
		},
		evaluate:   evaluateNotification,
		AfterFiled: notificationAfterFiled,
	})
}

// checkNotifiedDate refuses a filing before the change it notifies.
func checkNotifiedDate(v string, a Answers) error {
	n, ch := parsedOrZero(v), a.Date("change_date")
	if !ch.IsZero() && n.Before(ch) {
		return problemf("the filing %s is before the change (change_date, %s): a change is notified after it happens; type the date you filed, leave it empty, or correct change_date", n, ch)
	}
	return nil
}

// notifyAnswer is when INM's answer is expected, about 10 business days
// after filing (R-NOTIFY-FEE, secondary): a reminder, not a legal term.
func notifyAnswer(filed Date, c Context) Deadline {
	return Deadline{
		Key: "notify-answer", Date: c.Calendar.AddINMBusinessDays(filed, notifyAnswerDays), Kind: Reminder,
		Title: "INM's answer to the notification expected (about 10 business days)",
		Note:  "INM answers in about 10 business days (secondary: check with your INM office). Ask at the office if nothing has come.",
		Rule:  "R-NOTIFY-FEE", AfterFiling: true,
	}
}

// notificationAfterFiled schedules INM's answer from the filing date the
// user records on the case, unless notified_date already did.
func notificationAfterFiled(a Answers, filed Date, c Context) []Deadline {
	if !a.Date("notified_date").IsZero() {
		return nil
	}
	return []Deadline{notifyAnswer(filed, c)}
}

func evaluateNotification(a Answers, c Context) Outcome {
	change, notified := a.Date("change_date"), a.Date("notified_date")
	due := lastDay(change, notifyDays) // R-DAYS-CAL: the day of the change is day 1
	dueLine := closingDeadline("notify-due", due, Due,
		"Notify INM of the change (90 days after it)", "R-NOTIFY-90",
		c.T("The law says \"noventa días\" without saying calendar or business days; tramite counts calendar days, the earlier date (the business-day reading would end later). ")+
			countNote(c, notifyDays, "the day of the change", change)+c.T(" Late or missing: %s.", c.Lang.Text(notifyFine)), c)
	dueLine.Done = !notified.IsZero()
	out := Outcome{
		Documents:   notifyDocuments(a),
		Fee:         Fee{Text: "No government fee: the notification is free (R-NOTIFY-FEE; secondary: " + VerifyWithOffice + ")", Rule: "R-NOTIFY-FEE"},
		Appointment: true, // R-APPT-LIST: notification of changes is booked online
		Steps:       notifySteps(),
		Deadlines:   []Deadline{dueLine},
		Notes:       notifyNotes(a),
	}
	if !notified.IsZero() {
		out.Deadlines = append(out.Deadlines, notifyAnswer(notified, c))
	}
	out.Verdict = notifyVerdict(change, notified, due, c)
	return out
}

// notifyVerdict: a change can be notified once it has happened; late, it
// must still be notified (R-NOTIFY-90, R-NOTIFY-FINE).
func notifyVerdict(change, notified, due Date, c Context) Verdict {
	act := c.Calendar.ActBy(due)
	switch {
	case !notified.IsZero() && notified.After(due):
		return Verdict{Status: Eligible, Rules: []string{"R-NOTIFY-90", "R-NOTIFY-FINE", "R-NOTIFY-FEE"},
			Reason: c.T("Notified on %s, after the 90 days ended on %s: INM may notify %s. Wait for INM's answer, about 10 business days after filing.", notified, due, notifyFine)}
	case !notified.IsZero():
		return Verdict{Status: Eligible, Rules: []string{"R-NOTIFY-90", "R-NOTIFY-FEE"},
			Reason: c.T("Notified on %s, within the 90 days. INM answers in about 10 business days.", notified)}
	case change.After(c.Today):
		return Verdict{Status: NotYet, From: change, Rules: []string{"R-NOTIFY-90"},
			Reason: c.T("The change happens on %s: notify INM from then, within 90 days (by %s).", change, due)}
	case c.Today.After(due) && c.Today == due.AddDays(1):
		return Verdict{Status: Eligible, From: change, Rules: []string{"R-NOTIFY-90", "R-NOTIFY-FINE", "R-DAYS-CAL"},
			Reason: c.T("The 90 days ended on %s, counting the day of the change as day 1; counted from the day after, today is the last day: notify INM today if you can; later, INM may notify %s.", due, notifyFine)}
	case c.Today.After(due):
		return Verdict{Status: Eligible, From: change, Rules: []string{"R-NOTIFY-90", "R-NOTIFY-FINE"},
			Reason: c.T("The 90 days ended on %s: notify INM anyway, as soon as you can; INM may notify %s.", due, notifyFine)}
	case c.Today.After(act):
		return Verdict{Status: Eligible, From: change, Rules: []string{"R-NOTIFY-90", "R-DAYS-CLOSED"},
			Reason: c.T("The 90 days end on %s, when the office is closed; the safe day to act, %s, has passed. Go to your INM office at once.", due, act)}
	}
	reason := c.T("Notify INM by %s (90 days after the change, counting its day as day 1).", byDate(due, c)) // R-DAYS-CLOSED
	return Verdict{Status: Eligible, From: change, Reason: reason, Rules: citeClosed([]string{"R-NOTIFY-90", "R-DAYS-CAL"}, due, c)}
}

// notifyProof is D-NOTIFY-PROOF for the kind of change, or false for an
// address (proved by D-ADDRESS instead).
func notifyProof(a Answers) (Document, bool) {
	d := Document{ID: "D-NOTIFY-PROOF", Copies: "original + 1 copy", Rule: "D-NOTIFY-PROOF"}
	switch a["change_kind"] {
	case "marital-status":
		switch a["marital_event"] {
		case "divorce":
			d.Name, d.Spanish = "Final divorce judgment", "Sentencia de divorcio ejecutoriada"
		case "widowhood":
			d.Name, d.Spanish = "Spouse's death certificate", "Acta de defunción"
		default:
			d.Name, d.Spanish = "Marriage certificate", "Acta de matrimonio"
		}
	case "nationality":
		d.Name, d.Spanish = "Passport of the new nationality, the naturalisation letter, or the certificate of nationality", "Pasaporte de la nueva nacionalidad, carta de naturalización o certificado de nacionalidad"
	case "name":
		d.Name, d.Spanish = "Passport in the new name", "Pasaporte con el nuevo nombre"
	case "workplace":
		d.Name, d.Spanish = "Employment contract, and a copy of the employer's INM registration", "Contrato y constancia de inscripción del empleador"
	default:
		return Document{}, false
	}
	return d, true
}

// notifyDocuments is the checklist of O-INMFAQ by kind of change.
func notifyDocuments(a Answers) []Document {
	docs := []Document{
		// The covering letter of a notification is the letter under oath
		// (D-LETTER cites O-INMFAQ's notification letter; R-LETTER-INM):
		// one letter, one line.
		docForm(false), docPass(), docCard(),
		{ID: "D-NOTIFY-LETTER", Name: "Signed letter under oath giving the old and the new data (state a dual nationality)",
			Spanish: "Carta bajo protesta de decir verdad", Copies: "original, signed", Rule: "D-NOTIFY-LETTER"},
	}
	if proof, ok := notifyProof(a); ok {
		docs = append(docs, proof)
	}
	if a["change_kind"] == "address" {
		addr := docAddress()
		addr.Name = "Proof of the new address (utility bill at most 90 days old; need not be in your name)"
		docs = append(docs, addr)
	}
	if a["change_kind"] == "marital-status" && a.Yes("issued_abroad") {
		docs = append(docs, docApostille())
	}
	return docs
}

func notifySteps() []string {
	return []string{
		"Fill in the application form on INM's site for the notification, print it and sign it by hand; note the número de pieza and password.",
		"Book the appointment on INM's online system, Trámites Migratorios (R-APPT-LIST, R-APPT-HOW); arrive about 10 minutes early.",
		"File at the office with the originals and copies; bring one more copy of the filing for a stamped receipt (R-CASE-COPIES). No fee is paid (R-NOTIFY-FEE).",
		"Once filed, mark the case filed (or add the date you filed to the answers): INM answers in about 10 business days (R-NOTIFY-FEE).",
	}
}

func notifyNotes(a Answers) []string {
	notes := []string{
		"One notification per change and per person: each family member files their own (R-NOTIFY-90).",
		OfficeNote,
	}
	if a["change_kind"] == "workplace" {
		notes = append(notes, "A change of employer that is not notified can sink your next renewal (R-NOTIFY-FINE, secondary).")
	}
	return notes
}
