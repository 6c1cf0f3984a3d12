package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSystemdQuote(t *testing.T) {
	tests := map[string]string{
		"/usr/bin/tramite":           "/usr/bin/tramite",
		"/home/ana/My Files/t.db":    `"/home/ana/My Files/t.db"`,
		`/x/"q".db`:                  `"/x/\"q\".db"`,
		"/x/100%.db":                 "/x/100%%.db",
		"/x/$HOME.db":                "/x/$$HOME.db",
		"TRAMITE_CONFIG=/a b/c.toml": `"TRAMITE_CONFIG=/a b/c.toml"`,
		`C:\no`:                      `"C:\\no"`,
	}
	for in, want := range tests {
		if got := systemdQuote(in); got != want {
			t.Errorf("systemdQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestServiceText(t *testing.T) {
	tests := map[string]struct {
		spec timerSpec
		want []string
	}{
		"the default database: only the command": {timerSpec{exe: "/usr/bin/tramite"},
			[]string{"ExecStart=/usr/bin/tramite remind --notify --quiet\n", "SuccessExitStatus=1 3\n", "Type=oneshot\n"}},
		"--db or TRAMITE_DB is passed on, quoted": {timerSpec{exe: "/opt/t/tramite", db: "/home/ana/My Files/t.db"},
			[]string{`ExecStart=/opt/t/tramite --db "/home/ana/My Files/t.db" remind --notify --quiet` + "\n"}},
		"TRAMITE_CONFIG is passed on": {timerSpec{exe: "/t", config: "/c/config.toml"},
			[]string{"Environment=TRAMITE_CONFIG=/c/config.toml\n"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := serviceText(tt.spec)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("service lacks %q:\n%s", w, got)
				}
			}
			if tt.spec.config == "" && strings.Contains(got, "Environment=") {
				t.Errorf("service sets an environment nobody asked for:\n%s", got)
			}
		})
	}
}

func TestInstallTimer(t *testing.T) {
	cfg := t.TempDir()
	dir := systemdUserDir(env("XDG_CONFIG_HOME", cfg))
	if dir != filepath.Join(cfg, "systemd", "user") {
		t.Fatalf("systemdUserDir = %s, want under XDG_CONFIG_HOME", dir)
	}
	var out bytes.Buffer
	if err := installTimer(&out, nil, dir, timerSpec{exe: "/usr/bin/tramite"}); err != nil {
		t.Fatal(err)
	}
	timer, err := os.ReadFile(filepath.Join(dir, timerUnit))
	if err != nil || !strings.Contains(string(timer), "OnCalendar=*-*-* 09:00:00\nPersistent=true\n") || !strings.Contains(string(timer), "WantedBy=timers.target") {
		t.Errorf("timer = %s, %v; want daily at 09:00, persistent, wanted by timers.target", timer, err)
	}
	if svc, err := os.ReadFile(filepath.Join(dir, serviceUnit)); err != nil || !strings.Contains(string(svc), "ExecStart=/usr/bin/tramite remind") {
		t.Errorf("service = %s, %v", svc, err)
	}
	if !strings.Contains(out.String(), "systemctl --user enable --now tramite-remind.timer") {
		t.Errorf("install says %q, want the systemctl command to turn it on", out.String())
	}
	// What `systemctl --user enable` adds.
	wants := filepath.Join(dir, "timers.target.wants")
	os.MkdirAll(wants, 0o700)
	os.Symlink(filepath.Join(dir, timerUnit), filepath.Join(wants, timerUnit))

	out.Reset()
	if err := uninstallTimer(&out, nil, dir); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, timerUnit), filepath.Join(dir, serviceUnit), filepath.Join(wants, timerUnit)} {
		if _, err := os.Lstat(p); !os.IsNotExist(err) {
			t.Errorf("%s still there after --uninstall-timer", p)
		}
	}
	out.Reset()
	if err := uninstallTimer(&out, nil, dir); err != nil || !strings.Contains(out.String(), "nothing to remove") {
		t.Errorf("second uninstall = %q, %v; want nothing to remove", out.String(), err)
	}
}

func TestRemindTimerFlags(t *testing.T) {
	cfg := t.TempDir()
	var out, errb bytes.Buffer
	a := newApp(strings.NewReader(""), &out, &errb, env("XDG_CONFIG_HOME", cfg), func() time.Time { return time.Time{} })
	root := newRootCmd(a)
	root.SilenceUsage, root.SilenceErrors = true, true
	root.SetArgs([]string{"remind", "--install-timer", "--uninstall-timer"})
	if err := root.Execute(); exitCode(err) != 2 {
		t.Errorf("both flags: %v, want a usage error", err)
	}
	root = newRootCmd(a)
	root.SilenceUsage, root.SilenceErrors = true, true
	root.SetArgs([]string{"remind", "--install-timer"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cfg, "systemd", "user", timerUnit)); err != nil {
		t.Errorf("remind --install-timer wrote no timer under XDG_CONFIG_HOME: %v", err)
	}
}
