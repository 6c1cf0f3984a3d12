package cli

import (
	"errors"
	"fmt"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/notify"
	"tramite/procedures"
)

// desktopNotifier is what --notify sends through: *notify.Notifier on the
// session bus, a fake in tests.
type desktopNotifier interface {
	Send(notify.Notification) (uint32, error)
	Close() error
}

// connectDesktop connects to the desktop's notification service through
// the session bus named by the app's environment.
func (a *app) connectDesktop() (desktopNotifier, error) {
	n, err := notify.Connect(a.getenv, "tramite")
	if err != nil {
		return nil, err
	}
	return n, nil
}

// notifyDesktop sends one notification per item whose reminder falls
// today (DueItem.LeadDay: late or due today, or exactly one of its lead
// times ahead), so a daily timer does not repeat a coming date every day.
// Without a session bus it sends nothing and says nothing; a failed
// notification is a warning, once, and never changes the exit code.
func (a *app) notifyDesktop(connect func() (desktopNotifier, error), items []casebook.DueItem, today procedures.Date) int {
	var due []casebook.DueItem
	for _, it := range items {
		if it.LeadDay {
			due = append(due, it)
		}
	}
	if len(due) == 0 {
		return 0
	}
	n, err := connect()
	if errors.Is(err, notify.ErrNoBus) {
		return 0
	}
	if err != nil {
		fmt.Fprint(a.stderr, a.T("tramite: warning: no desktop notification: %v\n", err))
		return 0
	}
	defer n.Close()
	sent := 0
	for _, it := range due {
		urgency := notify.Normal
		if it.Due == casebook.DueLate || it.Due == casebook.DueToday {
			urgency = notify.Critical
		}
		if _, err := n.Send(notify.Notification{Summary: notifySummary(a.lang, it), Body: notifyBody(a.lang, it, today), Urgency: urgency}); err != nil {
			fmt.Fprint(a.stderr, a.T("tramite: warning: %v\n", err))
			return sent
		}
		sent++
	}
	return sent
}

// notifySummary is a notification's title: "Late: Ana López,
// notification"; "Today" for any date on today (a window that opens too).
func notifySummary(l *i18n.Printer, it casebook.DueItem) string {
	proc := procedures.ShortIn(l, it.Procedure)
	switch {
	case it.Due == casebook.DueLate:
		return l.T("Late: %s, %s", it.Person, proc)
	case it.Days == 0:
		return l.T("Today: %s, %s", it.Person, proc)
	}
	return l.T("Coming: %s, %s", it.Person, proc)
}

// notifyBody is a notification's text: what happens, when, the rule and
// the case.
func notifyBody(l *i18n.Printer, it casebook.DueItem, today procedures.Date) string {
	d := &it.Deadline
	u, days := casebook.UrgencyOf(d, today)
	return l.T("%s: %s (%s). Rule %s, case %d.", procedures.TitleIn(l, deadlineTitle(d)), casebook.WhenIn(l, u, days), casebook.ActDate(d).String(), d.Rule, it.CaseID)
}
