package export

import (
	"testing"
	"time"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// today is the fixed "today" of every export test.
var today = procedures.MustDate("2026-11-23")

func testContext() procedures.Context { return procedures.Context{Today: today} }

// created is the fixed creation time of the fixtures.
var created = time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)

// fixture is one case of a core procedure, written as a person would have
// answered the interview on 2026-11-23.
type fixture struct {
	person record.Person
	kase   record.Case
}

var (
	ana = record.Person{ID: 1, Name: "Ana García López", BirthDate: procedures.MustDate("1990-04-02"),
		Nationality: "Colombian", Details: map[string]string{"passport_number": "PE123456"}, Created: created, Updated: created}
	ben = record.Person{ID: 2, Name: "Benjamin Oduya-Whitfield", BirthDate: procedures.MustDate("1978-12-30"),
		Nationality: "British", Created: created, Updated: created}
	chen = record.Person{ID: 4, Name: "Chen Wei", Nationality: "Chinese", Created: created, Updated: created}
)

// fixtures are the four core procedures, one case each.
func fixtures() map[string]fixture {
	return map[string]fixture{
		// R-CANJE-30: entered 2026-11-10, so the canje is due 2026-12-10;
		// booked for 2026-12-01 (R-APPT-HOW).
		"canje": {ana, record.Case{ID: 11, PersonID: ana.ID, Procedure: "canje",
			Answers: procedures.Answers{"visa_type": "temporary", "visa_issue_date": "2026-09-01",
				"entered": "yes", "entry_date": "2026-11-10", "work_permit": "no"},
			Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-01"),
				AppointmentTime: "10:30", Office: "Oficina de representación en Querétaro", Pieza: "2611-0042"},
			Ticks: map[string]bool{"D-PASS": true, "D-FORM": true}, Notes: "Ask whether they take cards for the fee.",
			History: []record.Event{
				{At: created, Kind: record.EventCreated},
				{At: created.Add(30 * 24 * time.Hour), Kind: record.EventStage, Stage: procedures.StageReady},
				{At: created.Add(40 * 24 * time.Hour), Kind: record.EventStage, Stage: procedures.StageBooked,
					Date: procedures.MustDate("2026-12-01"), Text: "10:30, Oficina de representación en Querétaro, pieza 2611-0042"},
				{At: created.Add(40*24*time.Hour + time.Minute), Kind: record.EventNote, Text: "Ask whether they take cards for the fee."},
			},
			Created: created, Updated: created}},
		// R-RENEW-WINDOW: the card expires on Saturday 2026-12-26 and 25 Dec
		// is a rest day, so the window opens 2026-11-26 and the act-by date
		// is Thursday 2026-12-24 (R-DAYS-CLOSED).
		"renewal": {ben, record.Case{ID: 12, PersonID: ben.ID, Procedure: "renewal",
			Answers: procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-26", "in_mexico": "yes",
				"holder_minor": "no", "first_card_date": "2024-01-10", "years_requested": "1",
				"grounds": "job", "grounds_hold": "yes"},
			Progress: procedures.Progress{Stage: procedures.StageDraft},
			Ticks:    map[string]bool{"D-CARD": true}, Created: created, Updated: created}},
		// R-STATUS-4Y, R-STATUS-WHEN: four years as a temporary resident.
		"status-change": {chen, record.Case{ID: 13, PersonID: chen.ID, Procedure: "status-change",
			Answers:  statusChangeAnswers(),
			Progress: procedures.Progress{Stage: procedures.StageReady}, Created: created, Updated: created}},
		// R-EXIT-ASK: leaving on Saturday 2026-12-05 while the canje is
		// pending; ask 4 business days before.
		"exit-permit": {ana, record.Case{ID: 14, PersonID: ana.ID, Procedure: "exit-permit",
			Answers: procedures.Answers{"pending_procedure": "canje", "nut": "NUT-2026-77",
				"emergency": "no", "departure_date": "2026-12-05", "return_date": "2027-01-10"},
			Progress: procedures.Progress{Stage: procedures.StageReady}, Created: created, Updated: created}},
	}
}

// statusChangeAnswers: Chen's first temporary card dates from 2022-11-10,
// so the four years are complete (R-STATUS-4Y), and the current card
// expires on 2026-12-15: the window is open (R-STATUS-WHEN).
func statusChangeAnswers() procedures.Answers {
	return procedures.Answers{"route": "four-years", "first_card_date": "2022-11-10", "card_expiry": "2026-12-15"}
}

// coreIDs are the four core procedures, in catalog order.
var coreIDs = []string{"canje", "renewal", "status-change", "exit-permit"}

// view builds the view of a fixture, skipping when its procedure is not
// registered yet (other helpers write them in parallel).
func view(t *testing.T, f fixture) casebook.Detail {
	t.Helper()
	if _, err := procedures.Lookup(f.kase.Procedure); err != nil {
		t.Skipf("procedure %s is not registered yet", f.kase.Procedure)
	}
	v, err := casebook.NewDetail(f.person, f.kase, testContext())
	if err != nil {
		t.Fatalf("NewView: %v", err)
	}
	return v
}

// household is every fixture whose procedure is registered, plus a filed
// renewal with case-life deadlines (R-CASE-DECIDE, R-CASE-CORRECT).
func household(t testing.TB) ([]record.Person, []record.Case) {
	t.Helper()
	people := []record.Person{ana, ben, chen}
	var cases []record.Case
	fs := fixtures()
	for _, id := range coreIDs {
		if _, err := procedures.Lookup(id); err == nil {
			cases = append(cases, fs[id].kase)
		}
	}
	if _, err := procedures.Lookup("renewal"); err == nil {
		filed := fs["renewal"].kase
		filed.ID, filed.PersonID = 15, chen.ID
		filed.Answers = filed.Answers.Clone()
		filed.Answers["card_expiry"] = "2026-12-10"
		filed.Progress = procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-16"),
			NUT: "QRO/2026/123", CorrectionNotice: procedures.MustDate("2026-11-20")}
		// Kept before there was a history: it begins at the upgrade.
		filed.History = []record.Event{
			{At: time.Date(2026, 11, 17, 8, 0, 0, 0, time.UTC), Kind: record.EventBegun},
			{At: time.Date(2026, 11, 17, 8, 5, 0, 0, time.UTC), Kind: record.EventStage, Stage: procedures.StageFiled,
				Date: procedures.MustDate("2026-11-16"), Text: "NUT QRO/2026/123"},
			{At: time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC), Kind: record.EventCorrections, Date: procedures.MustDate("2026-11-20")},
		}
		cases = append(cases, filed)
	}
	if len(cases) == 0 {
		t.Skip("no core procedure registered yet")
	}
	return people, cases
}
