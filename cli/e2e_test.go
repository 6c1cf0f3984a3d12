package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
	"tramite/store"
)

// The binary under test, built once by TestMain. A failed build does not
// stop the in-process tests: each end-to-end test reports it instead.
var (
	binPath  string
	buildErr error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tramite-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// The in-process tests read the settings file through the real
	// environment when their fake one names none: point it at an empty
	// folder, so a developer's own settings (language = "es") never decide
	// a test, and no test writes to them.
	for _, k := range []string{"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"} {
		os.Setenv(k, filepath.Join(dir, strings.ToLower(k)))
	}
	os.Unsetenv("TRAMITE_CONFIG")
	os.Unsetenv("TRAMITE_LANG")
	xdg.Reload()
	binPath = filepath.Join(dir, "tramite")
	if out, err := exec.Command("go", "build", "-o", binPath, "..").CombinedOutput(); err != nil {
		buildErr = fmt.Errorf("go build: %v\n%s", err, out)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// e2eToday is the date every end-to-end run evaluates rules on.
const e2eToday = "2026-11-23"

// result is one run of the binary.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

// run runs the binary on db with --today 2026-11-23, stdin from a pipe (so
// never a terminal), and a clean environment.
func run(t *testing.T, db, stdin string, args ...string) result {
	t.Helper()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	// A guard against a hang, not a measure of speed: a 20,000-case demo
	// takes 23-26 s at load 13.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	home := t.TempDir()
	cmd := exec.CommandContext(ctx, binPath, append([]string{"--db", db, "--today", e2eToday}, args...)...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "XDG_DATA_HOME=" + filepath.Join(home, "data"), "NO_COLOR=1"}
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("run %v: %v", args, err)
	}
	return r
}

// mustRun runs and fails the test unless the exit code is 0.
func mustRun(t *testing.T, db string, args ...string) result {
	t.Helper()
	r := run(t, db, "", args...)
	if r.code != 0 {
		t.Fatalf("tramite %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// decode parses a command's JSON output into v.
func decode(t *testing.T, r result, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, r.stdout)
	}
}

func TestE2EHelpAndVersion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	tests := map[string]struct {
		args []string
		want string
	}{
		"--help lists the commands":                           {[]string{"--help"}, "deadlines"},
		"version names tramite":                               {[]string{"version"}, "tramite "},
		"--version works too":                                 {[]string{"--version"}, "dev"},
		"new --help shows --answer":                           {[]string{"new", "--help"}, "--answer"},
		"backup --help says the dashboard keeps a daily copy": {[]string{"backup", "--help"}, "keeps a copy of its own once a"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := mustRun(t, db, tt.args...)
			if !strings.Contains(r.stdout, tt.want) {
				t.Errorf("stdout lacks %q:\n%s", tt.want, r.stdout)
			}
		})
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("help and version created the database %s", db)
	}
}

func TestE2EProcedures(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	cat := procedures.Catalog()
	t.Run("the list names every procedure", func(t *testing.T) {
		r := mustRun(t, db, "procedures")
		for _, p := range cat {
			if !strings.Contains(r.stdout, p.ID) || !strings.Contains(r.stdout, p.Name) {
				t.Errorf("procedures lacks %s (%s)", p.ID, p.Name)
			}
		}
		var got []procJSON
		decode(t, mustRun(t, db, "procedures", "--json"), &got)
		if len(got) != len(cat) {
			t.Errorf("procedures --json has %d procedures, want %d", len(got), len(cat))
		}
	})
	t.Run("show renewal prints its keys, kinds and choices", func(t *testing.T) {
		r := mustRun(t, db, "procedures", "show", "renewal")
		for _, want := range []string{"card_expiry (date)", "card_type (choice)", "permanent-minor", "optional"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("show renewal lacks %q", want)
			}
		}
		var got procJSON
		decode(t, mustRun(t, db, "procedures", "show", "renewal", "--json"), &got)
		p, _ := procedures.Lookup("renewal")
		if len(got.Questions) != len(p.Questions) || got.Questions[1].Key != p.Questions[1].Key || got.Questions[1].Kind != "date" {
			t.Errorf("show renewal --json questions = %+v", got.Questions)
		}
	})
	t.Run("an unknown procedure is a usage error that lists the ids", func(t *testing.T) {
		r := run(t, db, "", "procedures", "show", "visa-for-cats")
		if r.code != exitUsage || !strings.Contains(r.stderr, "renewal") {
			t.Errorf("exit %d, stderr %q; want 2 and the list of ids", r.code, r.stderr)
		}
	})
}

