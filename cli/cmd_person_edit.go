package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
	"tramite/textsafe"
)

// The person commands that keep one record per client: delete, merge,
// rename.

func newPersonDeleteCmd(a *app) *cobra.Command {
	var withCases bool
	cmd := &cobra.Command{
		Use:   "delete NAME",
		Short: a.T("Delete a person (refused while they have cases)"),
		Long: a.T(`Delete a person. A person who still has cases is refused, and the message
says how many: move the cases (tramite case move), merge the person into
another (tramite person merge), or pass --with-cases to delete them with
every one of their cases. It is one transaction: all of it, or nothing.`),
		Example: `  tramite person delete "Ana Lopez"
  tramite person delete "Ana Lopez" --with-cases`,
		Args: a.exactArg("a person's name (see `tramite person list`)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withBook(func(b *casebook.Book) error {
				p, err := a.findStoredPerson(b, args[0])
				if err != nil {
					return err
				}
				n, err := b.RemovePerson(p.ID, withCases)
				var hc *casebook.HasCasesError
				if errors.As(err, &hc) {
					return a.errorf("%s has %s: move them (tramite case move ID PERSON), merge %s into another person (tramite person merge KEEP %q), or add --with-cases to delete the cases too; nothing was deleted",
						p.Name, a.T("%d cases", hc.Cases), p.Name, p.Name)
				}
				if err != nil {
					return err
				}
				fmt.Fprintln(a.stderr, a.deletedPersonText(p.Name, n))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&withCases, "with-cases", false, "delete the person's cases too")
	return cmd
}

func (a *app) deletedPersonText(name string, cases int) string {
	if cases == 0 {
		return a.T("Deleted %s.", textsafe.Line(name))
	}
	return a.T("Deleted %s and their %s.", textsafe.Line(name), a.T("%d cases", cases))
}

func newPersonMergeCmd(a *app) *cobra.Command {
	var preferOther bool
	cmd := &cobra.Command{
		Use:   "merge KEEP OTHER",
		Short: a.T("Make two records of one person one"),
		Long: a.T(`Merge OTHER into KEEP: every case of OTHER moves to KEEP, the details KEEP
lacks (passport, address, ...) are taken from OTHER, and OTHER is removed,
in one transaction. Details both have with different values keep KEEP's
(or OTHER's with --prefer-other); each is listed.`),
		Example: `  tramite person merge "Élodie Marchand Pérez" "elodie marchand"`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usagef("person merge needs two names, the person to keep and the one to merge into them: tramite person merge \"Ana López\" \"Ana Lopez\"")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withBook(func(b *casebook.Book) error {
				keep, err := a.findStoredPerson(b, args[0])
				if err != nil {
					return fmt.Errorf("KEEP: %w", err)
				}
				other, err := a.findStoredPerson(b, args[1])
				if err != nil {
					return fmt.Errorf("OTHER: %w", err)
				}
				res, err := b.MergePeople(keep.ID, other.ID, preferOther)
				if err != nil {
					return a.errorf("%w; nothing was changed", err)
				}
				fmt.Fprint(a.stdout, a.T("Merged %s into %s: %s moved.\n", res.Removed.Name, res.Kept.Name, a.T("%d cases", res.Moved)))
				if len(res.Filled) > 0 {
					fmt.Fprint(a.stdout, a.T("Taken from %s: %s.\n", res.Removed.Name, strings.Join(res.Filled, ", ")))
				}
				for _, c := range res.Conflicts {
					fmt.Fprint(a.stdout, a.T("Conflict on %s: kept %q, dropped %q.\n", c.Key, c.Kept, c.Dropped))
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&preferOther, "prefer-other", false, "on a conflict keep OTHER's value")
	return cmd
}

func newPersonRenameCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "rename NAME NEW-NAME",
		Short:   a.T("Rename a person"),
		Example: `  tramite person rename "Ana Lopez" "Ana María López"`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usagef("person rename needs the name and the new name: tramite person rename \"Ana Lopez\" \"Ana María López\"")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.context()
			if err != nil {
				return err
			}
			name, err := record.ValidatePersonValue("name", args[1], c.Today)
			if err != nil {
				return fmt.Errorf("%w; nothing was saved", err)
			}
			return a.withBook(func(b *casebook.Book) error {
				p, err := a.findStoredPerson(b, args[0])
				if err != nil {
					return err
				}
				q, err := b.RenamePerson(p.ID, name)
				if err != nil {
					return renameRefused(p.Name, err)
				}
				fmt.Fprint(a.stderr, a.T("Renamed %s to %s.\n", p.Name, q.Name))
				return nil
			})
		},
	}
}

// renameRefused explains a refused rename: into another's name, it says
// how to merge them.
func renameRefused(name string, err error) error {
	var taken *casebook.NameTakenError
	if errors.As(err, &taken) {
		return procedures.Problemf("%s is already someone's name. If they are the same person as %s, merge them: tramite person merge %q %q (or the other way round); otherwise pick another name. Nothing was saved",
			taken.Other.Name, name, taken.Other.Name, name)
	}
	return procedures.Problemf("%w; nothing was saved", err)
}

// findStoredPerson finds a person by name as findPerson does (case and
// spacing aside; a near name gets "did you mean").
func (a *app) findStoredPerson(b *casebook.Book, name string) (store.Person, error) {
	people, err := b.People()
	if err != nil {
		return store.Person{}, err
	}
	return a.findPerson(people, name)
}

// withBook opens the database for writing and runs fn on its book.
func (a *app) withBook(fn func(b *casebook.Book) error) error {
	st, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(casebook.New(st))
}
