package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
	"tramite/textsafe"
)

// The exit codes of `tramite remind`, beside exitOK (nothing due).
const (
	// exitDueNow: a date is late or due today (an error exits 1 too, with
	// a message on stderr).
	exitDueNow = 1
	// exitDueSoon: a date is within its lead time, none late or today.
	exitDueSoon = 3
)

// silentExit ends a command with a status code and no message: the
// command has already said what it had to.
type silentExit struct{ why string }

func (e silentExit) Error() string { return e.why }

// remindOptions is what `tramite remind` was asked for.
type remindOptions struct {
	today procedures.Date
	// calendar says whether a legal date is closed or only usually
	// closed (casebook.LegalDateClosed).
	calendar procedures.Calendar
	leads    casebook.LeadTimes
	asJSON   bool
	quiet    bool
	// notify sends desktop notifications through connect.
	notify  bool
	connect func() (desktopNotifier, error)
	// messages adds a message to each item's person (clientMessage).
	messages bool
	// installTimer and uninstallTimer write or remove the systemd user
	// timer instead of listing.
	installTimer, uninstallTimer bool
}

func newRemindCmd(a *app) *cobra.Command {
	var o remindOptions
	cmd := &cobra.Command{
		Use:   "remind",
		Short: a.T("Say what is late, due today or within its lead time (for cron)"),
		Long: a.T(`Print, one line each, every date that is late, due today or within its lead
time, soonest first: the date to act by, late/today/soon, how far, the
person, the procedure and case, what happens and the rule it comes from.
Made for cron, a systemd user timer or a shell's start-up file.

Lead times are the days before a date to hear of it: 30, 7 and 1 before a
window that closes, a due date or an appointment, and the day itself for a
window that opens. Set them per kind of date in the settings file
($XDG_CONFIG_HOME/tramite/config.toml):

  [lead_days]
  closes = [30, 7, 1]
  due = [30, 7, 1]
  appointment = [7, 1]
  opens = [0]

(kinds: opens, closes, due, appointment, eligible-from, reminder, to-do). A
date is listed from its largest lead time on; late and today whatever they
are. A to-do with no term (the card fee of an approved change of status) is
never late: listed from its day on, notified then and every 7 days until done.

--notify also shows one desktop notification per date (through the
freedesktop notification service on the session bus) that is late, due
today or exactly one of its lead times away, so a daily timer reminds of a
coming date 30, 7 and 1 days before it rather than every day. Without a
desktop session it sends nothing, silently.

--messages adds, below each date, a short message to its person (in
tramite's language): what is due, when, what to have ready (the documents not
ticked yet) and the rule, with a mailto: link when the person has an e-mail
and a https://wa.me/ link when they have a phone (tramite person set NAME
email=... phone=...). Nothing is sent: open a link, or copy the text.

--install-timer writes a systemd user service and timer
($XDG_CONFIG_HOME/systemd/user/tramite-remind.{service,timer}) that run
` + "`tramite remind --notify --quiet`" + ` every day at 09:00, and
prints the systemctl command that turns it on; --uninstall-timer removes
them.

Exit codes:
  0  nothing is due
  1  something is late or due today (or an error, with a message)
  3  something is due within its lead time, nothing late or today
  2  bad usage`),
		Example: a.T(`  tramite remind
  tramite remind --quiet        # in ~/.profile: silent when nothing is due
  tramite remind --json
  tramite remind --install-timer`),
		Args: a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch {
			case o.installTimer && o.uninstallTimer:
				return a.usagef("--install-timer and --uninstall-timer: choose one")
			case o.installTimer:
				spec, err := a.timerSpec()
				if err != nil {
					return err
				}
				return installTimer(a.stdout, a.lang, systemdUserDir(a.getenv), spec)
			case o.uninstallTimer:
				return uninstallTimer(a.stdout, a.lang, systemdUserDir(a.getenv))
			}
			c, err := a.context()
			if err != nil {
				return err
			}
			_, leads, err := a.settings()
			if err != nil {
				return err
			}
			o.today, o.calendar, o.leads, o.connect = c.Today, c.Calendar, leads, a.connectDesktop
			items, err := a.dueItems(o.today, o.leads)
			if err != nil {
				return err
			}
			var msgs []clientMessage
			if o.messages {
				if msgs, err = a.clientMessages(items, o.today); err != nil {
					return err
				}
			}
			return a.remind(o, items, msgs)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&o.asJSON, "json", false, a.T("print JSON"))
	fl.BoolVar(&o.quiet, "quiet", false, a.T("print nothing when nothing is due"))
	fl.BoolVar(&o.messages, "messages", false, a.T("add a message to each person, with\nmailto: and WhatsApp links (nothing is sent)"))
	fl.BoolVar(&o.installTimer, "install-timer", false, a.T("write a systemd user timer that runs\nremind --notify every day"))
	fl.BoolVar(&o.uninstallTimer, "uninstall-timer", false, a.T("remove that timer"))
	fl.BoolVar(&o.notify, "notify", false, a.T("also send desktop notifications (late, today,\nand on each lead-time day)"))
	return cmd
}

// dueItems reads the deadline index, read-only, and keeps the dates due on
// today by leads (casebook.Reminders).
func (a *app) dueItems(today procedures.Date, leads casebook.LeadTimes) ([]casebook.DueItem, error) {
	r := casebook.NewReminders(today, leads)
	if err := a.eachSummary(func(s *store.Summary) error { r.Add(s); return nil }); err != nil {
		return nil, err
	}
	return r.Items(), nil
}

