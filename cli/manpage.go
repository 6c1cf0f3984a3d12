package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// reflow unwraps a help text for the man page: the lines of a prose
// paragraph become one line, and so do an indented item's continuation
// lines (indented deeper than the item); blank lines, items and example
// lines stay as they are. roff makes each line a paragraph, so a text
// wrapped at 80 columns would read as a paragraph per line. The help
// itself keeps the wrapped text: fang lays out a piped help at 120
// columns, and wraps an item's continuation without its indent.
func reflow(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	itemIndent := -1 // the indent of the item being continued, -1 for prose
	for _, l := range lines {
		trim := strings.TrimLeft(l, " ")
		indent := len(l) - len(trim)
		last := len(out) - 1
		switch {
		case trim == "":
			out = append(out, "")
			itemIndent = -1
			continue
		case last < 0 || out[last] == "":
			// a paragraph's or an item's first line
		case indent == 0 && itemIndent < 0 && !startsBlock(trim) && !strings.HasPrefix(strings.TrimSpace(out[last]), "$"):
			out[last] += " " + trim
			continue
		case indent > 0 && itemIndent >= 0 && indent > itemIndent && !startsBlock(trim):
			out[last] += " " + trim
			continue
		}
		out = append(out, l)
		if indent > 0 {
			itemIndent = indent
		} else {
			itemIndent = -1
		}
	}
	return strings.Join(out, "\n")
}

// startsBlock: a line that starts something of its own (a list item, a
// command), never a paragraph's continuation.
func startsBlock(trim string) bool {
	for _, p := range []string{"- ", "* ", "# ", "tramite ", "[", "$ "} {
		if strings.HasPrefix(trim, p) {
			return true
		}
	}
	return false
}

// newManCmd is `tramite man`: the manual page (roff) on stdout, for
// `tramite man > tramite.1` or `man -l <(tramite man)`. fang's own page
// lists only the commands' one-line summaries; this one has each
// command's description, usage, flags and examples, and the exit codes.
func newManCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:    "man",
		Short:  a.T("Print tramite's manual page (roff): man -l <(tramite man)"),
		Hidden: true,
		Args:   a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeManPage(a.stdout, cmd.Root(), a)
		},
	}
}

// roffEscape makes s safe as roff text: backslashes, and a line that
// starts with a dot or an apostrophe (a request otherwise).
func roffEscape(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// roffText writes a help text: each line a paragraph, an indented line a
// hanging item (".IP"), blank lines only separate.
func roffText(w *strings.Builder, text string) {
	for _, l := range strings.Split(text, "\n") {
		trim := strings.TrimSpace(l)
		if trim == "" {
			continue
		}
		if strings.HasPrefix(l, " ") {
			// "  0    done: ..." → a tagged item; else an indented line.
			if tag, rest, ok := strings.Cut(trim, "  "); ok && !strings.Contains(tag, " ") {
				fmt.Fprintf(w, ".TP 6\n%s\n%s\n", roffEscape(tag), roffEscape(strings.TrimSpace(rest)))
				continue
			}
			fmt.Fprintf(w, ".RS 4\n.PP\n%s\n.RE\n", roffEscape(trim))
			continue
		}
		fmt.Fprintf(w, ".PP\n%s\n", roffEscape(trim))
	}
}

// writeManPage writes root's manual page: name, synopsis, description,
// the global options, each command (its usage, description, options and
// examples) and the exit codes.
func writeManPage(out io.Writer, root *cobra.Command, a *app) error {
	var w strings.Builder
	name := root.Name()
	fmt.Fprintf(&w, ".TH %s 1 \"\" %q %q\n", strings.ToUpper(name), name+" "+Version, "tramite")
	// No hyphenation and a ragged right edge: a description is found
	// word for word in `man -l` output.
	w.WriteString(".nh\n.ad l\n")
	fmt.Fprintf(&w, ".SH %s\n%s \\- %s\n", a.T("NAME"), name, roffEscape(root.Short))
	fmt.Fprintf(&w, ".SH %s\n.B %s\n[%s] [%s]\n", a.T("SYNOPSIS"), name, a.T("command"), a.T("flags"))
	fmt.Fprintf(&w, ".SH %s\n", a.T("DESCRIPTION"))
	roffText(&w, reflow(root.Long))
	fmt.Fprintf(&w, ".SH %s\n", a.T("OPTIONS"))
	roffFlags(&w, root.PersistentFlags(), a)
	fmt.Fprintf(&w, ".SH %s\n", a.T("COMMANDS"))
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sc := range c.Commands() {
			if sc.Hidden || sc.Name() == "help" || sc.Name() == "exit-codes" {
				continue
			}
			fmt.Fprintf(&w, ".SS %s\n", roffEscape(sc.CommandPath()))
			if sc.Runnable() {
				fmt.Fprintf(&w, ".PP\n.B %s\n", roffEscape(strings.Replace(sc.UseLine(), "[flags]", "["+a.T("flags")+"]", 1)))
			}
			if sc.Long != "" {
				roffText(&w, reflow(sc.Long))
			} else {
				roffText(&w, sc.Short)
			}
			if sc.HasLocalFlags() {
				roffFlags(&w, sc.LocalFlags(), a)
			}
			if sc.Example != "" {
				fmt.Fprintf(&w, ".PP\n%s\n.RS 4\n.nf\n", roffEscape(a.T("Examples:")))
				for _, l := range strings.Split(sc.Example, "\n") {
					fmt.Fprintln(&w, roffEscape(strings.TrimSpace(l)))
				}
				w.WriteString(".fi\n.RE\n")
			}
			walk(sc)
		}
	}
	walk(root)
	if ec, _, err := root.Find([]string{"exit-codes"}); err == nil && ec != root {
		fmt.Fprintf(&w, ".SH %s\n", a.T("EXIT STATUS"))
		roffText(&w, reflow(ec.Long))
	}
	_, err := io.WriteString(out, w.String())
	return err
}

// placeholder is the first capitalised word of a flag's usage (FILE,
// DATE, ARCHIVO): what the man page shows after the flag.
var placeholder = lazyRegexp(`\b\p{Lu}{3,}\b`)

// acronyms are capitalised words of the usages that are not placeholders.
var acronyms = map[string]bool{"INM": true, "PDF": true, "CSV": true, "NUT": true, "JSON": true, "DOF": true, "ICS": true, "URL": true, "UMA": true, "RFC": true}

// roffFlags lists flags as tagged paragraphs.
func roffFlags(w *strings.Builder, fs *pflag.FlagSet, a *app) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		tag := "\\-\\-" + f.Name
		if f.Shorthand != "" {
			tag = "\\-" + f.Shorthand + ", " + tag
		}
		varname, usage := pflag.UnquoteUsage(f)
		if strings.HasPrefix(varname, "string") {
			varname = a.T("VALUE")
			for _, w := range placeholder().FindAllString(usage, -1) {
				if !acronyms[w] {
					varname = w // "database FILE (...)": --db FILE
					break
				}
			}
		}
		if varname != "" {
			tag += " " + roffEscape(varname)
		}
		fmt.Fprintf(w, ".TP\n\\fB%s\\fR\n%s\n", tag, roffEscape(strings.Join(strings.Fields(usage), " ")))
	})
}
