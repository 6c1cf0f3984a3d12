package procedures

import "fmt"

// Checklist lines and fee texts shared by several procedures, so that every
// procedure words D-FORM, D-PASS, the photographs or "verify the current
// amount" the same way. Each constructor returns a fresh value; callers may
// change Note or Copies on their copy.

// VerifyAmount ends every known fee text: the 2026 amounts come from news
// reports of the Ley Federal de Derechos reform, not the decree's own table.
const VerifyAmount = "verify the current amount before paying"

// docForm is D-FORM, the online application form. byParent words it for a
// minor, whose form a parent or guardian signs (R-RENEW-INPERSON).
func docForm(byParent bool) Document {
	d := Document{
		ID: "D-FORM", Name: "Application form, filled in online, printed and signed by hand",
		Spanish: "Formato para solicitar trámite migratorio de estancia",
		Copies:  "original", Rule: "D-FORM",
		Note: "Keep the número de pieza and password the form gives you; sign in blue ink, as in your passport (R-CASE-COPIES).",
	}
	if byParent {
		d.Name = "Application form, filled in online, printed and signed by hand by a parent or guardian"
		d.Note += " What else a minor's procedure asks of the parents: " + VerifyWithOffice + "."
	}
	return d
}

// docFee is D-FEE, the bank receipt for the government fee, with the
// R-DOC-PAY caveat.
func docFee() Document {
	return Document{
		ID: "D-FEE", Name: "Fee receipt from the bank",
		Spanish: "Comprobante de pago de derechos (Ley Federal de Derechos)",
		Copies:  "original + 2 copies", Rule: "D-FEE",
		Note: "Pay at a bank before the visit and bring the receipt; whether offices take cards varies (R-DOC-PAY).",
	}
}

// docBasic is D-BASIC, the second form of procedures that produce a card.
func docBasic() Document {
	return Document{
		ID: "D-BASIC", Name: "Basic form", Spanish: "Formato básico",
		Copies: "original", Rule: "D-BASIC",
		Note: "Its fields are not known to tramite: " + VerifyWithOffice + ".",
	}
}

// docPass is D-PASS, the passport used for the status.
func docPass() Document {
	return Document{
		ID: "D-PASS", Name: "Passport (the one used for your status)",
		Spanish: "Pasaporte o documento de identidad y viaje",
		Copies:  "original + 1 copy of the data page", Rule: "D-PASS",
	}
}

// docCard is D-CARD, the current resident card.
func docCard() Document {
	return Document{
		ID: "D-CARD", Name: "Current resident card", Spanish: "Tarjeta de residente",
		Copies: "original + 1 copy of both sides", Rule: "D-CARD",
	}
}

// docLetter is D-LETTER, the covering letter in Spanish; purpose says what
// the letter asks for (R-LETTER-INM), e.g. "asking to renew the card".
func docLetter(purpose string) Document {
	return Document{
		ID: "D-LETTER", Name: "Covering letter in Spanish, " + purpose,
		Spanish: "Escrito libre", Copies: "original, signed", Rule: "D-LETTER",
		Note: "Addressed to INM, with your name exactly as in the passport, an address for notifications, the request and its reasons, place, date and signature (R-LETTER-WHAT).",
	}
}

// docAddress is D-ADDRESS, contested: not on the official lists, but
// facilitators ask for it, so the conservative checklist includes it.
func docAddress() Document {
	return Document{
		ID: "D-ADDRESS", Name: "Proof of address (utility bill at most 90 days old; need not be in your name)",
		Spanish: "Comprobante de domicilio", Copies: "original + 1 copy", Rule: "D-ADDRESS",
		Note: "Not on the official lists, but facilitators ask for it: bring it (secondary: check with your INM office).",
	}
}

// docFMM is D-FMM, the entry form (or entry stamp); canje says whether it
// should be marked "canje" with 30 days (R-CANJE-FMM).
func docFMM(canje bool) Document {
	d := Document{
		ID: "D-FMM", Name: "Entry form, or the entry stamp in your passport",
		Spanish: "Forma Migratoria Múltiple (FMM)", Copies: "original", Rule: "D-FMM",
	}
	if canje {
		d.Name = `Entry form (or entry stamp) marked "canje" with 30 days`
		d.Note = `On entry it should be marked "canje" with 30 days; check it at the airport (R-CANJE-FMM; secondary: check with your INM office).`
	}
	return d
}

// docApostille is D-APOSTILLE, for a certificate issued abroad.
func docApostille() Document {
	return Document{
		ID: "D-APOSTILLE", Name: "Apostille (or legalisation) of each certificate issued abroad, then a translation by a certified translator in Mexico",
		Spanish: "Apostilla; traducción por perito traductor", Copies: "original", Rule: "D-APOSTILLE",
		Note: "Secondary: check with your INM office.",
	}
}

// docPhotos is the photograph line of R-DOC-PHOTO: n child-size photos.
// Its ID is the rule's id, since DOMAIN.md gives photos no D- id.
func docPhotos(n int) Document {
	name := fmt.Sprintf("%d child-size photos, 2.5 x 3.0 cm", n)
	if n == 3 {
		name += ": two from the front, one of the right profile"
	}
	return Document{
		ID: "R-DOC-PHOTO", Name: name + "; white background, forehead and ears uncovered, no earrings, no glasses, not instant; colour recommended",
		Spanish: "Fotografías tamaño infantil", Copies: "originals", Rule: "R-DOC-PHOTO",
		Note: "Many offices photograph you at the counter since 2020, but sources differ: bring them anyway.",
	}
}

// OfficeNote is the R-DOC-OFFICE caveat shown with every checklist.
const OfficeNote = "Offices differ in what they ask; some ask for extras such as three months of bank statements. Check with your INM office before the visit (R-DOC-OFFICE)."

// knownFee returns a Fee whose amount is known: amount and what it pays
// for, with VerifyAmount appended.
func knownFee(amount, what, rule string) Fee {
	return Fee{Text: fmt.Sprintf("%s MXN (%s, 2026): %s", amount, what, VerifyAmount), Rule: rule}
}

// unknownFee returns a Fee DOMAIN.md has no amount for.
func unknownFee(what, rule string) Fee {
	return Fee{Text: what + ": amount not known, " + VerifyWithOffice, Rule: rule}
}

// Fees of the 2026 table in DOMAIN.md ("Government fees").
const (
	feePermanentCard = "13,578.96"
	// feeStatusStudy is the change of status's "recepción y estudio" fee,
	// paid at filing (R-PAY-TWO; mydeztination.com, 2026).
	feeStatusStudy = "1,847"
)

// temporaryCardFee returns the 2026 fee of a temporary card of the given
// term in years (1 to 4), or "" for another term.
func temporaryCardFee(years int) string {
	switch years {
	case 1:
		return "11,140.74"
	case 2:
		return "16,693"
	case 3:
		return "21,142.58"
	case 4:
		return "25,056.82 (another report: 25,058)"
	}
	return ""
}

// temporaryFee returns the Fee of a temporary card of the given term.
func temporaryFee(years int) Fee {
	amt := temporaryCardFee(years)
	if amt == "" {
		return unknownFee(fmt.Sprintf("Temporary resident card, %d years", years), "D-FEE")
	}
	unit := "years"
	if years == 1 {
		unit = "year"
	}
	return knownFee(amt, fmt.Sprintf("temporary resident card, %d %s", years, unit), "D-FEE")
}

// permanentFee returns the Fee of a permanent resident card.
func permanentFee() Fee { return knownFee(feePermanentCard, "permanent resident card", "D-FEE") }
