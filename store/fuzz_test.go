package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"tramite/procedures"
)

// FuzzDecodeCase: whatever bytes a damaged file holds under a case key,
// decoding returns a case or an error, never a panic, and a decoded case
// always has an Answers map.
func FuzzDecodeCase(f *testing.F) {
	good, _ := json.Marshal(Case{ID: 1, PersonID: 2, Procedure: "renewal",
		Answers:  procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-20"},
		Progress: procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-11-20")},
		Ticks:    map[string]bool{"D-PASS": true}})
	for _, seed := range []string{
		string(good), "", "null", "{}", `{"answers":null}`, `{"answers":{"a":1}}`,
		`{"progress":{"filed_date":"2026-02-30"}}`, `{"progress":{"filed_date":"tomorrow"}}`,
		`{"id":-1}`, `{"created":"not a time"}`, string(good[:len(good)/2]), "\xff\xfe",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := decodeCase(data)
		if err == nil && c.Answers == nil {
			t.Errorf("decodeCase(%q) returned nil Answers", data)
		}
	})
}

// FuzzDecodeRow: a damaged index row decodes to an error, never a panic
// or a huge allocation, and a row that decodes re-encodes, through a new
// string table or inline, to the same row.
func FuzzDecodeRow(f *testing.F) {
	table := newMemTable()
	s := Summary{CaseID: 3, PersonID: 1, Person: "Ana", Procedure: "renewal", Stage: procedures.StageDraft,
		Deadlines: []procedures.Deadline{{Key: "k", Date: procedures.MustDate("2026-12-20"), Title: "t", Rule: "R-RENEW-WINDOW"}}}
	row := encodeSummary(s, table.id)
	for _, seed := range [][]byte{row, encodeSummary(s, nil), row[:len(row)/2], {}, {2}, {1}, {2, 0, 0, 4},
		{2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := newRowDecoder(table.strs).decode(data)
		if err != nil {
			return
		}
		for name, ids := range map[string]*memTable{"a new table": newMemTable(), "inline": nil} {
			var enc stringIDs
			strs := []string{""}
			if ids != nil {
				enc, strs = ids.id, nil
			}
			again, err := func() (Summary, error) {
				row := encodeSummary(s, enc)
				if ids != nil {
					strs = ids.strs
				}
				return newRowDecoder(strs).decode(row)
			}()
			if err != nil {
				t.Fatalf("%s: a decoded row does not re-decode: %v", name, err)
			}
			if !reflect.DeepEqual(again, s) {
				t.Errorf("%s: re-encoding changed the row:\n%+v\n%+v", name, again, s)
			}
		}
	})
}
