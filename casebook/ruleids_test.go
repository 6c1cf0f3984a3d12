package casebook

import (
	"regexp"
	"slices"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

var ruleIDRegexp = regexp.MustCompile(`\b[RD]-[A-Z0-9]+(?:-[A-Z0-9]+)*\b`)

func ruleIDsOf(s string) []string {
	var out []string
	eachRuleID(s, func(id string) { out = append(out, id) })
	return out
}

// TestRuleIDsAreTheRegexpsMatches: the scan finds what the regular
// expression it replaced finds, on edge cases and on every text of every
// procedure's rules.
func TestRuleIDsAreTheRegexpsMatches(t *testing.T) {
	texts := []string{
		"", "R-", "R-A", "(R-DOC-PAY)", "R-DOC-PAY-", "R-AB-CDe", "R-ABCdef", "xR-ABC", "_R-ABC", "R-ABC_",
		"R--ABC", "D-PASS, D-PHOTO and R-RENEW-WINDOW.", "R-DAYS-CLOSED)R-X", "R-1-2-3 D-", "é R-Á R-A é",
		"see R-CANJE-30; then D-FORM-INM-1.", "R-a R-A-b R-A-B-", "RR-A", "R-A-R-B", "-R-A", "D-X-", "R-ÉX",
	}
	for _, m := range i18n.Messages() { // every text tramite words, both languages
		texts = append(texts, m.En, m.Es)
	}
	for _, r := range procedures.Rulebook() {
		texts = append(texts, r.Text, r.TextEs)
	}
	for _, s := range texts {
		want := ruleIDRegexp.FindAllString(s, -1)
		if got := ruleIDsOf(s); !slices.Equal(got, want) {
			t.Errorf("%q: scan %q, regexp %q", s, got, want)
		}
	}
}

func FuzzRuleIDs(f *testing.F) {
	for _, s := range []string{"(R-DOC-PAY)", "R-AB-CDe", "D-X- R-Y-Z9_", "R-A-R-B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := ruleIDRegexp.FindAllString(s, -1)
		if got := ruleIDsOf(s); !slices.Equal(got, want) {
			t.Errorf("%q: scan %q, regexp %q", s, got, want)
		}
	})
}
