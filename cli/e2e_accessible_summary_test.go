package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestE2EAccessibleEndsWithTheCase: an accessible renewal piped on stdin
// ends by printing what the dashboard shows of the case at once: where it
// stands, the verdict, the steps, the dates with the days left and the
// documents to take, then the commands that show it again; each question
// reads prompt, choices (Yes before No, numbered 1 and 2), then help with
// its rule ids on a Sources line; no line is wider than 80 columns.
func TestE2EAccessibleEndsWithTheCase(t *testing.T) {
	db := t.TempDir() + "/t.db"
	// card_type 1 (temporary), expiry, in Mexico 1 (yes), minor 2 (no),
	// status_since skipped, 1 year, grounds 1 (job), still hold 1 (yes),
	// confirm.
	r := run(t, db, "1\n20/12/2026\n1\n2\n\n1\n1\n1\n\n", "new", "renewal", "--accessible", "--person", "Eva Núñez", "--lang", "en")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	out := r.stdout
	end := out[strings.Index(out, "Saved case 1"):]
	for _, want := range []string{
		"Where it stands: Eligible: you can file now.",
		"VERDICT", "Eligible: you can file now.", "The renewal window is open until 2026-12-20",
		"STEPS", "Book the appointment",
		"DEADLINES", "2026-12-20 (Sun)", "Act by 2026-12-18 (Fri), in 25 days",
		"DOCUMENTS (0 of 8 ticked)", "[ ] Current resident card",
		"Find it again: `tramite case show 1`",
	} {
		if !strings.Contains(end, want) {
			t.Errorf("the end of the accessible run lacks %q:\n%s", want, end)
		}
	}
	// The question about being in Mexico: prompt, choices, help, sources.
	q := out[strings.Index(out, "Is the card holder in Mexico now?"):]
	q = q[:strings.Index(q, "Answer:")]
	order := []string{"Is the card holder in Mexico now?", "1. Yes", "2. No", "Renewal is filed in person", "Sources: R-RENEW-INPERSON"}
	at := 0
	for _, w := range order {
		i := strings.Index(q[at:], w)
		if i < 0 {
			t.Fatalf("%q missing or out of order in:\n%s", w, q)
		}
		at += i
	}
	if strings.Contains(q, "(R-RENEW-INPERSON)") {
		t.Errorf("the help still cites its rule inline:\n%s", q)
	}
	// "Is the card holder a child under 18?" lists NoYes in the rules: it
	// is offered Yes, No all the same.
	minor := out[strings.Index(out, "Is the card holder a child under 18?"):]
	if i, j := strings.Index(minor, "1. Yes"), strings.Index(minor, "2. No"); i < 0 || j < i {
		t.Errorf("the minor question is not offered 1. Yes, 2. No:\n%s", minor[:200])
	}
	for _, line := range strings.Split(out, "\n") {
		if ansi.StringWidth(line) > 80 {
			t.Errorf("line wider than 80 columns: %q", line)
		}
	}
}

// TestE2EAccessibleEndsWithTheCaseInSpanish: the same end in Spanish.
func TestE2EAccessibleEndsWithTheCaseInSpanish(t *testing.T) {
	db := t.TempDir() + "/t.db"
	r := run(t, db, "1\n20/12/2026\n1\n2\n\n1\n1\n1\n\n", "new", "renewal", "--accessible", "--person", "Eva Núñez", "--lang", "es")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"Situación:", "Fuentes: R-RENEW-INPERSON", "1. Sí", "2. No", "Para verlo de nuevo: `tramite case show 1`"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the Spanish run lacks %q:\n%s", want, r.stdout)
		}
	}
}
