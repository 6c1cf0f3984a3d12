package export

import (
	"errors"
	"strings"
	"testing"

	"tramite/procedures"
)

func TestDecodeCSV(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	const head = "person,passport_number,phone,procedure,card_type,card_expiry,in_mexico,holder_minor,status_since,years_requested,grounds,grounds_hold\n"
	const ok = "Ana López,G1234567,55 1234 5678,renewal,temporary,10/12/2026,yes,no,2024-01-15,1,job,yes\n"
	tests := map[string]struct {
		csv                string
		people, cases      int
		wantErr            []string // each must appear in the error
		wantPassport, card string
	}{
		"one person with a case":       {csv: head + ok, people: 1, cases: 1, wantPassport: "G1234567", card: "2026-12-10"},
		"a person alone, no procedure": {csv: "name,email\nZoë Adams,zoe@example.com\n", people: 1},
		"two rows of one person (folded) are one person with two cases": {
			csv: head + ok + "ana lopez,,,renewal,temporary,11/12/2026,yes,no,2024-01-15,1,job,yes\n", people: 1, cases: 2},
		"blank lines are skipped": {csv: head + ok + ",,,,,,,,,,,\n", people: 1, cases: 1},
		"a bad date names its line, column and key": {csv: head + ok + "Luis Ibáñez,,,renewal,temporary,31/02/2027,yes,no,2024-01-15,1,job,yes\n",
			wantErr: []string{"line 3, column F (card_expiry)"}},
		"a bad phone names its cell": {csv: head + "Luis Ibáñez,,12,renewal,temporary,10/12/2026,yes,no,2024-01-15,1,job,yes\n",
			wantErr: []string{"line 2, column C (phone)"}},
		"an unknown header is refused with the keys to use": {csv: "person,colour\nAna,blue\n", wantErr: []string{"line 1, column B", "not a key tramite knows"}},
		"no person column":                      {csv: "email\na@b.mx\n", wantErr: []string{"no person column"}},
		"an unknown procedure":                  {csv: "person,procedure\nAna,renewall\n", wantErr: []string{"line 2, column B (procedure)", "renewal"}},
		"an answer that is not the procedure's": {csv: "person,procedure,entry_date\nAna,renewal,2026-01-01\n", wantErr: []string{"line 2, column C (entry_date)", "not a question of renewal"}},
		"an answer without a procedure":         {csv: "person,card_expiry\nAna,2026-12-10\n", wantErr: []string{"line 2, column B (card_expiry)", "fill the procedure column"}},
		"an empty name":                         {csv: "person,email\n,a@b.mx\n", wantErr: []string{"line 2, column A (person)"}},
		"rows of one person that disagree":      {csv: "person,phone\nAna,5512345678\nANA,5599999999\n", wantErr: []string{"line 3", "make them agree"}},
		"every bad row is listed at once":       {csv: "person,phone\nAna,12\nLuis,34\n", wantErr: []string{"line 2, column B", "line 3, column B"}},
		"a header alone":                        {csv: "person\n", wantErr: []string{"no rows"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b, err := DecodeCSV(strings.NewReader(tt.csv), today)
			if len(tt.wantErr) > 0 {
				var inv *InvalidError
				if !errors.As(err, &inv) {
					t.Fatalf("err = %v, want an *InvalidError", err)
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error lacks %q:\n%v", w, err)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(b.People) != tt.people || len(b.Cases) != tt.cases {
				t.Fatalf("%d people, %d cases; want %d, %d", len(b.People), len(b.Cases), tt.people, tt.cases)
			}
			if tt.wantPassport != "" && b.People[0].Details["passport_number"] != tt.wantPassport {
				t.Errorf("passport = %q", b.People[0].Details["passport_number"])
			}
			if tt.card != "" && b.Cases[0].Answers["card_expiry"] != tt.card {
				t.Errorf("card_expiry = %q, want %q (normalised)", b.Cases[0].Answers["card_expiry"], tt.card)
			}
		})
	}
}

func TestCSVTemplateIsImportable(t *testing.T) {
	proc, _ := procedures.Lookup("renewal")
	var b strings.Builder
	if err := CSVTemplate(&b, proc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "person,nationality,") || !strings.Contains(b.String(), ",procedure,card_type") {
		t.Errorf("template = %q", b.String())
	}
	if _, err := DecodeCSV(strings.NewReader(b.String()+"Ana López\n"), procedures.MustDate("2026-11-23")); err != nil {
		t.Errorf("the template with a name does not import: %v", err)
	}
}

func TestColName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := colName(i); got != want {
			t.Errorf("colName(%d) = %q, want %q", i, got, want)
		}
	}
}
