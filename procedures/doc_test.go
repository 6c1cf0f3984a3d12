package procedures

import "testing"

// Exports print the date the rules were last checked against DOMAIN.md
// (its "Changed on 2026-12-02" audit).
func TestRulesChecked(t *testing.T) {
	if RulesChecked != "2026-12-02" {
		t.Errorf("RulesChecked = %s, want 2026-12-02 (the audit of issue 13)", RulesChecked)
	}
	if RulesRevision < 3 {
		t.Errorf("RulesRevision = %d: the audit changed dates, so stored indexes must rebuild", RulesRevision)
	}
}
