package procedures

// Work permit (permiso para trabajar): permission from INM to work, for an
// employer or on one's own account (D-JOB). DOMAIN.md gives no filing term
// for it, so no date is computed.

func init() {
	register(&Procedure{
		ID:      "work-permit",
		Name:    "Work permit",
		Spanish: "Permiso para trabajar",
		Summary: "Get INM's permission to work, for an employer or on your own account.",
		Triage:  "You are a resident and need INM's permission to work: you have a job offer, or will work on your own.",
		Sources: []string{"S1", "unotv.com", "oncenoticias.digital", "procurawork", "blpadvisors.com"},
		Questions: []Question{
			{
				Key: "employment", Kind: KindChoice,
				Prompt: "Will you work for an employer, or on your own account? (oferta de empleo / actividad independiente)",
				Help:   "An employer gives a job offer with its INM registration data; self-employed, you declare your occupation under oath and show your RFC tax registration (D-JOB).",
				Choices: []Choice{
					{"employer", "For an employer (job offer)"},
					{"self-employed", "Self-employed (on my own account)"},
				},
			},
		},
		evaluate: evaluateWorkPermit,
	})
}

func evaluateWorkPermit(a Answers, _ Context) Outcome {
	return Outcome{
		Verdict: Verdict{Status: Eligible, Rules: []string{"D-JOB", "R-APPT-LIST"},
			Reason: "Book the work permit on INM's online system and file it at your INM office with the documents below. No filing term for it is in tramite's rules: " + VerifyWithOffice + "."},
		Documents:   []Document{docForm(false), docFee(), docPass(), docCard(), workPermitJob(a)},
		Fee:         knownFee("4,341", "work permit, one payment", "D-FEE"),
		Appointment: true, // R-APPT-LIST: the work permit is booked online
		Steps: []string{
			"Get the job offer from your employer, or prepare your sworn statement and RFC registration (D-JOB).",
			"Fill in the application form on INM's site, print it and sign it by hand; note the número de pieza and password.",
			"Pay the fee at a bank and keep the receipt (R-DOC-PAY).",
			"Book the appointment on INM's online system, Trámites Migratorios (R-APPT-LIST, R-APPT-HOW); arrive about 10 minutes early.",
			"File at the office with the originals and copies; keep the file number (NUT).",
		},
		Notes: []string{OfficeNote},
	}
}

// workPermitJob is D-JOB for an employee or a self-employed person.
func workPermitJob(a Answers) Document {
	d := Document{
		ID: "D-JOB", Copies: "original", Rule: "D-JOB",
		Name:    "Job offer on the employer's letterhead: activity, duration, place, and the employer's INM registration data",
		Spanish: "Oferta de empleo; Constancia de inscripción del empleador",
		Note:    "Secondary: check with your INM office.",
	}
	if a["employment"] == "self-employed" {
		d.Name = "Sworn statement of your occupation and where you carry it out, and your RFC tax registration"
		d.Spanish = "Escrito bajo protesta de decir verdad; RFC"
	}
	return d
}
