package procedures

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// letterToday fixes the date every letter is dated (R-LETTER-WHAT: place
// and date).
var letterToday = MustDate("2026-11-23")

func letterPerson() LetterPerson {
	return LetterPerson{
		Name:           "Ana María López Núñez",
		Nationality:    "canadiense",
		PassportNumber: "AB1234567",
		Address:        "Calle Independencia 45, Col. Centro, 76000 Santiago de Querétaro, Qro.",
		Phone:          "442 123 4567",
		Email:          "ana@example.com",
		Office:         "Querétaro",
	}
}

// letterCases are the goldens: one case per letter-bearing route, each
// citing the rule its letter fulfils.
var letterCases = []struct {
	name, proc, rule string
	answers          Answers
	letters          int
}{
	{"renewal", "renewal", "R-LETTER-INM renewal asks to renew, R-RENEW-TERMS years", Answers{
		"card_type": "temporary", "card_expiry": "2026-12-15", "in_mexico": "yes", "holder_minor": "no",
		"status_since": "2024-12-15", "years_requested": "2", "grounds": "job", "grounds_hold": "yes"}, 1},
	{"renewal-minor", "renewal", "R-RENEW-INPERSON a parent signs for a minor", Answers{
		"card_type": "permanent-minor", "card_expiry": "2026-12-15", "in_mexico": "yes", "child_birth_date": "2020-05-02"}, 1},
	{"canje", "canje", "R-LETTER-INM canje letter of request, R-CANJE-30", Answers{
		"visa_type": "temporary", "visa_issue_date": "2026-09-01", "entered": "yes", "entry_date": "2026-11-10",
		"work_permit": "no"}, 1},
	{"status-four-years", "status-change", "R-STATUS-4Y the application states the route", Answers{
		"route": "four-years", "status_since": "2022-12-01", "card_expiry": "2026-12-01"}, 1},
	{"status-marriage", "status-change", "R-STATUS-2Y, D-OATH-2Y sworn statement of both spouses", Answers{
		"route": "marriage", "status_since": "2024-11-01", "card_expiry": "2026-12-01",
		"link": "spouse", "relative_status": "mexican", "relative_name": "José Hernández Ruiz", "via_link": "yes",
		"financially_dependent": "no", "certificate_abroad": "no"}, 2},
	{"status-family-unity", "status-change", "R-STATUS-FAMILY a visitor's change by family unity", Answers{
		"route": "family-unity", "current_status": "visitor", "target": "temporary", "stay_expiry": "2027-02-01",
		"link": "child", "relative_status": "permanent-resident", "relative_name": "Carmen Núñez Ortega", "certificate_abroad": "yes"}, 1},
	{"status-pension", "status-change", "R-STATUS-PENSION the pensioner's route", Answers{
		"route": "pension", "card_expiry": "2027-03-01", "pension_basis": "pension"}, 1},
	{"notification-nationality", "notification", "D-NOTIFY-LETTER dual nationality stated", Answers{
		"change_kind": "nationality", "change_date": "2026-09-20", "old_value": "canadiense", "new_value": "canadiense y española",
		"dual_nationality": "yes"}, 1},
	{"notification", "notification", "D-NOTIFY-LETTER under oath, old and new data", Answers{
		"change_kind": "address", "change_date": "2026-10-01",
		"old_value": "Av. Juárez 10, Col. Centro, 76000 Santiago de Querétaro, Qro.",
		"new_value": "Calle Independencia 45, Col. Centro, 76000 Santiago de Querétaro, Qro."}, 1},
	{"exit-ordinary", "exit-permit", "R-EXIT-DOCS request letter", Answers{
		"pending_procedure": "canje", "nut": "QRO-2026-001234", "emergency": "no",
		"departure_date": "2026-12-10", "return_date": "2027-01-05"}, 1},
	{"exit-emergency", "exit-permit", "R-EXIT-ASK emergency: the force-majeure letter", Answers{
		"pending_procedure": "other", "emergency": "yes", "departure_date": "2026-11-24", "return_date": "2026-12-05",
		"emergency_cause": "mi madre se encuentra hospitalizada en estado grave en Toronto, Canadá"}, 2},
}

