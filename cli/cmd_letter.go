package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/export"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
	"tramite/textsafe"
)

// letterWidth is the column the plain-text letters wrap at.
const letterWidth = 78

func newLetterCmd(a *app) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "letter CASE",
		Short: a.T("Print a case's letters to INM, in Spanish"),
		Long: a.T(`Print the letters a case needs (its escrito libre, and where the procedure asks
for them the letter under oath, the spouses' sworn statement or the emergency
letter), dated today at your INM office, one after another.

A letter states only what you gave tramite: when something it needs is
missing (your passport number, your address, ...) no letter is written and
tramite tells you the command that sets each missing value.

Without -o the letters go to the standard output. A file is written
atomically, readable by you only, and never replaces an existing file unless
you add --force. For a printable packet with the checklist, see
` + "`tramite export --format pdf`" + `.`),
		Example: `  tramite letter 3
  tramite letter 3 -o carta.txt`,
		Args: a.exactArg("a CASE number (see `tramite cases`)"),
		// Missing data is reported with the commands to run; the usage text
		// would bury them.
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseNumber(args[0])
			if err != nil {
				return err
			}
			text, err := a.caseLetters(id)
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err := io.WriteString(a.stdout, text)
				return err
			}
			err = export.WriteFile(out, force, func(w io.Writer) error {
				_, err := io.WriteString(w, text)
				return err
			})
			if errors.Is(err, export.ErrExists) {
				return a.errorf("%s already exists and was left as it is: add --force to replace it, or choose another file with -o", out)
			}
			if err != nil {
				return err
			}
			fmt.Fprint(a.stderr, a.T("Wrote %s.\n", out))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&out, "output", "o", "", a.T("write to FILE instead of the standard output"))
	fl.BoolVar(&force, "force", false, a.T("replace FILE if it exists"))
	return cmd
}

// caseLetters reads case id and its person, read-only, and renders the
// case's letters as plain text.
func (a *app) caseLetters(id uint64) (string, error) {
	st, err := a.openStore(true)
	if err != nil {
		return "", err
	}
	defer st.Close()
	ctx, err := a.contextFor(st)
	if err != nil {
		return "", err
	}
	c, err := st.Case(id)
	if errors.Is(err, store.ErrNotFound) {
		return "", a.errorf("there is no case %d: `tramite cases` lists the case numbers", id)
	}
	if err != nil {
		return "", err
	}
	p, err := st.Person(c.PersonID)
	if err != nil {
		return "", a.errorf("case %d: its person: %w", id, err)
	}
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		return "", a.errorf("case %d: %w", id, err)
	}
	letters, err := casebook.Letters(proc, c, p, ctx)
	var missing *procedures.MissingError
	if errors.As(err, &missing) {
		return "", missingLetterData(a.lang, p, c, proc, missing)
	}
	if err != nil {
		return "", a.errorf("case %d: %w", id, err)
	}
	if len(letters) == 0 {
		return "", a.errorf("case %d (%s) asks for no letter tramite writes: its checklist lists what to bring (`tramite export %d`)", id, proc.NameIn(a.lang), id)
	}
	// The letters quote stored text (names, addresses): no control
	// sequence reaches the terminal or the file (textsafe.Text).
	return textsafe.Text(renderLetters(a.lang, letters)), nil
}

// renderLetters puts the letters one after another, each under a header
// that says which it is, so they are easy to tell apart and cut.
func renderLetters(l *i18n.Printer, ls []procedures.Letter) string {
	var b strings.Builder
	for i, letter := range ls {
		if i > 0 {
			b.WriteString("\n\n")
		}
		// The title is English only (as in the dashboard's letter view):
		// in Spanish the header names the letter by its document id.
		head := fmt.Sprintf("===== Letter %d of %d: %s (%s) =====", i+1, len(ls), letter.Title, letter.Doc)
		if l.Spanish() {
			head = l.T("===== Letter %d of %d: %s =====", i+1, len(ls), letter.Doc)
		}
		b.WriteString(head + "\n\n")
		b.WriteString(letter.Text(letterWidth))
	}
	return b.String()
}

// missingLetterData names each missing key and how to give it: the
// person's keys with `tramite person set`, the case's in its interview.
func missingLetterData(l *i18n.Printer, p store.Person, c store.Case, proc *procedures.Procedure, me *procedures.MissingError) error {
	var b strings.Builder
	b.WriteString(l.T("no letter written: case %d (%s) needs data not given yet:", c.ID, proc.NameIn(l)) + "\n")
	for _, k := range me.Keys {
		switch {
		case k == "name":
			b.WriteString(l.T("  name: the person has no name; run tramite person set %q name=\"...\"", p.Name) + "\n")
		case procedures.IsPersonKey(k):
			fmt.Fprintf(&b, "  %s: tramite person set %q %s=...\n", k, p.Name, k)
		default:
			how := l.T("answer it in the case's interview: run `tramite` and open case %d", c.ID)
			if q, ok := proc.Question(k); ok {
				how = fmt.Sprintf("%q: %s", q.Localized(l).Prompt, how)
			}
			fmt.Fprintf(&b, "  %s: %s\n", k, how)
		}
	}
	b.WriteString(l.T("Nothing was written."))
	return errors.New(b.String())
}
