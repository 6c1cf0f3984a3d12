package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tramite/casebook"
	"tramite/procedures"
)

// lateRenewal is Benjamin's renewal (the card expires on Saturday
// 2026-12-26; act by Thursday 2026-12-24, R-DAYS-CLOSED) with pr recorded.
func lateRenewal(t *testing.T, pr procedures.Progress) casebook.Detail {
	t.Helper()
	f := fixtures()["renewal"]
	f.kase.Progress = pr
	return view(t, f)
}

// TestWarningsUnderTheVerdict: a date recorded after the last day to act
// is printed right under the verdict line, marked in words, with the
// rules it quotes among the rules cited (R-RENEW-WINDOW,
// R-RENEW-EXPIRED-IN).
func TestWarningsUnderTheVerdict(t *testing.T) {
	tests := map[string]struct {
		pr   procedures.Progress
		want []string // parts of the warning; none means no warning
	}{
		"R-RENEW-WINDOW: an appointment after the act-by day": {
			pr: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-28")},
			want: []string{`Your appointment on 2026-12-28 is after "Renewal window closes" on 2026-12-26 (act by 2026-12-18)`,
				"R-RENEW-EXPIRED-IN"},
		},
		"R-RENEW-WINDOW: a filing date after the act-by day": {
			pr:   procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate("2026-12-28")},
			want: []string{"You filed on 2026-12-28, after", "check the filing date"},
		},
		"R-DAYS-LIKELY: an appointment on the act-by day, before the year-end vacation": {
			pr: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-18")},
		},
	}
	for format, render := range renderers {
		for name, tt := range tests {
			t.Run(format+"/"+name, func(t *testing.T) {
				var b bytes.Buffer
				if err := render(&b, []casebook.Detail{lateRenewal(t, tt.pr)}); err != nil {
					t.Fatal(err)
				}
				out := b.String()
				marker, verdict, next := "!! WARNING: ", "VERDICT", "STEPS"
				if format == "markdown" {
					marker, verdict, next = "> **⚠ Warning:** ", "## Verdict", "## Steps"
				}
				if len(tt.want) == 0 {
					if strings.Contains(out, marker) {
						t.Fatalf("warning printed:\n%s", out)
					}
					return
				}
				at := strings.Index(out, marker)
				if at < strings.Index(out, verdict) || at > strings.Index(out, next) {
					t.Fatalf("no warning between %q and %q:\n%s", verdict, next, out)
				}
				flat := strings.Join(strings.Fields(strings.NewReplacer(`\`, "", "> ", "").Replace(out)), " ")
				for _, w := range tt.want {
					if !strings.Contains(flat, w) {
						t.Errorf("lacks %q:\n%s", w, out)
					}
				}
				sources := flat[strings.LastIndex(flat, "Rules cited"):]
				if !strings.Contains(sources, "R-RENEW-EXPIRED-IN") {
					t.Errorf("the rule the warning quotes is not cited: %s", sources)
				}
			})
		}
	}
}

// TestWarningGolden pins how a late appointment reads in both formats;
// regenerate with `go test ./export -update`, then read the diff.
func TestWarningGolden(t *testing.T) {
	v := lateRenewal(t, procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-28"),
		AppointmentTime: "09:00", Office: "INM Mérida"})
	for _, format := range []string{"text", "markdown"} {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := renderers[format](&b, []casebook.Detail{v}); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}
