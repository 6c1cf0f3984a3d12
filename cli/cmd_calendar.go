package cli

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

func newCalendarCmd(a *app) *cobra.Command {
	var off, force bool
	cmd := &cobra.Command{
		Use:   "calendar [PATH]",
		Short: a.T("Keep an .ics calendar file of every deadline up to date"),
		Long: a.T(`Write every open deadline of every case to PATH as an iCalendar (.ics) file,
and keep it current: from then on every change (a new case, an edited
answer, a stage moved on in the dashboard, an office closure) rewrites it,
atomically. Subscribe to the file in your calendar app, or put it in a
synced folder and subscribe there: each date keeps its event (stable UIDs),
with reminders at the lead times of ` + "`tramite remind --help`" + `, and a date
that is done or removed disappears.

PATH is recorded in the settings file ($XDG_CONFIG_HOME/tramite/config.toml,
key calendar). Without PATH, the file kept now is rewritten and named;
--off stops keeping it (the file stays). An existing file that tramite did
not write is replaced only with --force.`),
		Example: a.T(`  tramite calendar ~/Sync/tramite.ics
  tramite calendar            # rewrite it now, and say where it is
  tramite calendar --off`),
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(args) > 1:
				return a.usagef("calendar takes one PATH, got %q: quote a path with spaces", args)
			case off && len(args) == 1:
				return a.usagef("--off stops keeping the calendar file: leave out %q", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			kept, leads, err := a.keptCalendar()
			if err != nil {
				return err
			}
			if off {
				if kept == "" {
					_, err := fmt.Fprintln(a.stdout, a.T("No calendar file was kept."))
					return err
				}
				if err := a.settingsSetCalendar(""); err != nil {
					return err
				}
				_, err := fmt.Fprint(a.stdout, a.T("Stopped keeping %s (the file is still there).\n", kept))
				return err
			}
			path := kept
			if len(args) == 1 {
				if path, err = filepath.Abs(args[0]); err != nil {
					return a.usagef("%q: %v: type the path of an .ics file", args[0], err)
				}
				if ok, err := writtenByTramite(path); err != nil {
					return err
				} else if !ok && !force && path != kept {
					return a.errorf("%s exists and is not a calendar tramite wrote: choose another file, or add --force to replace it", path)
				}
			}
			if path == "" {
				_, err := fmt.Fprintln(a.stdout, a.T("No calendar file is kept: `tramite calendar PATH` starts one, e.g. tramite calendar ~/tramite.ics"))
				return err
			}
			if err := a.writeHouseholdCalendar(path, leads); err != nil {
				return err
			}
			if path != kept {
				if err := a.settingsSetCalendar(path); err != nil {
					return a.errorf("wrote %s, but could not record it in the settings: %w", path, err)
				}
			}
			_, err = fmt.Fprint(a.stdout, a.T("Wrote %s; tramite rewrites it after every change.\n", path))
			return err
		},
	}
	cmd.Flags().BoolVar(&off, "off", false, a.T("stop keeping the calendar file"))
	cmd.Flags().BoolVar(&force, "force", false, a.T("replace PATH even if tramite did not write it"))
	return cmd
}

// writeHouseholdCalendar writes the calendar from the database, opened
// read-only; no database yet is an empty calendar.
func (a *app) writeHouseholdCalendar(path string, leads casebook.LeadTimes) error {
	st, err := a.openStore(true)
	if errors.Is(err, errNoDB) {
		return a.writeCalendar(path, emptySource{}, leads)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	return a.writeCalendar(path, st, leads)
}

// emptySource is a household with no one in it.
type emptySource struct{}

func (emptySource) People() ([]record.Person, error) { return nil, nil }
func (emptySource) Cases() ([]record.Case, error)    { return nil, nil }
func (emptySource) Calendar() procedures.Calendar    { return procedures.Calendar{} }
