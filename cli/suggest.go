package cli

import (
	"errors"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

// procedureID is the procedure id arg stands for: the id in any case or
// a Spanish alias (renovacion, canje, cambio, ...). An unknown one is a
// usage error that suggests the nearest id, or lists them all.
func (a *app) procedureID(arg string) (string, error) {
	if id, ok := procedures.ResolveID(arg); ok {
		return id, nil
	}
	if near := procedures.NearestProcedure(arg); near != "" {
		return "", usageErr(errors.New(a.T("no procedure %q: did you mean %s? (`tramite procedures` lists them)", arg, near)))
	}
	var ids []string
	for _, p := range procedures.Catalog() {
		ids = append(ids, p.ID)
	}
	return "", usageErr(errors.New(a.T("no procedure %q: use one of %s (or its Spanish name, such as renovacion)", arg, strings.Join(ids, ", "))))
}

// unknownFlag rewords pflag's "unknown flag: --withn" as what to type: the
// closest flag of cmd when one is near, and the command's --help.
func (a *app) unknownFlag(cmd *cobra.Command, err error) error {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return nil
	}
	best, bestD := "", 1<<30
	visit := func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		d := procedures.EditDistance(name, f.Name)
		if strings.HasPrefix(f.Name, name) && len(name) >= 2 {
			d = min(d, 1)
		}
		if d < bestD {
			best, bestD = f.Name, d
		}
	}
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	if best != "" && bestD <= max(2, len(name)/3) {
		return usageErr(errors.New(a.T("unknown flag --%s: did you mean --%s? (see `%s --help`)", name, best, cmd.CommandPath())))
	}
	return usageErr(errors.New(a.T("unknown flag --%s: see `%s --help` for the flags", name, cmd.CommandPath())))
}

// nearPeople are the stored people a name that matches nobody may mean:
// casebook.Candidates (accents, case, the start of the words), else the
// names a typo or two away ("Ana Jimenes" for "Ana Jiménez"); at most 3.
func nearPeople(people []store.Person, name string) []string {
	var out []string
	for _, p := range casebook.Candidates(people, name) {
		out = append(out, p.Name)
	}
	if len(out) == 0 {
		want := casebook.FoldName(name)
		best := max(2, len([]rune(want))/5) + 1
		for _, p := range people {
			d := procedures.EditDistance(want, casebook.FoldName(p.Name))
			switch {
			case d < best:
				best, out = d, []string{p.Name}
			case d == best && len(out) > 0:
				out = append(out, p.Name)
			}
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// quotedOr is `"a"`, `"a" or "b"`, `"a", "b" or "c"` (in the language).
func (a *app) quotedOr(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + a.T(" or ") + q[len(q)-1]
}
