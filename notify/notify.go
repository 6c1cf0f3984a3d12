// Package notify sends desktop notifications through the freedesktop
// notification service (org.freedesktop.Notifications on the session
// bus), with godbus: no program is started. It only carries texts; what
// to say and when is the caller's.
package notify

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/godbus/dbus/v5"
)

// The notification service's name, object and method (Desktop
// Notifications Specification 1.2).
const (
	Service = "org.freedesktop.Notifications"
	Path    = dbus.ObjectPath("/org/freedesktop/Notifications")
	Method  = Service + ".Notify"
)

// ErrNoBus says there is no session bus to reach: no desktop session (a
// server, cron without a logged-in user). Callers stay silent on it.
var ErrNoBus = errors.New("no desktop session bus")

// Urgency is the notification's urgency hint.
type Urgency byte

// The specification's urgency levels.
const (
	Low Urgency = iota
	Normal
	Critical
)

// Notification is one desktop notification.
type Notification struct {
	// Summary is its one-line title; Body the text below it (the
	// specification allows a little markup: Body is sent as plain text
	// with &, < and > escaped).
	Summary, Body string
	Urgency       Urgency
}

// Caller is the one call of a D-Bus object that Send needs; the service's
// dbus.BusObject satisfies it, and tests give a fake.
type Caller interface {
	CallWithContext(ctx context.Context, method string, flags dbus.Flags, args ...any) *dbus.Call
}

// Notifier sends notifications to one notification service.
type Notifier struct {
	obj   Caller
	app   string
	close func() error
}

// New returns a notifier calling obj, sending as app (the application
// name the desktop shows).
func New(obj Caller, app string) *Notifier { return &Notifier{obj: obj, app: app} }

// timeout bounds a call: a hung notification daemon must not hang a cron
// job.
const timeout = 3 * time.Second

// Connect opens a private connection to the session bus found through
// getenv (DBUS_SESSION_BUS_ADDRESS, else XDG_RUNTIME_DIR/bus, else
// /run/user/UID/bus, where systemd puts it) and returns a notifier on its
// notification service. It never launches a bus: without one it returns
// ErrNoBus.
func Connect(getenv func(string) string, app string) (*Notifier, error) {
	addr := sessionAddress(getenv)
	if addr == "" {
		return nil, ErrNoBus
	}
	conn, err := dbus.Connect(addr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoBus, err)
	}
	n := New(conn.Object(Service, Path), app)
	n.close = conn.Close
	return n, nil
}

// sessionAddress is the session bus's address, "" when none is found.
// Only local unix sockets count: a tcp: address (or any other transport)
// in DBUS_SESSION_BUS_ADDRESS is skipped, so tramite never opens a network
// connection.
func sessionAddress(getenv func(string) string) string {
	var local []string
	for _, a := range strings.Split(getenv("DBUS_SESSION_BUS_ADDRESS"), ";") {
		if strings.HasPrefix(a, "unix:") {
			local = append(local, a)
		}
	}
	if len(local) > 0 {
		return strings.Join(local, ";")
	}
	dirs := []string{getenv("XDG_RUNTIME_DIR"), filepath.Join("/run/user", strconv.Itoa(os.Getuid()))}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		sock := filepath.Join(d, "bus")
		if fi, err := os.Stat(sock); err == nil && fi.Mode()&os.ModeSocket != 0 {
			return "unix:path=" + sock
		}
	}
	return ""
}

// Send shows x and returns the id the service gave it.
func (n *Notifier) Send(x Notification) (uint32, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	hints := map[string]dbus.Variant{"urgency": dbus.MakeVariant(byte(x.Urgency))}
	// app_name, replaces_id, app_icon, summary, body, actions, hints,
	// expire_timeout (-1: the server's default).
	call := n.obj.CallWithContext(ctx, Method, 0,
		n.app, uint32(0), "", x.Summary, escape(x.Body), []string{}, hints, int32(-1))
	if call.Err != nil {
		return 0, fmt.Errorf("desktop notification: %w", call.Err)
	}
	var id uint32
	if err := call.Store(&id); err != nil {
		return 0, fmt.Errorf("desktop notification: %w", err)
	}
	return id, nil
}

// Close closes the connection Connect opened.
func (n *Notifier) Close() error {
	if n.close == nil {
		return nil
	}
	return n.close()
}

// escape makes body safe for servers that read the specification's
// markup.
func escape(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&':
			out = append(out, "&amp;"...)
		case '<':
			out = append(out, "&lt;"...)
		case '>':
			out = append(out, "&gt;"...)
		default:
			out = append(out, s[i])
		}
	}
	return string(out)
}
