package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

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
	binPath = filepath.Join(dir, "tramite")
	if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
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
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
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
		"--help lists the commands": {[]string{"--help"}, "deadlines"},
		"version names tramite":     {[]string{"version"}, "tramite "},
		"--version works too":       {[]string{"--version"}, "dev"},
		"new --help shows --answer": {[]string{"new", "--help"}, "--answer"},
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

// answerArgs turns answers into --answer flags, dates typed day first
// (15/03/2026) to exercise the normalisation to ISO.
func answerArgs(p *procedures.Procedure, a procedures.Answers) []string {
	var args []string
	for _, q := range p.Questions {
		v, ok := a[q.Key]
		if !ok {
			continue
		}
		if q.Kind == procedures.KindDate {
			d := procedures.MustDate(v)
			v = fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
		}
		args = append(args, "--answer", q.Key+"="+v)
	}
	return args
}

func TestE2ENewEveryProcedure(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	today := procedures.MustDate(e2eToday)
	ids := map[uint64]string{}
	for i, p := range procedures.Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			g := answerGen{rng: rand.New(rand.NewPCG(uint64(i), 11)), today: today}
			a, err := g.answers(p)
			if err != nil {
				t.Fatal(err)
			}
			args := append([]string{"new", p.ID, "--person", "Ana López", "--answer", "email=ana@example.com"}, answerArgs(p, a)...)
			r := mustRun(t, db, args...)
			id, err := strconv.ParseUint(strings.TrimSpace(r.stdout), 10, 64)
			if err != nil {
				t.Fatalf("stdout %q is not a case id", r.stdout)
			}
			if !strings.Contains(r.stderr, "Saved case") {
				t.Errorf("stderr %q lacks the human sentence", r.stderr)
			}
			ids[id] = p.ID
		})
	}
	t.Run("cases --json lists each case with its procedure and person", func(t *testing.T) {
		var cases []caseJSON
		decode(t, mustRun(t, db, "cases", "--json"), &cases)
		if len(cases) != len(ids) {
			t.Fatalf("cases --json has %d cases, want %d", len(cases), len(ids))
		}
		for _, c := range cases {
			if ids[c.Case] != c.Procedure || c.Person != "Ana López" || c.Stage != "draft" {
				t.Errorf("case %+v, want procedure %s for Ana López, draft", c, ids[c.Case])
			}
		}
	})
	t.Run("deadlines --json rows are sorted and name their case and rule", func(t *testing.T) {
		var rows []map[string]any
		decode(t, mustRun(t, db, "deadlines", "--all", "--json"), &rows)
		prev := ""
		for _, r := range rows {
			for _, f := range []string{"case", "person", "procedure", "date", "kind", "title", "days_left", "rule", "done"} {
				if _, ok := r[f]; !ok {
					t.Errorf("row %v lacks %s", r, f)
				}
			}
			if _, ok := ids[uint64(r["case"].(float64))]; !ok {
				t.Errorf("row %v names an unknown case", r)
			}
			date := r["date"].(string)
			if _, err := procedures.ParseDate(date); err != nil || len(date) != 10 || date < prev {
				t.Errorf("row date %q is not ISO or not sorted after %q", date, prev)
			}
			prev = date
		}
	})
	t.Run("the person got the personal answer", func(t *testing.T) {
		var people []personJSON
		decode(t, mustRun(t, db, "person", "list", "--json"), &people)
		if len(people) != 1 || people[0].Details["email"] != "ana@example.com" || len(people[0].Cases) != len(ids) {
			t.Errorf("people = %+v, want Ana López with her e-mail and %d cases", people, len(ids))
		}
	})
}

