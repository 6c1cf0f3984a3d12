package cli

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tramite/export"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
	"tramite/textsafe"
)

// importFlags are the flags of `tramite import`.
type importFlags struct {
	dryRun, apply bool
	template      string
}

// importLong is import's help; the two %s are the personal keys.
const importLong = `Import the people and cases of FILE (- for the standard input).

A JSON file written by ` + "`tramite export --format json`" + ` can be imported
again safely: a person is matched by uid, else by name (case and accents
aside), a case by uid, else by person, procedure and creation time. A
record already here is left alone when equal, updated when the file's is
newer, and kept (a conflict, listed) otherwise.

A CSV spreadsheet (.csv) has a header row naming tramite's keys: person,
any personal key (%s,
%s), and optionally procedure with that procedure's answer keys; one row per
person, or per case. It is a dry run unless --apply is given.
--template PROCEDURE prints an empty sheet with the right columns.

The whole file is checked first: a file with any problem imports nothing,
and every problem is listed with the line (or record) and the key at fault.`

func newImportCmd(a *app) *cobra.Command {
	var f importFlags
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: a.T("Import people and cases: a JSON export, or a CSV spreadsheet"),
		Long:  a.T(importLong, strings.Join(procedures.PersonKeys[:4], ", "), strings.Join(procedures.PersonKeys[4:], ", ")),
		Example: `tramite import tramite-backup.json
tramite import --dry-run tramite-backup.json
tramite import clients.csv            # shows what would be imported
tramite import clients.csv --apply    # imports it`,
		Args: func(cmd *cobra.Command, args []string) error {
			if f.template != "" {
				return a.noArgs(cmd, args)
			}
			return a.exactArg("the FILE to import (.json or .csv)")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.template != "" {
				id, err := a.procedureID(f.template)
				if err != nil {
					return err
				}
				proc, err := procedures.Lookup(id)
				if err != nil {
					return usageErr(err)
				}
				return export.CSVTemplate(a.stdout, proc)
			}
			name := args[0]
			if isSpreadsheet(name) {
				return a.importCSV(name, f)
			}
			b, err := a.decodeImport(name)
			if err != nil {
				return err
			}
			return a.importBundle(name, b.People, b.Cases, store.ImportOptions{DryRun: f.dryRun})
		},
	}
	cmd.Flags().BoolVar(&f.dryRun, "dry-run", false, a.T("show what would change, change nothing"))
	cmd.Flags().StringVar(&f.template, "template", "", a.T("print an empty CSV with PROCEDURE's columns"))
	cmd.Flags().BoolVar(&f.apply, "apply", false, a.T("write a spreadsheet's rows (a CSV import\nis a dry run without it)"))
	return cmd
}

// isSpreadsheet reports whether name is a CSV file by its extension.
func isSpreadsheet(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".csv")
}

// importBundle imports people and cases and reports what became of each.
func (a *app) importBundle(name string, people []store.Person, cases []store.Case, opt store.ImportOptions) error {
	st, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := importWith(st, people, cases, opt)
	if err != nil {
		return a.errorf("importing %s: %w (nothing was imported)", name, err)
	}
	a.printImport(a.stdout, name, res, opt.DryRun)
	return nil
}

// importHow is what each import action reads as in a person's line of
// the listing; caseLine is a case's whole line (Spanish words agree with
// persona and caso).
var (
	importHow = map[store.ImportAction]string{
		store.ImportNew:       "new",
		store.ImportUnchanged: "unchanged",
		store.ImportUpdated:   "updated",
		store.ImportConflict:  "conflict: differs here and is as new here; kept as it is here",
	}
	caseLine = map[store.ImportAction]string{
		store.ImportNew:       "  case %-7s %s, %s (new)\n",
		store.ImportUnchanged: "  case %-7s %s, %s (unchanged)\n",
		store.ImportUpdated:   "  case %-7s %s, %s (updated)\n",
		store.ImportConflict:  "  case %-7s %s, %s (conflict: differs here and is as new here; kept as it is here)\n",
	}
)

// importListMax is how many records an import lists one by one: past it
// (a backup of a whole office), only the records updated and the
// conflicts are, then the counts.
const importListMax = 200

