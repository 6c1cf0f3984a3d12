package procedures

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseAddress(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want AddressParts
		trap []string // substrings of the traps pointed out
	}{
		{name: "hash, colonia, C.P., state abbreviation",
			in:   "Calle Hidalgo #123, Col. Centro, C.P. 76000, Querétaro, Qro.",
			want: AddressParts{Street: "Calle Hidalgo", Number: "123", Colonia: "Centro", PostalCode: "76000", Municipality: "Querétaro", State: "Querétaro"},
			trap: []string{`"#" removed`}},
		{name: "No. label and the postal code beside the municipality",
			in:   "Av. Juárez No. 45, Colonia Roma Norte, 06700 Cuauhtémoc, CDMX",
			want: AddressParts{Street: "Av. Juárez", Number: "45", Colonia: "Roma Norte", PostalCode: "06700", Municipality: "Cuauhtémoc", State: "Ciudad de México"}},
		{name: "hash with an interior number, country at the end",
			in:   "Calle 60 # 491 Int. 4, Centro, 97000 Mérida, Yucatán, México",
			want: AddressParts{Street: "Calle 60", Number: "491 Int. 4", Colonia: "Centro", PostalCode: "97000", Municipality: "Mérida", State: "Yucatán"},
			trap: []string{`"#" removed`}},
		{name: "trailing number, no labels",
			in:   "Calle 5 de Mayo 12, San Francisco, 37700 San Miguel de Allende, Guanajuato",
			want: AddressParts{Street: "Calle 5 de Mayo", Number: "12", Colonia: "San Francisco", PostalCode: "37700", Municipality: "San Miguel de Allende", State: "Guanajuato"}},
		{name: "a street type alone keeps its number",
			in:   "Calle 60, Centro, Mérida, Yuc.",
			want: AddressParts{Street: "Calle 60", Colonia: "Centro", Municipality: "Mérida", State: "Yucatán"}},
		{name: "an initial with a full stop in the street",
			in:   "Calle J. Ortiz 8, Col. Juárez, 58000 Morelia, Mich.",
			want: AddressParts{Street: "Calle J Ortiz", Number: "8", Colonia: "Juárez", PostalCode: "58000", Municipality: "Morelia", State: "Michoacán"},
			trap: []string{`"Calle J. Ortiz" typed as "Calle J Ortiz"`}},
		{name: "one line without commas: the number only",
			in:   "Hidalgo 123 Centro",
			want: AddressParts{Street: "Hidalgo 123 Centro"}},
		{name: "an unknown last part is not a state",
			in:   "Calle Luna 3, Las Flores, 76000, Atlantis",
			want: AddressParts{Street: "Calle Luna", Number: "3", Colonia: "Las Flores", PostalCode: "76000", Municipality: "Atlantis"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseAddress(tc.in)
			gotTraps := got.Traps
			got.Traps, got.Unplaced = nil, nil
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseAddress(%q)\n got %+v\nwant %+v", tc.in, got, tc.want)
			}
			if len(gotTraps) != len(tc.trap) {
				t.Errorf("traps %q, want %d containing %q", gotTraps, len(tc.trap), tc.trap)
			}
			for _, w := range tc.trap {
				if !strings.Contains(strings.Join(gotTraps, "|"), w) {
					t.Errorf("traps %q lack %q", gotTraps, w)
				}
			}
			for _, v := range []string{got.Street, got.Number, got.Colonia, got.Municipality} {
				if strings.Contains(v, "#") {
					t.Errorf("a field keeps the #: %q", v)
				}
			}
		})
	}
}

func TestSplitName(t *testing.T) {
	tests := []struct {
		name, nationality string
		given             string
		surnames          []string
		sure              bool
		initials          int
	}{
		{"Ana García López", "Colombian", "Ana", []string{"García", "López"}, false, 0},
		{"José María Núñez de la Peña", "Spanish", "José María", []string{"Núñez", "de la Peña"}, false, 0},
		{"John Q. Public", "American", "John Q", []string{"Public"}, false, 1},
		{"Mary J.R. Smith", "British", "Mary J R", []string{"Smith"}, false, 1},
		{"Benjamin Oduya-Whitfield", "British", "Benjamin", []string{"Oduya-Whitfield"}, false, 0},
		{"Juan de la Cruz", "Mexican", "Juan", []string{"de la Cruz"}, false, 0},
		{"Núñez Güemes, María Ángeles", "", "María Ángeles", []string{"Núñez", "Güemes"}, true, 0},
		{"Madonna", "American", "Madonna", nil, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := SplitName(tc.name, tc.nationality)
			if s.Given != tc.given || strings.Join(s.Surnames, "|") != strings.Join(tc.surnames, "|") || s.Sure != tc.sure || len(s.Initials) != tc.initials {
				t.Errorf("SplitName(%q, %q) = %+v, want given %q surnames %q sure %v, %d initials",
					tc.name, tc.nationality, s, tc.given, tc.surnames, tc.sure, tc.initials)
			}
			for _, f := range append([]string{s.Given}, s.Surnames...) {
				if strings.Contains(f, ".") {
					t.Errorf("a name field keeps a full stop: %q", f)
				}
			}
		})
	}
}

