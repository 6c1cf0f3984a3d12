package cli

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// completeProcedures completes a procedure id: the ids with their names,
// and the Spanish ids (renovacion, cambio, ...) with the id they stand for.
func (a *app) completeProcedures(toComplete string) []cobra.Completion {
	var out []cobra.Completion
	low := strings.ToLower(toComplete)
	for _, p := range procedures.Catalog() {
		if strings.HasPrefix(p.ID, low) {
			out = append(out, cobra.CompletionWithDesc(p.ID, p.NameIn(a.lang)))
		}
	}
	for _, al := range procedures.SpanishIDs() {
		if strings.HasPrefix(al[0], low) {
			out = append(out, cobra.CompletionWithDesc(al[0], "= "+al[1]))
		}
	}
	return out
}

// completeCases completes a case number with its person and procedure
// as the description ("3  Ana López, renewal"), from the database of
// --db (none when there is no database yet).
func (a *app) completeCases(toComplete string) []cobra.Completion {
	st, err := a.openStore(true)
	if err != nil {
		return nil
	}
	defer st.Close()
	var out []cobra.Completion
	// Streamed: at 100,000 cases no list of every row is built.
	names := map[string]string{}
	err = st.EachSummary(func(s *store.Summary) error {
		id := strconv.FormatUint(s.CaseID, 10)
		if !strings.HasPrefix(id, toComplete) {
			return nil
		}
		proc, ok := names[s.Procedure]
		if !ok {
			proc = s.Procedure
			if p, err := procedures.Lookup(s.Procedure); err == nil {
				proc = p.NameIn(a.lang)
			}
			names[s.Procedure] = proc
		}
		out = append(out, cobra.CompletionWithDesc(id, oneLine(s.Person)+", "+proc))
		return nil
	})
	if err != nil {
		return nil
	}
	return out
}

// completePeople completes a person's name from the database of --db:
// the names that start with what is typed, accents and case aside.
func (a *app) completePeople(toComplete string) []cobra.Completion {
	st, err := a.openStore(true)
	if err != nil {
		return nil
	}
	defer st.Close()
	var people []record.Person
	if strings.TrimSpace(toComplete) == "" {
		people, err = st.People()
	} else {
		// The index of the names' words finds the few people a typed
		// start can be, without reading every person.
		people, err = st.PeopleMatching(toComplete)
	}
	if err != nil {
		return nil
	}
	typed := casebook.FoldName(toComplete)
	var out []cobra.Completion
	for _, p := range people {
		if strings.HasPrefix(casebook.FoldName(p.Name), typed) {
			out = append(out, oneLine(p.Name))
		}
	}
	return out
}

// oneLine keeps a stored name on one line (completions are lines).
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// completionFunc is a ValidArgsFunction completing, for each position,
// what kinds[position] says ("case", "person", "procedure"); past the
// last, nothing (and no file names).
func (a *app) completionFunc(kinds ...string) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= len(kinds) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		switch kinds[len(args)] {
		case "case":
			return a.completeCases(toComplete), cobra.ShellCompDirectiveNoFileComp
		case "person":
			return a.completePeople(toComplete), cobra.ShellCompDirectiveNoFileComp
		case "procedure":
			return a.completeProcedures(toComplete), cobra.ShellCompDirectiveNoFileComp
		}
		return nil, cobra.ShellCompDirectiveDefault
	}
}

// fixedValues completes a flag with fixed values and no file names.
func fixedValues(values ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// registerCompletions gives the commands' arguments and flags their
// completions: procedures, case numbers (with the person's name),
// people, --format and --paper values. A command or flag another part
// of tramite does not have (yet) is skipped.
func (a *app) registerCompletions(root *cobra.Command) {
	args := map[string][]string{
		"new":             {"procedure"},
		"procedures show": {"procedure"},
		"case show":       {"case"},
		"case set":        {"case"},
		"case stage":      {"case"},
		"case tick":       {"case"},
		"case note":       {"case"},
		"case move":       {"case", "person"},
		"case delete":     {"case"},
		"export":          {"case"},
		"guide":           {"case"},
		"letter":          {"case"},
		"person show":     {"person"},
		"person set":      {"person"},
		"person delete":   {"person"},
		"person merge":    {"person", "person"},
		"person rename":   {"person"},
	}
	for path, kinds := range args {
		c, rest, err := root.Find(strings.Fields(path))
		if err != nil || len(rest) > 0 || c == root || c.ValidArgsFunction != nil {
			continue
		}
		c.ValidArgsFunction = a.completionFunc(kinds...)
	}
	flags := map[string]map[string]cobra.CompletionFunc{
		"new": {"person": func(_ *cobra.Command, _ []string, tc string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return a.completePeople(tc), cobra.ShellCompDirectiveNoFileComp
		}},
		"import": {"template": func(_ *cobra.Command, _ []string, tc string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return a.completeProcedures(tc), cobra.ShellCompDirectiveNoFileComp
		}},
		"export": {"format": fixedValues("text", "markdown", "ics", "json", "pdf"), "paper": fixedValues("a4", "letter")},
		"guide":  {"format": fixedValues("text", "markdown")},
		"":       {"lang": fixedValues("es\tespañol", "en\tEnglish")},
	}
	for path, fs := range flags {
		c := root
		if path != "" {
			found, rest, err := root.Find(strings.Fields(path))
			if err != nil || len(rest) > 0 || found == root {
				continue
			}
			c = found
		}
		for name, fn := range fs {
			if c.Flags().Lookup(name) == nil && c.PersistentFlags().Lookup(name) == nil {
				continue
			}
			if _, ok := c.GetFlagCompletionFunc(name); ok {
				continue
			}
			_ = c.RegisterFlagCompletionFunc(name, fn)
		}
	}
}
