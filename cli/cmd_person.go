package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/record"
	"tramite/store"
	"tramite/textsafe"
)

func newPersonCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "person",
		Aliases: []string{"people"},
		Short:   a.T("List, show, edit, merge and delete the people"),
		Args:    a.noArgs,
	}
	cmd.AddCommand(newPersonListCmd(a), newPersonShowCmd(a), newPersonSetCmd(a),
		newPersonRenameCmd(a), newPersonMergeCmd(a), newPersonDeleteCmd(a))
	return cmd
}

// personJSON is a person as the person commands print it.
type personJSON struct {
	ID          uint64            `json:"id"`
	Name        string            `json:"name"`
	BirthDate   string            `json:"birth_date,omitempty"`
	Nationality string            `json:"nationality,omitempty"`
	Details     map[string]string `json:"details,omitempty"`
	Cases       []caseJSON        `json:"cases"`
	// count is how many cases the person has (person list's table reads
	// only that).
	count int
}

func newPersonListCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: a.T("List the people and how many cases each has"),
		Args:  a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, _ := a.context()
			var out []personJSON
			err := a.withPeople(func(people []store.Person, eachCase func(func(*store.Summary) error) error) error {
				// One pass over the index: of each case, its line for
				// --json, else only that it counts.
				cases := make(map[uint64][]caseJSON, len(people))
				counts := make(map[uint64]int, len(people))
				err := eachCase(func(s *store.Summary) error {
					if asJSON {
						cases[s.PersonID] = append(cases[s.PersonID], toCaseJSON(*s, c.Today))
					}
					counts[s.PersonID]++
					return nil
				})
				if err != nil {
					return err
				}
				casebook.SortPeople(people)
				out = make([]personJSON, 0, len(people))
				for _, p := range people {
					pj := newPersonJSON(p, cases[p.ID])
					pj.count = counts[p.ID]
					out = append(out, pj)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if asJSON {
				return writePeopleJSON(a.stdout, out)
			}
			if len(out) == 0 {
				fmt.Fprintln(a.stderr, a.T("No people yet: `tramite new PROCEDURE --person NAME ...` adds one."))
				return nil
			}
			if a.tableWidth() == 0 {
				// Not a terminal: tab-separated, nothing cut (plain.go).
				rows := make([][]string, len(out))
				for i, p := range out {
					rows[i] = []string{p.Name, p.Nationality, p.BirthDate, strconv.Itoa(p.count)}
				}
				return writeTSV(a.stdout, strings.Split(a.T("NAME\tNATIONALITY\tBORN\tCASES"), "\t"), rows)
			}
			return printPeopleTable(a.lang, a.stdout, out, a.tableWidth())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	return cmd
}

// printPeopleTable prints people as an aligned table for a terminal of
// width columns: the name up to 30 columns and the nationality up to 20,
// less when the terminal is narrower than the table (down to 12 and 8: at
// 60 columns every line wrapped).
func printPeopleTable(l *i18n.Printer, w io.Writer, people []personJSON, width int) error {
	head := strings.Split(l.T("NAME\tNATIONALITY\tBORN\tCASES"), "\t")
	widths := []int{utf8.RuneCountInString(head[0]), utf8.RuneCountInString(head[1]), max(10, utf8.RuneCountInString(head[2]))}
	for _, p := range people {
		widths[0] = max(widths[0], min(30, utf8.RuneCountInString(p.Name)))
		widths[1] = max(widths[1], min(20, utf8.RuneCountInString(p.Nationality)))
	}
	widths, _ = narrowColumns(widths, []int{1, 0}, []int{8, 12}, 2, utf8.RuneCountInString(head[3]), width)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, p := range people {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", truncate(p.Name, widths[0]), truncate(p.Nationality, widths[1]), p.BirthDate, p.count)
	}
	return tw.Flush()
}

func newPersonShowCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: a.T("Show a person's details and cases"),
		Args:  a.exactArg("a person's name (see `tramite person list`)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, _ := a.context()
			var p store.Person
			var pj personJSON
			err := a.withPeople(func(people []store.Person, eachCase func(func(*store.Summary) error) error) error {
				var err error
				if p, err = a.findPerson(people, args[0]); err != nil {
					return err
				}
				pj = newPersonJSON(p, nil)
				return eachCase(func(s *store.Summary) error {
					if s.PersonID == p.ID {
						pj.Cases = append(pj.Cases, toCaseJSON(*s, c.Today))
					}
					return nil
				})
			})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.stdout, pj)
			}
			ew := &errWriter{w: a.stdout}
			ew.printf("%s\n", textsafe.Line(p.Name))
			for _, k := range personFieldKeys()[1:] {
				if v := p.Get(k); v != "" {
					ew.printf("  %-16s %s\n", k, textsafe.Line(v))
				}
			}
			if ew.err != nil {
				return ew.err
			}
			if len(pj.Cases) == 0 {
				ew.printf("%s\n", a.T("No cases."))
				return ew.err
			}
			ew.printf("\n")
			return printCases(a.lang, a.stdout, pj.Cases, a.tableWidth())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	return cmd
}

