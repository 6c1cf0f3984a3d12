package cli

import (
	"errors"
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"tramite/procedures"
)

// closureJSON is one line of `tramite closures --json`.
type closureJSON struct {
	Date    string `json:"date"`
	Weekday string `json:"weekday"`
	// Note says when the day is closed anyway (a weekend, an L-LFT74 rest
	// day), so the closure changes nothing.
	Note string `json:"note,omitempty"`
}

// closuresLong is the help shared by the closures commands.
const closuresLong = `Office closures are days INM (or its Secretaría) declared non-working in
the Diario Oficial de la Federación: holy week, the year-end vacation. They
are not in tramite, since they change every year: add them yourself when the
DOF publishes them. None are configured until you add some.

Weekends and the official rest days (1 January, Constitution Day, ...) are
already known and need no closure.

What a closure changes (R-DAYS-BIZ):
  - deadlines INM must meet (its decision, 20 business days after filing)
    are counted without the closed days, so they come later;
  - a deadline you must meet at an office that falls on a closed day keeps
    its legal date, with "act by" the business day before (R-DAYS-CLOSED);
  - deadlines you must meet counted in business days ignore closures, so
    they never come later (R-DAYS-USER-BIZ).
Every date in tramite is recomputed as soon as the list changes.`

func newClosuresCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "closures",
		Short: "List INM office closures (DOF holidays)",
		Long:  closuresLong,
		Example: `  tramite closures
  tramite closures add 2027-03-25 2027-03-26
  tramite closures remove 2027-03-26`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown closures command %q: type `tramite closures add DATE...`, `tramite closures remove DATE...`, or `tramite closures` alone to list them", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			ds, err := a.storedClosures()
			if err != nil {
				return err
			}
			rows := make([]closureJSON, 0, len(ds))
			for _, d := range ds {
				r := closureJSON{Date: isoDate(d), Weekday: d.Weekday().String()}
				if why := closedAnyway(d); why != "" {
					r.Note = "already non-working: " + why
				}
				rows = append(rows, r)
			}
			if asJSON {
				return writeJSON(a.stdout, rows)
			}
			if len(rows) == 0 {
				fmt.Fprintln(a.stderr, "No office closures configured: add the days the DOF declares with `tramite closures add DATE...`, e.g. tramite closures add 2027-03-25")
				return nil
			}
			ew := &errWriter{w: a.stdout}
			for _, r := range rows {
				if r.Note != "" {
					ew.printf("%s  %-9s  (%s)\n", r.Date, r.Weekday, r.Note)
				} else {
					ew.printf("%s  %s\n", r.Date, r.Weekday)
				}
			}
			return ew.err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(newClosuresAddCmd(a), newClosuresRemoveCmd(a))
	return cmd
}

func newClosuresAddCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "add DATE...",
		Short: "Add days the DOF declared INM offices closed",
		Long: closuresLong + `

Dates as 2027-03-25, 25/03/2027 or "25 mar 2027". Nothing is saved unless
every date is valid.`,
		Example: "  tramite closures add 2027-03-25 2027-03-26",
		RunE: func(cmd *cobra.Command, args []string) error {
			ds, err := closureArgs(cmd, args)
			if err != nil {
				return err
			}
			return a.editClosures(func(old []procedures.Date) ([]procedures.Date, []string, error) {
				out := slices.Clone(old)
				var msgs []string
				for _, d := range ds {
					day := fmt.Sprintf("%s (%s)", d, d.Weekday())
					switch {
					case slices.Contains(out, d):
						msgs = append(msgs, day+" is already a closure.")
						continue
					case closedAnyway(d) != "":
						msgs = append(msgs, fmt.Sprintf("Added %s; note: it is %s, already non-working, so it changes no date.", day, closedAnyway(d)))
					default:
						msgs = append(msgs, "Added "+day+".")
					}
					out = append(out, d)
				}
				return out, msgs, nil
			})
		},
	}
}

func newClosuresRemoveCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "remove DATE...",
		Short: "Remove office closures added by mistake",
		Long: `Remove office closures (see ` + "`tramite closures --help`" + `). Nothing is removed
unless every date given is a configured closure.`,
		Example: "  tramite closures remove 2027-03-26",
		RunE: func(cmd *cobra.Command, args []string) error {
			ds, err := closureArgs(cmd, args)
			if err != nil {
				return err
			}
			return a.editClosures(func(old []procedures.Date) ([]procedures.Date, []string, error) {
				var msgs []string
				for _, d := range ds {
					if !slices.Contains(old, d) {
						return nil, nil, usagef("%s is not a configured closure, so nothing was removed: `tramite closures` lists them", d)
					}
					msgs = append(msgs, fmt.Sprintf("Removed %s (%s).", d, d.Weekday()))
				}
				out := slices.DeleteFunc(slices.Clone(old), func(d procedures.Date) bool { return slices.Contains(ds, d) })
				return out, msgs, nil
			})
		},
	}
}

// closureArgs parses every DATE argument, each date once; one bad date
// refuses them all, with what to type instead.
func closureArgs(cmd *cobra.Command, args []string) ([]procedures.Date, error) {
	if len(args) == 0 {
		return nil, usagef("%s needs at least one DATE, e.g. %s 2027-03-25", cmd.CommandPath(), cmd.CommandPath())
	}
	ds := make([]procedures.Date, 0, len(args))
	for _, arg := range args {
		d, err := procedures.ParseDate(arg)
		if err != nil {
			return nil, usagef("%w; nothing was changed (for example %s 2027-03-25)", err, cmd.CommandPath())
		}
		if !slices.Contains(ds, d) {
			ds = append(ds, d)
		}
	}
	return ds, nil
}

// storedClosures reads the closures read-only; a database that does not
// exist yet has none.
func (a *app) storedClosures() ([]procedures.Date, error) {
	st, err := a.openStore(true)
	if errors.Is(err, errNoDB) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.Closures()
}

// editClosures opens the database for writing, hands edit the stored
// closures and saves the list it returns, which recomputes every
// deadline, then prints edit's messages; an error from edit saves nothing.
func (a *app) editClosures(edit func(old []procedures.Date) ([]procedures.Date, []string, error)) error {
	st, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()
	old, err := st.Closures()
	if err != nil {
		return err
	}
	ds, msgs, err := edit(old)
	if err != nil {
		return err
	}
	if !slices.Equal(ds, old) {
		if err := st.SetClosures(ds); err != nil {
			return err
		}
	}
	for _, m := range msgs {
		fmt.Fprintln(a.stderr, m)
	}
	if slices.Equal(ds, old) {
		return nil
	}
	if len(ds) == 0 {
		fmt.Fprintln(a.stderr, "No office closures are configured now; every deadline was recomputed without them.")
		return nil
	}
	fmt.Fprintf(a.stderr, "%s configured; every deadline was recomputed with them.\n", countClosures(len(ds)))
	return nil
}

// closedAnyway says why INM offices are closed on d without any closure
// (a weekend or an L-LFT74 rest day, R-DAYS-BIZ), or "" on a working day.
func closedAnyway(d procedures.Date) string {
	if name := procedures.RestDayName(d); name != "" {
		return name + ", an official rest day"
	}
	if !(procedures.Calendar{}).IsBusinessDay(d) {
		return "a weekend day"
	}
	return ""
}

// countClosures is "1 office closure", "3 office closures".
func countClosures(n int) string {
	if n == 1 {
		return "1 office closure"
	}
	return fmt.Sprintf("%d office closures", n)
}
