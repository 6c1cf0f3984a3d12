package procedures

import "testing"

func TestStageLabelNamesWhatTheProcedureYields(t *testing.T) {
	tests := []struct {
		name, proc string
		stage      Stage
		want       string
	}{
		{"a renewal ends with its card (R-RENEW-WINDOW)", "renewal", StageReceived, "card received"},
		{"an exit permit ends with the permit, not a card (R-EXIT-STAY)", "exit-permit", StageReceived, "permit received"},
		{"a notification ends with INM's resolution (R-NOTIFY-FEE)", "notification", StageReceived, "resolution received"},
		{"earlier stages read the same for every procedure", "exit-permit", StageFiled, "filed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Lookup(tt.proc)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.StageLabel(tt.stage); got != tt.want {
				t.Errorf("StageLabel(%s) = %q, want %q", tt.stage, got, tt.want)
			}
		})
	}
	t.Run("no procedure reads like Stage.Label", func(t *testing.T) {
		var p *Procedure
		if got := p.StageLabel(StageReceived); got != StageReceived.Label() {
			t.Errorf("nil procedure: %q", got)
		}
	})
}
