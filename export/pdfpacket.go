package export

import (
	"tramite/casebook"
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

// PacketFromView builds the packet pages of one case view, with its letters
// dated ctx.Today (or, when data is missing, the reason there are none).
func PacketFromView(v casebook.Detail, ctx procedures.Context) PacketCase {
	person := LetterPersonOf(v.Person)
	letters, err := procedures.Letters(v.Procedure, v.Case.Answers, person, ctx)
	guide := GuideOf(v, ctx)
	return PacketCase{
		Guide:      &guide,
		Person:     person,
		CaseID:     v.Case.ID,
		Procedure:  v.Procedure,
		Progress:   v.Case.Progress,
		Outcome:    v.Outcome,
		Deadlines:  v.Deadlines,
		Ticks:      v.Case.Ticks,
		Letters:    letters,
		Warnings:   v.Warnings,
		Headline:   v.Headline(),
		Filed:      v.Standing().Kind != casebook.Verdict,
		LettersErr: err,
	}
}
