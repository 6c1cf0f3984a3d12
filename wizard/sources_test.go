package wizard

import (
	"slices"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

func TestSplitSources(t *testing.T) {
	tests := []struct {
		in, want string
		ids      []string
	}{
		{"Adults' permanent cards never expire (R-RENEW-WHO).", "Adults' permanent cards never expire.", []string{"R-RENEW-WHO"}},
		{"A parent signs (R-RENEW-INPERSON); children under 3 renew 1 year at a time (R-RENEW-TERMS).",
			"A parent signs; children under 3 renew 1 year at a time.", []string{"R-RENEW-INPERSON", "R-RENEW-TERMS"}},
		{"Counted in calendar days (the safe day, R-DAYS-CAL, O-INM820).", "Counted in calendar days (the safe day).", []string{"R-DAYS-CAL", "O-INM820"}},
		{"No ids here.", "No ids here.", nil},
	}
	for _, tc := range tests {
		got, ids := splitSources(tc.in)
		if got != tc.want || !slices.Equal(ids, tc.ids) {
			t.Errorf("splitSources(%q) = %q, %v; want %q, %v", tc.in, got, ids, tc.want, tc.ids)
		}
	}
}

// TestHelpCitesNoRuleInline: every question's help of every procedure,
// in both languages, reads without a rule id once the ids are gathered,
// and the Sources line keeps each id it cited.
func TestHelpCitesNoRuleInline(t *testing.T) {
	for _, p := range procedures.Catalog() {
		for _, l := range []*i18n.Printer{i18n.For(i18n.English), i18n.For(i18n.Spanish)} {
			for _, q := range p.Questions {
				q = q.Localized(l)
				for _, text := range []string{q.Help, q.Prompt} {
					clean, ids := splitSources(text)
					if id := ruleID().FindString(clean); id != "" {
						t.Errorf("%s %s (%s): %q still cites %s", p.ID, q.Key, l.Lang(), clean, id)
					}
					for _, id := range ruleID().FindAllString(text, -1) {
						if !slices.Contains(ids, id) {
							t.Errorf("%s %s: %s lost", p.ID, q.Key, id)
						}
					}
				}
			}
		}
	}
}
