package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/export"
	"tramite/procedures"
	"tramite/store"
)

// exportFormats are the --format values, and the file extensions that
// choose them when -o is given without --format.
func newExportCmd(a *app) *cobra.Command {
	var format, out, paper string
	var force, household bool
	cmd := &cobra.Command{
		Use:   "export [CASE]",
		Short: a.T("Export a case: checklist, calendar or PDF"),
		Long: a.T(`Export a case (its number, from ` + "`tramite cases`" + `), or with --household every
case of every person, as:

  text      a checklist to print or e-mail (80 columns; the default)
  markdown  the same checklist as a task list (- [ ] / - [x])
  ics       the open deadlines as all-day events with reminders at the
            lead times of ` + "`tramite remind --help`" + ` (30, 7 and 1 days before a
            hard date), for your calendar app; importing a newer export
            updates the same events
  json      the data, with its people, for ` + "`tramite import`" + ` (a backup, or
            moving cases to another computer)
  pdf       a printable packet: cover page, checklist with boxes, each
            covering letter in Spanish on its own page, sources (to -o
            FILE.pdf, or to a pipe; US Letter in Spanish or a Mexican
            locale, else as the locale says; --paper letter|a4 wins)

Without -o the export goes to the standard output. A file is written
atomically, readable by you only, and never replaces an existing file
unless you add --force.`),
		Example: `tramite export 3
tramite export 3 --format ics -o renewal.ics
tramite export --household --format markdown -o household.md
tramite export --household --format json -o tramite-backup.json`,
		Args: func(cmd *cobra.Command, args []string) error {
			// One wording with every command that takes a case
			// (exactArg), and the household's way out.
			switch {
			case len(args) == 1 && household:
				return a.usagef("--household exports every case: leave out the CASE number %q", args[0])
			case len(args) > 1 || len(args) == 0 && !household:
				return a.usagef("%s needs a CASE number (see `tramite cases`), or --household for every case (got %d arguments): see `%s --help`", cmd.CommandPath(), len(args), cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := a.exportFormat(format, cmd.Flags().Changed("format"), out)
			if err != nil {
				return err
			}
			if err := a.refuseExtension(out, cmd.Flags().Changed("format")); err != nil {
				return err
			}
			p, ok := paperFor(paper, cmd.Flags().Changed("paper"), a.getenv, a.lang.Spanish())
			if !ok {
				return a.usagef("--paper %q is not a paper size: use letter (US Letter, carta) or a4", paper)
			}
			paper = p
			var id uint64
			if !household {
				if id, err = a.parseCaseNumber(args[0]); err != nil {
					return err
				}
			}
			// Ctrl-C (or a TERM) during a long export abandons it: nothing
			// is written, the file that was there stays, exit 130.
			run, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			st, src, ctx, err := a.exportSource(id, household)
			if err != nil {
				return err
			}
			defer st.Close()
			n := src.Len()
			opt := export.Options{Paper: paper}
			if f == export.FormatICS {
				// The reminders come at the lead times of the settings.
				_, leads, err := a.settings()
				if err != nil {
					return err
				}
				opt.Leads = leads
			}
			render := func(w io.Writer) error { return export.RenderFrom(run, w, f, src, ctx, opt) }
			if f != "json" && n == 0 {
				return errors.New(a.T("no cases to export yet: start one with `tramite new`"))
			}
			if f == "pdf" && (out == "" || out == "-") && isTerminal(a.stdout) {
				return a.usagef("a PDF is not for the terminal: add -o FILE.pdf, or send it to a file or a printer (> packet.pdf, | lp)")
			}
			if f == "pdf" {
				a.warnLetters(src)
				if household {
					defer setPacketMemoryLimit()()
				}
			}
			if out == "" || out == "-" {
				return a.exportError(run, render(a.stdout), src, out)
			}
			err = export.WriteFile(out, force, render)
			if errors.Is(err, export.ErrExists) {
				return a.errorf("%s already exists and was left as it is: add --force to replace it, or choose another file with -o", out)
			}
			if err := a.exportError(run, err, src, out); err != nil {
				return err
			}
			fmt.Fprint(a.stderr, a.T("Wrote %s (%s, %s).\n", out, f, a.T("%d cases", n)))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "text", a.T("text, markdown, ics, json or pdf (default from the -o extension, else text)"))
	fl.StringVar(&paper, "paper", "", a.T("PDF paper: letter or a4 (default: from the locale or language)"))
	fl.StringVarP(&out, "output", "o", "", a.T("write to FILE instead of the standard output"))
	fl.BoolVar(&force, "force", false, a.T("replace FILE if it exists"))
	fl.BoolVar(&household, "household", false, a.T("export every case of every person in one document"))
	return cmd
}

// packetMemoryLimit is the soft memory limit (debug.SetMemoryLimit) of a
// household packet: what the packet keeps grows by a few MB at 100,000
// cases (issue 15) and the collector's headroom doubles it; with the
// limit the collector works harder only near it. Measured on 5,000
// cases: 27 MB of anonymous memory instead of 32, user time the same
// (BENCHMARKS.md, "The household PDF packet at 100k").
const packetMemoryLimit = 32 << 20

// setPacketMemoryLimit sets packetMemoryLimit unless a limit is set
// already (GOMEMLIMIT), and returns what puts the limit back.
func setPacketMemoryLimit() func() {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	old := debug.SetMemoryLimit(packetMemoryLimit)
	return func() { debug.SetMemoryLimit(old) }
}

// exportFormat checks --format, or picks it from the -o extension when
// --format was not given.
func (a *app) exportFormat(format string, given bool, out string) (string, error) {
	if !given && out != "" {
		if f, ok := export.FormatOfPath(out); ok {
			return f.ID, nil
		}
	}
	if _, ok := export.LookupFormat(format); !ok {
		return "", a.usagef("--format %q is not a format: use text, markdown, ics, json or pdf", format)
	}
	return format, nil
}

// parseCaseNumber reads a CASE argument.
func (a *app) parseCaseNumber(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(s), "#"), 10, 64)
	if err != nil || id == 0 {
		return 0, a.usagef("%q is not a case number: type the number `tramite cases` shows, such as 3", s)
	}
	return id, nil
}

// exportSource opens the database read-only and returns what an export
// walks: one case and its person, or every case of every person, each
// loaded when its turn comes (storeSource), with the rule context (today
// and the file's office closures) they are rendered with. The caller
// closes the store after rendering.
func (a *app) exportSource(id uint64, household bool) (store.Engine, export.Source, procedures.Context, error) {
	st, err := a.openStore(true)
	if err != nil {
		return nil, nil, procedures.Context{}, err
	}
	src, ctx, err := a.loadSource(st, id, household)
	if err != nil {
		st.Close()
		return nil, nil, ctx, err
	}
	return st, src, ctx, nil
}

func (a *app) loadSource(st store.Engine, id uint64, household bool) (export.Source, procedures.Context, error) {
	// The file's office closures move the dates exported (R-DAYS-BIZ).
	ctx, err := a.contextFor(st)
	if err != nil {
		return nil, ctx, err
	}
	if household {
		src, err := newStoreSource(st, ctx)
		return src, ctx, err
	}
	c, err := st.Case(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ctx, a.errorf("there is no case %d: `tramite cases` lists the case numbers", id)
	}
	if err != nil {
		return nil, ctx, err
	}
	p, err := st.Person(c.PersonID)
	if err != nil {
		return nil, ctx, a.errorf("case %d: its person: %w", id, err)
	}
	v, err := casebook.NewDetail(p, c, ctx)
	if err != nil {
		return nil, ctx, err
	}
	return export.Cases([]store.Person{p}, []casebook.Detail{v}), ctx, nil
}

// exportError explains an empty calendar in the user's terms, and an
// export interrupted by Ctrl-C (exit 130, nothing written).
func (a *app) exportError(run context.Context, err error, src export.Source, out string) error {
	if err != nil && run.Err() != nil && errors.Is(err, run.Err()) {
		msg := a.T("export interrupted: nothing was written")
		if out != "" && out != "-" {
			msg = a.T("export interrupted: %s was not written (a file already there is left as it was)", out)
		}
		return &exitErr{code: exitInterrupted, err: errors.New(msg)}
	}
	if errors.Is(err, export.ErrNoDeadlines) {
		if src.Len() == 1 {
			return a.errorf("case %d has no open deadlines, so there is nothing to put in a calendar: try --format text", src.Entry(0).CaseID)
		}
		return errors.New(a.T("no case has an open deadline, so there is nothing to put in a calendar: try --format text"))
	}
	return err
}

// loadExport reads what an export needs, all at once: one case and its
// person, or every person and case, with the rule context they were
// rendered with (the guide's command; exports walk an export.Source).
func (a *app) loadExport(id uint64, household bool) ([]store.Person, []casebook.Detail, procedures.Context, error) {
	st, src, ctx, err := a.exportSource(id, household)
	if err != nil {
		return nil, nil, ctx, err
	}
	defer st.Close()
	views := make([]casebook.Detail, src.Len())
	for i := range views {
		if views[i], err = src.Detail(i); err != nil {
			return nil, nil, ctx, err
		}
	}
	var people []store.Person
	err = src.EachPerson(func(p store.Person) error { people = append(people, p); return nil })
	return people, views, ctx, err
}