// procFor returns the registered procedure id.
func procFor(t *testing.T, id string) *Procedure {
	t.Helper()
	p, err := Lookup(id)
	if err != nil {
		t.Fatalf("Lookup(%q): %v", id, err)
	}
	return p
}

// namedTB files goldens under testdata/letters/ rather than under the test
// function's name.
type namedTB struct {
	testing.TB
	name string
}

func (n namedTB) Name() string { return n.name }

func renderAll(ls []Letter) string {
	var b strings.Builder
	for i, l := range ls {
		if i > 0 {
			b.WriteString("\n==========\n\n")
		}
		b.WriteString(l.Text(78))
	}
	return b.String()
}

func TestLettersGolden(t *testing.T) {
	c := Context{Today: letterToday}
	for _, tc := range letterCases {
		t.Run(tc.name, func(t *testing.T) {
			ls, err := Letters(procFor(t, tc.proc), tc.answers, letterPerson(), c)
			if err != nil {
				t.Fatalf("%s: Letters => %v, want letters", tc.rule, err)
			}
			if len(ls) != tc.letters {
				t.Fatalf("%s: %d letters, want %d", tc.rule, len(ls), tc.letters)
			}
			golden.RequireEqual(namedTB{t, "letters/" + tc.name}, renderAll(ls))
		})
	}
}

// TestLettersCarryWhatARequestNeeds checks every R-LETTER-WHAT element in
// every letter: authority and office, name, nationality, passport,
// domicile for notifications, the request, place and date, signature, the
// documents enclosed; and the oath where the document is under oath.
func TestLettersCarryWhatARequestNeeds(t *testing.T) {
	c := Context{Today: letterToday}
	p := letterPerson()
	elements := []struct{ what, want string }{
		{"authority", "Instituto Nacional de Migración"},
		{"office", "Oficina de Representación en Querétaro"},
		{"name", p.Name},
		{"nationality", "de nacionalidad canadiense"},
		{"passport", "pasaporte número AB1234567"},
		{"domicile for notifications", "domicilio para oír y recibir notificaciones el ubicado en " + p.Address},
		{"place and date", "Querétaro, a 23 de noviembre de 2026"},
		{"signature line", "_____"},
		{"subject", "Asunto: "},
	}
	underOathDocs := map[string]bool{"D-NOTIFY-LETTER": true, "D-OATH-2Y": true}
	for _, tc := range letterCases {
		ls, err := Letters(procFor(t, tc.proc), tc.answers, p, c)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, l := range ls {
			text := l.Text(0)
			t.Run(tc.name+"/"+l.Kind, func(t *testing.T) {
				for _, e := range elements {
					if !strings.Contains(text, e.want) {
						t.Errorf("R-LETTER-WHAT: the %s (%q) is missing from:\n%s", e.what, e.want, text)
					}
				}
				if l.Kind != "spouses-oath" && !strings.Contains(text, "solicit") {
					t.Errorf("R-LETTER-WHAT: no request (solicito) in:\n%s", text)
				}
				if l.Kind != "spouses-oath" && !strings.Contains(text, "Acompaño") {
					t.Errorf("R-LETTER-WHAT: the documents enclosed are not mentioned in:\n%s", text)
				}
				oath := strings.Contains(text, "bajo protesta de decir verdad")
				if underOathDocs[l.Doc] && (!oath || !l.Oath) {
					t.Errorf("%s is made bajo protesta de decir verdad; text or Oath flag lacks it", l.Doc)
				}
				if !reflect.DeepEqual(l.Rules[:2], []string{"R-LETTER-WHAT", "R-LETTER-INM"}) {
					t.Errorf("Rules = %v, want R-LETTER-WHAT and R-LETTER-INM first", l.Rules)
				}
			})
		}
	}
}