// printImport lists the records with what became of each (see
// importListMax), then the counts, in the user's language.
func (a *app) printImport(w io.Writer, name string, res store.ImportResult, dryRun bool) {
	if dryRun {
		fmt.Fprint(w, a.T("Dry run of %s: nothing was written.\n", name))
	}
	every := len(res.People)+len(res.Cases) <= importListMax
	listed := func(h store.ImportAction) bool {
		return every || h == store.ImportUpdated || h == store.ImportConflict
	}
	names := map[uint64]string{}
	for i, p := range res.People {
		names[p.ID] = textsafe.Line(p.Name)
		if h := res.PeopleHow[i]; listed(h) {
			fmt.Fprint(w, a.T("  person %-5s %s (%s)\n", idText(p.ID, h, dryRun), textsafe.Line(p.Name), a.T(importHow[h])))
		}
	}
	for i, c := range res.Cases {
		if h := res.CasesHow[i]; listed(h) {
			fmt.Fprint(w, a.T(caseLine[h], idText(c.ID, h, dryRun), names[c.PersonID], c.Procedure))
		}
	}
	if !every {
		fmt.Fprint(w, a.T("  (the new and unchanged records are not listed one by one: the file has more than %d)\n", importListMax))
	}
	unchanged, updated, added := res.Count(store.ImportUnchanged), res.Count(store.ImportUpdated), res.Count(store.ImportNew)
	if dryRun {
		fmt.Fprint(w, a.T("Would import %s: %d unchanged, %d updated, %d new", name, unchanged, updated, added))
	} else {
		fmt.Fprint(w, a.T("Imported %s: %d unchanged, %d updated, %d new", name, unchanged, updated, added))
	}
	if n := res.Count(store.ImportConflict); n > 0 {
		fmt.Fprint(w, a.T(", %d conflicts kept as they are here", n))
	}
	fmt.Fprintln(w, ".")
}

// idText is a record's id in the listing: a new record of a dry run has
// none yet.
func idText(id uint64, how store.ImportAction, dryRun bool) string {
	if dryRun && how == store.ImportNew {
		return "-"
	}
	return fmt.Sprint(id)
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
	return b, a.importProblems(name, err)
}

// importProblems is err, the refusal of file name, with its problems in
// the user's language (export.InvalidError.In); any other error as it is.
func (a *app) importProblems(name string, err error) error {
	var inv *export.InvalidError
	if errors.As(err, &inv) {
		return errors.New(name + ": " + inv.In(a.lang))
	}
	return err
}

// importCSV checks a spreadsheet whole, then shows what importing it
// would do (a dry run) or, with --apply, does it. A row's person already
// stored (by name, case and accents aside) gets the row's non-empty
// values; their other details stay.
func (a *app) importCSV(name string, f importFlags) error {
	var r io.Reader = a.stdin
	if name != "-" {
		file, err := os.Open(name)
		if err != nil {
			return a.errorf("cannot read %s: %w", name, err)
		}
		defer file.Close()
		r = file
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	b, err := export.DecodeCSV(r, today)
	if err != nil {
		if e := a.importProblems(name, err); e != err {
			return e
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	st, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()
	stored, err := st.People()
	if err != nil {
		return err
	}
	overlayStored(b.People, stored, a.now())
	res, err := importWith(st, b.People, b.Cases, store.ImportOptions{DryRun: !f.apply, MatchAnswers: true})
	if err != nil {
		return a.errorf("importing %s: %w (nothing was imported)", name, err)
	}
	a.printImport(a.stdout, name, res, !f.apply)
	if !f.apply {
		fmt.Fprint(a.stderr, a.T("To import it, run it again with --apply: tramite import %s --apply\n", name))
	}
	return nil
}

// overlayStored turns each spreadsheet person who is already stored into
// the stored person with the row's non-empty values on top, stamped now
// when that changes anything, so the import updates only what the sheet
// says.
func overlayStored(people []store.Person, stored []store.Person, now time.Time) {
	byFold := map[string]store.Person{}
	for _, p := range stored {
		if _, ok := byFold[record.FoldName(p.Name)]; !ok {
			byFold[record.FoldName(p.Name)] = p
		}
	}
	for i, p := range people {
		old, ok := byFold[record.FoldName(p.Name)]
		if !ok {
			continue
		}
		q := old
		q.ID, q.Details = p.ID, maps.Clone(old.Details)
		for _, k := range procedures.PersonKeys {
			if v := p.Get(k); v != "" {
				q.Set(k, v)
			}
		}
		if !reflect.DeepEqual(q.Details, old.Details) || q.Nationality != old.Nationality || q.BirthDate != old.BirthDate {
			// The sheet is today's word: later than the stored edit even
			// when the clocks agree to the second.
			q.Updated = now.UTC().Round(0)
			if !q.Updated.After(old.Updated) {
				q.Updated = old.Updated.Add(time.Second)
			}
		}
		people[i] = q
	}
}

// importWith imports into st, matching what is already there, on either
// engine (store.Engine's ImportWith).
func importWith(st store.Engine, people []store.Person, cases []store.Case, opt store.ImportOptions) (store.ImportResult, error) {
	return st.ImportWith(people, cases, opt)
}
