package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

// runRemindCLI runs tramite in-process on db at today, with the settings
// file cfg (TRAMITE_CONFIG), and returns its output and exit code.
func runRemindCLI(t *testing.T, db, cfg, today string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	now := func() time.Time { return time.Date(2000, 1, 1, 10, 0, 0, 0, time.UTC) } // never used: --today
	a := newApp(strings.NewReader(""), &out, &errb, env("TRAMITE_CONFIG", cfg), now)
	root := newRootCmd(a)
	root.SilenceUsage, root.SilenceErrors = true, true // as fang sets them
	root.SetArgs(append([]string{"--db", db, "--today", today}, args...))
	err := root.Execute()
	if err != nil && !isSilent(err) {
		errb.WriteString(err.Error())
	}
	return out.String(), errb.String(), exitCode(err)
}

// seedRemindDB writes Ana's notification (R-NOTIFY-90: moved on
// 2026-06-03, the move counted as day 1 (R-DAYS-CAL), so notify by Monday
// 2026-08-31) with her e-mail and phone, and Ben's renewal
// (R-RENEW-WINDOW: card expires 2027-02-26, window opens 2027-01-28), and
// returns the database path. No date falls on a closed day.
func seedRemindDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tramite.db")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ana := store.Person{Name: "Ana López", Details: map[string]string{"email": "ana@example.org", "phone": "+52 (55) 1234-5678"}}
	ben := store.Person{Name: "Ben Ortiz"}
	for _, p := range []*store.Person{&ana, &ben} {
		if err := s.SavePerson(p); err != nil {
			t.Fatal(err)
		}
	}
	cases := []store.Case{
		{PersonID: ana.ID, Procedure: "notification", Answers: procedures.Answers{"change_kind": "address", "change_date": "2026-06-03"}},
		{PersonID: ben.ID, Procedure: "renewal", Answers: procedures.Answers{
			"card_type": "temporary", "card_expiry": "2027-02-26", "in_mexico": "yes", "holder_minor": "no",
			"status_since": "2025-02-26", "years_requested": "1", "grounds": "job", "grounds_hold": "yes"}},
	}
	for i := range cases {
		if err := s.SaveCase(&cases[i]); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestRemindCommand(t *testing.T) {
	db := seedRemindDB(t)
	const (
		notify  = "2026-08-31  %s  %s  Ana López, notification (case 1): Notify INM of the change (90 days after it) (R-NOTIFY-90)\n"
		opens   = "2027-01-28  soon   today  Ben Ortiz, renewal (case 2): Renewal window opens (30 days before the card expires; not sooner) (R-RENEW-WINDOW)\n"
		closes  = "2027-02-26  soon   in 29 days  Ben Ortiz, renewal (case 2): Renewal window closes: the card expires; the renewal must be registered by then (R-RENEW-WINDOW)\n"
		nothing = "Nothing due: no date is late, due today or within its lead time.\n"
	)
	tests := map[string]struct {
		today    string
		settings string
		args     []string
		out      string
		code     int
	}{
		"nothing within 30 days: exit 0, and it says so": {"2026-07-20", "", nil, nothing, 0},
		"--quiet prints nothing when nothing is due":     {"2026-07-20", "", []string{"--quiet"}, "", 0},
		"R-NOTIFY-90 in 30 days: within the lead time, exit 3": {"2026-08-01", "", nil,
			sprintf(notify, "soon ", "in 30 days"), 3},
		"--quiet still prints what is due":          {"2026-08-01", "", []string{"--quiet"}, sprintf(notify, "soon ", "in 30 days"), 3},
		"R-NOTIFY-90 on its day: due today, exit 1": {"2026-08-31", "", nil, sprintf(notify, "today", "today"), 1},
		"R-NOTIFY-90 missed: late, exit 1":          {"2026-09-03", "", nil, sprintf(notify, "late ", "3 days late"), 1},
		"late beats soon; an opening is due on its day; soonest first": {"2027-01-28", "", nil,
			sprintf(notify, "late ", "150 days late") + opens + closes, 1},
		"due = [7] in the settings: 30 days ahead is not due yet": {"2026-08-01", "[lead_days]\ndue = [7]\n", nil, nothing, 0},
		"due = [7]: 7 days ahead is due":                          {"2026-08-24", "[lead_days]\ndue = [7]\n", nil, sprintf(notify, "soon ", "in 7 days"), 3},
		"opens = [] turns the opening's reminder off":             {"2027-01-28", "[lead_days]\nopens = []\n", nil, sprintf(notify, "late ", "150 days late") + closes, 1},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := filepath.Join(t.TempDir(), "config.toml")
			if tt.settings != "" {
				os.WriteFile(cfg, []byte(tt.settings), 0o600)
			}
			out, errs, code := runRemindCLI(t, db, cfg, tt.today, append([]string{"remind"}, tt.args...)...)
			if out != tt.out || code != tt.code || errs != "" {
				t.Errorf("remind on %s: exit %d, stdout:\n%s\nstderr: %s\nwant exit %d, stdout:\n%s", tt.today, code, out, errs, tt.code, tt.out)
			}
		})
	}
}

