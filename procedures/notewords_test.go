package procedures

import (
	"testing"

	"tramite/i18n"
)

// TestNoteInWordsAsTheCaseView: every deadline note the rules write, as
// the deadline index keeps it (English, the case's dates in it), reads
// through NoteIn exactly as the rules word it in Spanish for the case view
// (the same answers evaluated with a Spanish context): every procedure,
// the catalog's sample walks with and without the optional answers, three
// todays, and the dates tracked once filed and once received.
func TestNoteInWordsAsTheCaseView(t *testing.T) {
	es := i18n.For(i18n.Spanish)
	notes, worded := 0, 0
	for _, p := range Catalog() {
		for _, today := range []string{"2026-11-23", "2025-01-10", "2028-06-30"} {
			en := Context{Today: MustDate(today)}
			sp := Context{Today: en.Today, Lang: es}
			var sets []Answers
			for _, a := range sampleAnswerSets(t, p, en.Today) {
				bare := a.Clone()
				for _, q := range p.Questions {
					if q.Optional {
						delete(bare, q.Key)
					}
				}
				sets = append(sets, a, bare)
			}
			for _, a := range sets {
				for _, pr := range []Progress{
					{},
					{Stage: StageFiled, FiledDate: en.Today},
					{Stage: StageReceived, AppointmentDate: en.Today, FiledDate: en.Today,
						CorrectionNotice: en.Today.AddDays(3), ReceivedDate: en.Today.AddDays(20), NewCardExpiry: en.Today.AddYears(1)},
				} {
					want := map[string]string{}
					for _, d := range LocalizeDeadlines(es, Track(p, a, pr, sp)) {
						want[d.Key] = d.Note
					}
					for _, d := range Track(p, a, pr, en) {
						if d.Note == "" {
							continue
						}
						notes++
						got, ok := NoteIn(es, d.Note)
						if ok {
							worded++
						}
						if got != want[d.Key] {
							t.Errorf("%s %s (today %s): NoteIn(%q)\n = %q (%v)\nwant %q", p.ID, d.Key, today, d.Note, got, ok, want[d.Key])
						}
					}
				}
			}
		}
	}
	if notes == 0 || worded != notes {
		t.Errorf("%d of %d notes worded", worded, notes)
	}
	if got, ok := NoteIn(es, "Something the catalog never heard of, on 2026-01-01."); ok || got != "Something the catalog never heard of, on 2026-01-01." {
		t.Errorf("an unknown note: %q, %v; want it as it is, not worded", got, ok)
	}
	if got, ok := NoteIn(nil, "Any note"); !ok || got != "Any note" {
		t.Errorf("English: %q, %v", got, ok)
	}
}

// BenchmarkNoteIn: the longest kind of note (a count, a closed day and
// the other reading), worded once, as the dashboard's detail line does on
// the first frame that shows it.
func BenchmarkNoteIn(b *testing.B) {
	es := i18n.For(i18n.Spanish)
	note := "No appointment needed (R-APPT-NONE). INM notifies a fine of 20 to 100 UMA days. After this date, start again, in practice at a consulate. Counting the expiry (2028-05-31) as day 1, the 60 calendar days end on 2028-07-29 (used here); counted from the day after, on 2028-07-30 (R-DAYS-CAL). The legal date 2028-07-29 is a Saturday, when INM offices are closed (R-DAYS-CLOSED). Act by Friday 2028-07-28. Another reading moves such a deadline to the next business day; it is not in the law's text and never the safe one."
	if _, ok := NoteIn(es, note); !ok {
		b.Fatal("not worded")
	}
	for b.Loop() {
		NoteIn(es, note)
	}
}
