package export

import (
	"tramite/casebook"
	"tramite/procedures"
)

// PacketFromView builds the packet pages of one case view, with its letters
// dated ctx.Today (or, when data is missing, the reason there are none).
func PacketFromView(v casebook.Detail, ctx procedures.Context) PacketCase {
	person := casebook.LetterPersonOf(v.Person)
	letters, err := casebook.Letters(v.Procedure, v.Case, v.Person, ctx)
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
		Lang:       ctx.Lang,
		History:    casebook.HistoryLines(ctx.Lang, v.Procedure, v.Case),
		Notes:      v.Case.Notes,
	}
}
