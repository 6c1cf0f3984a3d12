package casebook

import (
	"tramite/procedures"
	"tramite/record"
)

// LetterPersonOf copies what the letters need from a stored person: the
// name as given (it should be exactly as in the passport, R-LETTER-INM),
// the birth date and nationality, and the personal keys kept in Details
// (procedures.PersonKeys).
func LetterPersonOf(p record.Person) procedures.LetterPerson {
	d := p.Details
	nat := p.Nationality
	if nat == "" {
		nat = d["nationality"]
	}
	birth := p.BirthDate
	if birth.IsZero() {
		birth, _ = procedures.ParseDate(d["birth_date"])
	}
	return procedures.LetterPerson{
		Name:           p.Name,
		Nationality:    nat,
		PassportNumber: d["passport_number"],
		BirthDate:      birth,
		Address:        d["address"],
		Phone:          d["phone"],
		Email:          d["email"],
		Office:         d["office"],
	}
}

// Letters writes the letters case c needs, dated ctx.Today: the one call
// the letter view, the packet and `tramite letter` make
// (procedures.LettersFor, with the case's stage for the número de pieza
// and the NUT).
func Letters(proc *procedures.Procedure, c record.Case, p record.Person, ctx procedures.Context) ([]procedures.Letter, error) {
	return procedures.LettersFor(proc, c.Answers, LetterPersonOf(p), c.Progress, ctx)
}
