package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// networkPackages are the standard packages that open connections or
// exist to talk over them. tramite keeps passports and addresses: it
// never sends anything anywhere.
var networkPackages = []string{"net", "net/http", "net/rpc", "net/smtp", "crypto/tls", "net/http/httptrace"}

// knownNetworkImporters are the third-party packages in tramite's build
// that import a network package, and why that is harmless: each is
// reviewed. A new one fails TestNoNetwork until someone checks it and
// adds it here with the reason.
var knownNetworkImporters = map[string]string{
	// IP-address flag types (ParseIP); cobra's flags. No connection.
	"github.com/spf13/pflag": "net",
	// ParseCalendar can fetch a calendar from a URL; tramite only writes
	// calendars (export ics) and never calls it.
	"github.com/arran4/golang-ical": "net/http",
	// D-Bus transports. tramite dials only the session bus's local unix
	// socket, and only for remind --notify: notify.Connect refuses tcp:
	// and every other transport, and never launches a bus.
	"github.com/godbus/dbus/v5": "net",
	// The PostgreSQL driver (issue 18): it connects only to the server the
	// user names with --db postgres://..., TRAMITE_DB or the PG*
	// environment; a bbolt file opens no socket (the strace check below).
	"github.com/jackc/pgx/v5/pgconn":                   "net",
	"github.com/jackc/pgx/v5/pgconn/internal/bgreader": "net",
	"github.com/jackc/pgx/v5/pgtype":                   "net",
	"github.com/jackc/pgx/v5":                          "net",
	"github.com/jackc/pgx/v5/pgxpool":                  "net",
}

// ownNetworkPackages are tramite's packages allowed a network package:
// the PostgreSQL engine, used only for a database address the user gives.
var ownNetworkPackages = map[string]bool{"tramite/store/pgstore": true}

// TestNoNetwork: tramite opens no network connection. Statically: none of
// tramite's own packages imports a network package, and the only
// dependencies that do are the reviewed ones above (the net package is in
// the binary through them: its dialer is linked but never called). At run
// time: the commands that touch the data, run under strace when it is
// installed, make no socket or connect system call.
func TestNoNetwork(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}}{{if not .Standard}} third{{end}}:{{join .Imports " "}}`, "..").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	found := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		head, imports, _ := strings.Cut(line, ":")
		pkg, third := strings.CutSuffix(head, " third")
		for _, imp := range strings.Fields(imports) {
			if !slices.Contains(networkPackages, imp) {
				continue
			}
			switch {
			case ownNetworkPackages[pkg]:
			case pkg == "tramite" || strings.HasPrefix(pkg, "tramite/"):
				t.Errorf("tramite's own package %s imports %s: tramite must not touch the network", pkg, imp)
			case third:
				found[pkg] = imp
			}
		}
	}
	for pkg, imp := range found {
		if _, ok := knownNetworkImporters[pkg]; !ok {
			t.Errorf("dependency %s imports %s: check that tramite cannot reach its network code, then add it to knownNetworkImporters with the reason", pkg, imp)
		}
	}

	t.Run("no socket is opened at run time", func(t *testing.T) {
		strace, err := exec.LookPath("strace")
		if err != nil {
			t.Skip("strace is not installed: only the static check ran")
		}
		if buildErr != nil {
			t.Fatal(buildErr)
		}
		db := filepath.Join(t.TempDir(), "t.db")
		for _, args := range [][]string{
			{"demo", "--cases", "6"}, {"deadlines", "--all", "--json"}, {"cases", "--json"},
			{"export", "1", "--format", "text"}, {"export", "--household", "--format", "ics"},
			{"export", "--household", "--format", "json"}, {"backup"},
		} {
			trace := filepath.Join(t.TempDir(), "trace")
			cmd := exec.Command(strace, append([]string{"-f", "-qq", "-e", "trace=socket,connect", "-o", trace,
				binPath, "--db", db, "--today", e2eToday}, args...)...)
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "NO_COLOR=1"}
			if out, err := cmd.CombinedOutput(); err != nil {
				if strings.Contains(string(out), "ptrace") {
					t.Skipf("strace cannot trace here (%s): only the static check ran", strings.TrimSpace(string(out)))
				}
				t.Fatalf("tramite %v under strace: %v\n%s", args, err, out)
			}
			data, err := os.ReadFile(trace)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(data), "\n") {
				if strings.Contains(line, "socket(") || strings.Contains(line, "connect(") {
					t.Errorf("tramite %v made a network system call: %s", args, line)
				}
			}
		}
	})
}
