package textwrap

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestDatesAndRuleIDsStayWhole: both wraps break at spaces only, so a
// date or a rule id at the end of a line moves whole to the next; the
// text is the same but for the breaks; no line is wider than asked
// (Wrap), and a word longer than the width is cut by Wrap, kept by
// Wordwrap.
func TestDatesAndRuleIDsStayWhole(t *testing.T) {
	text := "⚠ Su regreso previsto el 2027-02-28 es después del 2027-02-11, el fin de la estancia segura (R-EXIT-STAY). Regrese a más tardar el 2027-02-11."
	for _, wrap := range []struct {
		name string
		fn   func(string, int) string
	}{{"Wrap", Wrap}, {"Wordwrap", Wordwrap}} {
		for w := 14; w <= 80; w++ { // from the longest word, "(R-EXIT-STAY)."
			out := wrap.fn(text, w)
			if got := strings.Join(strings.Fields(out), " "); got != text {
				t.Fatalf("%s at %d changes the text: %q", wrap.name, w, got)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasSuffix(line, "-") {
					t.Errorf("%s at %d breaks after a hyphen: %q", wrap.name, w, line)
				}
				if ansi.StringWidth(line) > w {
					t.Errorf("%s at %d: a line of %d cells: %q", wrap.name, w, ansi.StringWidth(line), line)
				}
			}
		}
	}
	long := "a https://www.gob.mx/inm/acciones-y-programas/tramites-y-servicios b"
	for _, line := range strings.Split(Wrap(long, 20), "\n") {
		if ansi.StringWidth(line) > 20 {
			t.Errorf("Wrap leaves a line of %d cells: %q", ansi.StringWidth(line), line)
		}
	}
	if !strings.Contains(Wordwrap(long, 20), "https://www.gob.mx/inm/acciones-y-programas/tramites-y-servicios") {
		t.Errorf("Wordwrap cuts a long word:\n%s", Wordwrap(long, 20))
	}
	if got := Wrap("a\u2011b c", 3); got != "a\u2011b\nc" {
		t.Errorf("a text with its own non-breaking hyphen: %q", got)
	}
}

// TestWrapAtBreaksAPathAfterASlash: a file's path, one long word, breaks
// after a slash, its file name whole.
func TestWrapAtBreaksAPathAfterASlash(t *testing.T) {
	got := WrapAt("Saved /home/ana/Documents/tramite-ana-lopez-renewal-1.pdf", 40, "/")
	want := "Saved /home/ana/Documents/\ntramite-ana-lopez-renewal-1.pdf"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
