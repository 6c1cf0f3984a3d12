package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"tramite/export"
)

func newImportCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE",
		Short: a.T("Import people and cases from a JSON export"),
		Long: a.T(`Import the people and cases of a file written by ` + "`tramite export --format json`" + `
(FILE, or - for the standard input). Every case is added as a new case; a
person whose name is already in the database is reused, not duplicated.

The whole file is checked first (its format version, each case's procedure,
answers and dates, each case's person): a file with any problem imports
nothing, and every problem is listed with the case and the key at fault.`),
		Example: `tramite import tramite-backup.json
tramite --db other.db import household.json`,
		Args: a.exactArg("the JSON FILE to import"),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			b, err := a.decodeImport(name)
			if err != nil {
				return err
			}
			st, err := a.openStore(false)
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := st.Import(b.People, b.Cases)
			if err != nil {
				return a.errorf("importing %s: %w (nothing was imported)", name, err)
			}
			added := 0
			for _, r := range res.Reused {
				if !r {
					added++
				}
			}
			fmt.Fprint(a.stdout, a.T("Imported %s and %s from %s:\n", a.T("%d new people", added), a.T("%d cases", len(res.Cases)), name))
			for i, p := range res.People {
				how := a.T("new")
				if res.Reused[i] {
					how = a.T("already here, reused")
				}
				fmt.Fprint(a.stdout, a.T("  person %d  %s (%s)\n", p.ID, p.Name, how))
			}
			names := map[uint64]string{}
			for _, p := range res.People {
				names[p.ID] = p.Name
			}
			for i, c := range res.Cases {
				fmt.Fprint(a.stdout, a.T("  case %d  %s, %s (case %d in the file)\n", c.ID, names[c.PersonID], c.Procedure, b.Cases[i].ID))
			}
			return nil
		},
	}
}

// decodeImport reads and validates the file name ("-": standard input).
func (a *app) decodeImport(name string) (export.Bundle, error) {
	var r io.Reader = a.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return export.Bundle{}, a.errorf("cannot read %s: %w", name, err)
		}
		defer f.Close()
		r = f
	}
	today, err := a.today()
	if err != nil {
		return export.Bundle{}, err
	}
	b, err := export.DecodeOn(r, today)
	var inv *export.InvalidError
	if errors.As(err, &inv) {
		return export.Bundle{}, a.errorf("%s: %w", name, err)
	}
	return b, err
}
