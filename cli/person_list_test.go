package cli

import (
	"bytes"
	"testing"
)

// TestPeopleJSONStreamedIsTheWholeDocument: person list --json, written a
// person at a time, gives the bytes of encoding the whole list at once
// (none, one, several; no cases, several; text JSON escapes).
func TestPeopleJSONStreamedIsTheWholeDocument(t *testing.T) {
	ana := personJSON{ID: 1, Name: "Ana <López> & \"Zoë\"", BirthDate: "1990-01-02", Nationality: "española",
		Details: map[string]string{"phone": "+52 55", "email": "a@b.mx"}, Cases: []caseJSON{
			{Case: 1, PersonID: 1, Person: "Ana", Procedure: "renewal", Stage: "draft",
				Next: &nextJSON{Date: "2026-12-31", ActBy: "2026-12-18", DaysLeft: 25, Kind: "closes", Title: "Window\tcloses", Urgency: "month"}},
			{Case: 7, PersonID: 1, Person: "Ana", Procedure: "canje", Stage: "filed"},
		}}
	bruno := personJSON{ID: 2, Name: "Bruno", Cases: []caseJSON{}}
	for name, people := range map[string][]personJSON{
		"none":    {},
		"one":     {bruno},
		"several": {ana, bruno, ana},
	} {
		var whole, streamed bytes.Buffer
		if err := writeJSON(&whole, people); err != nil {
			t.Fatal(err)
		}
		if err := writePeopleJSON(&streamed, people); err != nil {
			t.Fatal(err)
		}
		if whole.String() != streamed.String() {
			t.Errorf("%s: streamed\n%s\nwant\n%s", name, streamed.String(), whole.String())
		}
	}
}
