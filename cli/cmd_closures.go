package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"tramite/i18n"
	"tramite/procedures"
)

// closureJSON is one line of `tramite closures --json`.
type closureJSON struct {
	Date    string `json:"date"`
	Weekday string `json:"weekday"`
	// Kind is "entered" (added with `closures add`) or "likely": tramite's
	// guess for a year with none entered (R-DAYS-LIKELY).
	Kind string `json:"kind"`
	// Name says what a likely closure is ("Good Friday").
	Name string `json:"name,omitempty"`
	// Note says when the day is closed anyway (a weekend, an L-LFT74 rest
	// day), so the closure changes nothing.
	Note string `json:"note,omitempty"`
	// date is Date, for wording the note in the user's language.
	date procedures.Date
}

// closuresLong is the help shared by the closures commands.
const closuresLong = `Office closures are days INM (or its Secretaría) declared non-working in
the Diario Oficial de la Federación: holy week, the year-end vacation. They
change every year, so until you enter a year's dates tramite uses a guess
for that year (R-DAYS-LIKELY): Holy Thursday, Good Friday and 19 December
to 6 January. Dates you enter for a year replace the guess for that year.
The list shows which days are entered and which are the guess.

Weekends and the official rest days (1 January, Constitution Day, ...) are
already known and need no closure.

What a closure changes (R-DAYS-BIZ):
  - deadlines INM must meet (its decision, 20 business days after filing)
    are counted without the closed days, so they come later;
  - a deadline you must meet at an office that falls on a closed day keeps
    its legal date, with "act by" the business day before (R-DAYS-CLOSED);
    likely closures count here too, with the date if your office is open;
  - INM's deadlines never skip a likely closure, only entered ones;
  - deadlines you must meet counted in business days ignore closures, so
    they never come later (R-DAYS-USER-BIZ).
Every date in tramite is recomputed as soon as the list changes.`

func newClosuresCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "closures",
		Short: a.T("List INM office closures (DOF holidays)"),
		Long:  a.T(closuresLong),
		Example: `  tramite closures
  tramite closures add 2027-03-25 2027-03-26
  tramite closures remove 2027-03-26`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return a.usagef("unknown closures command %q: type `tramite closures add DATE...`, `tramite closures remove DATE...`, or `tramite closures` alone to list them", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			ds, err := a.storedClosures()
			if err != nil {
				return err
			}
			today, err := a.today()
			if err != nil {
				return err
			}
			rows := closureRows(ds, today)
			if asJSON {
				return writeJSON(a.stdout, rows)
			}
			if len(ds) == 0 {
				fmt.Fprintln(a.stderr, a.T("No office closures entered: the likely ones below are tramite's guess. Add the days the DOF declares with `tramite closures add DATE...`, e.g. tramite closures add 2027-03-25"))
			}
			ew := &errWriter{w: a.stdout}
			for _, r := range rows {
				day := a.lang.Text(r.Weekday)
				pad := strings.Repeat(" ", max(9-utf8.RuneCountInString(day), 0))
				switch {
				case r.Kind == "likely":
					ew.printf("%s  %s%s  %s\n", r.Date, day, pad, a.T("likely: %s (tramite's guess)", a.lang.Text(r.Name)))
				case r.Note != "":
					ew.printf("%s  %s%s  (%s)\n", r.Date, day, pad, a.T("already non-working: %s", closedAnyway(a.lang, r.date)))
				default:
					ew.printf("%s  %s\n", r.Date, day)
				}
			}
			return ew.err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	cmd.AddCommand(newClosuresAddCmd(a), newClosuresRemoveCmd(a))
	return cmd
}

func newClosuresAddCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "add DATE...",
		Short: a.T("Add days the DOF declared INM offices closed"),
		Long: a.T(closuresLong + `

Dates as 2027-03-25, 25/03/2027 or "25 mar 2027". Nothing is saved unless
every date is valid.`),
		Example: "  tramite closures add 2027-03-25 2027-03-26",
		RunE: func(cmd *cobra.Command, args []string) error {
			ds, err := a.closureArgs(cmd, args)
			if err != nil {
				return err
			}
			return a.editClosures(func(old []procedures.Date) ([]procedures.Date, []string, error) {
				out := slices.Clone(old)
				var msgs []string
				for _, d := range ds {
					day := fmt.Sprintf("%s (%s)", d, a.lang.Text(d.Weekday().String()))
					switch {
					case slices.Contains(out, d):
						msgs = append(msgs, a.T("%s is already a closure.", day))
						continue
					case closedAnyway(nil, d) != "":
						msgs = append(msgs, a.T("Added %s; note: it is %s, already non-working, so it changes no date.", day, closedAnyway(a.lang, d)))
					default:
						msgs = append(msgs, a.T("Added %s.", day))
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
		Short: a.T("Remove office closures added by mistake"),
		Long: a.T(`Remove office closures (see ` + "`tramite closures --help`" + `). Nothing is removed
unless every date given is a configured closure.`),
		Example: "  tramite closures remove 2027-03-26",
		RunE: func(cmd *cobra.Command, args []string) error {
			ds, err := a.closureArgs(cmd, args)
			if err != nil {
				return err
			}
			return a.editClosures(func(old []procedures.Date) ([]procedures.Date, []string, error) {
				var msgs []string
				for _, d := range ds {
					if !slices.Contains(old, d) {
						return nil, nil, a.usagef("%s is not a configured closure, so nothing was removed: `tramite closures` lists them", d)
					}
					msgs = append(msgs, a.T("Removed %s (%s).", d, a.lang.Text(d.Weekday().String())))
				}
				out := slices.DeleteFunc(slices.Clone(old), func(d procedures.Date) bool { return slices.Contains(ds, d) })
				return out, msgs, nil
			})
		},
	}
}

// closureArgs parses every DATE argument, each date once; one bad date
// refuses them all, with what to type instead.
func (a *app) closureArgs(cmd *cobra.Command, args []string) ([]procedures.Date, error) {
	if len(args) == 0 {
		return nil, a.usagef("%s needs at least one DATE, e.g. %s 2027-03-25", cmd.CommandPath(), cmd.CommandPath())
	}
	ds := make([]procedures.Date, 0, len(args))
	for _, arg := range args {
		d, err := procedures.ParseDate(arg)
		if err != nil {
			return nil, a.usagef("%w; nothing was changed (for example %s 2027-03-25)", err, cmd.CommandPath())
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
		fmt.Fprintln(a.stderr, a.T("No office closures are entered now; every deadline was recomputed with tramite's guess of the likely ones (R-DAYS-LIKELY)."))
		return nil
	}
	if len(ds) == 1 {
		fmt.Fprint(a.stderr, a.T("1 office closure configured; every deadline was recomputed with it.\n"))
		return nil
	}
	fmt.Fprint(a.stderr, a.T("%s configured; every deadline was recomputed with them.\n", a.T("%d office closures", len(ds))))
	return nil
}

// closureRows lists the entered closures, then tramite's guess from today
// to the end of next year, for the years where none were entered
// (R-DAYS-LIKELY).
func closureRows(entered []procedures.Date, today procedures.Date) []closureJSON {
	rows := make([]closureJSON, 0, len(entered)+16)
	cal := procedures.Calendar{Closures: map[procedures.Date]bool{}}
	for _, d := range entered {
		cal.Closures[d] = true
		r := closureJSON{Date: d.String(), Weekday: d.Weekday().String(), Kind: "entered", date: d}
		if why := closedAnyway(nil, d); why != "" {
			r.Note = "already non-working: " + why
		}
		rows = append(rows, r)
	}
	for _, y := range []int{today.Year, today.Year + 1} {
		for _, c := range cal.ClosureDays(y) {
			if c.Likely && !c.Date.Before(today) {
				rows = append(rows, closureJSON{Date: c.Date.String(), Weekday: c.Date.Weekday().String(), Kind: "likely", Name: c.Name})
			}
		}
	}
	return rows
}

// closedAnyway says why INM offices are closed on d without any closure
// (a weekend or an L-LFT74 rest day, R-DAYS-BIZ), or "" on a working day.
func closedAnyway(l *i18n.Printer, d procedures.Date) string {
	if name := procedures.RestDayName(d); name != "" {
		return l.T("%s, an official rest day", l.Text(name))
	}
	if !(procedures.Calendar{}).IsBusinessDay(d) {
		return l.T("a weekend day")
	}
	return ""
}
