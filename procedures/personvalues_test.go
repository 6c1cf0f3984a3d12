package procedures

import (
	"strings"
	"testing"
)

// TestNormalizePersonValue: the personal values the letters state
// (R-LETTER-WHAT: name, nationality, passport, domicile) are checked the
// same way wherever they are typed.
func TestNormalizePersonValue(t *testing.T) {
	today := MustDate("2026-11-23")
	tests := map[string]struct {
		key, raw, want, errHas string
	}{
		"birth date typed day first is stored ISO":         {"birth_date", "12/04/1985", "1985-04-12", ""},
		"30 February is refused":                           {"birth_date", "30/02/1985", "", "February"},
		"a birth date after today is refused":              {"birth_date", "2027-01-01", "", "after today"},
		"an e-mail needs an @":                             {"email", "ana.example.com", "", "ana@example.com"},
		"an e-mail with two @ is refused":                  {"email", "ana@@example.com", "", "not an e-mail"},
		"an e-mail is kept trimmed":                        {"email", " ana@example.com ", "ana@example.com", ""},
		"a phone with letters is refused":                  {"phone", "55-CALL-ME", "", "digits"},
		"a phone with too few digits is refused":           {"phone", "12 34", "", "7 to 15 digits"},
		"a phone is kept as typed":                         {"phone", "+52 55 1234 5678", "+52 55 1234 5678", ""},
		"a passport number is compacted to capitals":       {"passport_number", "g 1234-5678", "G12345678", ""},
		"a passport number with punctuation is refused":    {"passport_number", "G1234/5678", "", "letters and digits"},
		"a passport number too short is refused":           {"passport_number", "G12", "", "5 to 20"},
		"an unknown key names the keys":                    {"shoe_size", "42", "", "passport_number"},
		"an empty name is refused":                         {"name", " ", "", "name"},
		"an empty value clears":                            {"office", "", "", ""},
		"a value on two lines is refused":                  {"address", "Calle 1\nCentro", "", "one line"},
		"a free-text value over 200 characters is refused": {"address", strings.Repeat("a", 201), "", "under 200"},
		"a nationality is kept as typed":                   {"nationality", " canadiense ", "canadiense", ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := NormalizePersonValue(tt.key, tt.raw, today)
			switch {
			case tt.errHas != "" && (err == nil || !strings.Contains(err.Error(), tt.errHas)):
				t.Errorf("NormalizePersonValue(%q, %q) error = %v, want one mentioning %q", tt.key, tt.raw, err, tt.errHas)
			case tt.errHas == "" && err != nil:
				t.Errorf("NormalizePersonValue(%q, %q) error = %v", tt.key, tt.raw, err)
			case got != tt.want:
				t.Errorf("NormalizePersonValue(%q, %q) = %q, want %q", tt.key, tt.raw, got, tt.want)
			}
			if err != nil && !strings.HasPrefix(err.Error(), tt.key) && tt.key != "shoe_size" {
				t.Errorf("error %q does not start with the key %s", err, tt.key)
			}
		})
	}
}
