package cli

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"tramite/textwrap"
)

// reflowLongHelp rewraps every command's long help (reflowHelp) for a
// terminal of width columns (0: not a terminal, wrapped as for 80). fang
// writes the help 2 columns in, at most 120 wide; 80 keeps it readable.
func reflowLongHelp(root *cobra.Command, width int) {
	if width <= 0 {
		width = 80
	}
	width = min(width, 80) - 4
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Long = reflowHelp(c.Long, width)
		for _, sc := range c.Commands() {
			walk(sc)
		}
	}
	walk(root)
}

// helpAsked reports whether args ask for help (-h, --help, or the help
// command first): only then is the long help reflowed, which would cost
// every start about a millisecond.
func helpAsked(args []string) bool {
	for i, arg := range args {
		switch {
		case arg == "--":
			return false
		case arg == "-h" || arg == "--help":
			return true
		case i == 0 && arg == "help":
			return true
		}
	}
	return false
}

// listItem is a line of a list in a help text: indented, a term and two
// or more spaces ("    ics       the open deadlines"), or a bullet ("  -
// the deadlines INM must meet"), then its description.
var listItem = regexp.MustCompile(`^(\s+[-*•] |\s+\S+\s{2,})\S`)

// reflowHelp rewraps a long help to width at spaces. Each paragraph of
// text lines (not blank, not indented) is joined and wrapped again; a list
// item and the lines indented under its description are joined and
// wrapped under the description (a hanging indent); other indented lines
// (examples) stay as written. The help's Spanish is longer than the
// English its line breaks were made for, and fang wraps each line on its
// own, so a line a few words too long left a stub of a line after it ("y
// una fecha" / "hecha o quitada desaparece.").
func reflowHelp(long string, width int) string {
	lines := strings.Split(long, "\n")
	var out, para []string
	hang := "" // the list item's indent, while para is its description
	flush := func() {
		if len(para) == 0 {
			return
		}
		text := strings.Join(para, " ")
		if hang == "" {
			out = append(out, textwrap.Wordwrap(text, width))
		} else {
			wrapped := strings.Split(textwrap.Wordwrap(text, max(width-len(hang), 20)), "\n")
			for i, w := range wrapped {
				indent := hang // the term on the first line
				if i > 0 {
					indent = strings.Repeat(" ", len(hang))
				}
				out = append(out, indent+w)
			}
		}
		para, hang = para[:0], ""
	}
	for _, line := range lines {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			out = append(out, line)
		case hang != "" && strings.HasPrefix(line, strings.Repeat(" ", len(hang))) && line[len(hang)] != ' ':
			para = append(para, strings.TrimSpace(line)) // the description goes on
		case line[0] == ' ' || line[0] == '\t':
			flush()
			if m := listItem.FindStringSubmatch(line); m != nil && !strings.Contains(m[1], "\t") {
				hang = m[1]
				para = append(para, strings.TrimSpace(line[len(hang):]))
				continue
			}
			out = append(out, line)
		default:
			if hang != "" {
				flush()
			}
			para = append(para, strings.TrimSpace(line))
		}
	}
	flush()
	return strings.Join(out, "\n")
}
