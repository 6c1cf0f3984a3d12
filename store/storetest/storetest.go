// Package storetest is the contract every tramite storage engine passes:
// the behaviour of store.Engine, run against the embedded bbolt file
// (package store's tests) and against PostgreSQL (package store/pgstore's
// tests) alike. An engine's test calls Run with a Harness that makes fresh
// databases; it is imported by tests only.
package storetest

import (
	"testing"
	"time"

	"tramite/procedures"
	"tramite/store"
)

// Harness makes and opens databases of one engine.
type Harness struct {
	// Name is the engine's name in messages ("bbolt", "postgres").
	Name string
	// Fresh returns the address of a new, empty database (its cleanup is
	// the harness's business, through t.Cleanup).
	Fresh func(t *testing.T) string
	// Open opens the database at addr (creating it when the engine does).
	Open func(addr string, opt store.Options) (store.Engine, error)
	// OneHandle: the engine allows one open handle per database at a
	// time, so the concurrency tests' desks share one handle.
	OneHandle bool
}

// Run runs the whole contract against h's engine.
func Run(t *testing.T, h Harness) {
	for _, tc := range contract {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, h) })
	}
}

// contract lists the tests of Run, in order.
var contract = []struct {
	name string
	fn   func(t *testing.T, h Harness)
}{
	{"RoundTripSurvivesReopen", testRoundTripSurvivesReopen},
	{"CasesOfReadsTheCasesAsked", testCasesOf},
	{"PeopleOfReadsThePeopleAsked", testPeopleOf},
	{"EditsAreStoredAndStamped", testEditsAreStoredAndStamped},
	{"CaseNeedsItsPersonAndProcedure", testCaseNeedsItsPersonAndProcedure},
	{"PersonNamesAreUniqueIgnoringCase", testPersonNamesAreUniqueIgnoringCase},
	{"RenamingFreesTheOldName", testRenamingFreesTheOldName},
	{"DeletePersonRefusesWhileCasesRemain", testDeletePersonRefusesWhileCasesRemain},
	{"ReadOnlyStoreReadsButRefusesWrites", testReadOnly},
	{"IndexFollowsEveryWrite", testIndexFollowsEveryWrite},
	{"UnknownProcedureHasARowWithoutDeadlines", testUnknownProcedure},
	{"IndexKeepsTheCanjeFilingDate", testIndexKeepsTheCanjeFilingDate},
	{"EachSummaryYieldsTheRowsOfSummaries", testEachSummary},
	{"EachSummaryKeepsStringsAndStopsOnError", testEachSummaryStops},
	{"EachSummaryDueFollowsEveryWrite", testEachSummaryDue},
	{"ClosuresRoundTrip", testClosuresRoundTrip},
	{"SetClosuresRefusesZeroDate", testSetClosuresRefusesZeroDate},
	{"ClosuresMoveIndexDates", testClosuresMoveIndexDates},
	{"ClosuresApplyToNewRows", testClosuresApplyToNewRows},
	{"Import", testImport},
	{"PeopleMatchingFollowsEveryWrite", testPeopleMatching},
	{"ImportWithMatchesWhatIsStored", testImportWith},
	{"ImportMatchesOnlyByWhatItBrings", testImportMatching},
	{"ImportStoresNamesInNFC", testImportStoresNFC},
	{"ImportKeepsTheStoredHistory", testImportKeepsHistory},
	{"WritesRefuseWhatTheCommandLineRefuses", testWritesRefuse},
	{"Load", testLoad},
	{"ConflictRefusesAStaleSave", testConflictRefusesAStaleSave},
	{"ConcurrentSavesOfOneCase", testConcurrentSavesOfOneCase},
	{"ConcurrentEditsOfOneCase", testConcurrentEditsOfOneCase},
	{"InterleavedTicksBothSurvive", testInterleavedTicksBothSurvive},
	{"ConcurrentCreators", testConcurrentCreators},
	{"HistoryRoundTrips", testHistoryRoundTrips},
}

// start is the fixed "now" of the tests (2026-11-23).
var start = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// ticking returns a clock that moves one second per call, so each write
// has its own Updated.
func ticking() func() time.Time {
	t := start
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

// open opens addr with a ticking clock and closes it at the end.
func open(t testing.TB, h Harness, addr string) store.Engine {
	t.Helper()
	s, err := h.Open(addr, store.Options{Now: ticking()})
	if err != nil {
		t.Fatalf("opening a %s database: %v", h.Name, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fresh opens a new, empty database.
func fresh(t *testing.T, h Harness) store.Engine {
	t.Helper()
	return open(t, h, h.Fresh(t))
}

func mustDo(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// testProcedure returns a registered procedure, preferring renewal.
func testProcedure() *procedures.Procedure {
	if p, err := procedures.Lookup("renewal"); err == nil {
		return p
	}
	if cat := procedures.Catalog(); len(cat) > 0 {
		return cat[0]
	}
	return nil
}

// needProcedure skips a test whose assertions need a registered procedure.
func needProcedure(t testing.TB) *procedures.Procedure {
	t.Helper()
	p := testProcedure()
	if p == nil {
		t.Skip("no procedure is registered in package procedures yet")
	}
	return p
}

// FillAnswers answers every question p asks, starting from preset, with
// the first candidate the procedure accepts: a realistic, complete case.
func FillAnswers(p *procedures.Procedure, preset procedures.Answers) procedures.Answers {
	a := preset.Clone()
	if a == nil {
		a = procedures.Answers{}
	}
	dates := []string{"2026-12-20", "2026-01-15", "2025-06-01", "2027-03-01", "2024-02-10", "2026-11-30", "2022-05-05"}
	for range 50 {
		q, ok := p.Next(a)
		if !ok {
			return a
		}
		var cands []string
		switch q.Kind {
		case procedures.KindDate:
			cands = dates
		case procedures.KindChoice, procedures.KindYesNo:
			for _, c := range q.Options() {
				cands = append(cands, c.ID)
			}
		case procedures.KindNumber:
			cands = []string{"1", "2", "4"}
		default:
			cands = []string{"MEX-12345", "Oficina Cuernavaca"}
		}
		if q.Optional {
			cands = append(cands, "")
		}
		answered := false
		for _, raw := range cands {
			if v, err := p.Answer(q.Key, raw, a); err == nil {
				a[q.Key] = v
				answered = true
				break
			}
		}
		if !answered {
			return a
		}
	}
	return a
}

// RenewalAnswers is a temporary card expiring 2026-12-20, completed by
// FillAnswers for whatever else the procedure asks.
func RenewalAnswers(p *procedures.Procedure) procedures.Answers {
	preset := procedures.Answers{}
	if p.ID == "renewal" {
		preset = procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-20"}
	}
	return FillAnswers(p, preset)
}

// dates parses ISO dates for the tests.
func dates(ss ...string) []procedures.Date {
	out := make([]procedures.Date, len(ss))
	for i, s := range ss {
		out[i] = procedures.MustDate(s)
	}
	return out
}
