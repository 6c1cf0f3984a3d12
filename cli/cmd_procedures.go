package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tramite/i18n"
	"tramite/procedures"
)

// procJSON is a procedure as `tramite procedures --json` prints it.
type procJSON struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Spanish    string         `json:"spanish"`
	Summary    string         `json:"summary"`
	Triage     string         `json:"triage,omitempty"`
	Sources    []string       `json:"sources,omitempty"`
	Shared     []string       `json:"shared,omitempty"`
	Questions  []questionJSON `json:"questions,omitempty"`
	PersonKeys []string       `json:"person_keys,omitempty"`
}

// questionJSON is a question as `tramite procedures show --json` prints it:
// enough for a script to prepare --answer values.
type questionJSON struct {
	Key       string       `json:"key"`
	Prompt    string       `json:"prompt"`
	Kind      string       `json:"kind"`
	Choices   []choiceJSON `json:"choices,omitempty"`
	Optional  bool         `json:"optional"`
	Condition string       `json:"condition,omitempty"`
	Help      string       `json:"help,omitempty"`
}

type choiceJSON struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

func newProceduresCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "procedures",
		Aliases: []string{"procedure"},
		Short:   a.T("List the procedures tramite knows"),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cat := procedures.Catalog()
			if asJSON {
				out := make([]procJSON, 0, len(cat))
				for _, p := range cat {
					out = append(out, procJSON{ID: p.ID, Name: p.Name, Spanish: p.Spanish, Summary: p.Summary, Triage: p.Triage})
				}
				return writeJSON(a.stdout, out)
			}
			return printCatalog(a.lang, a.stdout, cat)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	cmd.AddCommand(newProcedureShowCmd(a))
	return cmd
}

func newProcedureShowCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show PROCEDURE",
		Short: a.T("Show a procedure's questions and answer keys"),
		Long: a.T(`Show a procedure's questions with their answer keys, kinds, choices and
conditions, so you (or a script) can prepare answers for
  tramite new PROCEDURE --person NAME --answer key=value ...`),
		Example: "  tramite procedures show renewal\n  tramite procedures show canje --json",
		Args:    a.exactArg("a procedure id (see `tramite procedures`)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.procedureID(args[0])
			if err != nil {
				return err
			}
			p, err := procedures.Lookup(id)
			if err != nil {
				return usageErr(err)
			}
			if asJSON {
				return writeJSON(a.stdout, procedureJSON(p))
			}
			return printProcedure(a.lang, a.stdout, p)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	return cmd
}

// procedureJSON is p with all its questions.
func procedureJSON(p *procedures.Procedure) procJSON {
	out := procJSON{ID: p.ID, Name: p.Name, Spanish: p.Spanish, Summary: p.Summary, Triage: p.Triage,
		Sources: p.Sources, Shared: p.Shared, PersonKeys: procedures.PersonKeys}
	for _, q := range p.Questions {
		qj := questionJSON{Key: q.Key, Prompt: q.Prompt, Kind: q.Kind.String(), Optional: q.Optional,
			Condition: q.Condition, Help: q.Help}
		for _, c := range q.Options() {
			qj.Choices = append(qj.Choices, choiceJSON{ID: c.ID, Label: c.Label})
		}
		out.Questions = append(out.Questions, qj)
	}
	return out
}

// printCatalog prints one block per procedure: id and English name, then
// the Spanish name and the summary, indented.
func printCatalog(l *i18n.Printer, w io.Writer, cat []*procedures.Procedure) error {
	ew := &errWriter{w: w}
	for i, p := range cat {
		if i > 0 {
			ew.println()
		}
		ew.printf("%-15s %s\n", p.ID, p.NameIn(l))
		if p.Spanish != "" && !l.Spanish() {
			ew.printf("%-15s %s\n", "", p.Spanish)
		}
		for _, line := range wrap(l.Text(p.Summary), 80-16) {
			ew.printf("%-15s %s\n", "", line)
		}
	}
	ew.printf("\n%s\n", l.T("See a procedure's questions with `tramite procedures show ID`."))
	return ew.err
}

// printProcedure prints p's questions in the order the interview asks them.
func printProcedure(l *i18n.Printer, w io.Writer, p *procedures.Procedure) error {
	ew := &errWriter{w: w}
	ew.printf("%s: %s\n", p.ID, p.NameIn(l))
	if p.Spanish != "" && !l.Spanish() {
		ew.printf("(%s)\n", p.Spanish)
	}
	for _, line := range wrap(l.Text(p.Summary), 80) {
		ew.printf("%s\n", line)
	}
	if p.Triage != "" {
		for _, line := range wrap(l.T("When: %s", l.Text(p.Triage)), 80) {
			ew.printf("%s\n", line)
		}
	}
	ew.printf("\n%s\n", l.T("Questions (answer with --answer key=value):"))
	for _, q := range p.Questions {
		q = q.Localized(l)
		ew.println()
		kind := l.Text(q.Kind.String())
		if q.Optional {
			kind += l.T(", optional")
		}
		ew.printf("%s (%s)\n", q.Key, kind)
		for _, line := range wrap(q.Prompt, 76) {
			ew.printf("    %s\n", line)
		}
		if q.Condition != "" {
			for _, line := range wrap(l.T("When: %s", q.Condition), 76) {
				ew.printf("    %s\n", line)
			}
		} else if q.AskIf != nil {
			ew.printf("    %s\n", l.T("Asked only for some earlier answers."))
		}
		if q.Kind == procedures.KindDate {
			ew.printf("    %s\n", l.T("Type a date: 2026-03-15, 15/03/2026 or 15 mar 2026."))
		}
		if opts := q.Options(); len(opts) > 0 {
			width := 0
			for _, c := range opts {
				width = max(width, len(c.ID))
			}
			ew.printf("    %s\n", l.T("Choices:"))
			for _, c := range opts {
				ew.printf("      %-*s  %s\n", width, c.ID, c.Label)
			}
		}
		if q.Help != "" {
			for _, line := range wrap(q.Help, 76) {
				ew.printf("    %s\n", line)
			}
		}
	}
	ew.printf("\n%s\n  %s\n", l.T("Personal keys, kept with the person and shared by all their cases:"),
		strings.Join(procedures.PersonKeys, ", "))
	return ew.err
}
