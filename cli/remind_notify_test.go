package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"tramite/casebook"
	"tramite/notify"
	"tramite/procedures"
)

// fakeBus is the notification service's object on a fake session bus: it
// records each D-Bus call.
type fakeBus struct{ calls [][]any }

func (f *fakeBus) CallWithContext(_ context.Context, method string, _ dbus.Flags, args ...any) *dbus.Call {
	if method != notify.Method {
		return &dbus.Call{Err: dbus.ErrMsgUnknownMethod}
	}
	f.calls = append(f.calls, args)
	return &dbus.Call{Body: []any{uint32(len(f.calls))}}
}

func TestRemindNotify(t *testing.T) {
	db := seedRemindDB(t)
	tests := map[string]struct {
		today string
		// want are the summary and body of each notification sent.
		want []string
	}{
		"R-NOTIFY-90 30 days ahead: the 30-day lead, one notification": {"2026-08-01", []string{
			"Coming: Ana López, notification|Notify INM of the change (90 days after it): in 30 days (2026-08-31). Rule R-NOTIFY-90, case 1."}},
		"12 days ahead is listed but not a lead day: no notification": {"2026-08-19", nil},
		"7 days ahead: the 7-day lead": {"2026-08-24", []string{
			"Coming: Ana López, notification|Notify INM of the change (90 days after it): in 7 days (2026-08-31). Rule R-NOTIFY-90, case 1."}},
		"late: every day until it is done": {"2027-01-28", []string{
			"Late: Ana López, notification|Notify INM of the change (90 days after it): 150 days late (2026-08-31). Rule R-NOTIFY-90, case 1.",
			// The window's close, 29 days ahead, is not on a lead day.
			"Today: Ben Ortiz, renewal|Renewal window opens (30 days before the card expires; not sooner): today (2027-01-28). Rule R-RENEW-WINDOW, case 2."}},
		"nothing due: no bus is even opened": {"2026-07-20", nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			a := newApp(strings.NewReader(""), &out, &errb, env(), func() time.Time { return time.Time{} })
			a.dbFlag = db
			today := procedures.MustDate(tt.today)
			items, err := a.dueItems(today, casebook.DefaultLeadTimes())
			if err != nil {
				t.Fatal(err)
			}
			bus, opened := &fakeBus{}, false
			connect := func() (desktopNotifier, error) { opened = true; return notify.New(bus, "tramite"), nil }
			_ = a.remind(remindOptions{today: today, leads: casebook.DefaultLeadTimes(), notify: true, connect: connect}, items, nil)
			var got []string
			for _, c := range bus.calls {
				if c[0] != "tramite" {
					t.Errorf("app name = %v, want tramite", c[0])
				}
				got = append(got, c[3].(string)+"|"+c[4].(string))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("notifications:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if tt.want == nil && opened {
				t.Error("the bus was opened with nothing to send")
			}
			if errb.Len() > 0 {
				t.Errorf("stderr: %s", errb.String())
			}
		})
	}
	t.Run("no session bus: nothing sent, nothing said, the exit code unchanged", func(t *testing.T) {
		var out, errb bytes.Buffer
		a := newApp(strings.NewReader(""), &out, &errb, env(), func() time.Time { return time.Time{} })
		a.dbFlag = db
		today := procedures.MustDate("2026-09-03")
		items, _ := a.dueItems(today, casebook.DefaultLeadTimes())
		none := func() (desktopNotifier, error) { return nil, notify.ErrNoBus }
		err := a.remind(remindOptions{today: today, leads: casebook.DefaultLeadTimes(), notify: true, connect: none}, items, nil)
		if exitCode(err) != 1 || errb.Len() > 0 || !strings.Contains(out.String(), "late") {
			t.Errorf("exit %d, stderr %q, stdout %q; want 1, nothing, the late line", exitCode(err), errb.String(), out.String())
		}
	})
}
