package cli

import (
	"errors"
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"tramite/procedures"
	"tramite/store"
)

func newDBCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "db",
		Short: a.T("Move the database between a file and PostgreSQL"),
		Args:  a.noArgs,
	}
	cmd.AddCommand(newDBCopyCmd(a))
	return cmd
}

func newDBCopyCmd(a *app) *cobra.Command {
	var from, to string
	cmd := &cobra.Command{
		Use:   "copy --to DATABASE",
		Short: a.T("Copy every person, case and closure to another database"),
		Long: a.T(`Copy every person, case and office closure, with their ids, times and
versions, from one database to another: a file and a PostgreSQL database
(postgres://USER@HOST:PORT/DATABASE) in either direction, so an office can
move its household file to a shared server and back. The source (--from,
default the database of --db, TRAMITE_DB or the PG* environment) is only
read; the target must be new or empty. The copy is one transaction: it is
whole or not there at all. The counts are then read back from the target
and compared.

Passwords come from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from
tramite's files, and are never printed.`),
		Example: `  tramite db copy --to postgres://ana@db.office/tramite
  tramite db copy --from postgres://ana@db.office/tramite --to copy.db`,
		Args: a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if to == "" {
				return a.usagef("--to: name the target database (a FILE, or postgres://USER@HOST/DATABASE)")
			}
			if from == "" {
				from = a.dbPath()
			}
			return a.copyDB(from, to)
		},
	}
	cmd.Flags().StringVar(&from, "from", "", a.T("source database (default: --db)"))
	cmd.Flags().StringVar(&to, "to", "", a.T("target database: a FILE or postgres://URL"))
	return cmd
}

// openAddress opens the database at addr as --db addr would.
func (a *app) openAddress(addr string, readOnly bool) (store.Engine, error) {
	saved := a.dbFlag
	a.dbFlag = addr
	defer func() { a.dbFlag = saved }()
	return a.openStore(readOnly)
}

// dbCounts is what a copy compares between source and target.
type dbCounts struct {
	people, cases, rows, closures int
	personIDs, caseIDs            []uint64
}

func countDB(st store.Engine) (dbCounts, error) {
	people, err := st.People()
	if err != nil {
		return dbCounts{}, err
	}
	cases, err := st.Cases()
	if err != nil {
		return dbCounts{}, err
	}
	closures, err := st.Closures()
	if err != nil {
		return dbCounts{}, err
	}
	n := countsOf(people, cases, closures)
	n.rows = 0
	err = st.EachSummary(func(*store.Summary) error { n.rows++; return nil })
	return n, err
}

// countsOf counts what a copy writes: one index row a case.
func countsOf(people []store.Person, cases []store.Case, closures []procedures.Date) dbCounts {
	n := dbCounts{people: len(people), cases: len(cases), rows: len(cases), closures: len(closures)}
	for _, p := range people {
		n.personIDs = append(n.personIDs, p.ID)
	}
	for _, c := range cases {
		n.caseIDs = append(n.caseIDs, c.ID)
	}
	return n
}

// copyDB copies from one database to another and verifies the counts.
func (a *app) copyDB(from, to string) error {
	if from == to {
		return a.usagef("--from and --to name the same database")
	}
	src, err := a.openAddress(from, true)
	if err != nil {
		return a.errorf("the source: %w", err)
	}
	defer src.Close()
	people, err := src.People()
	if err != nil {
		return err
	}
	cases, err := src.Cases()
	if err != nil {
		return err
	}
	closures, err := src.Closures()
	if err != nil {
		return err
	}
	// The source's counts come from what was just read, not from a
	// second read of every record.
	want := countsOf(people, cases, closures)
	dst, err := a.openAddress(to, false)
	if err != nil {
		return a.errorf("the target: %w", err)
	}
	name := dst.Path()
	err = dst.Load(people, cases, closures)
	dst.Close()
	if errors.Is(err, store.ErrNotEmpty) {
		return a.notEmpty(to, name, err)
	}
	if err != nil {
		return a.errorf("copying to %s: %w (nothing was copied)", name, err)
	}
	check, err := a.openAddress(to, true)
	if err != nil {
		return a.errorf("verifying the copy: %w", err)
	}
	defer check.Close()
	got, err := countDB(check)
	if err != nil {
		return a.errorf("verifying the copy: %w", err)
	}
	if got.people != want.people || got.cases != want.cases || got.rows != want.cases || got.closures != want.closures ||
		!slices.Equal(got.personIDs, want.personIDs) || !slices.Equal(got.caseIDs, want.caseIDs) {
		return a.errorf("the copy in %s does not match: %d people, %d cases, %d index rows, %d closures; the source has %d, %d, %d, %d",
			name, got.people, got.cases, got.rows, got.closures, want.people, want.cases, want.cases, want.closures)
	}
	// Every part in the chosen language, counts with their own plurals
	// (a Spanish reader saw "Copied 3 people, 30 casos and 1 office
	// closure(s)").
	fmt.Fprintln(a.stdout, a.T("Copied %s, %s and %s from %s to %s; counts and ids verified.",
		a.T("%d people", want.people), a.T("%d cases", want.cases), a.T("%d office closures", want.closures), src.Path(), name))
	return nil
}

// notEmpty is the refusal of a target that holds records, in the chosen
// language with its counts (the store's own words are English).
func (a *app) notEmpty(to, name string, err error) error {
	st, oerr := a.openAddress(to, true)
	if oerr != nil {
		return a.errorf("%w; nothing was copied", err)
	}
	defer st.Close()
	people, perr := st.People()
	cases := 0
	cerr := st.EachSummary(func(*store.Summary) error { cases++; return nil })
	if perr != nil || cerr != nil {
		return a.errorf("%w; nothing was copied", err)
	}
	return a.errorf("the target database %s is not empty: it already holds %s and %s: copy into a new file or an empty database; nothing was copied",
		name, a.T("%d people", len(people)), a.T("%d cases", cases))
}