// fieldByLabel finds a form field by its label's start.
func fieldByLabel(t *testing.T, fs []FormField, label string) FormField {
	t.Helper()
	for _, f := range fs {
		if strings.HasPrefix(f.Label, label) {
			return f
		}
	}
	t.Fatalf("no field %q in %+v", label, fs)
	return FormField{}
}

func TestFormFields(t *testing.T) {
	renewal, err := Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	full := LetterPerson{Name: "John Q. Public", Nationality: "American", PassportNumber: "X1234567",
		BirthDate: MustDate("1980-07-04"), Address: "Calle Hidalgo #123, Col. Centro, C.P. 76000, Querétaro, Qro.",
		Email: "john@example.com"}
	a := Answers{"card_type": "temporary", "grounds": "job"}
	fs := FormFields(renewal, a, full)

	type want struct{ label, value, toFill, trap string }
	for _, w := range []want{
		{label: "Given name(s)", value: "John Q", trap: `"Q." typed as "Q"`},
		{label: "Surname(s)", value: "Public"},
		{label: "Nationality", value: "American"},
		{label: "Sex", toFill: "as in the passport"},
		{label: "Date of birth", value: "day 04, month 07 (julio), year 1980"},
		{label: "Passport number", value: "X1234567"},
		{label: "Street", value: "Calle Hidalgo"},
		{label: "Number", value: "123", trap: `"#" removed`},
		{label: "Colonia", value: "Centro"},
		{label: "Postal code", value: "76000"},
		{label: "Municipality", value: "Querétaro"},
		{label: "State", value: "Querétaro"},
		// A missing phone is to fill in, never invented.
		{label: "Telephone", toFill: "telephone number"},
		{label: "E-mail", value: "john@example.com"},
		{label: "Employer", toFill: "job offer"},
	} {
		f := fieldByLabel(t, fs, w.label)
		if f.Value != w.value {
			t.Errorf("%s = %q, want %q", w.label, f.Value, w.value)
		}
		if w.toFill != "" && (!f.Missing() || !strings.Contains(f.ToFill, w.toFill)) {
			t.Errorf("%s: to fill %q, want it to fill in with %q", w.label, f.ToFill, w.toFill)
		}
		if !f.Missing() && f.ToFill != "" {
			t.Errorf("%s has a value and something to fill in", w.label)
		}
		if w.trap != "" && !strings.Contains(strings.Join(f.Traps, "|"), w.trap) {
			t.Errorf("%s traps %q lack %q", w.label, f.Traps, w.trap)
		}
		if f.Rule != "R-FORM-FIELDS" {
			t.Errorf("%s cites %q", w.label, f.Rule)
		}
	}
	for _, f := range fs {
		if strings.Contains(f.Value, "#") {
			t.Errorf("%s keeps a #: %q", f.Label, f.Value)
		}
		for _, l := range f.Lines() {
			if l.Text == "" || l.Rule == "" {
				t.Errorf("%s: a line without text or rule: %+v", f.Label, l)
			}
		}
	}

	// Nothing known: every personal field is to fill in.
	for _, f := range FormFields(renewal, Answers{"card_type": "temporary"}, LetterPerson{}) {
		if !f.Missing() {
			t.Errorf("%s = %q with no data given", f.Label, f.Value)
		}
		if f.Label == "Employer" {
			t.Errorf("an employer field without job grounds")
		}
	}
}

func TestFormFieldsNotifiedAddress(t *testing.T) {
	p, err := Lookup("notification")
	if err != nil {
		t.Fatal(err)
	}
	a := Answers{"change_kind": "address", "new_value": "Av. Reforma No. 10, Col. Juárez, 06600 Cuauhtémoc, CDMX"}
	fs := FormFields(p, a, LetterPerson{Name: "Ana López", Address: "Calle Vieja 1, Centro, 76000 Querétaro, Qro."})
	if f := fieldByLabel(t, fs, "Street"); f.Value != "Av. Reforma" || !strings.Contains(f.Note, "new address") {
		t.Errorf("a notified move fills the new address: %+v", f)
	}
	if f := fieldByLabel(t, fs, "Number"); f.Value != "10" {
		t.Errorf("number %q, want 10", f.Value)
	}
}
