package notify

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strconv"
	"testing"

	"github.com/godbus/dbus/v5"
)

// fakeBus records the calls a notifier makes and answers with the next id.
type fakeBus struct {
	calls []fakeCall
	err   error
}

type fakeCall struct {
	method string
	args   []any
}

func (f *fakeBus) CallWithContext(_ context.Context, method string, _ dbus.Flags, args ...any) *dbus.Call {
	f.calls = append(f.calls, fakeCall{method, args})
	if f.err != nil {
		return &dbus.Call{Err: f.err}
	}
	return &dbus.Call{Body: []any{uint32(len(f.calls))}}
}

func TestSend(t *testing.T) {
	bus := &fakeBus{}
	n := New(bus, "tramite")
	id, err := n.Send(Notification{Summary: "LATE: Ana López", Body: "Notify INM <today> & bring ID", Urgency: Critical})
	if err != nil || id != 1 {
		t.Fatalf("Send = %d, %v; want 1, nil", id, err)
	}
	want := fakeCall{Method, []any{"tramite", uint32(0), "", "LATE: Ana López", "Notify INM &lt;today&gt; &amp; bring ID",
		[]string{}, map[string]dbus.Variant{"urgency": dbus.MakeVariant(byte(2))}, int32(-1)}}
	if !reflect.DeepEqual(bus.calls[0], want) {
		t.Errorf("call = %#v\nwant %#v", bus.calls[0], want)
	}
	bus.err = errors.New("no such service")
	if _, err := n.Send(Notification{Summary: "x"}); err == nil {
		t.Error("Send on a failing bus returned no error")
	}
}

func TestSessionAddress(t *testing.T) {
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	tests := map[string]struct {
		env  map[string]string
		want string
	}{
		"DBUS_SESSION_BUS_ADDRESS is used as given": {map[string]string{"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x/bus"}, "unix:path=/x/bus"},
		"a tcp: bus is never dialled: tramite stays off the network": {
			map[string]string{"DBUS_SESSION_BUS_ADDRESS": "tcp:host=10.0.0.1,port=55", "XDG_RUNTIME_DIR": t.TempDir()}, ""},
		"of a list, only the unix sockets": {
			map[string]string{"DBUS_SESSION_BUS_ADDRESS": "tcp:host=h,port=1;unix:path=/x/bus"}, "unix:path=/x/bus"},
		"a runtime folder without a bus socket has none, and nothing is launched": {
			map[string]string{"DBUS_SESSION_BUS_ADDRESS": "autolaunch:", "XDG_RUNTIME_DIR": t.TempDir()}, ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := sessionAddress(env(tt.env))
			// /run/user/UID/bus may exist on a desktop running the tests.
			if tt.want == "" && got != "" && got != "unix:path=/run/user/"+itoa()+"/bus" {
				t.Errorf("sessionAddress = %q, want none", got)
			}
			if tt.want != "" && got != tt.want {
				t.Errorf("sessionAddress = %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := Connect(env(map[string]string{"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}), "tramite"); !errors.Is(err, ErrNoBus) {
		t.Errorf("Connect to a missing bus = %v, want ErrNoBus", err)
	}
}

func itoa() string { return strconv.Itoa(os.Getuid()) }
