package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
	"tramite/tui"
)

// One truth under the user's lead times: with closes = [60, 21, 1] in the
// settings file, Ben's renewal window closing in 21 days is "soon" (not
// "month") in `deadlines --json`, is due in `remind --json`, and has the
// dashboard's "!" marker; 60 days ahead it is "month", due, and "·"; with
// the defaults it is "month" and "later" (and not due at 60 days).
func TestBandsFollowTheLeadTimes(t *testing.T) {
	t.Cleanup(func() { casebook.UseLeadTimes(nil) })
	db := seedRemindDB(t)
	dir := t.TempDir()
	custom := filepath.Join(dir, "custom.toml")
	plain := filepath.Join(dir, "plain.toml")
	if err := os.WriteFile(custom, []byte("[lead_days]\ncloses = [60, 21, 1]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(plain, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, cfg, today string
		urgency, marker  string
		due              bool
	}{
		{"custom, 21 days ahead", custom, "2027-02-05", "soon", "!", true},
		{"custom, 60 days ahead", custom, "2026-12-28", "month", "·", true},
		{"defaults, 21 days ahead", plain, "2027-02-05", "month", "·", true},
		{"defaults, 60 days ahead", plain, "2026-12-28", "later", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runRemindCLI(t, db, tc.cfg, tc.today, "deadlines", "--json")
			if code != 0 {
				t.Fatalf("deadlines --json: exit %d %s", code, errOut)
			}
			var rows []struct {
				Key, Urgency string
			}
			if err := json.Unmarshal([]byte(out), &rows); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, r := range rows {
				if r.Key == "renewal-window-closes" {
					got = r.Urgency
				}
			}
			if got != tc.urgency {
				t.Errorf("deadlines --json urgency = %q, want %q", got, tc.urgency)
			}

			out, _, _ = runRemindCLI(t, db, tc.cfg, tc.today, "remind", "--json")
			if due := strings.Contains(out, `"renewal-window-closes"`); due != tc.due {
				t.Errorf("remind --json lists the closing date: %v, want %v\n%s", due, tc.due, out)
			}

			// The dashboard, in the process the command line set up (as
			// `tramite` with no command runs it).
			line := dashboardLine(t, db, procedures.MustDate(tc.today), "2027-02-26")
			if marker := strings.Fields(line)[0]; tc.marker != "" && marker != tc.marker || tc.marker == "" && (marker == "!" || marker == "·") {
				t.Errorf("dashboard row %q: marker %q, want %q", line, marker, tc.marker)
			}
		})
	}
}

// dashboardLine is the dashboard's deadlines row of the date act.
func dashboardLine(t *testing.T, db string, today procedures.Date, act string) string {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opts := tui.Options{Context: procedures.Context{Today: today, Calendar: st.Calendar()}, ExportDir: t.TempDir()}
	tm := teatest.NewTestModel(t, tui.NewApp(st, opts), teatest.WithInitialTermSize(120, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	truthWait(t, tm, act)
	tm.Send(key("ctrl+c"))
	screen := ansi.Strip(tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).View().Content)
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, act) && strings.Contains(l, "Ben Ortiz") {
			return strings.TrimLeft(l, "> ")
		}
	}
	t.Fatalf("no dashboard row for %s:\n%s", act, screen)
	return ""
}
