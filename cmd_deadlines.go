package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"tramite/procedures"
	"tramite/store"
)

// deadlineJSON is one row of `tramite deadlines --json`.
type deadlineJSON struct {
	Case      uint64 `json:"case"`
	Person    string `json:"person"`
	Procedure string `json:"procedure"`
	Key       string `json:"key"`
	Date      string `json:"date"`
	DaysLeft  int    `json:"days_left"`
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	Rule      string `json:"rule"`
	ActBy     string `json:"act_by,omitempty"`
	Note      string `json:"note,omitempty"`
	Done      bool   `json:"done"`
	// hard marks a date that costs something when missed: only those are
	// "late" once past (an opened window is not).
	hard bool
}

// deadlineFilter says which deadlines to list.
type deadlineFilter struct {
	today procedures.Date
	// within, when >= 0, keeps only dates up to today + within days.
	within int
	// all keeps done deadlines too.
	all bool
}

func newDeadlinesCmd(a *app) *cobra.Command {
	var (
		asJSON bool
		f      deadlineFilter
	)
	cmd := &cobra.Command{
		Use:   "deadlines",
		Short: "List the dates that matter, soonest first",
		Long: `List every deadline not yet done, overdue ones included, soonest first:
date, days left, person, procedure and what happens. --all adds the done ones.`,
		Example: "  tramite deadlines --within 30\n  tramite deadlines --all --json",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.context()
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("within") {
				f.within = -1
			} else if f.within < 0 {
				return usagef("--within %d: type a number of days from 0 up, e.g. --within 30", f.within)
			}
			f.today = c.Today
			sums, err := a.summaries()
			if err != nil {
				return err
			}
			rows := deadlineRows(sums, f)
			if asJSON {
				return writeDeadlinesJSON(a.stdout, rows)
			}
			if len(rows) == 0 {
				fmt.Fprintln(a.stderr, "No deadlines to show.")
				return nil
			}
			return printDeadlines(a.stdout, rows, a.tableWidth())
		},
	}
	cmd.Flags().IntVar(&f.within, "within", 0, "only dates up to DAYS days from today (overdue ones too)")
	cmd.Flags().BoolVar(&f.all, "all", false, "include deadlines already done")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// deadlineRows flattens the index into rows sorted by date, then case,
// then key. It sorts small references and builds each row once: with
// 10,000 cases this runs in a few milliseconds.
func deadlineRows(sums []store.Summary, f deadlineFilter) []deadlineJSON {
	var limit procedures.Date
	if f.within >= 0 {
		limit = f.today.AddDays(f.within)
	}
	type ref struct {
		date   procedures.Date
		si, di int32
	}
	var refs []ref
	for si := range sums {
		for di := range sums[si].Deadlines {
			d := &sums[si].Deadlines[di]
			if (d.Done && !f.all) || (!limit.IsZero() && d.Date.After(limit)) {
				continue
			}
			refs = append(refs, ref{d.Date, int32(si), int32(di)})
		}
	}
	slices.SortFunc(refs, func(x, y ref) int {
		if c := x.date.Compare(y.date); c != 0 {
			return c
		}
		if c := cmp.Compare(sums[x.si].CaseID, sums[y.si].CaseID); c != 0 {
			return c
		}
		if c := strings.Compare(sums[x.si].Deadlines[x.di].Key, sums[y.si].Deadlines[y.di].Key); c != 0 {
			return c
		}
		return cmp.Compare(x.di, y.di)
	})
	rows := make([]deadlineJSON, len(refs))
	for i, r := range refs {
		s := &sums[r.si]
		d := &s.Deadlines[r.di]
		rows[i] = deadlineJSON{
			Case: s.CaseID, Person: s.Person, Procedure: s.Procedure, Key: d.Key,
			Date: isoDate(d.Date), DaysLeft: f.today.DaysUntil(d.Date), Kind: d.Kind.String(),
			Title: d.Title, Rule: d.Rule, ActBy: isoDate(d.ActBy), Note: d.Note, Done: d.Done,
			hard: d.Kind.Hard() || d.Kind == procedures.Appointment,
		}
	}
	return rows
}

// isoDate is d.String() without fmt: YYYY-MM-DD, or "" for the zero date.
func isoDate(d procedures.Date) string {
	if d.IsZero() || d.Year < 0 || d.Year > 9999 {
		return d.String()
	}
	b := [10]byte{'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'}
	y, m := d.Year, int(d.Month)
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[8], b[9] = byte('0'+d.Day/10), byte('0'+d.Day%10)
	return string(b[:])
}
