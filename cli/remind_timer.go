package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"tramite/export"
	"tramite/i18n"
	"tramite/store/pgstore"
)

// The systemd user units `tramite remind --install-timer` writes.
const (
	timerUnit   = "tramite-remind.timer"
	serviceUnit = "tramite-remind.service"
)

// systemdUserDir is $XDG_CONFIG_HOME/systemd/user, where systemd looks for
// a user's own units.
func systemdUserDir(getenv func(string) string) string {
	home := getenv("XDG_CONFIG_HOME")
	if home == "" || !filepath.IsAbs(home) {
		home = xdg.ConfigHome
	}
	return filepath.Join(home, "systemd", "user")
}

// timerSpec is what the units run: the executable, and the database and
// settings file when they are not the defaults (a user service does not
// see the shell's TRAMITE_DB).
type timerSpec struct {
	exe, db, config string
}

// timerSpec is the spec for this run: this executable, and --db,
// TRAMITE_DB or TRAMITE_CONFIG when given.
func (a *app) timerSpec() (timerSpec, error) {
	exe, err := os.Executable()
	if err != nil {
		return timerSpec{}, a.errorf("cannot tell where tramite is installed: %w", err)
	}
	if p, err := filepath.EvalSymlinks(exe); err == nil {
		exe = p
	}
	s := timerSpec{exe: exe, config: a.getenv("TRAMITE_CONFIG")}
	if db := a.dbPath(); isPostgres(db) {
		// The unit file keeps the address: never a password in it.
		if pgstore.HasPassword(db) {
			return timerSpec{}, a.errorf("the database address holds a password, which tramite never writes to disk: put it in ~/.pgpass (PGPASSFILE) and give the address without it")
		}
		s.db = db
	} else if a.dbFlag != "" || a.getenv(dbEnv) != "" {
		if s.db, err = filepath.Abs(a.dbPath()); err != nil {
			return timerSpec{}, err
		}
	}
	return s, nil
}

// serviceText is the service unit: one `tramite remind --notify --quiet`.
// Its exit codes 1 and 3 say something is due, not that it failed.
func serviceText(s timerSpec) string {
	args := []string{s.exe}
	if s.db != "" {
		args = append(args, "--db", s.db)
	}
	args = append(args, "remind", "--notify", "--quiet")
	for i, a := range args {
		args[i] = systemdQuote(a)
	}
	var env string
	if s.config != "" {
		env = "Environment=" + systemdQuote("TRAMITE_CONFIG="+s.config) + "\n"
	}
	return `# Written by tramite remind --install-timer; removed by --uninstall-timer.
[Unit]
Description=tramite: INM dates late, due today or within their lead time

[Service]
Type=oneshot
` + env + `ExecStart=` + strings.Join(args, " ") + `
# 1: something late or due today; 3: something within its lead time.
SuccessExitStatus=1 3
`
}

// timerText runs the service every day at 09:00, and at the next start
// when the computer was off then (Persistent).
const timerText = `# Written by tramite remind --install-timer; removed by --uninstall-timer.
[Unit]
Description=tramite: daily reminders of INM dates

[Timer]
OnCalendar=*-*-* 09:00:00
Persistent=true

[Install]
WantedBy=timers.target
`

// systemdQuote quotes a word for an ExecStart or Environment line: bare
// when it can be, else in double quotes; % and $ are doubled, as systemd
// reads them as specifiers and variables.
func systemdQuote(s string) string {
	s = strings.NewReplacer("%", "%%", "$", "$$").Replace(s)
	if s != "" && !strings.ContainsAny(s, " \t\"'\\;") {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// installTimer writes the service and the timer into dir and says how to
// turn them on; systemctl is left to the user.
func installTimer(w io.Writer, l *i18n.Printer, dir string, s timerSpec) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	for name, text := range map[string]string{serviceUnit: serviceText(s), timerUnit: timerText} {
		err := export.WriteFile(filepath.Join(dir, name), true, func(w io.Writer) error {
			_, err := io.WriteString(w, text)
			return err
		})
		if err != nil {
			return err
		}
	}
	_, err := fmt.Fprint(w, l.T(`Wrote %s and %s in %s:
tramite remind --notify runs every day at 09:00 (or at the next start).
Turn it on with:
  systemctl --user daemon-reload
  systemctl --user enable --now %s
`, serviceUnit, timerUnit, dir, timerUnit))
	return err
}

// uninstallTimer removes the units and the timer's enablement link (what
// `systemctl --user disable` removes) from dir.
func uninstallTimer(w io.Writer, l *i18n.Printer, dir string) error {
	removed := 0
	for _, p := range []string{
		filepath.Join(dir, "timers.target.wants", timerUnit),
		filepath.Join(dir, timerUnit),
		filepath.Join(dir, serviceUnit),
	} {
		err := os.Remove(p)
		switch {
		case err == nil:
			removed++
		case !errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("removing %s: %w", p, err)
		}
	}
	if removed == 0 {
		_, err := fmt.Fprint(w, l.T("No tramite timer in %s: nothing to remove.\n", dir))
		return err
	}
	_, err := fmt.Fprint(w, l.T(`Removed the tramite timer from %s.
Stop a running one with:
  systemctl --user stop %s
  systemctl --user daemon-reload
`, dir, timerUnit))
	return err
}