func TestE2ENoTerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	tests := map[string]struct {
		args []string
		want []string
	}{
		"the dashboard suggests the plain commands":        {nil, []string{"needs a terminal", "tramite cases", "tramite deadlines", "tramite new PROCEDURE --person NAME --answer key=value"}},
		"new without a person asks for one":                {[]string{"new", "renewal"}, []string{"--person"}},
		"new without a procedure asks for one":             {[]string{"new"}, []string{"tramite procedures"}},
		"a bad --today says what to type":                  {[]string{"--today", "garbage", "cases"}, []string{"--today", "2026-03-15"}},
		"an unknown command":                               {[]string{"frobnicate"}, []string{"frobnicate"}},
		"--within abc says to type a whole number of days": {[]string{"deadlines", "--within", "abc"}, []string{"--within takes a whole number of days, such as 30", `"abc"`}},
		"--cases x says to type a whole number":            {[]string{"demo", "--cases", "x"}, []string{"--cases takes a whole number"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := run(t, db, "", tt.args...)
			if strings.Contains(r.stderr, "strconv") {
				t.Errorf("stderr shows a raw Go error: %q", r.stderr)
			}
			if r.code != exitUsage {
				t.Errorf("exit %d, want 2; stderr %q", r.code, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
}

func TestE2ELocked(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	// A Store holds the file only during an operation: hold bbolt's lock
	// as a long write (or an older tramite) would.
	held, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	for _, args := range [][]string{{"cases"}, {"backup"}, {"new", "renewal", "--person", "Ana", "--answer", "card_type=temporary"}} {
		t.Run(args[0], func(t *testing.T) {
			r := run(t, db, "", args...)
			if r.code == 0 || !strings.Contains(r.stderr, "in use") || !strings.Contains(r.stderr, db) || !strings.Contains(r.stderr, "try again") {
				t.Errorf("exit %d, stderr %q; want an error saying %s is in use and to try again", r.code, r.stderr, db)
			}
			if strings.Count(r.stderr, "in use")+strings.Count(r.stderr, "is using") != 1 {
				t.Errorf("stderr %q says the file is in use more than once", r.stderr)
			}
			if r.took > 2500*time.Millisecond {
				t.Errorf("took %v, want about the 1 s lock timeout", r.took)
			}
		})
	}
	// In Spanish too.
	r := run(t, db, "", "--lang", "es", "cases")
	if r.code == 0 || !strings.Contains(r.stderr, "otro tramite está usando la base de datos "+db) || !strings.Contains(r.stderr, "intente de nuevo") {
		t.Errorf("in Spanish: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestE2ENewHelpFits80 reads `new --help` as a pipe gets it (fang pads to
// 120 columns there) and as an 80-column terminal does (fang's own
// width hook): no line is wider than 80 columns, no example is cut with
// "…", and no description breaks mid-word at the edge.
func TestE2ENewHelpFits80(t *testing.T) {
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	for name, extra := range map[string][]string{"piped": nil, "80-column terminal": {"__FANG_TEST_WIDTH=80"}} {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(binPath, "new", "--help")
			cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=/home/ana", "NO_COLOR=1"}, extra...)
			out, err := cmd.Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(out), "\n") {
				if name == "80-column terminal" {
					line = strings.TrimRight(line, " ")
				}
				if n := len([]rune(line)); n > 80 || strings.Contains(line, "…") {
					t.Errorf("%d columns or cut: %q", n, line)
				}
			}
			for _, want := range []string{"ACCESSIBLE=1", "card_expiry=15/03/2027"} {
				if !strings.Contains(string(out), want) {
					t.Errorf("help lacks %q whole:\n%s", want, out)
				}
			}
		})
	}
}

// TestE2ERefusedFileInBothLanguages: a file that is not a tramite file,
// and a damaged one with a daily copy beside it, are refused in the
// user's language with the way out (the newest copy, or none), the
// reader's own reason kept, the file unchanged.
func TestE2ERefusedFileInBothLanguages(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(other, bytes.Repeat([]byte("not a database "), 600), 0o600); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.db")
	mustRun(t, good, "demo", "--cases", "4")
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(dir, "damaged.db")
	if err := os.WriteFile(damaged+".backup-2026-11-22", data, 0o600); err != nil {
		t.Fatal(err)
	}
	for p := 2 * 4096; p+80 < len(data); p += 4096 {
		copy(data[p+16:], bytes.Repeat([]byte{0xff}, 64))
	}
	if err := os.WriteFile(damaged, data, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		db, lang string
		want     []string
	}{
		{other, "en", []string{"cannot use " + other + ": not a tramite file (", "tramite found no backup of it next to it"}},
		{other, "es", []string{"no se puede usar " + other + ": no es un archivo de tramite (", "tramite no encontró una copia junto a él"}},
		{damaged, "en", []string{"cannot use " + damaged + ": it is damaged (", "Its newest backup is " + damaged + ".backup-2026-11-22"}},
		{damaged, "es", []string{"no se puede usar " + damaged + ": está dañado (", "Su copia más reciente es " + damaged + ".backup-2026-11-22"}},
	} {
		before, _ := os.ReadFile(tc.db)
		r := run(t, tc.db, "", "--lang", tc.lang, "cases")
		for _, w := range tc.want {
			if r.code == 0 || !strings.Contains(r.stderr, w) {
				t.Errorf("%s %s: exit %d, stderr %q; want %q", filepath.Base(tc.db), tc.lang, r.code, r.stderr, w)
			}
		}
		if after, _ := os.ReadFile(tc.db); !bytes.Equal(before, after) {
			t.Errorf("%s %s: the refused file changed", filepath.Base(tc.db), tc.lang)
		}
	}
}
