package cli

import (
	"errors"
	"runtime/debug"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

// deadlineJSON is one row of `tramite deadlines --json`: Date is the legal
// date, ActBy the business day before it when it falls on a day the office
// is closed (R-DAYS-CLOSED), and DaysLeft counts to ActBy when set, else to
// Date.
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
	// Urgency is the agenda's (casebook.Urgency).
	Urgency string `json:"urgency"`
	urg     casebook.Urgency
}

// deadlineFilter says which deadlines to list.
type deadlineFilter struct {
	today procedures.Date
	// within, when >= 0, keeps only dates to act by up to today + within
	// days.
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
		Short: a.T("List the dates that matter, soonest first"),
		Long: a.T(`List every deadline still to act on, soonest first: date, days left,
person, procedure and what happens. Missed deadlines and appointments stay
listed; done ones and openings or reminders already past are history:
--all adds them.

DATE is the date to act by: when the legal date falls on a day the office
is closed, the business day before it, and the legal date is noted after
WHAT. The days left, the order and --within all count to that date. In a
terminal WHAT is cut to fit its width (the legal date too, when narrow); in
a pipe or a file it is whole.

In --json, "date" is the legal date, "act_by" the business day before it
when it differs, and "days_left" counts to act_by when set, else to date.`),
		Example: "  tramite deadlines --within 30\n  tramite deadlines --all --json",
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Only today is needed: the dates come from the index, which
			// the store computes with the file's office closures.
			c, err := a.context()
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("within") {
				f.within = -1
			} else if f.within < 0 {
				return usageErr(errors.New(a.T("--within %d: type a number of days from 0 up, e.g. --within 30", f.within)))
			}
			f.today = c.Today
			// A one-shot listing allocates about 400 bytes per case,
			// nearly all live until it prints: collecting garbage on
			// the way only costs time. A higher GOGC keeps the first
			// collection past that; a huge database still gets
			// collected.
			defer debug.SetGCPercent(debug.SetGCPercent(400))
			width := 0
			if !asJSON {
				width = a.tableWidth()
			}
			st, err := a.openStore(true)
			if errors.Is(err, errNoDB) {
				return a.printDeadlineList(listDeadlines(nil, f), asJSON, width)
			}
			if err != nil {
				return err
			}
			defer st.Close()
			return a.printDeadlinesFrom(st, f, asJSON, width)
		},
	}
	cmd.Flags().IntVar(&f.within, "within", 0, a.T("only dates to act by within DAYS days (overdue ones too)"))
	cmd.Flags().BoolVar(&f.all, "all", false, a.T("include history: done deadlines, past openings and reminders"))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	return cmd
}

// eachSummary calls fn with every index row (store.EachSummary), opening
// the database read-only; a missing database has no rows.
func (a *app) eachSummary(fn func(*store.Summary) error) error {
	st, err := a.openStore(true)
	if errors.Is(err, errNoDB) {
		return nil
	}
	if err != nil {
		return err
	}
	defer st.Close()
	return eachSummaryOnce(st, fn)
}

// eachSummaryOnce walks st's index rows once, front to back: on bbolt the
// file's pages are given back as they are read (store.EachSummaryOnce).
func eachSummaryOnce(st store.Engine, fn func(*store.Summary) error) error {
	if once, ok := st.(interface {
		EachSummaryOnce(func(*store.Summary) error) error
	}); ok {
		return once.EachSummaryOnce(fn)
	}
	return st.EachSummary(fn)
}
