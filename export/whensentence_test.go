package export

import (
	"strings"
	"testing"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// TestWhenSentenceSaysClosedOnlyWhenItIs: an act-by day before the legal
// date says the office is closed on it when it is (a Saturday, 5 May, an
// entered closure: R-DAYS-CLOSED) and that offices usually close then,
// with the legal date as the last day if yours is open, when it is only a
// likely closure (the year-end vacation, holy week: R-DAYS-LIKELY).
func TestWhenSentenceSaysClosedOnlyWhenItIs(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	entered := procedures.Calendar{Closures: map[procedures.Date]bool{procedures.MustDate("2027-02-10"): true}}
	es := i18n.For(i18n.Spanish)
	tests := []struct {
		name         string
		cal          procedures.Calendar
		legal, actBy string
		l            *i18n.Printer
		want         string
	}{
		{"a Saturday", procedures.Calendar{}, "2027-01-09", "2027-01-08", nil,
			"Act by 2027-01-08 (Fri), in 46 days: the office is closed on 2027-01-09."},
		{"5 May, a rest day", procedures.Calendar{}, "2027-05-05", "2027-05-04", nil,
			"Act by 2027-05-04 (Tue), in 162 days: the office is closed on 2027-05-05."},
		{"an entered closure", entered, "2027-02-10", "2027-02-09", nil,
			"Act by 2027-02-09 (Tue), in 78 days: the office is closed on 2027-02-10."},
		{"the year-end vacation", procedures.Calendar{}, "2026-12-31", "2026-12-18", nil,
			"Act by 2026-12-18 (Fri), in 25 days: INM offices usually close then; if yours is open, the last day is 2026-12-31 (Thu)."},
		{"holy week", procedures.Calendar{}, "2027-03-24", "2027-03-19", nil,
			"Act by 2027-03-19 (Fri), in 116 days: INM offices usually close then; if yours is open, the last day is 2027-03-24 (Wed)."},
		{"the year-end vacation in Spanish", procedures.Calendar{}, "2026-12-31", "2026-12-18", es,
			"Actúe a más tardar el 2026-12-18 (vie), en 25 días: las oficinas del INM suelen cerrar en esas fechas; si la suya abre, el último día es el 2026-12-31 (jue)."},
		{"a Saturday in Spanish", procedures.Calendar{}, "2027-01-09", "2027-01-08", es,
			"Actúe a más tardar el 2027-01-08 (vie), en 46 días: la oficina está cerrada el 2027-01-09."},
	}
	for _, tc := range tests {
		d := procedures.Deadline{Key: "k", Kind: procedures.Closes, Title: "Window closes",
			Date: procedures.MustDate(tc.legal), ActBy: procedures.MustDate(tc.actBy)}
		if got := whenSentence(tc.l, today, tc.cal, d); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestEventDescriptionSaysClosedOnlyWhenItIs: the calendar event's body
// words the act-by day as the text export does.
func TestEventDescriptionSaysClosedOnlyWhenItIs(t *testing.T) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	v := casebook.Detail{Procedure: proc, Case: record.Case{ID: 3}, Person: record.Person{Name: "Ana López"}}
	for _, tc := range []struct{ legal, actBy, want string }{
		{"2027-01-09", "2027-01-08", "Legal date 2027-01-09 (Sat); the office is closed that day: act by 2027-01-08 (Fri)."},
		{"2026-12-31", "2026-12-18", "INM offices usually close around the legal date 2026-12-31 (Thu): act by 2026-12-18 (Fri); if yours is open, the last day is the legal date."},
	} {
		d := procedures.Deadline{Key: "k", Date: procedures.MustDate(tc.legal), ActBy: procedures.MustDate(tc.actBy)}
		if got := eventDescription(nil, v, d); !strings.Contains(got, tc.want) {
			t.Errorf("legal date %s:\n%s\nwant it to hold %q", tc.legal, got, tc.want)
		}
	}
}
