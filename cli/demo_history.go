package cli

import (
	"time"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// demoStory gives demo case c (its progress already chosen) the history it
// would have had in the story the demo tells around today (--today, not the
// machine's clock): created some days before, then each stage it reached on
// a day that fits its dates (ready, booked before the appointment, filed on
// the filing day, the INM notice, the new card received), each entry
// written by casebook.Chronicle as a save would write it. c's Created and
// Updated are its first and last entries. i varies the days from case to
// case without drawing on the demo's random numbers, so the same seed and
// --today still give the same cases.
func demoStory(c *store.Case, today procedures.Date, i int) {
	pr := c.Progress
	created := today.AddDays(-(10 + i%20))
	if !pr.FiledDate.IsZero() {
		created = minDate(created, pr.FiledDate.AddDays(-(21 + i%10)))
	}
	day := created
	// next is the day of the next step: d, but never before the last
	// step nor after today.
	next := func(d procedures.Date) procedures.Date {
		day = minDate(maxDate(d, day), today)
		return day
	}
	at := func(d procedures.Date, hour int) time.Time {
		return time.Date(d.Year, d.Month, d.Day, hour, 0, 0, 0, time.Local).UTC()
	}

	now := *c
	now.History = nil
	now.Progress = procedures.Progress{Stage: procedures.StageDraft}
	casebook.Chronicle(nil, &now, at(created, 10))
	now.Created = now.History[0].At
	step := func(p procedures.Progress, d procedures.Date, hour int) {
		was := now
		now.Progress = p
		casebook.Chronicle(&was, &now, at(next(d), hour))
	}
	if pr.StageAtLeast(procedures.StageReady) {
		step(procedures.Progress{Stage: procedures.StageReady}, created.AddDays(2), 11)
	}
	if pr.StageAtLeast(procedures.StageBooked) {
		booked := procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: pr.AppointmentDate,
			AppointmentTime: pr.AppointmentTime, Office: pr.Office, Pieza: pr.Pieza}
		bookedOn := today.AddDays(-(i % 5))
		if !pr.AppointmentDate.IsZero() {
			bookedOn = minDate(bookedOn, pr.AppointmentDate.AddDays(-10))
		}
		step(booked, bookedOn, 12)
	}
	if pr.StageAtLeast(procedures.StageFiled) {
		filed := pr
		filed.Stage, filed.CorrectionNotice = procedures.StageFiled, procedures.Date{}
		filed.ReceivedDate, filed.NewCardExpiry = procedures.Date{}, procedures.Date{}
		step(filed, pr.FiledDate, 14)
		if !pr.CorrectionNotice.IsZero() {
			filed.CorrectionNotice = pr.CorrectionNotice
			step(filed, pr.CorrectionNotice, 9)
		}
	}
	if now.Progress != pr {
		step(pr, pr.ReceivedDate, 13)
	}
	c.History, c.Created = now.History, now.Created
	c.Updated = now.History[len(now.History)-1].At
	// A uid of its own: the importer would otherwise take a case of the
	// same person and procedure created at the same time (another demo on
	// the same file, --force) for this one.
	c.UID = record.NewUID()
}

func minDate(a, b procedures.Date) procedures.Date {
	if a.After(b) {
		return b
	}
	return a
}

func maxDate(a, b procedures.Date) procedures.Date {
	if a.Before(b) {
		return b
	}
	return a
}
