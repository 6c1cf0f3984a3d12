package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"tramite/config"
	"tramite/export"
	"tramite/procedures"
	"tramite/store"
)

// events maps each VEVENT's UID to the event's text, in a calendar file.
func events(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, ev := range strings.Split(string(b), "BEGIN:VEVENT\r\n")[1:] {
		uid := regexp.MustCompile(`(?m)^UID:(.*)\r$`).FindStringSubmatch(ev)
		if uid == nil {
			t.Fatalf("an event without UID:\n%s", ev)
		}
		out[uid[1]] = ev[:strings.Index(ev, "END:VEVENT")]
	}
	return out
}

func uids(m map[string]string) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return strings.Join(ks, " ")
}

func TestCalendarCommand(t *testing.T) {
	db := seedRemindDB(t)
	cfg := filepath.Join(t.TempDir(), "config.toml")
	ics := filepath.Join(t.TempDir(), "sync", "..", "tramite.ics")
	os.MkdirAll(filepath.Dir(ics), 0o700)
	const today = "2026-08-01"

	out, errs, code := runRemindCLI(t, db, cfg, today, "calendar", ics)
	if code != 0 {
		t.Fatalf("calendar: exit %d, %s", code, errs)
	}
	abs, _ := filepath.Abs(ics)
	if c, err := config.Load(cfg); err != nil || c.Calendar != abs {
		t.Errorf("settings calendar = %q, %v; want %q", c.Calendar, err, abs)
	}
	if !strings.Contains(out, "Wrote "+abs) {
		t.Errorf("calendar says %q, want the path written", out)
	}
	before := events(t, abs)
	// Events are named by the cases' stable uids (export.CaseUID).
	_, cases := readDB(t, db)
	notifyDue := export.CaseUID(cases[0], "notify-due")
	winOpens, winCloses := export.CaseUID(cases[1], "renewal-window-opens"), export.CaseUID(cases[1], "renewal-window-closes")
	want := uids(map[string]string{notifyDue: "", winOpens: "", winCloses: ""})
	if got := uids(before); got != want {
		t.Fatalf("calendar events = %s, want %s", got, want)
	}

	t.Run("a write command rewrites it: an office closure moves R-NOTIFY-90's day, same UID", func(t *testing.T) {
		_, errs, code := runRemindCLI(t, db, cfg, today, "closures", "add", "2026-08-31")
		if code != 0 {
			t.Fatalf("closures add: exit %d, %s", code, errs)
		}
		after := events(t, abs)
		if uids(after) != want {
			t.Errorf("after closures add: %s, want the same UIDs %s", uids(after), want)
		}
		// R-DAYS-CLOSED: Monday 31 Aug closed, act by Friday 28 Aug.
		if ev := after[notifyDue]; !strings.Contains(ev, "DTSTART;VALUE=DATE:20260828\r\n") {
			t.Errorf("notify-due after the closure:\n%s\nwant it on 2026-08-28", ev)
		}
		if after[winCloses] != before[winCloses] {
			t.Error("an event the closure does not touch changed")
		}
	})

	t.Run("a stage change saved by the dashboard rewrites it: the done date leaves, the others keep their UIDs", func(t *testing.T) {
		prev := events(t, abs)
		st, err := store.Open(db, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		a := newApp(strings.NewReader(""), os.Stdout, os.Stderr, env("TRAMITE_CONFIG", cfg, "TRAMITE_TODAY", today), nil)
		ts, failed := a.tuiStore(st)
		if err := ts.SetProgress(1, procedures.Progress{Stage: procedures.StageFiled, FiledDate: procedures.MustDate(today)}); err != nil {
			t.Fatal(err)
		}
		if err := failed(); err != nil {
			t.Fatal(err)
		}
		after := events(t, abs)
		if _, ok := after[notifyDue]; ok {
			t.Errorf("R-NOTIFY-90's date is done once filed, but still in the calendar: %s", uids(after))
		}
		for _, uid := range []string{winOpens, winCloses} {
			if after[uid] != prev[uid] {
				t.Errorf("%s changed or left:\n%s", uid, after[uid])
			}
		}
	})

	t.Run("tramite calendar never replaces a file it did not write", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "mine.ics")
		os.WriteFile(other, []byte("my notes"), 0o600)
		_, errs, code := runRemindCLI(t, db, cfg, today, "calendar", other)
		if code != 1 || !strings.Contains(errs, "--force") {
			t.Errorf("calendar over another file: exit %d, %q; want 1 and --force suggested", code, errs)
		}
		if b, _ := os.ReadFile(other); string(b) != "my notes" {
			t.Error("the other file was changed")
		}
	})

	t.Run("--off stops keeping it; writes then leave it alone", func(t *testing.T) {
		if _, errs, code := runRemindCLI(t, db, cfg, today, "calendar", "--off"); code != 0 {
			t.Fatalf("calendar --off: exit %d, %s", code, errs)
		}
		if c, _ := config.Load(cfg); c.Calendar != "" {
			t.Errorf("settings still keep %q", c.Calendar)
		}
		os.Remove(abs)
		runRemindCLI(t, db, cfg, today, "closures", "remove", "2026-12-30")
		if _, err := os.Stat(abs); !os.IsNotExist(err) {
			t.Error("a write rewrote a calendar no longer kept")
		}
	})
}
