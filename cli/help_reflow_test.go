package cli

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"tramite/i18n"
)

// TestLongHelpReflowsToTheWidth: every command's long help, in English
// and Spanish, rewrapped for 60 and 80 columns, keeps its words in order
// and has no line wider than the help's text (a Spanish line left a stub
// after it: "y una fecha" / "hecha o quitada desaparece."), a list item's
// description wrapped under itself.
func TestLongHelpReflowsToTheWidth(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, width := range []int{60, 80} {
			a := newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, env("TRAMITE_LANG", lang, "XDG_CONFIG_HOME", t.TempDir()), benchNow)
			a.lang = i18n.For(i18n.Lang(lang))
			root := newRootFor(a, []string{"--lang", lang}) // every command; no help asked: the help as written
			var walk func(c *cobra.Command)
			walk = func(c *cobra.Command) {
				before := c.Long
				after := reflowHelp(before, width-4)
				if strings.Join(strings.Fields(after), " ") != strings.Join(strings.Fields(before), " ") {
					t.Errorf("%s %s at %d: the words changed", lang, c.CommandPath(), width)
				}
				for _, line := range strings.Split(after, "\n") {
					kept := (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")) && strings.Contains(before, line) // an example, as written
					if n := utf8.RuneCountInString(line); n > width-4 && strings.Contains(strings.TrimSpace(line), " ") && !kept {
						t.Errorf("%s %s at %d: a line of %d: %q", lang, c.CommandPath(), width, n, line)
					}
				}
				for _, sc := range c.Commands() {
					walk(sc)
				}
			}
			walk(root)
		}
	}
	got := reflowHelp("Intro line that is\nshort.\n\n    ics       the open deadlines as all-day events\n              with reminders\n    json      data\n\n    $ tramite x   # an example", 40)
	want := "Intro line that is short.\n\n    ics       the open deadlines as\n              all-day events with\n              reminders\n    json      data\n\n    $ tramite x   # an example"
	if got != want {
		t.Errorf("reflowHelp:\n%s\nwant\n%s", got, want)
	}
}