func newPersonSetCmd(a *app) *cobra.Command {
	var create, newPerson bool
	cmd := &cobra.Command{
		Use:   "set NAME key=value...",
		Short: a.T("Set a person's details (passport_number, ...)"),
		Long: a.T(`Set a person's details. Keys: %s.
"name" renames the person; key= (empty) clears a value. Nothing is saved
unless every value is valid.`, strings.Join(personFieldKeys(), ", ")),
		Example: `  tramite person set "Ana López" birth_date=12/04/1985
  tramite person set "Ana López" email=ana@example.com phone=""
  tramite person set "Ana López" name="Ana María López"`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 {
				return a.usagef("person set needs a name and at least one key=value, e.g. tramite person set \"Ana López\" phone=\"+52 55 1234 5678\"")
			}
			return a.personSet(args[0], args[1:], create, newPerson)
		},
	}
	cmd.Flags().BoolVar(&create, "create", false, a.T("add the person when nobody has that name yet"))
	cmd.Flags().BoolVar(&newPerson, "new-person", false, a.T("with --create, add them even if a stored\nname is close to theirs"))
	return cmd
}

// personSet validates every value, then saves them in one write.
func (a *app) personSet(name string, args []string, create, newPerson bool) error {
	c, err := a.context()
	if err != nil {
		return err
	}
	kvs, err := parseKeyValues(args, "")
	if err != nil {
		return err
	}
	values := make(map[string]string, len(kvs))
	for _, kv := range kvs {
		v, err := record.ValidatePersonValue(kv[0], kv[1], c.Today)
		if err != nil {
			return a.errorf("%w; nothing was saved", err)
		}
		values[kv[0]] = v
	}
	st, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := st.PersonByName(strings.TrimSpace(name))
	var people []store.Person
	if errors.Is(err, store.ErrNotFound) {
		// "Ana Lopez" for "Ana López" is a typo, not a new person: adding
		// them (--create) would make a duplicate.
		var perr error
		people, perr = st.People()
		if perr != nil {
			return perr
		}
		if similar, ok := casebook.SimilarPerson(people, name); ok && !create {
			return a.errorf("%w; nothing was saved", casebook.DidYouMean(name, similar))
		}
		if cands := casebook.Candidates(people, name); len(cands) > 0 && create && !newPerson {
			return a.errorf("%w; nothing was saved", casebook.MaybeDuplicate(name, cands, "--new-person"))
		}
	}
	switch {
	case errors.Is(err, store.ErrNotFound) && create:
		p = store.Person{Name: strings.TrimSpace(name)}
	case errors.Is(err, store.ErrNotFound):
		// A near name is suggested, as `tramite new --person` does.
		if near := nearPeople(people, name); len(near) > 0 {
			return a.errorf("nobody is called %q; did you mean %s? Type the name as it is stored, or add --create to add someone new; nothing was saved", name, a.quotedOr(near))
		}
		return a.errorf("nobody is called %q: check `tramite person list`, or add --create to add them", name)
	case err != nil:
		return err
	}
	book := casebook.New(st)
	if newName, ok := values["name"]; ok && p.ID != 0 {
		// Renaming into a near name is a duplicate to merge, not a rename.
		if err := book.CheckRename(p, newName); err != nil {
			return renameRefused(p.Name, err)
		}
	}
	p, err = book.SetPersonValues(p, values, create)
	if err != nil {
		if errors.Is(err, store.ErrDuplicateName) {
			return a.errorf("someone else is already called %q: pick another name; nothing was saved", p.Name)
		}
		return err
	}
	fmt.Fprint(a.stderr, a.T("Saved %s.\n", textsafe.Line(p.Name)))
	return nil
}

// findPerson matches name without regard to case or surrounding spaces.
func (a *app) findPerson(people []store.Person, name string) (store.Person, error) {
	want := strings.TrimSpace(name)
	var names []string
	for _, p := range people {
		if strings.EqualFold(p.Name, want) {
			return p, nil
		}
		names = append(names, p.Name)
	}
	if len(names) == 0 {
		return store.Person{}, a.errorf("nobody is called %q: there are no people yet", name)
	}
	if p, ok := casebook.SimilarPerson(people, name); ok {
		return store.Person{}, casebook.DidYouMean(name, p)
	}
	if len(names) > 8 {
		return store.Person{}, a.errorf("nobody is called %q: see the %d names with `tramite person list`", name, len(names))
	}
	return store.Person{}, a.errorf("nobody is called %q: the people are %s", name, strings.Join(names, ", "))
}