func TestRemindJSONAndErrors(t *testing.T) {
	db := seedRemindDB(t)
	cfg := filepath.Join(t.TempDir(), "config.toml")
	t.Run("--json gives each item with its rule, state and days", func(t *testing.T) {
		out, _, code := runRemindCLI(t, db, cfg, "2026-09-03", "remind", "--json")
		var rows []remindJSON
		if err := json.Unmarshal([]byte(out), &rows); err != nil || code != 1 {
			t.Fatalf("remind --json: exit %d, %v\n%s", code, err, out)
		}
		want := remindJSON{Case: 1, Person: "Ana López", Procedure: "notification", Key: "notify-due", Date: "2026-08-31",
			DaysLeft: -3, Kind: "due", Title: "Notify INM of the change (90 days after it)", Rule: "R-NOTIFY-90", Due: "late", LeadDay: true}
		if len(rows) != 1 || rows[0].Note == "" {
			t.Fatalf("rows = %+v, want one with a note", rows)
		}
		rows[0].Note = ""
		if rows[0] != want {
			t.Errorf("row = %+v\nwant %+v", rows[0], want)
		}
	})
	t.Run("--json with nothing due is an empty list", func(t *testing.T) {
		out, _, code := runRemindCLI(t, db, cfg, "2026-07-20", "remind", "--json")
		if strings.TrimSpace(out) != "[]" || code != 0 {
			t.Errorf("remind --json = exit %d, %q; want 0, []", code, out)
		}
	})
	t.Run("a bad lead time is a usage error (exit 2) that says what to type", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "config.toml")
		os.WriteFile(bad, []byte("[lead_days]\ndue = [-1]\n"), 0o600)
		_, errs, code := runRemindCLI(t, db, bad, "2026-11-23", "remind")
		if code != 2 || !strings.Contains(errs, bad) || !strings.Contains(errs, "e.g. due = [30, 7, 1]") {
			t.Errorf("remind with due = [-1]: exit %d, %q; want 2 naming the file and what to type", code, errs)
		}
	})
	t.Run("no database yet: nothing due", func(t *testing.T) {
		_, _, code := runRemindCLI(t, filepath.Join(t.TempDir(), "none.db"), cfg, "2026-11-23", "remind", "--quiet")
		if code != 0 {
			t.Errorf("remind on a missing database: exit %d, want 0", code)
		}
	})
}

func TestReminderLineActBy(t *testing.T) {
	it := casebook.DueItem{CaseID: 4, Person: "Zoë", Procedure: "renewal", Due: casebook.DueSoon, Days: 1,
		Deadline: procedures.Deadline{Key: "renewal-window-closes", Kind: procedures.Closes, Title: "Renewal window closes",
			Rule: "R-RENEW-WINDOW", Date: procedures.MustDate("2026-12-26"), ActBy: procedures.MustDate("2026-12-24")}}
	got := reminderLine(nil, it, procedures.MustDate("2026-12-23"), procedures.Calendar{})
	want := "2026-12-24  soon   tomorrow  Zoë, renewal (case 4): Renewal window closes (R-RENEW-WINDOW); legal date 2026-12-26, the office is closed that day (R-DAYS-CLOSED)"
	if got != want {
		t.Errorf("R-DAYS-CLOSED line =\n%s\nwant\n%s", got, want)
	}
	// A legal date in the year-end vacation, a business day: offices only
	// usually close then, so the line says the last day if yours is open.
	it.Deadline.Date, it.Deadline.ActBy = procedures.MustDate("2026-12-31"), procedures.MustDate("2026-12-18")
	got = reminderLine(nil, it, procedures.MustDate("2026-12-17"), procedures.Calendar{})
	want = "2026-12-18  soon   tomorrow  Zoë, renewal (case 4): Renewal window closes (R-RENEW-WINDOW); INM offices usually close around then: if yours is open, the last day is 2026-12-31 (R-DAYS-LIKELY)"
	if got != want {
		t.Errorf("R-DAYS-LIKELY line =\n%s\nwant\n%s", got, want)
	}
}

var sprintf = fmt.Sprintf

func TestExportICSUsesLeadTimes(t *testing.T) {
	db := seedRemindDB(t)
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte("[lead_days]\ndue = [10, 2]\n"), 0o600)
	out, errs, code := runRemindCLI(t, db, cfg, "2026-11-23", "export", "1", "--format", "ics")
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, errs)
	}
	// R-NOTIFY-90's due date is the case's only event.
	if got := strings.Count(out, "TRIGGER:"); got != 2 || !strings.Contains(out, "TRIGGER:-P10D\r\n") || !strings.Contains(out, "TRIGGER:-P2D\r\n") {
		t.Errorf("export with due = [10, 2]: %d triggers, want -P10D and -P2D:\n%s", got, out)
	}
}
