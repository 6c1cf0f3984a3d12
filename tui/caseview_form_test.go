package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// burst presses keys the way a fast typist or a paste delivers them:
// every key reaches Update before any command it returned has run. Only
// then do the commands run, in order, as the runtime would run them late.
// Each part is a key name ("enter", "tab", "shift+tab", "backspace") or
// text typed one rune at a time.
func burst(t *testing.T, a *App, parts ...string) *App {
	t.Helper()
	var msgs []tea.KeyPressMsg
	for _, p := range parts {
		switch p {
		case "enter", "tab", "backspace":
			msgs = append(msgs, press(p))
		case "shift+tab":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
		default:
			for _, r := range p {
				msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
	cmds := make([]tea.Cmd, 0, len(msgs))
	for _, k := range msgs {
		m, cmd := a.Update(k)
		a = m.(*App)
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		a, _ = settle(t, a, c)
	}
	return a
}

// readyCase opens a renewal case marked ready to file, for a temporary
// card that expires on Friday 2026-12-18 (R-RENEW-WINDOW: the window
// closes that day), with its appointment form open.
func readyCase(t *testing.T) (*memStore, uint64, *App) {
	t.Helper()
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana López"), "renewal", renewalAnswers("2026-12-18"))
	if err := st.SetProgress(id, procedures.Progress{Stage: procedures.StageReady}); err != nil {
		t.Fatal(err)
	}
	a := keys(t, openCase(t, st, id, 80, 24), "s")
	if a.caseView.mode != modeForm {
		t.Fatalf("s on a ready case did not open the appointment form:\n%s", screenText(a))
	}
	return st, id, a
}

func TestAppointmentDateMustBeAnOpenDay(t *testing.T) {
	tests := map[string]struct {
		day  string
		want []string
	}{
		"R-APPT-HOW: a Sunday is refused, with open days to type instead": {
			day: "20/12/2026", want: []string{"closed on Sunday 2026-12-20", "Friday 2026-12-18 or Monday"},
		},
		"R-DAYS-BIZ: an official rest day is refused by name": {
			day: "2026-12-25", want: []string{"Christmas Day"},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			st, id, a := readyCase(t)
			a = fill(t, a, tt.day)
			if a.caseView.mode != modeForm {
				t.Fatalf("the form closed on %s:\n%s", tt.day, screenText(a))
			}
			// The message is inline, in the form; it may wrap.
			screen := strings.Join(strings.Fields(screenText(a)), " ")
			mustContain(t, screen, tt.want...)
			if c, _ := st.Case(id); c.Progress.Stage != procedures.StageReady || !c.Progress.AppointmentDate.IsZero() {
				t.Errorf("something was saved: %+v", c.Progress)
			}
		})
	}
}

func TestLateAppointmentIsSavedAndWarned(t *testing.T) {
	// R-RENEW-WINDOW: an appointment after the card expires is possible to
	// record (it is what INM gave), but the case view says at once, next
	// to the verdict, that the window closes first.
	st, id, a := readyCase(t)
	a = fill(t, a, "2027-01-04", "", "", "")
	c, _ := st.Case(id)
	if c.Progress.Stage != procedures.StageBooked || c.Progress.AppointmentDate != procedures.MustDate("2027-01-04") {
		t.Fatalf("progress %+v", c.Progress)
	}
	if len(a.caseView.warnings) != 1 {
		t.Fatalf("warnings %q, want one", a.caseView.warnings)
	}
	screen := screenText(a)
	mustContain(t, screen, "⚠ Your appointment on 2027-01-04 is after")
	verdict, warn, dls := strings.Index(screen, "Verdict"), strings.Index(screen, "⚠"), strings.Index(screen, "Deadlines")
	if verdict < 0 || warn < verdict || (dls >= 0 && warn > dls) {
		t.Errorf("the warning is not under the verdict:\n%s", screen)
	}

	// On the last day to act there is nothing to warn about.
	a = keys(t, a, "S", "s")
	for range len("2027-01-04") {
		a = keys(t, a, "backspace")
	}
	a = fill(t, a, "2026-12-18", "", "", "")
	if c, _ := st.Case(id); c.Progress.AppointmentDate != procedures.MustDate("2026-12-18") || len(a.caseView.warnings) != 0 {
		t.Errorf("appointment %s, warnings %q", c.Progress.AppointmentDate, a.caseView.warnings)
	}
	if strings.Contains(screenText(a), "⚠") {
		t.Errorf("a warning is still shown:\n%s", screenText(a))
	}
}

func TestStageFormsTakeABurstOfKeys(t *testing.T) {
	// Keys typed after enter, before huh's NextField command would have
	// run, go to the next field: every field gets its own value.
	t.Run("R-APPT-HOW: appointment date, time, office and número de pieza", func(t *testing.T) {
		st, id, a := readyCase(t)
		a = burst(t, a, "2026-12-01", "enter", "10:30", "enter", "INM Mérida", "enter", "PZ-42", "enter")
		c, _ := st.Case(id)
		want := procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-01"),
			AppointmentTime: "10:30", Office: "INM Mérida", Pieza: "PZ-42"}
		if c.Progress != want {
			t.Fatalf("saved %+v\nwant  %+v\n%s", c.Progress, want, screenText(a))
		}
		if a.caseView.mode != modeView {
			t.Errorf("the form is still open")
		}
	})
	t.Run("tab and shift+tab move at once too", func(t *testing.T) {
		st, id, a := readyCase(t)
		a = burst(t, a, "2026-12-01", "tab", "10:30", "shift+tab", "backspace", "2", "enter", "enter", "Cancún", "tab", "7", "enter")
		c, _ := st.Case(id)
		if c.Progress.AppointmentDate != procedures.MustDate("2026-12-02") || c.Progress.AppointmentTime != "10:30" ||
			c.Progress.Office != "Cancún" || c.Progress.Pieza != "7" {
			t.Fatalf("saved %+v\n%s", c.Progress, screenText(a))
		}
	})
	t.Run("R-APPT-HOW: a refused date keeps the focus; the keys after it stay in that field", func(t *testing.T) {
		st, id, a := readyCase(t)
		a = burst(t, a, "2026-12-20", "enter")
		if a.caseView.mode != modeForm {
			t.Fatal("a Sunday closed the form")
		}
		a = burst(t, a, "backspace", "backspace", "18", "enter", "09:00", "enter", "enter", "enter")
		c, _ := st.Case(id)
		if c.Progress.AppointmentDate != procedures.MustDate("2026-12-18") || c.Progress.AppointmentTime != "09:00" {
			t.Fatalf("saved %+v\n%s", c.Progress, screenText(a))
		}
	})
	t.Run("R-CASE-DECIDE, R-CASE-CORRECT: filing date, NUT and correction notice", func(t *testing.T) {
		st, id, a := readyCase(t)
		a = burst(t, a, "2026-12-01", "enter", "enter", "enter", "enter")
		a = keys(t, a, "s")
		// The filing date is prefilled from the appointment: type over it.
		clear := make([]string, len("2026-12-01"))
		for i := range clear {
			clear[i] = "backspace"
		}
		a = burst(t, a, append(clear, "2026-11-20", "enter", "NUT-77", "enter", "2026-11-23", "enter")...)
		c, _ := st.Case(id)
		if c.Progress.Stage != procedures.StageFiled || c.Progress.FiledDate != procedures.MustDate("2026-11-20") ||
			c.Progress.NUT != "NUT-77" || c.Progress.CorrectionNotice != procedures.MustDate("2026-11-23") {
			t.Fatalf("saved %+v\n%s", c.Progress, screenText(a))
		}
	})
	t.Run("R-CASE-NEXT: card received and its printed expiry", func(t *testing.T) {
		st, id, a := readyCase(t)
		a = burst(t, a, "2026-11-20", "enter", "enter", "enter", "enter")
		a = keys(t, a, "s")
		a = burst(t, a, "enter", "NUT-1", "enter", "enter") // filed on the appointment's day
		a = keys(t, a, "s")
		a = burst(t, a, "2026-11-23", "enter", "2028-12-18", "enter")
		c, _ := st.Case(id)
		if c.Progress.Stage != procedures.StageReceived || c.Progress.ReceivedDate != procedures.MustDate("2026-11-23") ||
			c.Progress.NewCardExpiry != procedures.MustDate("2028-12-18") || c.Progress.NUT != "NUT-1" {
			t.Fatalf("saved %+v\n%s", c.Progress, screenText(a))
		}
	})
}

func TestWordWrapKeepsDatesWhole(t *testing.T) {
	// Dates and rule ids carry hyphens: the case view breaks lines at
	// spaces only, so "2026-12-18" (R-RENEW-WINDOW) never reads as two.
	tests := map[string]struct {
		in    string
		width int
		want  []string
	}{
		"a date moves to the next line whole": {"closes on 2026-12-18 (R-RENEW-WINDOW)", 16,
			[]string{"closes on", "2026-12-18", "(R-RENEW-WINDOW)"}},
		"newlines are kept, blank lines too": {"a\n\nb c", 5, []string{"a", "", "b c"}},
		"a word longer than the line is cut": {"abcdefg hi", 3, []string{"abc", "def", "g", "hi"}},
		"a wide character on a 1-cell line":  {"日本 x", 1, []string{"日", "本", "x"}},
		"empty text is one empty line":       {"", 10, []string{""}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := wordWrap(tt.in, tt.width)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wordWrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

// A temporary card always has an expiry (only an adult's permanent card
// has none): the "card received" form refuses to leave it empty, since the
// next renewal window follows from it (R-CASE-NEXT), and saves nothing.
func TestReceivedTemporaryCardNeedsItsExpiry(t *testing.T) {
	st, id, a := readyCase(t)
	a = burst(t, a, "2026-11-20", "enter", "enter", "enter", "enter")
	a = keys(t, a, "s")
	a = burst(t, a, "enter", "NUT-1", "enter", "enter")
	a = keys(t, a, "s")
	a = burst(t, a, "2026-11-23", "enter", "enter")
	if a.caseView.mode != modeForm {
		t.Fatalf("the form closed with no expiry:\n%s", screenText(a))
	}
	mustContain(t, strings.Join(strings.Fields(screenText(a)), " "), "card expiry")
	if c, _ := st.Case(id); c.Progress.Stage != procedures.StageFiled {
		t.Errorf("stage %q saved, want filed kept", c.Progress.Stage)
	}
}

// Marking a case ready says what is still missing: the documents not
// ticked (procedures.ReadyWarnings).
func TestReadyToFileSaysWhatIsMissing(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, storePerson(t, st, "Ana López"), "renewal", renewalAnswers("2026-12-18"))
	a := keys(t, openCase(t, st, id, 80, 24), "s")
	if c, _ := st.Case(id); c.Progress.Stage != procedures.StageReady {
		t.Fatalf("stage %q, want ready", c.Progress.Stage)
	}
	mustContain(t, strings.Join(strings.Fields(screenText(a)), " "), "Marked ready to file", "documents are not ticked yet")
}