// remind prints items as o asks and returns the exit status they call for.
// msgs, when given, are the items' messages (--messages).
func (a *app) remind(o remindOptions, items []casebook.DueItem, msgs []clientMessage) error {
	if err := a.printReminders(o, items, msgs); err != nil {
		return err
	}
	if o.notify {
		a.notifyDesktop(o.connect, items, o.today)
	}
	return remindStatus(items)
}

// remindStatus is nil when nothing is due, else a silent exit with code 1
// (late or today) or 3 (within the lead time).
func remindStatus(items []casebook.DueItem) error {
	switch casebook.Worst(items) {
	case casebook.DueLate, casebook.DueToday:
		return &exitErr{code: exitDueNow, err: silentExit{"something is late or due today"}}
	case casebook.DueSoon:
		return &exitErr{code: exitDueSoon, err: silentExit{"something is due within its lead time"}}
	}
	return nil
}

func (a *app) printReminders(o remindOptions, items []casebook.DueItem, msgs []clientMessage) error {
	switch {
	case len(items) == 0 && o.quiet:
		return nil
	case o.asJSON:
		rows := make([]remindJSON, len(items))
		for i, it := range items {
			rows[i] = newRemindJSON(it)
			if msgs != nil {
				rows[i].Message = &msgs[i]
			}
		}
		return writeJSON(a.stdout, rows)
	case len(items) == 0:
		_, err := fmt.Fprintln(a.stdout, a.T("Nothing due: no date is late, due today or within its lead time."))
		return err
	}
	w := &errWriter{w: a.stdout}
	for i, it := range items {
		if msgs != nil && i > 0 {
			w.println()
		}
		w.printf("%s\n", reminderLine(a.lang, it, o.today, o.calendar))
		if msgs != nil {
			printMessage(w, a.lang, msgs[i])
		}
	}
	return w.err
}

// reminderLine is one item as plain text:
//
//	2026-11-20  late   3 days late  Ana López, canje (case 1): Canje window closes (R-CANJE-30)
func reminderLine(l *i18n.Printer, it casebook.DueItem, today procedures.Date, cal procedures.Calendar) string {
	d := &it.Deadline
	u, days := casebook.UrgencyOf(d, today)
	var b strings.Builder
	due := fmt.Sprintf("%-5s", it.Due)
	if l.Spanish() {
		// The due word has its own entry: "late" is worded otherwise in
		// the days ("3 días de retraso").
		due = fmt.Sprintf("%-7s", l.Text("due: "+it.Due.String()))
	}
	b.WriteString(l.T("%s  %s  %s  %s, %s (case %d): %s", casebook.ActDate(d).String(), due, casebook.WhenIn(l, u, days),
		it.Person, procedures.ShortIn(l, it.Procedure), it.CaseID, procedures.TitleIn(l, deadlineTitle(d))))
	if d.Rule != "" {
		b.WriteString(" (" + d.Rule + ")")
	}
	switch {
	case d.ActBy.IsZero():
	case casebook.LegalDateClosed(cal, d.Date):
		b.WriteString(l.T("; legal date %s, the office is closed that day (R-DAYS-CLOSED)", d.Date.String()))
	default:
		b.WriteString(l.T("; INM offices usually close around then: if yours is open, the last day is %s (R-DAYS-LIKELY)", d.Date.String()))
	}
	return textsafe.Line(b.String()) // the person's name is stored text
}

// deadlineTitle is what the date is: its title, else its key.
func deadlineTitle(d *procedures.Deadline) string {
	if d.Title != "" {
		return d.Title
	}
	return d.Key
}

// remindJSON is one item of `tramite remind --json`: Date is the legal
// date, ActBy the business day before it when it falls on a day the office
// is closed (R-DAYS-CLOSED), DaysLeft counts to ActBy when set, else to
// Date; Due is late, today or soon; LeadDay says today is one of its lead
// times (or it is late or today): the days --notify sends.
type remindJSON struct {
	Case      uint64 `json:"case"`
	Person    string `json:"person"`
	Procedure string `json:"procedure"`
	Key       string `json:"key"`
	Date      string `json:"date"`
	ActBy     string `json:"act_by,omitempty"`
	DaysLeft  int    `json:"days_left"`
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	Rule      string `json:"rule"`
	Note      string `json:"note,omitempty"`
	Due       string `json:"due"`
	LeadDay   bool   `json:"lead_day"`
	// Message is the message to the person (--messages).
	Message *clientMessage `json:"message,omitempty"`
}

func newRemindJSON(it casebook.DueItem) remindJSON {
	d := it.Deadline
	r := remindJSON{Case: it.CaseID, Person: it.Person, Procedure: it.Procedure, Key: d.Key,
		Date: d.Date.String(), DaysLeft: it.Days, Kind: d.Kind.String(), Title: d.Title, Rule: d.Rule,
		Note: d.Note, Due: it.Due.String(), LeadDay: it.LeadDay}
	if !d.ActBy.IsZero() {
		r.ActBy = d.ActBy.String()
	}
	return r
}

// isSilent reports whether err asks to exit without a message.
func isSilent(err error) bool { return errors.As(err, new(silentExit)) }