func TestLettersMissingDataGivesNoLetter(t *testing.T) {
	c := Context{Today: letterToday}
	renewal := letterCases[0]
	tests := map[string]struct {
		proc    string
		answers Answers
		person  func(*LetterPerson)
		want    []string
	}{
		"R-LETTER-INM names as in the passport: no passport number, no letter": {
			"renewal", renewal.answers, func(p *LetterPerson) { p.PassportNumber = "" }, []string{"passport_number"}},
		"R-LETTER-WHAT domicile for notifications: no address, no letter": {
			"renewal", renewal.answers, func(p *LetterPerson) { p.Address = "  " }, []string{"address"}},
		"every missing key is named, person keys first": {
			"renewal", Answers{"card_type": "temporary"},
			func(p *LetterPerson) { p.Address, p.PassportNumber, p.Office = "", "", "" },
			[]string{"passport_number", "address", "office", "card_expiry", "years_requested"}},
		"R-LETTER-INM renewal states the years requested": {
			"renewal", Answers{"card_type": "temporary", "card_expiry": "2026-12-15"}, nil, []string{"years_requested"}},
		"D-OATH-2Y needs the spouse's name": {
			"status-change", Answers{"route": "marriage", "status_since": "2024-11-01", "card_expiry": "2026-12-01", "link": "spouse", "relative_status": "mexican"},
			nil, []string{"relative_name"}},
		"R-EXIT-ASK the force-majeure letter states the cause": {
			"exit-permit", Answers{"pending_procedure": "canje", "emergency": "yes", "departure_date": "2026-11-24", "return_date": "2026-12-05"},
			nil, []string{"emergency_cause"}},
		"D-NOTIFY-LETTER needs the old and the new data": {
			"notification", Answers{"change_kind": "workplace", "change_date": "2026-10-01"},
			nil, []string{"old_value", "new_value"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := letterPerson()
			if tc.person != nil {
				tc.person(&p)
			}
			ls, err := Letters(procFor(t, tc.proc), tc.answers, p, c)
			var me *MissingError
			if !errors.As(err, &me) {
				t.Fatalf("Letters => %v, %v; want a *MissingError", len(ls), err)
			}
			if ls != nil {
				t.Errorf("Letters returned %d letters with data missing; want none", len(ls))
			}
			if !reflect.DeepEqual(me.Keys, tc.want) {
				t.Errorf("missing keys = %v, want %v", me.Keys, tc.want)
			}
			for _, k := range tc.want {
				if !strings.Contains(err.Error(), k) {
					t.Errorf("error %q does not name %s", err, k)
				}
			}
		})
	}
}

func TestLettersUsePersonKeysAnsweredOnTheCase(t *testing.T) {
	p := letterPerson()
	p.PassportNumber = ""
	a := letterCases[0].answers.Clone()
	a["passport_number"] = "ZX9876543"
	ls, err := Letters(procFor(t, "renewal"), a, p, Context{Today: letterToday})
	if err != nil {
		t.Fatal(err)
	}
	if got := ls[0].Text(0); !strings.Contains(got, "pasaporte número ZX9876543") {
		t.Errorf("the case's passport_number answer is not used:\n%s", got)
	}
}

func TestFormatSpanish(t *testing.T) {
	tests := map[string]string{
		"2026-11-23": "23 de noviembre de 2026",
		"2027-01-01": "1 de enero de 2027",
		"2028-02-29": "29 de febrero de 2028",
		"2026-09-16": "16 de septiembre de 2026",
	}
	for in, want := range tests {
		if got := FormatSpanish(MustDate(in)); got != want {
			t.Errorf("FormatSpanish(%s) => %q, want %q", in, got, want)
		}
	}
	if got := FormatSpanish(Date{}); got != "" {
		t.Errorf("FormatSpanish(zero) => %q, want empty", got)
	}
}

func TestWrapRunesKeepsEveryWordWithinWidth(t *testing.T) {
	long := strings.Repeat("ñ", 50)
	lines := WrapRunes("Señalo como domicilio "+long+" y más", 20)
	for _, l := range lines {
		if n := len([]rune(l)); n > 20 {
			t.Errorf("line %q has %d runes, want at most 20", l, n)
		}
	}
	if got := strings.Join(lines, ""); strings.Count(got, "ñ") != 51 {
		t.Errorf("wrapping lost text: %q", got)
	}
}

func TestProceduresWithoutLettersGiveNone(t *testing.T) {
	ls, err := Letters(&Procedure{ID: "work-permit"}, Answers{}, LetterPerson{}, Context{Today: letterToday})
	if ls != nil || err != nil {
		t.Errorf("Letters(work-permit) => %v, %v; want nil, nil", ls, err)
	}
}