// TestE2ERenewalWindow files a renewal from testdata and checks its dates:
// the card expires Saturday 26 Dec 2026, so the window opens 26 Nov and
// closes 26 Dec, to act by Thursday 24 Dec (R-RENEW-WINDOW, R-DAYS-CLOSED).
func TestE2ERenewalWindow(t *testing.T) {
	if _, err := procedures.Lookup("renewal"); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "t.db")
	r := mustRun(t, db, "new", "renewal", "--person", "Ana López", "--answers", filepath.Join("testdata", "renewal-answers.json"))
	if strings.TrimSpace(r.stdout) != "1" {
		t.Fatalf("stdout = %q, want the id 1", r.stdout)
	}
	var rows []deadlineJSON
	decode(t, mustRun(t, db, "deadlines", "--json"), &rows)
	var got []string
	for _, d := range rows {
		got = append(got, fmt.Sprintf("%s %s %s act_by=%s days=%d", d.Date, d.Kind, d.Rule, d.ActBy, d.DaysLeft))
	}
	want := []string{
		"2026-11-26 opens R-RENEW-WINDOW act_by= days=3",
		"2026-12-26 closes R-RENEW-WINDOW act_by=2026-12-24 days=33",
	}
	if !slices.Equal(got, want) {
		t.Errorf("deadlines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	text := mustRun(t, db, "deadlines").stdout
	for _, want := range []string{"in 3 days", "in 33 days", "act by 24 Dec"} {
		if !strings.Contains(text, want) {
			t.Errorf("deadlines table lacks %q:\n%s", want, text)
		}
	}
	var people []personJSON
	decode(t, mustRun(t, db, "person", "list", "--json"), &people)
	if len(people) != 1 || people[0].BirthDate != "1985-04-12" || people[0].Nationality != "Española" {
		t.Errorf("people = %+v, want the birth date and nationality on the person", people)
	}
}

func TestE2ENewRefusesBadAnswers(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	good := []string{"card_type=temporary", "card_expiry=26/12/2026", "in_mexico=yes", "holder_minor=no",
		"years_requested=1", "grounds=job", "grounds_hold=yes"}
	with := func(replace map[string]string, extra ...string) []string {
		args := []string{"new", "renewal", "--person", "Bea Núñez"}
		for _, kv := range good {
			k, _, _ := strings.Cut(kv, "=")
			if v, ok := replace[k]; ok {
				if v == "" {
					continue // a missing answer
				}
				kv = k + "=" + v
			}
			args = append(args, "--answer", kv)
		}
		for _, kv := range extra {
			args = append(args, "--answer", kv)
		}
		return args
	}
	tests := map[string]struct {
		args    []string
		wantKey string
	}{
		"30 February does not exist (R-DAYS-MONTHS)": {with(map[string]string{"card_expiry": "30/02/2026"}), "card_expiry"},
		"an unknown key is named":                    {with(nil, "shoe_size=42"), "shoe_size"},
		"a missing answer is named":                  {with(map[string]string{"card_expiry": ""}), "card_expiry"},
		"a choice that is not offered":               {with(map[string]string{"card_type": "gold"}), "card_type"},
		"a bad personal value":                       {with(nil, "email=bea-at-example"), "email"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := run(t, db, "", tt.args...)
			if r.code != exitError || !strings.Contains(r.stderr, tt.wantKey) || !strings.Contains(r.stderr, "nothing was saved") {
				t.Errorf("exit %d, stderr %q; want 1 naming %s and saying nothing was saved", r.code, r.stderr, tt.wantKey)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
	t.Run("nothing was saved", func(t *testing.T) {
		if got := strings.TrimSpace(mustRun(t, db, "cases", "--json").stdout); got != "[]" {
			t.Errorf("cases --json = %s, want []", got)
		}
		if got := strings.TrimSpace(mustRun(t, db, "person", "list", "--json").stdout); got != "[]" {
			t.Errorf("person list --json = %s, want [] (no person created)", got)
		}
	})
	t.Run("the good answers are saved", func(t *testing.T) {
		if r := mustRun(t, db, with(nil)...); strings.TrimSpace(r.stdout) != "1" {
			t.Errorf("stdout = %q, want 1", r.stdout)
		}
	})
}

func TestE2ENoTerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	tests := map[string]struct {
		args []string
		want []string
	}{
		"the dashboard suggests the plain commands": {nil, []string{"needs a terminal", "tramite cases", "tramite deadlines", "tramite new PROCEDURE --person NAME --answer key=value"}},
		"new without a person asks for one":         {[]string{"new", "renewal"}, []string{"--person"}},
		"new without a procedure asks for one":      {[]string{"new"}, []string{"tramite procedures"}},
		"a bad --today says what to type":           {[]string{"--today", "garbage", "cases"}, []string{"--today", "2026-03-15"}},
		"an unknown command":                        {[]string{"frobnicate"}, []string{"frobnicate"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := run(t, db, "", tt.args...)
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
	defer st.Close()
	for _, args := range [][]string{{"cases"}, {"new", "renewal", "--person", "Ana", "--answer", "card_type=temporary"}} {
		t.Run(args[0], func(t *testing.T) {
			r := run(t, db, "", args...)
			if r.code == 0 || !strings.Contains(r.stderr, "in use") || !strings.Contains(r.stderr, db) {
				t.Errorf("exit %d, stderr %q; want an error saying %s is in use", r.code, r.stderr, db)
			}
			if r.took > 2500*time.Millisecond {
				t.Errorf("took %v, want about the 1 s lock timeout", r.took)
			}
		})
	}
}

var isoDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2} `)

func TestE2EDemoAndBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	mustRun(t, db, "demo", "--cases", "14")
	var cases []caseJSON
	decode(t, mustRun(t, db, "cases", "--json"), &cases)
	procs := map[string]bool{}
	for _, c := range cases {
		procs[c.Procedure] = true
	}
	if len(cases) != 14 || len(procs) != len(procedures.Catalog()) {
		t.Errorf("demo made %d cases over %d procedures, want 14 over all %d", len(cases), len(procs), len(procedures.Catalog()))
	}
	t.Run("a second demo is refused without --force", func(t *testing.T) {
		r := run(t, db, "", "demo", "--cases", "3")
		if r.code != exitError || !strings.Contains(r.stderr, "--force") {
			t.Errorf("exit %d, stderr %q; want 1 suggesting --force", r.code, r.stderr)
		}
	})
	t.Run("the deadlines table fits in 80 columns", func(t *testing.T) {
		out := mustRun(t, db, "deadlines", "--all").stdout
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[0], "DATE") {
			t.Fatalf("no table:\n%s", out)
		}
		for _, l := range lines {
			if n := len([]rune(l)); n > 80 {
				t.Errorf("%d columns: %q", n, l)
			}
		}
		if !isoDateRE.MatchString(lines[1]) {
			t.Errorf("first row %q does not start with a date", lines[1])
		}
	})
	t.Run("backup writes a copy and never overwrites without --force", func(t *testing.T) {
		r := mustRun(t, db, "backup")
		want := filepath.Join(dir, "demo-backup-"+e2eToday+".db")
		if strings.TrimSpace(r.stdout) != want {
			t.Errorf("backup printed %q, want %q", r.stdout, want)
		}
		if r := run(t, db, "", "backup"); r.code != exitError || !strings.Contains(r.stderr, "--force") {
			t.Errorf("second backup: exit %d, stderr %q; want 1 suggesting --force", r.code, r.stderr)
		}
		mustRun(t, db, "backup", "--force")
		var copied []caseJSON
		decode(t, mustRun(t, want, "cases", "--json"), &copied)
		if len(copied) != 14 {
			t.Errorf("the copy has %d cases, want 14", len(copied))
		}
	})
}

func TestE2EPersonSet(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "person", "set", "Ana López", "--create", "nationality=Española")
	tests := map[string]struct {
		args    []string
		wantKey string
	}{
		"30 February is refused and named":  {[]string{"birth_date=30/02/1990"}, "birth_date"},
		"an e-mail without @ is refused":    {[]string{"phone=+52 55 1234 5678", "email=ana"}, "email"},
		"an unknown key lists the keys":     {[]string{"shoe_size=42"}, "passport_number"},
		"a key=value without = is a misuse": {[]string{"birth_date"}, "key=value"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := run(t, db, "", append([]string{"person", "set", "Ana López"}, tt.args...)...)
			if r.code == 0 || !strings.Contains(r.stderr, tt.wantKey) {
				t.Errorf("exit %d, stderr %q; want an error naming %s", r.code, r.stderr, tt.wantKey)
			}
		})
	}
	t.Run("good values are saved, and nothing from the bad runs", func(t *testing.T) {
		mustRun(t, db, "person", "set", "ana lópez", "birth_date=12/04/1985", "email=ana@example.com")
		var p personJSON
		decode(t, mustRun(t, db, "person", "show", "Ana López", "--json"), &p)
		if p.BirthDate != "1985-04-12" || p.Details["email"] != "ana@example.com" || p.Details["phone"] != "" || p.Nationality != "Española" {
			t.Errorf("person = %+v", p)
		}
	})
	t.Run("an unknown person is not created without --create", func(t *testing.T) {
		r := run(t, db, "", "person", "set", "Nobody", "email=n@example.com")
		if r.code == 0 || !strings.Contains(r.stderr, "--create") {
			t.Errorf("exit %d, stderr %q; want a hint about --create", r.code, r.stderr)
		}
	})
}
