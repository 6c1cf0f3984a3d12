package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tramite/procedures"
)

// ruleJSON is a rulebook entry as `tramite rules --json` prints it.
type ruleJSON struct {
	ID         string   `json:"id"`
	Text       string   `json:"text"`
	Confidence string   `json:"confidence"`
	Sources    []string `json:"sources"`
	Checked    string   `json:"checked"`
	Part       string   `json:"part_of,omitempty"`
}

// newRulesCmd is `tramite rules [ID]`: the rules, documents and sources
// the screens and exports cite, from the rulebook kept in the repository.
func newRulesCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "rules [ID]",
		Short: a.T("The rules tramite cites, with their sources"),
		Long: a.T(`Without ID, list every rule, document and source that tramite's screens and exports cite, with a one-line summary. With ID, print the rule: its text, how sure it is (law, official, the project's founding articles, secondary sources; contested when sources disagree and tramite takes the safe reading), its sources and the date it was last checked.

Rules change: where a rule is only secondary or contested, verify with your INM office.`),
		Example: "  tramite rules\n  tramite rules R-RENEW-WINDOW\n  tramite rules d-pass --lang es",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return a.usagef("rules takes at most one rule id, got %q: see `tramite rules`", args)
			}
			return nil
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, r := range procedures.Rulebook() {
				if strings.HasPrefix(r.ID, strings.ToUpper(toComplete)) {
					out = append(out, cobra.CompletionWithDesc(r.ID, truncate(r.Summary(a.lang), 60)))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return a.printRules(asJSON)
			}
			r, ok := procedures.LookupRule(args[0])
			if !ok {
				return a.unknownRule(args[0])
			}
			if asJSON {
				return writeJSON(a.stdout, a.ruleJSON(r))
			}
			return a.printRule(r)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	return cmd
}

func (a *app) ruleJSON(r procedures.Rule) ruleJSON {
	return ruleJSON{ID: r.ID, Text: r.TextIn(a.lang), Confidence: r.Confidence, Sources: r.Sources, Checked: r.Checked, Part: r.Part}
}

// printRules lists every entry: its id and first sentence.
func (a *app) printRules(asJSON bool) error {
	book := procedures.Rulebook()
	if asJSON {
		out := make([]ruleJSON, 0, len(book))
		for _, r := range book {
			out = append(out, a.ruleJSON(r))
		}
		return writeJSON(a.stdout, out)
	}
	w := &errWriter{w: a.stdout}
	width := a.tableWidth()
	for _, r := range book {
		line := fmt.Sprintf("%-20s %s", r.ID, r.Summary(a.lang))
		if width > 0 {
			line = truncate(line, width)
		}
		w.printf("%s\n", line)
	}
	w.printf("%s\n", a.T("Type `tramite rules ID` for a rule's text, confidence, sources and check date."))
	return w.err
}

// printRule prints one entry in full, wrapped at 78 columns.
func (a *app) printRule(r procedures.Rule) error {
	w := &errWriter{w: a.stdout}
	w.printf("%s\n", r.ID)
	for _, l := range wrap(r.TextIn(a.lang), 78) {
		w.printf("%s\n", l)
	}
	w.println()
	w.printf("%s %s\n", a.T("Confidence:"), a.confidenceWords(r.Confidence))
	if r.Part != "" {
		w.printf("%s %s\n", a.T("Part of:"), r.Part)
	}
	w.printf("%s\n", a.T("Sources:"))
	for _, s := range r.Sources {
		if a.lang.Spanish() {
			s = sourceWordsEs.Replace(s)
		}
		for i, l := range wrap(s, 74) {
			if i == 0 {
				w.printf("  - %s\n", l)
			} else {
				w.printf("    %s\n", l)
			}
		}
	}
	w.printf("%s %s\n", a.T("Checked:"), r.Checked)
	if strings.Contains(r.Confidence, "secondary") || strings.Contains(r.Confidence, "contested") {
		for _, l := range wrap(a.T("Verify with your INM office: this rule rests on secondary sources or sources that disagree."), 78) {
			w.printf("%s\n", l)
		}
	}
	return w.err
}

// confidenceWords is the rules file's confidence in the user's language.
func (a *app) confidenceWords(c string) string {
	if !a.lang.Spanish() {
		return c
	}
	r := strings.NewReplacer("law", "ley", "official", "oficial", "seeds", "artículos fundacionales",
		"secondary", "secundaria", "contested", "disputada", "derived", "derivada",
		"paraphrase of", "paráfrasis de", "paraphrase", "paráfrasis", "copy of the sheet", "copia de la ficha",
		"copy", "copia", "cut off", "cortada", "old", "antigua")
	return r.Replace(c)
}

// unknownRule refuses an id the rulebook lacks, with the nearest ids.
func (a *app) unknownRule(id string) error {
	near := procedures.NearestRules(id, 3)
	if len(near) == 0 {
		return usageErr(errors.New(a.T("no rule %s: `tramite rules` lists them", strings.ToUpper(id))))
	}
	return usageErr(errors.New(a.T("no rule %s; did you mean %s?", strings.ToUpper(id), strings.Join(near, ", "))))
}

// sourceWordsEs words the rulebook's source notes in Spanish (the names
// of laws and sites stay as they are).
var sourceWordsEs = strings.NewReplacer("(founding article)", "(artículo fundacional)", "(as paraphrased)", "(según una paráfrasis)",
	"as paraphrased", "según una paráfrasis", " and ", " y ", "(copy of the sheet)", "(copia de la ficha)", "the rules above", "las reglas anteriores")
